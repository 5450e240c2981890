import type Sigma from 'sigma';
import type { Ring } from '../geo/county-outlines.ts';
import { attachCanvasLayer } from './canvas-layer.ts';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';

export interface OutlineContent {
  rings: Ring[];
  /** A caption over the column of unplaced nodes, in graph coordinates. */
  caption: { x: number; y: number; text: string } | null;
}

/**
 * A 2D canvas beneath sigma's edges that draws the county outlines in graph coordinates,
 * redrawn after every sigma render so it follows the camera.
 */
export function attachOutlineLayer(sigma: Sigma<DisplayNode, DisplayEdge>): {
  set(content: OutlineContent | null): void;
} {
  let content: OutlineContent | null = null;

  attachCanvasLayer(
    sigma,
    'outlines',
    { beforeLayer: 'edges' },
    (context) => {
      if (!content) return;
      context.beginPath();
      for (const ring of content.rings) {
        for (let i = 0; i < ring.length; i += 2) {
          const p = sigma.graphToViewport({ x: ring[i]!, y: ring[i + 1]! });
          if (i === 0) context.moveTo(p.x, p.y);
          else context.lineTo(p.x, p.y);
        }
        context.closePath();
      }
      context.fillStyle = '#EEF1F4';
      context.fill();
      context.strokeStyle = '#B9C1CB';
      context.lineWidth = 1;
      context.stroke();
      if (content.caption) {
        const p = sigma.graphToViewport(content.caption);
        context.fillStyle = '#52606D';
        context.font = '600 12px system-ui, sans-serif';
        context.textAlign = 'center';
        context.fillText(content.caption.text, p.x, p.y);
      }
    },
    { empty: () => content === null },
  );

  return {
    set(next) {
      // Every draw of a large network is costly: none when there was and is nothing to show.
      if (next === null && content === null) return;
      content = next;
      sigma.scheduleRender();
    },
  };
}
