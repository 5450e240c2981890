import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/**
 * Sources searched together: one bit each in a 128-bit mask, kept here as four Int32 words
 * (bits 0–31 first), so that the WebAssembly kernel, which takes them as two i64, walks the
 * same bits in the same order and adds the same sums.
 */
export const STEP_BATCH = 128;
/** Int32 words of a mask. */
const W = STEP_BATCH / 32;

/**
 * The slots regrouped by length: the distinct tie lengths in steps, shortest first (the
 * classes), and each node's slots class after class, each class's in the graph's order —
 * node v's slots of class j are target[start[v · (C + 1) + j] .. start[v · (C + 1) + j + 1]].
 */
export interface StepClasses {
  steps: Int32Array;
  start: Int32Array;
  target: Int32Array;
}

export function stepClasses(g: SweepGraph, steps: Int32Array): StepClasses {
  const distinct = Int32Array.from(new Set(steps)).sort();
  const c = distinct.length;
  const classOf = new Map<number, number>();
  distinct.forEach((s, j) => classOf.set(s, j));
  const start = new Int32Array(g.n * (c + 1));
  const target = new Int32Array(g.target.length);
  let at = 0;
  for (let v = 0; v < g.n; v++) {
    const from = g.offsets[v]!;
    const to = g.offsets[v + 1]!;
    for (let j = 0; j < c; j++) {
      start[v * (c + 1) + j] = at;
      for (let k = from; k < to; k++) if (classOf.get(steps[k]!) === j) target[at++] = g.target[k]!;
    }
    start[v * (c + 1) + c] = at;
  }
  return { steps: distinct, start, target };
}

/** Scratch arrays for one thread's batched exact weighted sweeps, allocated once. */
export interface BatchStepWorkspace {
  classes: StepClasses;
  /** Per node, W words: the batch's sources that have settled it. */
  settled: Int32Array;
  /** Per node, W words: the sources settling it at the distance being taken. */
  pending: Int32Array;
  /** Per node settled in the round being taken: its settled pair's index (below). */
  current: Int32Array;
  /** Per class: the next round whose nodes' slots of that class are to be walked. */
  next: Int32Array;
  /** Every (node, sources) pair settled, distance after distance; the distances with any
   * node settled are rounds, round r's pairs events roundStart[r] .. roundStart[r + 1]. Each
   * pair's path counts and dependencies, one per source in the order of the bits, are
   * sigma / coeff[eventBase[i] ..], so a round's numbers lie together. */
  eventNode: Int32Array;
  eventMask: Int32Array;
  eventBase: Int32Array;
  roundStart: Int32Array;
  roundDist: Int32Array;
  /** Per round, W words: the sources settling any node in it. */
  roundMask: Int32Array;
  /** The shortest-path steps, from settled pair dagFrom to dagTo, by the round of dagTo:
   * round r's are dagStart[r] .. dagStart[r + 1]. The sources taking a step are those of both
   * pairs. */
  dagFrom: Int32Array;
  dagTo: Int32Array;
  dagStart: Int32Array;
  /** Per settled pair and source: the path count. */
  sigma: Float64Array;
  /** Per settled pair and source: the dependency δ while it is summed, then (1 + δ) / σ. */
  coeff: Float64Array;
}

export function batchStepWorkspace(g: SweepGraph, steps: Int32Array): BatchStepWorkspace {
  const { n } = g;
  const slots = g.target.length;
  const classes = stepClasses(g, steps);
  return {
    classes,
    settled: new Int32Array(W * n),
    pending: new Int32Array(W * n),
    current: new Int32Array(n),
    next: new Int32Array(classes.steps.length),
    eventNode: new Int32Array(n + 1),
    eventMask: new Int32Array(W * (n + 1)),
    eventBase: new Int32Array(n + 2),
    roundStart: new Int32Array(n + 2),
    roundDist: new Int32Array(n + 2),
    roundMask: new Int32Array(W * (n + 2)),
    dagFrom: new Int32Array(slots + 1),
    dagTo: new Int32Array(slots + 1),
    dagStart: new Int32Array(n + 2),
    sigma: new Float64Array(n * STEP_BATCH),
    coeff: new Float64Array(n * STEP_BATCH),
  };
}

