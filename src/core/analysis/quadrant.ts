import type { BroGraph } from '../model/types.ts';
import { quantile } from './quantile.ts';
import type { Analysis, GoalAxis, QuadrantId, QuadrantPlacement, QuadrantResult } from './types.ts';

/**
 * Places each municipality in a 2×2 of målbild (a node attribute the user names) × network
 * position. Only the network axis is measured: nätverksaktör is "networked", ensam is "alone",
 * and mellanläge is left in a middle band (quadrant null) rather than forced to a side. A
 * numeric axis is coherent at or above its threshold (default: the median over the
 * municipalities that have a value); a category axis is coherent from the user's cut in the
 * user's order. Municipalities without a usable value are not placed.
 */
export function placeInQuadrants(
  graph: BroGraph,
  analysis: Analysis,
  axis: GoalAxis,
): QuadrantResult {
  const valueOf = (node: string) => graph.getNodeAttribute(node, 'attributes')[axis.attribute];
  let threshold: number | undefined;
  if (axis.type === 'numeric') {
    const values = analysis.positions
      .map((p) => valueOf(p.node))
      .filter((v): v is number => typeof v === 'number');
    threshold = axis.threshold ?? quantile(values, 0.5);
  }
  const counts: Record<QuadrantId, number> = {
    networked_coherent: 0,
    alone_not_coherent: 0,
    alone_coherent: 0,
    networked_not_coherent: 0,
  };
  const placements = analysis.positions.map((p): QuadrantPlacement => {
    const raw = valueOf(p.node);
    const goal = goalOf(axis, raw, threshold);
    const usable = goal !== 'unknown';
    let quadrant: QuadrantId | null = null;
    if (usable && p.position === 'natverksaktor')
      quadrant = goal === 'coherent' ? 'networked_coherent' : 'networked_not_coherent';
    if (usable && p.position === 'ensam')
      quadrant = goal === 'coherent' ? 'alone_coherent' : 'alone_not_coherent';
    if (quadrant) counts[quadrant]++;
    return {
      node: p.node,
      label: p.label,
      ...(raw === undefined ? {} : { goalValue: raw }),
      goal,
      position: p.position,
      quadrant,
    };
  });
  return {
    axis,
    ...(threshold === undefined ? {} : { threshold }),
    placements,
    counts,
  };
}

function goalOf(
  axis: GoalAxis,
  raw: string | number | undefined,
  threshold: number | undefined,
): QuadrantPlacement['goal'] {
  if (axis.type === 'numeric') {
    if (typeof raw !== 'number' || threshold === undefined || Number.isNaN(threshold))
      return 'unknown';
    return raw >= threshold ? 'coherent' : 'not_coherent';
  }
  if (raw === undefined) return 'unknown';
  const at = axis.order.indexOf(String(raw));
  const cut = axis.order.indexOf(axis.coherentFrom);
  if (at < 0 || cut < 0) return 'unknown';
  return at >= cut ? 'coherent' : 'not_coherent';
}
