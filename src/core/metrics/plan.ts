import { FAMILIES } from './index.ts';
import type { BroGraph } from '../model/types.ts';
import type { MetricId } from './metric-id.ts';

/** Families that sweep every pair of nodes: their work grows with nodes × ties. */
const ALL_PAIRS = new Set(['shortest-paths', 'shortest-paths-weighted']);

/**
 * Above this many nodes × ties the all-pairs families would take many minutes (10k nodes ×
 * 50k ties = 5·10⁸ takes seconds; 50k × 250k = 1.25·10¹⁰ takes about twenty minutes), so
 * they are left out unless asked for by name with --metrics.
 */
export const ALL_PAIRS_LIMIT = 2e9;

export interface MetricPlan {
  /** Descriptor ids to compute; undefined means every metric. */
  only?: MetricId[];
  /** Metric ids left out because the network is too large for them. */
  skipped: MetricId[];
}

export function metricPlan(graph: BroGraph, requested: MetricId[] | undefined): MetricPlan {
  if (requested) return { only: requested, skipped: [] };
  if (graph.order * graph.size <= ALL_PAIRS_LIMIT) return { skipped: [] };
  const ids = (keep: boolean) =>
    FAMILIES.filter((f) => ALL_PAIRS.has(f.id) !== keep).flatMap((f) =>
      f.descriptors.map((d) => d.id),
    );
  return { only: ids(true), skipped: ids(false) };
}
