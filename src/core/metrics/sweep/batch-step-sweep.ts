import { packedArcs } from './step-sweep.ts';
import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Sources searched together: one bit each in an Int32 mask. */
const BATCH = 32;

/** Marks a (node, source) pair not reached yet: farther than any path. */
const FAR = 0x3fffffff;

/** Scratch arrays for one thread's batched step sweeps, allocated once (the lists grow). */
export interface BatchStepWorkspace {
  /** Per node: the batch's sources whose search has settled it. */
  settled: Int32Array;
  /** Per node: the sources settling it at the distance being taken from the queue. */
  pending: Int32Array;
  /** Per node and source (node · 32 + bit): the distance in steps, FAR while unseen. */
  dist: Int32Array;
  /** Per node and source: the path count. */
  sigma: Float64Array;
  /** Per node and source: Σ (1 + δ(w)) / σ(w) over the nodes w it precedes. */
  share: Float64Array;
  /** One bucket per step of distance, in a ring as long as the longest tie plus one. */
  head: Int32Array;
  /** Queue entries as linked lists: entry e's node, sources and next entry at 3e .. 3e + 2. */
  entries: Int32Array;
  /** The (node, sources) pairs settled, in order of distance, and each one's distance. */
  groupNode: Int32Array;
  groupMask: Int32Array;
  groupDist: Int32Array;
  /** Each group's predecessors, with the sources for which they precede it, grouped by group. */
  dagNode: Int32Array;
  dagMask: Int32Array;
  dagEnd: Int32Array;
  /** Each slot's target in the low `nodeBits` bits and its steps above them (see pullStepFits). */
  arcs: Int32Array;
  nodeBits: number;
}

export function batchStepWorkspace(g: SweepGraph, steps: Int32Array): BatchStepWorkspace {
  const { arcs, nodeBits, longest } = packedArcs(g, steps);
  const slots = g.target.length;
  return {
    settled: new Int32Array(g.n),
    pending: new Int32Array(g.n),
    dist: new Int32Array(g.n * BATCH).fill(FAR),
    sigma: new Float64Array(g.n * BATCH),
    share: new Float64Array(g.n * BATCH),
    head: new Int32Array(longest + 1).fill(-1),
    entries: new Int32Array(3 * (slots + BATCH)),
    groupNode: new Int32Array(g.n * 4),
    groupMask: new Int32Array(g.n * 4),
    groupDist: new Int32Array(g.n * 4),
    dagNode: new Int32Array(slots + BATCH),
    dagMask: new Int32Array(slots + BATCH),
    dagEnd: new Int32Array(g.n * 4),
    arcs,
    nodeBits,
  };
}

function grow(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * pullStepSweep for a symmetric graph swept from every node (its `bySource` case), 32 sources
 * at a time, as batchBfsSweep does for BFS: the queue's entries carry a node and a mask of
 * sources, a node is taken once per distance for all the sources that settle it there, and its
 * slots are walked once for all of them. Per source bit, a neighbour already settled is a
 * predecessor when its distance plus the tie's steps is this one (its path count is summed, the
 * pair recorded for the walk back), and one not settled yet gets a shorter distance if this
 * route is shorter (the bits so improved are queued together). Steps are whole numbers, so ties
 * are exact and the sums are those of one sweep per source, added in another order.
 */
export function batchStepSweep(
  g: SweepGraph,
  scale: number,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BatchStepWorkspace,
): void {
  for (let s = from; s < to; s += BATCH) batch(g, scale, s, Math.min(BATCH, to - s), acc, ws);
}

