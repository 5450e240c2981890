import { backPropagate } from './back-propagate.ts';
import { BucketQueue } from './bucket-queue.ts';
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
  queue: IndexedHeap | BucketQueue;
  /** Predecessor lists as linked slots: predHead[w], then predNext[slot] until -1. */
  predHead: Int32Array;
  predNext: Int32Array;
}

/**
 * Above this ratio between the longest and the shortest tie a bucket queue would scan too many
 * empty buckets; at or below it an empty bucket costs less than a level of a heap.
 */
const MAX_BUCKET_RING = 130;

/** `queue` forces one queue (tests compare them); by default the tie lengths decide. */
export function dijkstraWorkspace(
  g: SweepGraph,
  queue: 'auto' | 'heap' | 'buckets' = 'auto',
): DijkstraWorkspace {
  let shortest = Infinity;
  let longest = 0;
  for (const l of g.length) {
    if (l < shortest) shortest = l;
    if (l > longest) longest = l;
  }
  const buckets =
    queue === 'auto'
      ? longest > 0 && BucketQueue.ringLength(shortest, longest) <= MAX_BUCKET_RING
      : queue === 'buckets';
  return {
    queue: buckets ? new BucketQueue(g.n, shortest, longest) : new IndexedHeap(g.n),
    dist: new Float64Array(g.n),
    sigma: new Float64Array(g.n),
    delta: new Float64Array(g.n),
    order: new Int32Array(g.n),
    state: new Uint8Array(g.n),
    predHead: new Int32Array(g.n),
    predNext: new Int32Array(g.target.length),
  };
}

/**
 * Weighted Brandes sweep (distance = 1/strength) from the sources `from` .. `to` - 1, with
 * Dijkstra on a bucket queue when tie lengths vary little and a binary heap otherwise; either
 * settles every predecessor before its successors. A tentative distance is lowered only by a path shorter beyond
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
  const { dist, sigma, delta, order, state, queue, predHead, predNext } = ws;
  for (let s = from; s < to; s++) {
    let count = 0;
    queue.reset();
    dist[s] = 0;
    sigma[s] = 1;
    predHead[s] = -1;
    state[s] = QUEUED;
    queue.push(s, 0);
    while (queue.size > 0) {
      const v = queue.pop();
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
          queue.push(w, candidate);
          continue;
        }
        const dw = dist[w]!;
        if (candidate < dw * (1 - TIE_TOLERANCE)) {
          dist[w] = candidate;
          sigma[w] = paths;
          predHead[w] = k;
          predNext[k] = -1;
          queue.decrease(w, candidate);
        } else if (candidate <= dw * (1 + TIE_TOLERANCE)) {
          sigma[w]! += paths;
          predNext[k] = predHead[w]!;
          predHead[w] = k;
        }
      }
    }
    backPropagate(s, count, 1, ws, source, acc);
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      state[v] = UNSEEN;
      delta[v] = 0;
    }
  }
}
