import type Sigma from 'sigma';
import { TIE_STYLE, tieWidth, type EndedTies } from '../change/change-look.ts';
import type { Shape } from '../export/drawing.ts';
import { paint } from '../export/paint.ts';
import { attachCanvasLayer } from './canvas-layer.ts';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';

type LayerSigma = Sigma<DisplayNode, DisplayEdge>;

export interface ChangeLayer {
  set(removed: EndedTies | null): void;
  /** How many removed ties the last draw showed (both ends on screen and not filtered away). */
  drawn(): number;
}

/**
 * The ties that ended as dashed lines where sigma draws their ends now (both shown), `scale`
 * times wider for a larger picture: what the layer draws, and what a picture of the view draws.
 */
export function endedTieShapes(sigma: LayerSigma, ended: EndedTies, scale = 1): Shape[] {
  const shapes: Shape[] = [];
  for (const tie of ended.ties) {
    const a = sigma.getNodeDisplayData(tie.source);
    const b = sigma.getNodeDisplayData(tie.target);
    if (!a || !b || a.hidden || b.hidden) continue;
    const p = sigma.framedGraphToViewport(a);
    const q = sigma.framedGraphToViewport(b);
    shapes.push({
      kind: 'line',
      x1: p.x,
      y1: p.y,
      x2: q.x,
      y2: q.y,
      width: tieWidth(tie, ended.maxStrength) * scale,
      colour: TIE_STYLE.removed.colour,
      dash: [6 * scale, 4 * scale],
    });
  }
  return shapes;
}

/**
 * A 2D canvas between sigma's edges and nodes for the ties that ended: dashed lines, which
 * sigma's WebGL edge programs do not draw. Redrawn after every render so it follows the camera.
 */
export function attachChangeLayer(sigma: LayerSigma): ChangeLayer {
  let content: EndedTies | null = null;
  let drawn = 0;

  attachCanvasLayer(
    sigma,
    'removed-ties',
    { beforeLayer: 'nodes' },
    (context) => {
      drawn = 0;
      if (!content) return;
      const shapes = endedTieShapes(sigma, content);
      paint(context, shapes);
      drawn = shapes.length;
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
