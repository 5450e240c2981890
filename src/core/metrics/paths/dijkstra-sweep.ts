import { IndexedHeap } from './indexed-heap.ts';
import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/**
 * Two weighted path lengths closer than this, relative to the longer, are equal. Lengths are
 * sums of 1/strength, and two routes of the same length can differ in the last bits depending
 * on the order of the additions (1/3 + 1/6 versus 1/6 + 1/3 of a longer sum); NetworkX compares
 * exactly and may then miss such a tie. 1e-10 is far above rounding error for any path of
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
  /** Predecessors of each settled node, as backward slots: preds[predStart[v] .. predEnd[v]). */
  preds: Int32Array;
  predStart: Int32Array;
  predEnd: Int32Array;
}

export function dijkstraWorkspace(g: SweepGraph): DijkstraWorkspace {
  const dist = new Float64Array(g.n);
  return {
    dist,
    sigma: new Float64Array(g.n),
    delta: new Float64Array(g.n),
    order: new Int32Array(g.n),
    state: new Uint8Array(g.n),
    heap: new IndexedHeap(dist),
    preds: new Int32Array(g.bwdNeighbors.length),
    predStart: new Int32Array(g.n),
    predEnd: new Int32Array(g.n),
  };
}

/**
 * Weighted Brandes sweep (distance = 1/strength) from the sources `from` .. `to` - 1, with a
 * binary-heap Dijkstra. A node's predecessors are fixed when it is settled: the settled
 * neighbours whose distance plus the tie's length equals its own within TIE_TOLERANCE; the
 * path counts and the dependencies both use exactly that set. A tentative distance is lowered
 * only by a path shorter beyond the tolerance, so tied paths never reset each other.
 */
export function dijkstraSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: DijkstraWorkspace,
): void {
  const { fwdOffsets, fwdNeighbors, fwdLength, bwdOffsets, bwdNeighbors, bwdLength } = g;
  const { dist, sigma, delta, order, state, heap, preds, predStart, predEnd } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  for (let s = from; s < to; s++) {
    let count = 0;
    let cursor = 0;
    dist[s] = 0;
    state[s] = QUEUED;
    heap.push(s);
    while (heap.size > 0) {
      const v = heap.pop();
      state[v] = SETTLED;
      order[count++] = v;
      const dv = dist[v]!;
      predStart[v] = cursor;
      if (v === s) {
        sigma[v] = 1;
      } else {
        let paths = 0;
        const slack = TIE_TOLERANCE * dv;
        for (let k = bwdOffsets[v]!, end = bwdOffsets[v + 1]!; k < end; k++) {
          const u = bwdNeighbors[k]!;
          if (state[u] !== SETTLED || u === v) continue;
          if (Math.abs(dist[u]! + bwdLength[k]! - dv) <= slack) {
            paths += sigma[u]!;
            preds[cursor++] = k;
          }
        }
        sigma[v] = paths;
      }
      predEnd[v] = cursor;
      for (let k = fwdOffsets[v]!, end = fwdOffsets[v + 1]!; k < end; k++) {
        const w = fwdNeighbors[k]!;
        const sw = state[w]!;
        if (sw === SETTLED) continue;
        const candidate = dv + fwdLength[k]!;
        if (sw === UNSEEN) {
          dist[w] = candidate;
          state[w] = QUEUED;
          heap.push(w);
        } else if (candidate < dist[w]! * (1 - TIE_TOLERANCE)) {
          dist[w] = candidate;
          heap.decrease(w);
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
      for (let p = predStart[w]!, end = predEnd[w]!; p < end; p++) {
        const v = bwdNeighbors[preds[p]!]!;
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
