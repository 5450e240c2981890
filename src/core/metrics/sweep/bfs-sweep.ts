import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Scratch arrays for one thread's BFS sweeps, allocated once and reset per source. */
export interface BfsWorkspace {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  /** The slots on shortest paths from the current source, in the order they were found. */
  dag: Int32Array;
}

export function bfsWorkspace(g: SweepGraph): BfsWorkspace {
  return {
    dist: new Int32Array(g.n).fill(-1),
    sigma: new Float64Array(g.n),
    delta: new Float64Array(g.n),
    order: new Int32Array(g.n),
    dag: new Int32Array(g.target.length),
  };
}

/**
 * Unweighted Brandes sweep from the sources `from` .. `to` - 1: one breadth-first search per
 * source yields its shortest-path counts, its distances (for closeness, harmonic closeness and
 * eccentricity) and, walking back, its dependencies (for node and edge betweenness). The
 * search records each slot that lies on a shortest path; walking those slots in reverse visits
 * every node's successors before the node, so the dependencies need no second scan of the
 * adjacency and no predecessor lists.
 */
export function bfsSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BfsWorkspace,
): void {
  const { offsets, target, source, edgeOf } = g;
  const { dist, sigma, delta, order, dag } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const edgeBetweenness = acc.edgeBetweenness.length > 0 ? acc.edgeBetweenness : null;
  for (let s = from; s < to; s++) {
    let head = 0;
    let tail = 0;
    let dagSize = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
          dag[dagSize++] = k;
        } else if (dw === next) {
          sigma[w]! += paths;
          dag[dagSize++] = k;
        }
      }
    }
    for (let i = dagSize - 1; i >= 0; i--) {
      const k = dag[i]!;
      const v = source[k]!;
      const w = target[k]!;
      const c = (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      delta[v]! += c;
      if (edgeBetweenness) edgeBetweenness[edgeOf[k]!]! += c;
    }
    eccentricity[s] = dist[order[tail - 1]!]!;
    dist[s] = -1;
    for (let i = 1; i < tail; i++) {
      const w = order[i]!;
      const dw = dist[w]!;
      distanceSum[w]! += dw;
      reachedBy[w]! += 1;
      harmonic[w]! += 1 / dw;
      betweenness[w]! += delta[w]!;
      dist[w] = -1;
      delta[w] = 0;
    }
    delta[s] = 0;
  }
}
