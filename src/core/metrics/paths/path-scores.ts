import type { SweepPartial } from '../sweep/sweep-partial.ts';

/**
 * Betweenness normalised as networkx.betweenness_centrality: the dependency sums divided by
 * (n − 1)(n − 2) for directed and undirected graphs alike (an undirected pair is counted from
 * both ends, which is NetworkX's factor 2); left as they are (all zero) when n ≤ 2.
 */
export function normalisedBetweenness(raw: Float64Array, n: number): Float64Array {
  const scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  return raw.map((b) => b * scale);
}

/** Edge betweenness normalised as networkx.edge_betweenness_centrality: divided by n(n − 1). */
export function normalisedEdgeBetweenness(raw: Float64Array, n: number): Float64Array {
  const scale = n <= 1 ? 1 : 1 / (n * (n - 1));
  return raw.map((b) => b * scale);
}

/**
 * Closeness as networkx.closeness_centrality with wf_improved: (r / Σd) · (r / (n − 1)), where
 * r is the number of other nodes that reach the node and Σd their distances to it; 0 when no
 * node reaches it.
 */
export function closenessScores(p: SweepPartial, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = p.distanceSum[v]!;
    const reached = p.reachedBy[v]!;
    if (total > 0 && n > 1) out[v] = (reached / total) * (reached / (n - 1));
  }
  return out;
}

/** Harmonic closeness divided by n − 1 (undefined for a single node). */
export function normalisedHarmonic(harmonic: Float64Array, n: number): Float64Array {
  return harmonic.map((h) => (n > 1 ? h / (n - 1) : NaN));
}
