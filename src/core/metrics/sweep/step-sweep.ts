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
  const longest = longestStep(steps);
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

/** Marks a node not reached yet: farther than any path (at most n − 1 ties of ≤ 4096 steps). */
export const FAR = 0x3fffffff;

/** Scratch arrays for one thread's exact weighted sweeps on a symmetric graph. */
export interface PullStepWorkspace {
  /** Distance in steps; FAR unseen. */
  dist: Int32Array;
  sigma: Float64Array;
  /** Per node: Σ (1 + δ(w)) / σ(w) over the nodes w it precedes, so δ(v) = σ(v) · share(v). */
  share: Float64Array;
  order: Int32Array;
  /** The slots from each settled node back to its predecessors, grouped by node. */
  dag: Int32Array;
  dagEnd: Int32Array;
  head: Int32Array;
  /** Queue entries as linked lists, each entry's node and next entry side by side (2e, 2e + 1). */
  entries: Int32Array;
  /** Each slot's target in the low `nodeBits` bits and its steps above them: one number to read. */
  arcs: Int32Array;
  nodeBits: number;
}

/** Bits that number the nodes 0 .. n − 1 (at least 1). */
function bitsFor(n: number): number {
  return Math.max(1, 32 - Math.clz32(Math.max(1, n - 1)));
}

/**
 * Whether the pull sweep can pack each slot's target and steps into one 32-bit number: the
 * nodes' bits and the longest tie's bits together at most 32 (any network of up to 2¹⁹ nodes).
 */
export function pullStepFits(g: SweepGraph, steps: Int32Array): boolean {
  return bitsFor(g.n) + 32 - Math.clz32(longestStep(steps)) <= 32;
}

/** Each slot's target in the low `nodeBits` bits and its steps above them (see pullStepFits). */
export function packedArcs(
  g: SweepGraph,
  steps: Int32Array,
): { arcs: Int32Array; nodeBits: number } {
  const nodeBits = bitsFor(g.n);
  const arcs = new Int32Array(steps.length);
  for (let k = 0; k < steps.length; k++) arcs[k] = g.target[k]! | (steps[k]! << nodeBits);
  return { arcs, nodeBits };
}

export function pullStepWorkspace(g: SweepGraph, steps: Int32Array): PullStepWorkspace {
  const longest = longestStep(steps);
  const { arcs, nodeBits } = packedArcs(g, steps);
  return {
    arcs,
    nodeBits,
    dist: new Int32Array(g.n).fill(FAR),
    sigma: new Float64Array(g.n),
    share: new Float64Array(g.n),
    order: new Int32Array(g.n),
    dag: new Int32Array(g.target.length),
    dagEnd: new Int32Array(g.n),
    head: new Int32Array(longest + 1).fill(-1),
    entries: new Int32Array(2 * (g.target.length + 1)),
  };
}

/**
 * stepSweep for a symmetric graph, where every tie can be walked back: when a node is settled
 * its predecessors are exactly its neighbours x with dist(x) + steps = its distance, all
 * settled already, so its path count is summed right then, from the same scan that relaxes its
 * neighbours, and a shorter route found later has nothing to undo — no predecessor lists, no
 * path counts carried on tentative distances. The slots back to the predecessors, grouped by
 * node, give the dependencies walking back. With `bySource` (every node a source) each source
 * adds its own distance sums instead of adding to every target's (d(s, t) = d(t, s)).
 */
export function pullStepSweep(
  g: SweepGraph,
  steps: Int32Array,
  scale: number,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: PullStepWorkspace,
  bySource: boolean,
): void {
  const { offsets } = g;
  const { dist, sigma, share, order, dag, dagEnd, head, entries, arcs, nodeBits } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const nodeMask = (1 << nodeBits) - 1;
  const ring = head.length;
  for (let s = from; s < to; s++) {
    let count = 0;
    let dagSize = 0;
    let queued = 1;
    let used = 1;
    dist[s] = 0;
    entries[0] = s;
    entries[1] = -1;
    head[0] = 0;
    // `bucket` is d mod ring, kept without a division: a tie is shorter than the ring.
    for (let d = 0, bucket = 0; queued > 0; d++, bucket = bucket + 1 === ring ? 0 : bucket + 1) {
      let e = head[bucket]!;
      if (e < 0) continue;
      head[bucket] = -1;
      while (e >= 0) {
        const v = entries[2 * e]!;
        e = entries[2 * e + 1]!;
        queued--;
        // Stale: v was reached by a shorter route and settled then. A node gets one entry per
        // distance it is given, so the entry matching its distance settles it once.
        if (dist[v] !== d) continue;
        let paths = 0;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const arc = arcs[k]!;
          const x = arc & nodeMask;
          const step = arc >>> nodeBits;
          const dx = dist[x]!;
          if (dx + step === d) {
            paths += sigma[x]!;
            dag[dagSize++] = x;
          } else if (d + step < dx) {
            dist[x] = d + step;
            let at = bucket + step;
            if (at >= ring) at -= ring;
            entries[2 * used] = x;
            entries[2 * used + 1] = head[at]!;
            head[at] = used++;
            queued++;
          }
        }
        sigma[v] = count === 0 ? 1 : paths;
        dagEnd[count] = dagSize;
        order[count++] = v;
      }
    }
    const farthest = dist[order[count - 1]!]! / scale;
    let sumDist = 0;
    let sumHarmonic = 0;
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const sw = sigma[w]!;
      const delta = sw * share[w]!;
      const c = (1 + delta) / sw;
      for (let j = dagEnd[i - 1]!, end = dagEnd[i]!; j < end; j++) share[dag[j]!]! += c;
      const dw = dist[w]! / scale;
      if (bySource) {
        sumDist += dw;
        sumHarmonic += 1 / dw;
      } else {
        distanceSum[w]! += dw;
        reachedBy[w]! += 1;
        harmonic[w]! += 1 / dw;
      }
      betweenness[w]! += delta;
      dist[w] = FAR;
      share[w] = 0;
    }
    if (bySource) {
      distanceSum[s]! += sumDist;
      reachedBy[s]! += count - 1;
      harmonic[s]! += sumHarmonic;
    }
    eccentricity[s] = farthest;
    dist[s] = FAR;
    share[s] = 0;
  }
}

/** The longest tie in steps (at least 1): the ring of buckets is one longer. */
export function longestStep(steps: Int32Array): number {
  let longest = 1;
  for (const s of steps) if (s > longest) longest = s;
  return longest;
}
