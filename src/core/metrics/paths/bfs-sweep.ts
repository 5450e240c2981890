import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Scratch arrays for one thread's BFS sweeps, allocated once and reset per source. */
export interface BfsWorkspace {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

export function bfsWorkspace(n: number): BfsWorkspace {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/**
 * Unweighted Brandes sweep from the sources `from` .. `to` - 1: one breadth-first search per
 * source yields its shortest-path counts, its distances (for closeness, harmonic closeness and
 * eccentricity) and, walking back, its dependencies (for node and edge betweenness).
 * Predecessors are found by scanning the backward ties for nodes one step closer, so no list
 * is built per source.
 */
export function bfsSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BfsWorkspace,
): void {
  const { fwdOffsets, fwdNeighbors, bwdOffsets, bwdNeighbors, bwdEdgeOf } = g;
  const { dist, sigma, delta, order } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const edgeBetweenness = acc.edgeBetweenness.length > 0 ? acc.edgeBetweenness : null;
  for (let s = from; s < to; s++) {
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let k = fwdOffsets[v]!, end = fwdOffsets[v + 1]!; k < end; k++) {
        const w = fwdNeighbors[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w]! += paths;
        }
      }
    }
    eccentricity[s] = dist[order[tail - 1]!]!;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      distanceSum[w]! += dw;
      reachedBy[w]! += 1;
      harmonic[w]! += 1 / dw;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const closer = dw - 1;
      for (let k = bwdOffsets[w]!, end = bwdOffsets[w + 1]!; k < end; k++) {
        const v = bwdNeighbors[k]!;
        if (dist[v] !== closer) continue;
        const c = sigma[v]! * coeff;
        delta[v]! += c;
        if (edgeBetweenness) edgeBetweenness[bwdEdgeOf[k]!]! += c;
      }
      betweenness[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
}
