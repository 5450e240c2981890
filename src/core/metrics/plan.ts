import { FAMILIES } from './index.ts';
import type { BroGraph } from '../model/types.ts';
import type { MetricId } from './metric-id.ts';
import { SAMPLED_IDS, sampledMetrics, type SampledMetrics } from './paths/pivot-sample.ts';

/** Families that sweep every pair of nodes: their work grows with nodes × ties. */
const ALL_PAIRS = new Set(['shortest-paths', 'shortest-paths-weighted']);

/**
 * Above this many nodes × ties the all-pairs families would take many minutes (10k nodes ×
 * 50k ties = 5·10⁸ takes seconds; 50k × 250k = 1.25·10¹⁰ takes about twenty minutes), so
 * they are estimated from a sample of sources, or left out when they cannot be, unless asked
 * for by name with --metrics.
 */
export const ALL_PAIRS_LIMIT = 2e9;

/**
 * Sources × ties a sampled sweep may cost. A source costs more per tie on a large network
 * (its arrays no longer fit in the cache): on 50k nodes × 250k ties 2,000 sources took five
 * minutes on two busy cores, so 600 (ε ≈ 0.11) keep it near one.
 */
const SAMPLE_WORK = 1.5e8;

/** Fewer sources than this would give an error bound too wide to be worth showing. */
const MIN_SAMPLE = 200;

export interface MetricPlan {
  /** Descriptor ids to compute; undefined means every metric. */
  only?: MetricId[];
  /** Metric ids left out because the network is too large for them. */
  skipped: MetricId[];
  /** Metric ids estimated from a sample of sources because the network is too large. */
  sample?: SampledMetrics;
}

/** Where the plan turns to sampling, and how many sources it samples (tests, benchmarks). */
export interface PlanLimits {
  /** Nodes × ties above which the all-pairs metrics are sampled; default ALL_PAIRS_LIMIT. */
  allPairsLimit?: number;
  /** Sources sampled; default as many as SAMPLE_WORK allows, at least MIN_SAMPLE. */
  sources?: number;
}

export function metricPlan(
  graph: BroGraph,
  requested: MetricId[] | undefined,
  limits: PlanLimits = {},
): MetricPlan {
  if (requested) return { only: requested, skipped: [] };
  const n = graph.order;
  if (n * graph.size <= (limits.allPairsLimit ?? ALL_PAIRS_LIMIT)) return { skipped: [] };
  const allPairs = FAMILIES.filter((f) => ALL_PAIRS.has(f.id)).flatMap((f) =>
    f.descriptors.map((d) => d.id),
  );
  const rest = FAMILIES.filter((f) => !ALL_PAIRS.has(f.id)).flatMap((f) =>
    f.descriptors.map((d) => d.id),
  );
  const sources = Math.min(
    n,
    limits.sources ?? Math.max(MIN_SAMPLE, Math.floor(SAMPLE_WORK / graph.size)),
  );
  const sampled = allPairs.filter((id) => SAMPLED_IDS.includes(id));
  return {
    only: [...rest, ...sampled],
    skipped: allPairs.filter((id) => !SAMPLED_IDS.includes(id)),
    sample: sampledMetrics(sampled, n, sources),
  };
}
