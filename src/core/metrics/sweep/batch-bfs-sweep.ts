import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Sources searched together: one bit each in an Int32 mask. */
const BATCH = 32;

/** Scratch arrays for one thread's batched BFS sweeps, allocated once. */
export interface BatchBfsWorkspace {
  /** Per node: the batch's sources that have reached it. */
  seen: Int32Array;
  /** Per node: the sources reaching it first at the level being built. */
  next: Int32Array;
  /** Per node: the sources for which it lies at the level above the one being walked back. */
  upper: Int32Array;
  /** Every (node, sources) pair reached, level after level; level d is levelStart[d] .. [d+1]. */
  entryNode: Int32Array;
  entryMask: Int32Array;
  levelStart: Int32Array;
  /** Per node and source (node · 32 + bit): the path count. */
  sigma: Float64Array;
  /** Per node and source: the dependency δ while it is summed, then (1 + δ) / σ in its place. */
  coeff: Float64Array;
  /** Edge betweenness by slot while sweeping (a node's slots are adjacent, its edges are not),
   * added to the edges' sums when the range is done. */
  bySlot: Float64Array;
}

export function batchBfsWorkspace(g: SweepGraph): BatchBfsWorkspace {
  return {
    seen: new Int32Array(g.n),
    next: new Int32Array(g.n),
    upper: new Int32Array(g.n),
    entryNode: new Int32Array(g.n * 4),
    entryMask: new Int32Array(g.n * 4),
    levelStart: new Int32Array(g.n + 2),
    sigma: new Float64Array(g.n * BATCH),
    coeff: new Float64Array(g.n * BATCH),
    bySlot: new Float64Array(g.target.length),
  };
}

function grow(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * bfsSweep for a symmetric graph swept from every node (its `bySource` case), 32 sources at a
 * time (Then et al., "The more the merrier: efficient multi-source graph traversal", 2014): a
 * node is taken once per level for all the sources whose search reaches it at that level, and
 * a slot is walked once for all of them, with the sources as bits of a mask; only where a
 * source's search crosses the slot (a bit left in the mask) is its path count or dependency
 * touched. The same sums as one search per source, added in another order.
 */
export function batchBfsSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BatchBfsWorkspace,
): void {
  for (let s = from; s < to; s += BATCH) batch(g, s, Math.min(BATCH, to - s), acc, ws);
  if (acc.edgeBetweenness.length === 0) return;
  const { edgeOf } = g;
  const { bySlot } = ws;
  for (let k = 0; k < bySlot.length; k++) {
    acc.edgeBetweenness[edgeOf[k]!]! += bySlot[k]!;
    bySlot[k] = 0;
  }
}

function batch(g: SweepGraph, s0: number, size: number, acc: SweepPartial, ws: BatchBfsWorkspace) {
  const { offsets, target } = g;
  const { seen, next, upper, levelStart, sigma, coeff, bySlot } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const edges = acc.edgeBetweenness.length > 0;
  let entryNode = ws.entryNode;
  let entryMask = ws.entryMask;
  const sumDist = new Float64Array(size);
  const sumHarmonic = new Float64Array(size);
  const reached = new Float64Array(size);
  const farthest = new Float64Array(size);

  // Level 0: each source alone.
  let entries = 0;
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    entryNode[entries] = s;
    entryMask[entries++] = 1 << b;
    seen[s] = 1 << b;
    sigma[s * BATCH + b] = 1;
  }
  levelStart[0] = 0;
  levelStart[1] = entries;
  let levels = 1;
  for (;;) {
    const first = levelStart[levels - 1]!;
    const last = levelStart[levels]!;
    const level = levels;
    for (let i = first; i < last; i++) {
      const v = entryNode[i]!;
      const mask = entryMask[i]!;
      const vb = v * BATCH;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        let fresh = mask & ~seen[w]!;
        if (fresh === 0) continue;
        const before = next[w]!;
        if (before === 0) {
          if (entries === entryNode.length) {
            entryNode = ws.entryNode = grow(entryNode, entries + 1);
            entryMask = ws.entryMask = grow(entryMask, entries + 1);
          }
          entryNode[entries++] = w;
        }
        next[w] = before | fresh;
        const wb = w * BATCH;
        // Bits new to w at this level start its count; bits already there add to it.
        let started = fresh & ~before;
        fresh &= before;
        while (started !== 0) {
          const b = 31 - Math.clz32(started & -started);
          started &= started - 1;
          sigma[wb + b] = sigma[vb + b]!;
        }
        while (fresh !== 0) {
          const b = 31 - Math.clz32(fresh & -fresh);
          fresh &= fresh - 1;
          sigma[wb + b]! += sigma[vb + b]!;
        }
      }
    }
    if (entries === last) break;
    for (let i = last; i < entries; i++) {
      const w = entryNode[i]!;
      let mask = next[w]!;
      next[w] = 0;
      seen[w]! |= mask;
      entryMask[i] = mask;
      while (mask !== 0) {
        const b = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        sumDist[b]! += level;
        sumHarmonic[b]! += 1 / level;
        reached[b]! += 1;
        farthest[b] = level;
      }
    }
    levelStart[++levels] = entries;
  }

  // Walk the levels back: a node at level d passes on to its successors at level d + 1.
  for (let d = levels - 1; d >= 0; d--) {
    const first = levelStart[d]!;
    const last = levelStart[d + 1]!;
    // Nodes at level d + 1 already have their coefficients; mark them.
    const upFirst = last;
    const upLast = levelStart[d + 2] ?? last;
    if (d + 1 < levels) for (let i = upFirst; i < upLast; i++) upper[entryNode[i]!] = entryMask[i]!;
    for (let i = first; i < last; i++) {
      const v = entryNode[i]!;
      const mask = entryMask[i]!;
      const vb = v * BATCH;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        let on = mask & upper[w]!;
        if (on === 0) continue;
        const wb = w * BATCH;
        let edge = 0;
        while (on !== 0) {
          const b = 31 - Math.clz32(on & -on);
          on &= on - 1;
          const c = sigma[vb + b]! * coeff[wb + b]!;
          coeff[vb + b]! += c;
          edge += c;
        }
        if (edges) bySlot[k]! += edge;
      }
    }
    if (d + 1 < levels) for (let i = upFirst; i < upLast; i++) upper[entryNode[i]!] = 0;
    for (let i = first; i < last; i++) {
      const v = entryNode[i]!;
      let mask = entryMask[i]!;
      const vb = v * BATCH;
      let sum = 0;
      while (mask !== 0) {
        const b = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        const dv = coeff[vb + b]!;
        coeff[vb + b] = (1 + dv) / sigma[vb + b]!;
        sum += dv;
      }
      if (d > 0) betweenness[v]! += sum;
    }
  }
  for (let i = 0; i < entries; i++) {
    const v = entryNode[i]!;
    seen[v] = 0;
    let mask = entryMask[i]!;
    while (mask !== 0) {
      const b = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      coeff[v * BATCH + b] = 0;
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
