import type Sigma from 'sigma';
import type { TieChange } from '../../core/change/types.ts';
import { TIE_STYLE, tieWidth } from '../change/change-look.ts';
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
  const canvas = sigma.createCanvas('removed-ties', { beforeLayer: 'nodes' });
  const context = canvas.getContext('2d')!;
  let content: { ties: TieChange[]; maxStrength: number } | null = null;
  let drawn = 0;

  const draw = () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
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
  };

  sigma.on('afterRender', draw);
  return {
    set(next) {
      if (next === null && content === null) return;
      content = next;
      sigma.scheduleRender();
    },
    drawn: () => drawn,
  };
}
