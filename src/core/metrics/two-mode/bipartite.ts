import type { CompactGraph } from '../compact.ts';
import type { SweepPartial } from '../sweep/sweep-partial.ts';

export interface BipartiteScores {
  degree: Float64Array;
  closeness: Float64Array;
  betweenness: Float64Array;
}

/**
 * Borgatti–Everett two-mode centralities, as networkx.algorithms.bipartite's
 * degree_centrality, closeness_centrality and betweenness_centrality, from the unweighted
 * sweep of an undirected two-mode graph. `side` marks one mode (1) against the other (0); the
 * scores do not depend on which mode is marked.
 */
export function bipartiteScores(
  g: CompactGraph,
  side: Uint8Array,
  sweep: SweepPartial,
): BipartiteScores {
  const { n, offsets } = g;
  let top = 0;
  for (let v = 0; v < n; v++) top += side[v]!;
  const bottom = n - top;
  // Indexed by side: [the unmarked mode, the marked mode].
  const maxBetweenness = [
    maxTwoModeBetweenness(top, bottom),
    maxTwoModeBetweenness(bottom, top),
  ] as const;
  const degree = new Float64Array(n);
  const closeness = new Float64Array(n);
  const betweenness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const own = side[v] ? top : bottom;
    const other = n - own;
    degree[v] = (offsets[v + 1]! - offsets[v]!) / other;
    const total = sweep.distanceSum[v]!;
    if (total > 0 && n > 1) {
      closeness[v] = ((other + 2 * (own - 1)) / total) * (sweep.reachedBy[v]! / (n - 1));
    }
    // Undirected dependency sums count each pair twice; NetworkX halves them before dividing.
    const max = maxBetweenness[side[v] ? 1 : 0];
    betweenness[v] = max > 0 ? (sweep.betweenness[v]! * 0.5) / max : NaN;
  }
  return { degree, closeness, betweenness };
}

/**
 * The largest betweenness a node of a mode with `own` nodes can have opposite `other` nodes
 * (Borgatti & Everett 1997, as NetworkX writes it); 0 when the mode cannot broker at all.
 */
function maxTwoModeBetweenness(other: number, own: number): number {
  const s = Math.floor((own - 1) / other);
  const t = (own - 1) % other;
  return (
    (other * other * (s + 1) * (s + 1) + other * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) /
    2
  );
}
