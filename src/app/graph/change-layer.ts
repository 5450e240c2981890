import type Sigma from 'sigma';
import type { TieChange } from '../../core/change/types.ts';
import { TIE_STYLE, tieWidth } from '../change/change-look.ts';
import { attachCanvasLayer } from './canvas-layer.ts';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';

export interface ChangeLayer {
  set(removed: { ties: TieChange[]; maxStrength: number } | null): void;
  /** How many removed ties the last draw showed (both ends on screen and not filtered away). */
  drawn(): number;
}

/**
 * A 2D canvas between sigma's edges and nodes for the ties that ended: dashed lines, which
 * sigma's WebGL edge programs do not draw. Redrawn after every render so it follows the camera.
 */
export function attachChangeLayer(sigma: Sigma<DisplayNode, DisplayEdge>): ChangeLayer {
  let content: { ties: TieChange[]; maxStrength: number } | null = null;
  let drawn = 0;

  attachCanvasLayer(
    sigma,
    'removed-ties',
    { beforeLayer: 'nodes' },
    (context) => {
      drawn = 0;
      if (!content) return;
      context.strokeStyle = TIE_STYLE.removed.colour;
      context.setLineDash([6, 4]);
      for (const tie of content.ties) {
        const a = sigma.getNodeDisplayData(tie.source);
        const b = sigma.getNodeDisplayData(tie.target);
        if (!a || !b || a.hidden || b.hidden) continue;
        const p = sigma.framedGraphToViewport(a);
        const q = sigma.framedGraphToViewport(b);
        context.lineWidth = tieWidth(tie, content.maxStrength);
        context.beginPath();
        context.moveTo(p.x, p.y);
        context.lineTo(q.x, q.y);
        context.stroke();
        drawn++;
      }
    },
    {
      empty: () => {
        if (content) return false;
        drawn = 0;
        return true;
      },
    },
  );

  return {
    set(next) {
      if (next === null && content === null) return;
      content = next;
      sigma.scheduleRender();
    },
    drawn: () => drawn,
  };
}
