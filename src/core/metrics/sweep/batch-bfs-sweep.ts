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
  /** The slots on shortest paths with the sources whose paths take them, level after level:
   * the slots leaving level d are dagStart[d] .. dagStart[d + 1]. */
  dagSlot: Int32Array;
  dagMask: Int32Array;
  dagStart: Int32Array;
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
    dagSlot: new Int32Array(g.target.length + BATCH),
    dagMask: new Int32Array(g.target.length + BATCH),
    dagStart: new Int32Array(g.n + 2),
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
 * touched. Each slot a search crosses is recorded with the sources crossing it, so the walk
 * back takes those (slot, sources) pairs alone instead of every slot of every node again. The
 * same sums as one search per source, added in another order.
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
  const { offsets, target, source } = g;
  const { seen, next, dagStart, levelStart, sigma, coeff, bySlot } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const edges = acc.edgeBetweenness.length > 0;
  let entryNode = ws.entryNode;
  let entryMask = ws.entryMask;
  let dagSlot = ws.dagSlot;
  let dagMask = ws.dagMask;
  let dags = 0;
  const sumDist = new Float64Array(size);
  const sumHarmonic = new Float64Array(size);
  const reached = new Float64Array(size);
  const farthest = new Float64Array(size);
  const atLevel = new Int32Array(size);

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
    dagStart[level - 1] = dags;
    for (let i = first; i < last; i++) {
      const v = entryNode[i]!;
      const mask = entryMask[i]!;
      const vb = v * BATCH;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        let fresh = mask & ~seen[w]!;
        if (fresh === 0) continue;
        if (dags === dagSlot.length) {
          dagSlot = ws.dagSlot = grow(dagSlot, dags + 1);
          dagMask = ws.dagMask = grow(dagMask, dags + 1);
        }
        dagSlot[dags] = k;
        dagMask[dags++] = fresh;
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
    dagStart[level] = dags;
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
        atLevel[b]!++;
      }
    }
    // Each source's distance sums, a level at a time.
    for (let b = 0; b < size; b++) {
      const count = atLevel[b]!;
      if (count === 0) continue;
      atLevel[b] = 0;
      sumDist[b]! += count * level;
      // 1/level once per node, as one search per source adds it: the same sum to the last bit.
      const inverse = 1 / level;
      let h = sumHarmonic[b]!;
      for (let c = 0; c < count; c++) h += inverse;
      sumHarmonic[b] = h;
      reached[b]! += count;
      farthest[b] = level;
    }
    levelStart[++levels] = entries;
  }

  // Walk the levels back: a node at level d passes on to its successors at level d + 1, along
  // the slots the search found on shortest paths, in the order it found them.
  for (let d = levels - 1; d >= 0; d--) {
    const first = levelStart[d]!;
    const last = levelStart[d + 1]!;
    for (let j = dagStart[d]!, end = dagStart[d + 1]!; j < end; j++) {
      const k = dagSlot[j]!;
      const vb = source[k]! * BATCH;
      const wb = target[k]! * BATCH;
      let on = dagMask[j]!;
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
  // Clear the dependencies: all at once when the batch reached most nodes, else one by one.
  const clearAll = entries >= g.n >> 1;
  if (clearAll) coeff.fill(0);
  for (let i = 0; i < entries; i++) {
    const v = entryNode[i]!;
    seen[v] = 0;
    if (clearAll) continue;
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
