import { seededRandom } from '../../seeded-random.ts';
import type { MetricId } from '../metric-id.ts';
import type { SweepPartial } from '../sweep/sweep-partial.ts';

/** The all-pairs metrics that sweeps from a sample of sources estimate, with a stated error. */
export const SAMPLED_IDS: readonly MetricId[] = [
  'betweenness',
  'closeness',
  'harmonic',
  'harmonic_normalized',
  'betweenness_weighted',
  'closeness_weighted',
  'harmonic_weighted',
];

/**
 * Betweenness and closeness estimated from sweeps out of `sources` nodes drawn without
 * replacement (Brandes & Pich 2007, "Centrality estimation in large networks"; Eppstein &
 * Wang 2004 for closeness), seeded by the run's seed. Each node's value is a mean over the
 * other nodes of a term in [0, 1] — δ_s(v)/(n − 2) for normalised betweenness, 1/d(s, v) for
 * normalised harmonic closeness, d(s, v)/D for the mean distance closeness inverts (D the
 * longest shortest path) — so by Hoeffding's inequality, which holds for sampling without
 * replacement, and a union bound over the nodes, every node's estimate is within `epsilon` of
 * its exact value at once with probability `confidence`: normalised betweenness and
 * normalised harmonic closeness within ±ε, raw harmonic closeness within ±ε(n − 1), the mean
 * distance behind closeness within ±ε·D. Weighted harmonic terms lie in [0, largest strength],
 * so their bound is that much wider.
 */
export interface SampledMetrics {
  method: 'pivots';
  ids: MetricId[];
  /** Sources swept, of `nodes`. */
  sources: number;
  nodes: number;
  confidence: number;
  epsilon: number;
}

export const SAMPLE_CONFIDENCE = 0.95;

/** The error bound of a sample of `sources` of `nodes`: 0 when every node is a source (exact). */
export function sampledMetrics(ids: MetricId[], nodes: number, sources: number): SampledMetrics {
  const epsilon = sources >= nodes ? 0 : Math.sqrt(hoeffdingLog(nodes) / (2 * sources));
  return { method: 'pivots', ids, sources, nodes, confidence: SAMPLE_CONFIDENCE, epsilon };
}

/** The fewest sources whose error bound is at most `epsilon` (every node for 0), at most n. */
export function sourcesFor(epsilon: number, nodes: number): number {
  if (!(epsilon > 0)) return nodes;
  return Math.min(nodes, Math.ceil(hoeffdingLog(nodes) / (2 * epsilon * epsilon)));
}

/** ln(2n / (1 − confidence)): Hoeffding's two sides, union-bounded over the n nodes. */
function hoeffdingLog(nodes: number): number {
  return Math.log((2 * nodes) / (1 - SAMPLE_CONFIDENCE));
}

/** `k` distinct nodes of `n`, drawn by a seeded partial Fisher–Yates shuffle, in node order. */
export function pivotSources(n: number, k: number, seed: number): Int32Array {
  return pivotOrder(n, k, seed).sort();
}

/**
 * The first `k` nodes of a seeded random order of the `n` nodes, in the order drawn: for the
 * same seed a longer draw extends a shorter one, so every prefix is a uniform sample without
 * replacement (pivotSources is this prefix sorted).
 */
export function pivotOrder(n: number, k: number, seed: number): Int32Array {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/**
 * Scales a partial swept from `sources` up to all n sources: node v's sums are over the k_v
 * sampled sources other than v, a uniform sample of the n − 1 others, so they are multiplied
 * by (n − 1)/k_v. Eccentricities are per source and are not estimated.
 */
export function scaleToAllSources(p: SweepPartial, sources: Int32Array, n: number): void {
  const k = sources.length;
  const sampled = new Uint8Array(n);
  for (const s of sources) sampled[s] = 1;
  for (let v = 0; v < n; v++) {
    const others = k - sampled[v]!;
    const factor = others > 0 ? (n - 1) / others : 0;
    p.betweenness[v]! *= factor;
    p.distanceSum[v]! *= factor;
    p.reachedBy[v]! *= factor;
    p.harmonic[v]! *= factor;
  }
}
