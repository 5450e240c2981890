import type { GraphSigma } from '../graph/stage.ts';
import { labelStyle, labelsForImage } from '../graph/label-layer.ts';
import { shownTies } from '../graph/ties.ts';
import type { Shape } from './drawing.ts';

interface NodeDrawn {
  x: number;
  y: number;
  size: number;
  color: string;
  hidden?: boolean;
  label?: string | null;
  zIndex?: number;
  borderSize?: number;
  borderColor?: string;
}

/**
 * The graph exactly as sigma shows it now (after the reducers: colours, sizes, what is hidden,
 * the labels as placed), in viewport pixels: edges as lines, nodes as discs with their ring,
 * the drawn labels as text.
 */
export function sceneShapes(
  sigma: GraphSigma,
  overlay: readonly Shape[] = [],
  /** Drawn over the ties and under the nodes (the ties that ended, while a change is drawn). */
  underNodes: readonly Shape[] = [],
): Shape[] {
  const graph = sigma.getGraph();
  // Sigma's graph may hold the nodes only (a large network's ties are the tie layer's).
  const ties = shownTies(sigma);
  const shapes: Shape[] = [];
  const point = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    return d && !d.hidden ? sigma.framedGraphToViewport(d) : null;
  };

  ties.graph().forEachEdge((edge, _attr, source, target) => {
    const d = ties.look(edge);
    if (!d || d.hidden) return;
    const a = point(source);
    const b = point(target);
    if (!a || !b) return;
    shapes.push({
      kind: 'line',
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: d.size,
      colour: d.color,
    });
  });

  shapes.push(...underNodes);

  const nodes = graph
    .nodes()
    .map((id) => ({ id, d: sigma.getNodeDisplayData(id) as NodeDrawn | undefined }))
    .filter((n): n is { id: string; d: NodeDrawn } => n.d !== undefined && !n.d.hidden)
    .sort((a, b) => (a.d.zIndex ?? 0) - (b.d.zIndex ?? 0));
  for (const { d } of nodes) {
    const { x, y } = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    const ring = Math.min(1, d.borderSize ?? 0) * r;
    shapes.push({
      kind: 'circle',
      cx: x,
      cy: y,
      r,
      fill: ring > 0 ? (d.borderColor ?? '#000') : d.color,
    });
    if (ring > 0 && r - ring > 0)
      shapes.push({ kind: 'circle', cx: x, cy: y, r: r - ring, fill: d.color });
  }
  return [...shapes, ...labelShapes(sigma, 1, overlay)];
}

/**
 * The labels as placed on screen (without overlap, inside the frame), `scale` times larger, kept
 * clear of the boxes the picture draws over the graph (legend, caption, marker).
 */
export function labelShapes(sigma: GraphSigma, scale: number, overlay: readonly Shape[]): Shape[] {
  const style = labelStyle(sigma, scale);
  const weight = Number(style.weight) || 500;
  const blocked = overlay.flatMap((s) =>
    s.kind === 'rect' ? [{ x: s.x, y: s.y, w: s.w, h: s.h }] : [],
  );
  return labelsForImage(sigma, scale, blocked).map((label) => ({
    kind: 'text',
    x: label.textX,
    y: label.baseline,
    text: label.text,
    size: label.size,
    weight,
    colour: label.id.startsWith('\u0000') ? '#52606D' : style.colour,
    anchor: 'start',
  }));
}
