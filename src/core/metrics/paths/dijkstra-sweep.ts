import { IndexedHeap } from './indexed-heap.ts';
import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/**
 * Two weighted path lengths closer than this, relative to the longer, are equal. Lengths are
 * sums of 1/strength, and two routes of the same length can differ in the last bits depending
 * on the order of the additions (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1 in floating point); NetworkX
 * compares exactly and then misses the tie. 1e-10 is far above rounding error for any path of
 * fewer than a million ties, and far below any real difference in strength.
 */
export const TIE_TOLERANCE = 1e-10;

const UNSEEN = 0;
const QUEUED = 1;
const SETTLED = 2;

/** Scratch arrays for one thread's Dijkstra sweeps, allocated once and reset per source. */
export interface DijkstraWorkspace {
  dist: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  state: Uint8Array;
  heap: IndexedHeap;
  /** Predecessor lists as linked slots: predHead[w], then predNext[slot] until -1. */
  predHead: Int32Array;
  predNext: Int32Array;
}

export function dijkstraWorkspace(g: SweepGraph): DijkstraWorkspace {
  return {
    dist: new Float64Array(g.n),
    sigma: new Float64Array(g.n),
    delta: new Float64Array(g.n),
    order: new Int32Array(g.n),
    state: new Uint8Array(g.n),
    heap: new IndexedHeap(g.n),
    predHead: new Int32Array(g.n),
    predNext: new Int32Array(g.target.length),
  };
}

/**
 * Weighted Brandes sweep (distance = 1/strength) from the sources `from` .. `to` - 1, with a
 * binary-heap Dijkstra. A tentative distance is lowered only by a path shorter beyond
 * TIE_TOLERANCE, which clears the node's predecessors and path count; a path within the
 * tolerance is a tie and adds its slot and its paths. Path counts and dependencies use the
 * same predecessor lists, so they always agree.
 */
export function dijkstraSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: DijkstraWorkspace,
): void {
  const { offsets, target, source, length } = g;
  const { dist, sigma, delta, order, state, heap, predHead, predNext } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  for (let s = from; s < to; s++) {
    let count = 0;
    dist[s] = 0;
    sigma[s] = 1;
    predHead[s] = -1;
    state[s] = QUEUED;
    heap.push(s, 0);
    while (heap.size > 0) {
      const v = heap.pop();
      state[v] = SETTLED;
      order[count++] = v;
      const dv = dist[v]!;
      const paths = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        const sw = state[w]!;
        if (sw === SETTLED) continue;
        const candidate = dv + length[k]!;
        if (sw === UNSEEN) {
          dist[w] = candidate;
          sigma[w] = paths;
          predHead[w] = k;
          predNext[k] = -1;
          state[w] = QUEUED;
          heap.push(w, candidate);
          continue;
        }
        const dw = dist[w]!;
        if (candidate < dw * (1 - TIE_TOLERANCE)) {
          dist[w] = candidate;
          sigma[w] = paths;
          predHead[w] = k;
          predNext[k] = -1;
          heap.decrease(w, candidate);
        } else if (candidate <= dw * (1 + TIE_TOLERANCE)) {
          sigma[w]! += paths;
          predNext[k] = predHead[w]!;
          predHead[w] = k;
        }
      }
    }
    eccentricity[s] = dist[order[count - 1]!]!;
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      distanceSum[w]! += dw;
      reachedBy[w]! += 1;
      harmonic[w]! += 1 / dw;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let k = predHead[w]!; k >= 0; k = predNext[k]!) {
        const v = source[k]!;
        delta[v]! += sigma[v]! * coeff;
      }
      betweenness[w]! += delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      state[v] = UNSEEN;
      delta[v] = 0;
    }
  }
}