function batch(
  g: SweepGraph,
  scale: number,
  s0: number,
  size: number,
  acc: SweepPartial,
  ws: BatchStepWorkspace,
): void {
  const { offsets } = g;
  const { settled, pending, dist, sigma, share, head, arcs, nodeBits } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  let { entries, groupNode, groupMask, groupDist, dagNode, dagMask, dagEnd } = ws;
  const nodeMask = (1 << nodeBits) - 1;
  const ring = head.length;

  let used = 0;
  let queued = 0;
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    dist[s * BATCH + b] = 0;
    sigma[s * BATCH + b] = 1;
    entries[3 * used] = s;
    entries[3 * used + 1] = 1 << b;
    entries[3 * used + 2] = head[0]!;
    head[0] = used++;
    queued++;
  }

  let groups = 0;
  let dags = 0;
  // `bucket` is d mod ring, kept without a division: a tie is shorter than the ring.
  for (let d = 0, bucket = 0; queued > 0; d++, bucket = bucket + 1 === ring ? 0 : bucket + 1) {
    let e = head[bucket]!;
    if (e < 0) continue;
    head[bucket] = -1;
    // Gather the bucket: each node once, with every source that settles it at distance d. A
    // source bit already settled was given a shorter distance and taken then.
    const first = groups;
    while (e >= 0) {
      const w = entries[3 * e]!;
      const fresh = entries[3 * e + 1]! & ~settled[w]!;
      e = entries[3 * e + 2]!;
      queued--;
      if (fresh === 0) continue;
      if (pending[w] === 0) {
        if (groups === groupNode.length) {
          groupNode = ws.groupNode = grow(groupNode, groups + 1);
          groupMask = ws.groupMask = grow(groupMask, groups + 1);
          groupDist = ws.groupDist = grow(groupDist, groups + 1);
          dagEnd = ws.dagEnd = grow(dagEnd, groups + 1);
        }
        groupNode[groups++] = w;
      }
      pending[w]! |= fresh;
    }
    for (let i = first; i < groups; i++) {
      const w = groupNode[i]!;
      const mask = pending[w]!;
      pending[w] = 0;
      settled[w]! |= mask;
      groupMask[i] = mask;
      groupDist[i] = d;
    }
    for (let i = first; i < groups; i++) {
      const x = groupNode[i]!;
      const mask = groupMask[i]!;
      const xb = x * BATCH;
      const end = offsets[x + 1]!;
      // Room for this group's predecessors and pushes: at most one of each per slot.
      const room = end - offsets[x]!;
      if (dags + room > dagNode.length) {
        dagNode = ws.dagNode = grow(dagNode, dags + room);
        dagMask = ws.dagMask = grow(dagMask, dags + room);
      }
      if (3 * (used + room) > entries.length)
        entries = ws.entries = grow(entries, 3 * (used + room));
      for (let k = offsets[x]!; k < end; k++) {
        const arc = arcs[k]!;
        const v = arc & nodeMask;
        const step = arc >>> nodeBits;
        const vb = v * BATCH;
        const done = settled[v]!;
        let before = mask & done;
        if (before !== 0 && step <= d) {
          const want = d - step;
          let on = 0;
          while (before !== 0) {
            const bit = before & -before;
            before ^= bit;
            const b = 31 - Math.clz32(bit);
            if (dist[vb + b] === want) {
              sigma[xb + b]! += sigma[vb + b]!;
              on |= bit;
            }
          }
          if (on !== 0) {
            dagNode[dags] = v;
            dagMask[dags++] = on;
          }
        }
        let after = mask & ~done;
        if (after === 0) continue;
        const candidate = d + step;
        let shorter = 0;
        while (after !== 0) {
          const bit = after & -after;
          after ^= bit;
          const b = 31 - Math.clz32(bit);
          if (candidate < dist[vb + b]!) {
            dist[vb + b] = candidate;
            shorter |= bit;
          }
        }
        if (shorter === 0) continue;
        let at = bucket + step;
        if (at >= ring) at -= ring;
        entries[3 * used] = v;
        entries[3 * used + 1] = shorter;
        entries[3 * used + 2] = head[at]!;
        head[at] = used++;
        queued++;
      }
      dagEnd[i] = dags;
    }
  }

  // Walk the groups back, farthest first: every successor of a group is farther, so done.
  const sumDist = new Float64Array(size);
  const sumHarmonic = new Float64Array(size);
  const reached = new Float64Array(size);
  const farthest = new Float64Array(size);
  const coeff = new Float64Array(BATCH);
  for (let i = groups - 1; i >= 0; i--) {
    const x = groupNode[i]!;
    const xb = x * BATCH;
    const d = groupDist[i]!;
    const dx = d / scale;
    let mask = groupMask[i]!;
    let sum = 0;
    while (mask !== 0) {
      const bit = mask & -mask;
      mask ^= bit;
      const b = 31 - Math.clz32(bit);
      const sx = sigma[xb + b]!;
      const delta = sx * share[xb + b]!;
      coeff[b] = (1 + delta) / sx;
      sum += delta;
      sigma[xb + b] = 0;
      share[xb + b] = 0;
      dist[xb + b] = FAR;
      if (d > 0) {
        sumDist[b]! += dx;
        sumHarmonic[b]! += 1 / dx;
        reached[b]! += 1;
        if (dx > farthest[b]!) farthest[b] = dx;
      }
    }
    settled[x] = 0;
    if (d > 0) betweenness[x]! += sum;
    for (let j = i > 0 ? dagEnd[i - 1]! : 0, end = dagEnd[i]!; j < end; j++) {
      const vb = dagNode[j]! * BATCH;
      let on = dagMask[j]!;
      while (on !== 0) {
        const bit = on & -on;
        on ^= bit;
        const b = 31 - Math.clz32(bit);
        share[vb + b]! += coeff[b]!;
      }
    }
  }
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    distanceSum[s]! += sumDist[b]!;
    reachedBy[s]! += reached[b]!;
    harmonic[s]! += sumHarmonic[b]!;
    eccentricity[s] = farthest[b]!;
  }
}
