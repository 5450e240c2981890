import { backPropagate } from './back-propagate.ts';
import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Scratch arrays for one thread's exact weighted sweeps, allocated once and reset per source. */
export interface StepWorkspace {
  /** Distance in steps; -1 unseen. Exact integers, so equality is a tie. */
  dist: Float64Array;
  settled: Uint8Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  /** One bucket per step of distance, in a ring as long as the longest tie plus one. */
  head: Int32Array;
  /** Queue entries as linked lists; a node improved later gets a new entry (lazy deletion). */
  entryNode: Int32Array;
  entryNext: Int32Array;
  predHead: Int32Array;
  predNext: Int32Array;
}

export function stepWorkspace(g: SweepGraph, steps: Int32Array): StepWorkspace {
  let longest = 1;
  for (const s of steps) if (s > longest) longest = s;
  return {
    dist: new Float64Array(g.n).fill(-1),
    settled: new Uint8Array(g.n),
    sigma: new Float64Array(g.n),
    delta: new Float64Array(g.n),
    order: new Int32Array(g.n),
    head: new Int32Array(longest + 1).fill(-1),
    entryNode: new Int32Array(g.target.length + 1),
    entryNext: new Int32Array(g.target.length + 1),
    predHead: new Int32Array(g.n),
    predNext: new Int32Array(g.target.length),
  };
}

/**
 * Weighted Brandes sweep from the sources `from` .. `to` - 1 when tie lengths are whole steps
 * (see stepLengths): Dial's algorithm with one bucket per step, so every node of a bucket has
 * the same distance, pushing is appending, a shorter route appends a new entry instead of
 * moving the old one, and ties are exact. Yields the same sums as dijkstraSweep (distances
 * reported as steps / scale) without its tolerance or its heap.
 */
export function stepSweep(
  g: SweepGraph,
  steps: Int32Array,
  scale: number,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: StepWorkspace,
): void {
  const { offsets, target, source } = g;
  const { dist, settled, sigma, delta, order, head, entryNode, entryNext, predHead, predNext } = ws;
  const ring = head.length;
  for (let s = from; s < to; s++) {
    let count = 0;
    let entries = 0;
    let queued = 1;
    dist[s] = 0;
    sigma[s] = 1;
    predHead[s] = -1;
    entryNode[0] = s;
    entryNext[0] = -1;
    head[0] = 0;
    entries = 1;
    for (let d = 0; queued > 0; d++) {
      const bucket = d % ring;
      let e = head[bucket]!;
      head[bucket] = -1;
      while (e >= 0) {
        const v = entryNode[e]!;
        e = entryNext[e]!;
        queued--;
        if (settled[v] === 1 || dist[v] !== d) continue;
        settled[v] = 1;
        order[count++] = v;
        const paths = sigma[v]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = target[k]!;
          if (settled[w] === 1) continue;
          const candidate = d + steps[k]!;
          const dw = dist[w]!;
          if (dw < 0 || candidate < dw) {
            dist[w] = candidate;
            sigma[w] = paths;
            predHead[w] = k;
            predNext[k] = -1;
            const at = candidate % ring;
            entryNode[entries] = w;
            entryNext[entries] = head[at]!;
            head[at] = entries++;
            queued++;
          } else if (candidate === dw) {
            sigma[w]! += paths;
            predNext[k] = predHead[w]!;
            predHead[w] = k;
          }
        }
      }
    }
    backPropagate(s, count, scale, ws, source, acc);
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      settled[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
}