function grow(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The index of the lowest set bit of a nonzero word. */
const low = (word: number) => 31 - Math.clz32(word & -word);

/** Set bits of a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The set bits of mask `m` (W words at `at`) below bit `b`: that bit's place among them. */
function rank(m: Int32Array, at: number, b: number): number {
  const word = b >> 5;
  let r = 0;
  for (let w = 0; w < word; w++) r += popcount(m[at + w]!);
  const bit = b & 31;
  return bit === 0 ? r : r + popcount(m[at + word]! & ((1 << bit) - 1));
}

/** Farther than any distance: n − 1 ties of at most 4096 steps stay below 2³⁰ up to 2¹⁸ nodes. */
const NONE = 2 ** 31 - 1;

/**
 * pullStepSweep's `bySource` case (a symmetric graph swept from every node) 128 sources at a
 * time, as batchBfsSweep batches the BFS. A node is settled once per distance for all the
 * sources reaching it there (a settled pair), and its slots are walked once for all of them,
 * the sources as bits of a mask: sources far apart still reach a node at the same distance
 * often (on the bench network, 10k nodes and strengths 1–5, a node is settled about 38 times
 * per batch of 128 sources, and a batch's pairs take only about 300 distances in all). Tie
 * lengths are whole steps of a few distinct lengths (classes), and pairs are settled in order
 * of distance, so the pairs whose class-j slots lead to distance D are one round, the one at
 * D − steps[j]: the next distance is the least of each class's next round's distance plus its
 * length, and no queue is kept. At D each such round's pairs walk their class's slots, the
 * sources a neighbour has not settled yet reaching it first here (a step on shortest paths,
 * recorded); then those neighbours are settled, in the order of their numbers, and their path
 * counts summed over the recorded steps. Distances are whole steps, so ties are exact. Distance sums are added
 * by target, which, summed over every source, is the same as by source (d(s, x) = d(x, s)).
 * The same sums as one search per source, added in another order; the WebAssembly kernel
 * (batchStep in assembly/sweeps.ts) adds them in this one. On the bench network it is about
 * 1.6 times as fast as the pull sweep there; this TypeScript kernel is slower than its own
 * pull sweep (its masks are four words), so it serves as the reference only.
 */
export function batchStepSweep(
  scale: number,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BatchStepWorkspace,
): void {
  for (let s = from; s < to; s += STEP_BATCH)
    batch(scale, s, Math.min(STEP_BATCH, to - s), acc, ws);
}

function batch(
  scale: number,
  s0: number,
  size: number,
  acc: SweepPartial,
  ws: BatchStepWorkspace,
): void {
  const { classes, settled, pending, current, next, sigma, coeff } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const { start, target } = classes;
  const classSteps = classes.steps;
  const c = classSteps.length;
  let { eventNode, eventMask, eventBase, roundStart, roundDist, roundMask } = ws;
  let { dagFrom, dagTo, dagStart } = ws;
  const fresh = new Int32Array(W);
  /**
   * Visits each source that a step's two pairs (node v's and node x's) share, lowest first,
   * with where each pair keeps that source's numbers.
   */
  const eachShared = (v: number, x: number, visit: (vAt: number, xAt: number) => void) => {
    const vb = eventBase[v]!;
    const xb = eventBase[x]!;
    for (let w = 0; w < W; w++) {
      let m = eventMask[W * v + w]! & eventMask[W * x + w]!;
      while (m !== 0) {
        const b = 32 * w + low(m);
        m &= m - 1;
        visit(vb + rank(eventMask, W * v, b), xb + rank(eventMask, W * x, b));
      }
    }
  };

  let events = 0;
  let rounds = 0;
  let dags = 0;
  let bits = 0;
  next.fill(0);
  // Distance 0: each source alone, settled as the first round.
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    eventNode[events++] = s;
    pending[W * s + (b >> 5)] = 1 << (b & 31);
  }
  for (let d = 0; ;) {
    const first = d === 0 ? 0 : events;
    const firstDag = dags;
    // The rounds whose slots lead to d: the sources new to each neighbour, and their steps.
    for (let j = 0; j < c && d > 0; j++) {
      const r = next[j]!;
      if (r === rounds || roundDist[r]! + classSteps[j]! !== d) continue;
      next[j] = r + 1;
      for (let i = roundStart[r]!, end = roundStart[r + 1]!; i < end; i++) {
        const v = eventNode[i]!;
        for (let k = start[v * (c + 1) + j]!, last = start[v * (c + 1) + j + 1]!; k < last; k++) {
          const x = target[k]!;
          let any = 0;
          for (let w = 0; w < W; w++)
            any |= fresh[w] = eventMask[W * i + w]! & ~settled[W * x + w]!;
          if (any === 0) continue;
          let before = 0;
          for (let w = 0; w < W; w++) before |= pending[W * x + w]!;
          if (before === 0) {
            if (events === eventNode.length) eventNode = ws.eventNode = grow(eventNode, events + 1);
            eventNode[events++] = x;
          }
          for (let w = 0; w < W; w++) pending[W * x + w]! |= fresh[w]!;
          if (dags === dagFrom.length) {
            dagFrom = ws.dagFrom = grow(dagFrom, dags + 1);
            dagTo = ws.dagTo = grow(dagTo, dags + 1);
          }
          dagFrom[dags] = i;
          dagTo[dags++] = x;
        }
      }
    }
    if (events > first) {
      if (rounds + 2 > roundStart.length) {
        roundStart = ws.roundStart = grow(roundStart, rounds + 2);
        roundDist = ws.roundDist = grow(roundDist, rounds + 2);
        roundMask = ws.roundMask = grow(roundMask, W * (rounds + 2));
        dagStart = ws.dagStart = grow(dagStart, rounds + 2);
      }
      roundStart[rounds] = first;
      roundDist[rounds] = d;
      dagStart[rounds] = firstDag;
      roundMask.fill(0, W * rounds, W * rounds + W);
      // The round's nodes in order (their slots are then read in order), each step into one
      // pointed at its settled pair.
      eventNode.subarray(first, events).sort();
      for (let i = first; i < events; i++) current[eventNode[i]!] = i;
      for (let j = firstDag; j < dags; j++) dagTo[j] = current[dagTo[j]!]!;
      if (W * events > eventMask.length) eventMask = ws.eventMask = grow(eventMask, W * events);
      if (events + 1 > eventBase.length) eventBase = ws.eventBase = grow(eventBase, events + 1);
      // Settle the round's nodes: each pair's numbers after the last's, path counts from zero.
      for (let i = first; i < events; i++) {
        const x = eventNode[i]!;
        eventBase[i] = bits;
        let count = 0;
        for (let w = 0; w < W; w++) {
          const m = pending[W * x + w]!;
          pending[W * x + w] = 0;
          settled[W * x + w]! |= m;
          eventMask[W * i + w] = m;
          roundMask[W * rounds + w]! |= m;
          count += popcount(m);
        }
        bits += count;
        sigma.fill(0, eventBase[i]!, bits);
      }
      roundStart[++rounds] = events;
      eventBase[events] = bits;
      if (d === 0) sigma.fill(1, 0, bits);
      else {
        // Path counts: over the steps into the round's pairs, in the order they were found.
        for (let j = firstDag; j < dags; j++)
          eachShared(dagFrom[j]!, dagTo[j]!, (vAt, xAt) => (sigma[xAt]! += sigma[vAt]!));
      }
    }
    d = NONE;
    for (let j = 0; j < c; j++) {
      const r = next[j]!;
      if (r < rounds && roundDist[r]! + classSteps[j]! < d) d = roundDist[r]! + classSteps[j]!;
    }
    if (d === NONE) break;
  }
  dagStart[rounds] = dags;

  // Walk the rounds back: a round's pairs have had every successor's share added, so their
  // (1 + δ) / σ is final; then they pass it on along the steps that reached them.
  // Each pair adds its distance sums as a target (d(s, x) = d(x, s): summed over every source,
  // the same as each source adding its own).
  for (let r = rounds - 1; r >= 0; r--) {
    const d = roundDist[r]!;
    const inverse = 1 / (d / scale);
    for (let i = roundStart[r]!, end = roundStart[r + 1]!; i < end; i++) {
      let sum = 0;
      const first = eventBase[i]!;
      const last = eventBase[i + 1]!;
      for (let j = first; j < last; j++) {
        const dx = coeff[j]!;
        coeff[j] = (1 + dx) / sigma[j]!;
        sum += dx;
      }
      if (r === 0) continue;
      const x = eventNode[i]!;
      const count = last - first;
      betweenness[x]! += sum;
      distanceSum[x]! += (count * d) / scale;
      reachedBy[x]! += count;
      harmonic[x]! += count * inverse;
    }
    for (let j = dagStart[r]!, end = dagStart[r + 1]!; j < end; j++)
      eachShared(dagFrom[j]!, dagTo[j]!, (vAt, xAt) => (coeff[vAt]! += sigma[vAt]! * coeff[xAt]!));
  }
  coeff.fill(0, 0, bits);
  for (let i = 0; i < events; i++) settled.fill(0, W * eventNode[i]!, W * eventNode[i]! + W);
  // Each source's eccentricity: the last round it settles a node in.
  eccentricity.fill(0, s0, s0 + size);
  for (let w = 0; w < W; w++) {
    let covered = 0;
    for (let r = rounds - 1; r > 0; r--) {
      let m = roundMask[W * r + w]! & ~covered;
      covered |= m;
      while (m !== 0) {
        eccentricity[s0 + 32 * w + low(m)] = roundDist[r]! / scale;
        m &= m - 1;
      }
    }
  }
}
