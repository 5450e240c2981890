// AssemblyScript: the path sweeps' inner loops as WebAssembly. Compiled by `npm run build:wasm`
// into src/core/metrics/sweep/sweeps-wasm.ts; src/core/metrics/sweep/wasm-sweeps.ts lays the
// arrays out in memory and calls these. The TypeScript kernels they mirror (step-sweep.ts,
// batch-bfs-sweep.ts) stay the reference the tests compare them with. Every array is a byte
// address into the one memory, handed over as a number; nothing here allocates.

/** Marks a node not reached yet (as in step-sweep.ts). */
const FAR: i32 = 0x3fffffff;

@inline function geti(base: usize, i: i32): i32 {
  return load<i32>(base + ((<usize>i) << 2));
}
@inline function seti(base: usize, i: i32, value: i32): void {
  store<i32>(base + ((<usize>i) << 2), value);
}
@inline function getf(base: usize, i: i32): f64 {
  return load<f64>(base + ((<usize>i) << 3));
}
@inline function setf(base: usize, i: i32, value: f64): void {
  store<f64>(base + ((<usize>i) << 3), value);
}

/**
 * pullStepSweep of step-sweep.ts, step for step and sum for sum (so the same bits). `arcs`
 * packs each slot's target (low `nodeBits` bits) and steps; `ring` is the longest tie plus one.
 * The accumulators are the partial's five arrays, each n numbers.
 */
export function pullStep(
  offsets: usize,
  arcs: usize,
  nodeBits: i32,
  ring: i32,
  scale: f64,
  from: i32,
  to: i32,
  bySource: bool,
  dist: usize,
  sigma: usize,
  share: usize,
  order: usize,
  dag: usize,
  dagEnd: usize,
  head: usize,
  entries: usize,
  betweenness: usize,
  distanceSum: usize,
  reachedBy: usize,
  harmonic: usize,
  eccentricity: usize,
): void {
  const nodeMask = (1 << nodeBits) - 1;
  for (let s = from; s < to; s++) {
    let count = 0;
    let dagSize = 0;
    let queued = 1;
    let used = 1;
    seti(dist, s, 0);
    seti(entries, 0, s);
    seti(entries, 1, -1);
    seti(head, 0, 0);
    for (let d = 0, bucket = 0; queued > 0; d++, bucket = bucket + 1 == ring ? 0 : bucket + 1) {
      let e = geti(head, bucket);
      if (e < 0) continue;
      seti(head, bucket, -1);
      while (e >= 0) {
        const v = geti(entries, e << 1);
        e = geti(entries, (e << 1) + 1);
        queued--;
        if (geti(dist, v) != d) continue;
        let paths: f64 = 0;
        for (let k = geti(offsets, v), end = geti(offsets, v + 1); k < end; k++) {
          const arc = geti(arcs, k);
          const x = arc & nodeMask;
          const step = <i32>(<u32>arc >>> nodeBits);
          const dx = geti(dist, x);
          if (dx + step == d) {
            paths += getf(sigma, x);
            seti(dag, dagSize++, x);
          } else if (d + step < dx) {
            seti(dist, x, d + step);
            let at = bucket + step;
            if (at >= ring) at -= ring;
            seti(entries, used << 1, x);
            seti(entries, (used << 1) + 1, geti(head, at));
            seti(head, at, used++);
            queued++;
          }
        }
        setf(sigma, v, count == 0 ? 1 : paths);
        seti(dagEnd, count, dagSize);
        seti(order, count++, v);
      }
    }
    const farthest = <f64>geti(dist, geti(order, count - 1)) / scale;
    let sumDist: f64 = 0;
    let sumHarmonic: f64 = 0;
    for (let i = count - 1; i > 0; i--) {
      const w = geti(order, i);
      const sw = getf(sigma, w);
      const delta = sw * getf(share, w);
      const c = (1 + delta) / sw;
      for (let j = geti(dagEnd, i - 1), end = geti(dagEnd, i); j < end; j++) {
        const x = geti(dag, j);
        setf(share, x, getf(share, x) + c);
      }
      const dw = <f64>geti(dist, w) / scale;
      if (bySource) {
        sumDist += dw;
        sumHarmonic += 1 / dw;
      } else {
        setf(distanceSum, w, getf(distanceSum, w) + dw);
        setf(reachedBy, w, getf(reachedBy, w) + 1);
        setf(harmonic, w, getf(harmonic, w) + 1 / dw);
      }
      setf(betweenness, w, getf(betweenness, w) + delta);
      seti(dist, w, FAR);
      setf(share, w, 0);
    }
    if (bySource) {
      setf(distanceSum, s, getf(distanceSum, s) + sumDist);
      setf(reachedBy, s, getf(reachedBy, s) + <f64>(count - 1));
      setf(harmonic, s, getf(harmonic, s) + sumHarmonic);
    }
    setf(eccentricity, s, farthest);
    seti(dist, s, FAR);
    setf(share, s, 0);
  }
}

@inline function getl(base: usize, i: i32): i64 {
  return load<i64>(base + ((<usize>i) << 3));
}
@inline function setl(base: usize, i: i32, value: i64): void {
  store<i64>(base + ((<usize>i) << 3), value);
}

/** Sources searched together: one bit each in an i64 mask. */
const BATCH: i32 = 64;

/** Clears what a batchBfs batch marked before it ran out of room (see batchBfs). */
function batchBfsReset(
  seen: usize,
  next: usize,
  marks: usize,
  words: i32,
  entryNode: usize,
  entries: i32,
  local: usize,
): i32 {
  for (let i = 0; i < entries; i++) setl(seen, geti(entryNode, i), 0);
  for (let j = 0; j < words; j++) {
    let marked = getl(marks, j);
    setl(marks, j, 0);
    while (marked != 0) {
      setl(next, (j << 6) + <i32>ctz(marked), 0);
      marked &= marked - 1;
    }
  }
  memory.fill(local, 0, BATCH * 48);
  return 1;
}

/**
 * Adds `inverse` to sums[laneSource[i]] laneCount[i] times, for each i < `sources`: four sums at
 * a time (independent additions overlap), each in its own order, so the same bits as one by one.
 */
function harmonicSums(
  sums: usize,
  laneSource: usize,
  laneCount: usize,
  sources: i32,
  inverse: f64,
): void {
  let i = 0;
  for (; i + 4 <= sources; i += 4) {
    let c0 = geti(laneCount, i);
    let c1 = geti(laneCount, i + 1);
    let c2 = geti(laneCount, i + 2);
    let c3 = geti(laneCount, i + 3);
    let h0 = getf(sums, geti(laneSource, i));
    let h1 = getf(sums, geti(laneSource, i + 1));
    let h2 = getf(sums, geti(laneSource, i + 2));
    let h3 = getf(sums, geti(laneSource, i + 3));
    let both = min(min(c0, c1), min(c2, c3));
    for (let c = 0; c < both; c++) {
      h0 += inverse;
      h1 += inverse;
      h2 += inverse;
      h3 += inverse;
    }
    c0 -= both;
    c1 -= both;
    c2 -= both;
    c3 -= both;
    both = min(c0, c1);
    for (let c = 0; c < both; c++) {
      h0 += inverse;
      h1 += inverse;
    }
    c0 -= both;
    c1 -= both;
    for (let c = 0; c < c0; c++) h0 += inverse;
    for (let c = 0; c < c1; c++) h1 += inverse;
    both = min(c2, c3);
    for (let c = 0; c < both; c++) {
      h2 += inverse;
      h3 += inverse;
    }
    c2 -= both;
    c3 -= both;
    for (let c = 0; c < c2; c++) h2 += inverse;
    for (let c = 0; c < c3; c++) h3 += inverse;
    setf(sums, geti(laneSource, i), h0);
    setf(sums, geti(laneSource, i + 1), h1);
    setf(sums, geti(laneSource, i + 2), h2);
    setf(sums, geti(laneSource, i + 3), h3);
  }
  for (; i < sources; i++) {
    const count = geti(laneCount, i);
    let h = getf(sums, geti(laneSource, i));
    for (let c = 0; c < count; c++) h += inverse;
    setf(sums, geti(laneSource, i), h);
  }
}

/**
 * One batch of batchBfsSweep (batch-bfs-sweep.ts), with up to 64 sources (s0 .. s0 + size - 1)
 * as the bits of an i64 mask: the same steps, the same sums per source, the dependencies added
 * to each node 64 sources at a time instead of 32. Each (node, sources) pair reached, level after
 * level, keeps its path counts and dependencies side by side, one number per source in bit order
 * from `entryBase` (as batchStep does), so a level's numbers lie together in `sigma` and `coeff`
 * (up to 64 × n each). A level's new nodes are marked in `marks` (a bit per node, zero between
 * batches) and taken in node order, so the next level walks the slots (and adds to `bySlot`) in
 * order. A recorded slot keeps the node it leads to (`dagTo`), then the pair; the slots leaving
 * pair i are entryDag[i] .. entryDag[i + 1]. Returns 1 without adding anything when the batch
 * needs more entries than `entryCap` or more recorded slots than `dagCap` (its marks cleared, so
 * the host can make room and run it again), else 0. `local` is 6 × 64 numbers of scratch (zero
 * between batches).
 */
export function batchBfs(
  n: i32,
  offsets: usize,
  target: usize,
  s0: i32,
  size: i32,
  edges: bool,
  seen: usize,
  next: usize,
  marks: usize,
  current: usize,
  dagSlot: usize,
  dagTo: usize,
  dagMask: usize,
  dagCap: i32,
  entryNode: usize,
  entryMask: usize,
  entryBase: usize,
  entryDag: usize,
  levelStart: usize,
  entryCap: i32,
  sigma: usize,
  coeff: usize,
  bySlot: usize,
  local: usize,
  betweenness: usize,
  distanceSum: usize,
  reachedBy: usize,
  harmonic: usize,
  eccentricity: usize,
): i32 {
  const sumDist = local;
  const sumHarmonic = local + BATCH * 8;
  const reached = local + BATCH * 16;
  const farthest = local + BATCH * 24;
  const atLevel = local + BATCH * 32;
  const words = (n + 63) >>> 6;
  const laneSource = local + BATCH * 40;
  const laneCount = local + BATCH * 44;
  let planes = 0;
  let dags = 0;
  let entries = 0;
  let bits = 0;
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    seti(entryNode, entries, s);
    setl(entryMask, entries, (<i64>1) << b);
    seti(entryBase, entries++, bits);
    setf(sigma, bits++, 1);
    setl(seen, s, (<i64>1) << b);
  }
  seti(entryBase, entries, bits);
  seti(levelStart, 0, 0);
  seti(levelStart, 1, entries);
  let levels = 1;
  for (;;) {
    const first = geti(levelStart, levels - 1);
    const last = geti(levelStart, levels);
    const level = levels;
    for (let i = first; i < last; i++) {
      const v = geti(entryNode, i);
      const mask = getl(entryMask, i);
      seti(entryDag, i, dags);
      for (let k = geti(offsets, v), end = geti(offsets, v + 1); k < end; k++) {
        const w = geti(target, k);
        const fresh = mask & ~getl(seen, w);
        if (fresh == 0) continue;
        if (dags == dagCap) return batchBfsReset(seen, next, marks, words, entryNode, entries, local);
        const at = marks + ((<usize>(w >>> 6)) << 3);
        store<i64>(at, load<i64>(at) | ((<i64>1) << (w & 63)));
        setl(next, w, getl(next, w) | fresh);
        seti(dagSlot, dags, k);
        seti(dagTo, dags, w);
        setl(dagMask, dags++, fresh);
      }
    }
    seti(entryDag, last, dags);
    // The level's new pairs in node order (so the next level's slots are taken in order).
    let added = 0;
    for (let j = 0; j < words; j++) added += <i32>popcnt(getl(marks, j));
    if (added == 0) break;
    if (entries + added > entryCap) {
      return batchBfsReset(seen, next, marks, words, entryNode, entries, local);
    }
    for (let j = 0; j < words; j++) {
      let marked = getl(marks, j);
      if (marked == 0) continue;
      setl(marks, j, 0);
      while (marked != 0) {
        const w = (j << 6) + <i32>ctz(marked);
        marked &= marked - 1;
        let mask = getl(next, w);
        setl(next, w, 0);
        setl(seen, w, getl(seen, w) | mask);
        seti(current, w, entries);
        seti(entryNode, entries, w);
        setl(entryMask, entries, mask);
        seti(entryBase, entries++, bits);
        bits += <i32>popcnt(mask);
        // Count the pair for each of its sources: the counts as binary numbers, bit j of
        // every source's count in word j (the mask added with carries).
        for (let j = 0; mask != 0; j++) {
          const word = getl(atLevel, j);
          setl(atLevel, j, word ^ mask);
          mask &= word;
          if (j >= planes) planes = j + 1;
        }
      }
    }
    seti(entryBase, entries, bits);
    const low = geti(entryBase, last);
    memory.fill(sigma + ((<usize>low) << 3), 0, (<usize>(bits - low)) << 3);
    // The new pairs' path counts, in the order the slots were recorded.
    for (let i = first; i < last; i++) {
      const vm = getl(entryMask, i);
      const vb = geti(entryBase, i);
      for (let j = geti(entryDag, i), end = geti(entryDag, i + 1); j < end; j++) {
        const x = geti(current, geti(dagTo, j));
        seti(dagTo, j, x);
        const xm = getl(entryMask, x);
        const xb = geti(entryBase, x);
        let m = getl(dagMask, j);
        while (m != 0) {
          const rest = m - 1;
          const below = rest & ~m;
          m &= rest;
          const at = xb + <i32>popcnt(xm & below);
          setf(sigma, at, getf(sigma, at) + getf(sigma, vb + <i32>popcnt(vm & below)));
        }
      }
    }
    // Each source's distance sums, a level at a time; 1/level added once per node, as one
    // search per source adds it, four sources' sums at a time (each its own sum, so the same
    // bits).
    const inverse = 1 / <f64>level;
    let lanes = 0;
    for (let b = 0; b < size; b++) {
      let count = 0;
      for (let j = 0; j < planes; j++) count |= <i32>((getl(atLevel, j) >>> b) & 1) << j;
      if (count == 0) continue;
      setf(sumDist, b, getf(sumDist, b) + <f64>count * <f64>level);
      setf(reached, b, getf(reached, b) + <f64>count);
      setf(farthest, b, <f64>level);
      seti(laneSource, lanes, b);
      seti(laneCount, lanes++, count);
    }
    memory.fill(atLevel, 0, (<usize>planes) << 3);
    planes = 0;
    harmonicSums(sumHarmonic, laneSource, laneCount, lanes, inverse);
    seti(levelStart, ++levels, entries);
  }

  for (let d = levels - 1; d >= 0; d--) {
    const first = geti(levelStart, d);
    const last = geti(levelStart, d + 1);
    for (let i = first; i < last; i++) {
      const vm = getl(entryMask, i);
      const vb = geti(entryBase, i);
      for (let j = geti(entryDag, i), end = geti(entryDag, i + 1); j < end; j++) {
        const x = geti(dagTo, j);
        const xm = getl(entryMask, x);
        const xb = geti(entryBase, x);
        let m = getl(dagMask, j);
        let edge: f64 = 0;
        while (m != 0) {
          const rest = m - 1;
          const below = rest & ~m;
          m &= rest;
          const at = vb + <i32>popcnt(vm & below);
          const c = getf(sigma, at) * getf(coeff, xb + <i32>popcnt(xm & below));
          setf(coeff, at, getf(coeff, at) + c);
          edge += c;
        }
        if (edges) {
          const k = geti(dagSlot, j);
          setf(bySlot, k, getf(bySlot, k) + edge);
        }
      }
    }
    for (let i = first; i < last; i++) {
      let sum: f64 = 0;
      for (let j = geti(entryBase, i), end = geti(entryBase, i + 1); j < end; j++) {
        const dv = getf(coeff, j);
        setf(coeff, j, (1 + dv) / getf(sigma, j));
        sum += dv;
      }
      if (d > 0) {
        const v = geti(entryNode, i);
        setf(betweenness, v, getf(betweenness, v) + sum);
      }
    }
  }
  memory.fill(coeff, 0, (<usize>bits) << 3);
  for (let i = 0; i < entries; i++) setl(seen, geti(entryNode, i), 0);
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    setf(distanceSum, s, getf(distanceSum, s) + getf(sumDist, b));
    setf(reachedBy, s, getf(reachedBy, s) + getf(reached, b));
    setf(harmonic, s, getf(harmonic, s) + getf(sumHarmonic, b));
    setf(eccentricity, s, getf(farthest, b));
    setf(sumDist, b, 0);
    setf(sumHarmonic, b, 0);
    setf(reached, b, 0);
    setf(farthest, b, 0);
  }
  return 0;
}

@inline function getlo(base: usize, i: i32): i64 {
  return load<i64>(base + ((<usize>i) << 4));
}
@inline function gethi(base: usize, i: i32): i64 {
  return load<i64>(base + ((<usize>i) << 4), 8);
}
@inline function setwide(base: usize, i: i32, lo: i64, hi: i64): void {
  const at = base + ((<usize>i) << 4);
  store<i64>(at, lo);
  store<i64>(at, hi, 8);
}

/** Farther than any distance (as in batch-step-sweep.ts). */
const NONE: i32 = 0x7fffffff;

// batchStep's arrays and counts while a batch runs, for the parts it is split into (each its
// own function, so that a profile tells their times apart).
let stNodes: i32 = 0;
let stClassStart: usize = 0;
let stClassTarget: usize = 0;
let stClassNodes: usize = 0;
let stClassNodeStart: usize = 0;
let stSettled: usize = 0;
let stPending: usize = 0;
let stCurrent: usize = 0;
let stMarks: usize = 0;
let stEventNode: usize = 0;
let stEventMask: usize = 0;
let stEventBase: usize = 0;
let stEventCap: i32 = 0;
let stRoundStart: usize = 0;
let stDagFrom: usize = 0;
let stDagTo: usize = 0;
let stDagCap: i32 = 0;
let stPairAt: usize = 0;
let stPairCap: i32 = 0;
let stSigma: usize = 0;
let stCoeff: usize = 0;
let stEvents: i32 = 0;
let stDags: i32 = 0;
let stPairs: i32 = 0;
let stBits: i32 = 0;
let stLowest: i32 = 0;
let stHighest: i32 = 0;

/** Clears what a batchStep batch marked before it ran out of room (see batchStep). */
function batchStepReset(): i32 {
  const settled = stSettled;
  const pending = stPending;
  const marks = stMarks;
  const eventNode = stEventNode;
  for (let i = 0, events = stEvents; i < events; i++) {
    const x = geti(eventNode, i);
    setwide(settled, x, 0, 0);
    setwide(pending, x, 0, 0);
    setl(marks, x >>> 6, 0);
  }
  return 1;
}

/**
 * Round r's pairs walk their class-j slots: the sources new to each neighbour, and the steps.
 * The round's pairs are in the order of their nodes; when few nodes have slots of class j,
 * their pairs in the round are looked up instead of the round being read through. Returns 1
 * when out of room.
 */
function stepWalk(j: i32, r: i32): i32 {
  const start = stClassStart + (<usize>j) * (<usize>(stNodes + 1)) * 4;
  const classTarget = stClassTarget;
  const settled = stSettled;
  const pending = stPending;
  const marks = stMarks;
  const eventNode = stEventNode;
  const eventMask = stEventMask;
  const eventCap = stEventCap;
  const dagFrom = stDagFrom;
  const dagTo = stDagTo;
  const dagCap = stDagCap;
  let events = stEvents;
  let dags = stDags;
  let lowest = stLowest;
  let highest = stHighest;
  let i = geti(stRoundStart, r);
  const end = geti(stRoundStart, r + 1);
  let u = geti(stClassNodeStart, j);
  const lastNode = geti(stClassNodeStart, j + 1);
  const lookUp = (lastNode - u) << 4 < end - i;
  while (i < end) {
    if (lookUp) {
      if (u == lastNode) break;
      const node = geti(stClassNodes, u++);
      let above = end;
      while (i < above) {
        const mid = (i + above) >>> 1;
        if (geti(eventNode, mid) < node) i = mid + 1;
        else above = mid;
      }
      if (i == end) break;
      if (geti(eventNode, i) != node) continue;
    }
    const v = geti(eventNode, i);
    const first = geti(start, v);
    const last = geti(start, v + 1);
    if (first == last) {
      i++;
      continue;
    }
    const lo = getlo(eventMask, i);
    const hi = gethi(eventMask, i);
    // Each slot written down as a step, kept when it brings its node a new source: no branch
    // to mispredict (about one slot in four is kept on the bench network).
    if (dags + (last - first) > dagCap) return 1;
    for (let k = first; k < last; k++) {
      const x = geti(classTarget, k);
      seti(dagFrom, dags, i);
      seti(dagTo, dags, x);
      dags += <i32>(((lo & ~getlo(settled, x)) | (hi & ~gethi(settled, x))) != 0);
    }
    i++;
  }
  // Then the steps' nodes: each one new to the distance listed and marked, the new sources
  // pending; again no branch on whether a node is new (room for them all checked first).
  if (events + (dags - stDags) > eventCap) {
    stEvents = events;
    return 1;
  }
  for (let t = stDags; t < dags; t++) {
    const e = geti(dagFrom, t);
    const x = geti(dagTo, t);
    const freshLo = getlo(eventMask, e) & ~getlo(settled, x);
    const freshHi = gethi(eventMask, e) & ~gethi(settled, x);
    const beforeLo = getlo(pending, x);
    const beforeHi = gethi(pending, x);
    const started = <i32>((beforeLo | beforeHi) == 0);
    seti(eventNode, events, x);
    events += started;
    const at = marks + ((<usize>(x >>> 6)) << 3);
    store<i64>(at, load<i64>(at) | ((<i64>started) << (x & 63)));
    lowest = select<i32>(x, lowest, started & <i32>(x < lowest));
    highest = select<i32>(x, highest, started & <i32>(x > highest));
    setwide(pending, x, beforeLo | freshLo, beforeHi | freshHi);
  }
  stEvents = events;
  stDags = dags;
  stLowest = lowest;
  stHighest = highest;
  return 0;
}

/** Settles the pairs first .. stEvents - 1 (one round), in the order of their nodes. */
function stepSettle(first: i32, d: i32): void {
  const settled = stSettled;
  const pending = stPending;
  const current = stCurrent;
  const marks = stMarks;
  const eventNode = stEventNode;
  const eventMask = stEventMask;
  const eventBase = stEventBase;
  const sigma = stSigma;
  const dagTo = stDagTo;
  const events = stEvents;
  let bits = stBits;
  if (d > 0) {
    let i = first;
    for (let w = stLowest >>> 6, last = stHighest >>> 6; w <= last; w++) {
      let m = getl(marks, w);
      if (m == 0) continue;
      setl(marks, w, 0);
      while (m != 0) {
        seti(eventNode, i++, (w << 6) + <i32>ctz(m));
        m &= m - 1;
      }
    }
  }
  for (let i = first; i < events; i++) seti(current, geti(eventNode, i), i);
  for (let j = 0, dags = stDags; j < dags; j++) seti(dagTo, j, geti(current, geti(dagTo, j)));
  for (let i = first; i < events; i++) {
    const x = geti(eventNode, i);
    const lo = getlo(pending, x);
    const hi = gethi(pending, x);
    setwide(pending, x, 0, 0);
    setwide(settled, x, getlo(settled, x) | lo, gethi(settled, x) | hi);
    setwide(eventMask, i, lo, hi);
    seti(eventBase, i, bits);
    bits += <i32>(popcnt(lo) + popcnt(hi));
  }
  seti(eventBase, events, bits);
  // The round's path counts from zero.
  memory.fill(sigma + ((<usize>stBits) << 3), 0, (<usize>(bits - stBits)) << 3);
  stBits = bits;
}

/**
 * The round's path counts, over its recorded steps: first each source's step listed in pairAt
 * (the places of the two numbers it joins), then the counts summed along the list.
 */
function stepCount(): i32 {
  const eventMask = stEventMask;
  const eventBase = stEventBase;
  const dagFrom = stDagFrom;
  const dagTo = stDagTo;
  const sigma = stSigma;
  const pairAt = stPairAt;
  const pairCap = stPairCap;
  let pairs = stPairs;
  for (let j = 0, dags = stDags; j < dags; j++) {
    const v = geti(dagFrom, j);
    const x = geti(dagTo, j);
    const vb = geti(eventBase, v);
    const xb = geti(eventBase, x);
    const vLo = getlo(eventMask, v);
    const vHi = gethi(eventMask, v);
    const xLo = getlo(eventMask, x);
    const xHi = gethi(eventMask, x);
    let mLo = vLo & xLo;
    let mHi = vHi & xHi;
    // The shared sources lowest first, low word then high, with no branch on which word.
    do {
      const inLo = mLo != 0;
      const belowLo = select<i64>((mLo & -mLo) - 1, -1, inLo);
      const belowHi = select<i64>(0, (mHi & -mHi) - 1, inLo);
      const at = xb + <i32>(popcnt(xLo & belowLo) + popcnt(xHi & belowHi));
      const from = vb + <i32>(popcnt(vLo & belowLo) + popcnt(vHi & belowHi));
      mHi = select<i64>(mHi, mHi & (mHi - 1), inLo);
      mLo &= mLo - 1;
      if (pairs == pairCap) {
        stPairs = pairs;
        return 1;
      }
      seti(pairAt, pairs << 1, from);
      seti(pairAt, (pairs << 1) + 1, at);
      pairs++;
    } while ((mLo | mHi) != 0);
  }
  // The sums apart, in the same order: a loop with no branch but its end, whose loads overlap.
  for (let j = stPairs; j < pairs; j++) {
    const from = geti(pairAt, j << 1);
    const at = geti(pairAt, (j << 1) + 1);
    setf(sigma, at, getf(sigma, at) + getf(sigma, from));
  }
  stPairs = pairs;
  return 0;
}

/** The walk back over round r: its pairs' (1 + δ) / σ and sums, then their steps' shares. */
function stepBack(
  r: i32,
  scale: f64,
  roundDist: usize,
  pairStart: usize,
  betweenness: usize,
  distanceSum: usize,
  reachedBy: usize,
  harmonic: usize,
): void {
  const eventNode = stEventNode;
  const eventBase = stEventBase;
  const sigma = stSigma;
  const coeff = stCoeff;
  const pairAt = stPairAt;
  const d = geti(roundDist, r);
  const inverse = 1 / (<f64>d / scale);
  for (let i = geti(stRoundStart, r), end = geti(stRoundStart, r + 1); i < end; i++) {
    let sum: f64 = 0;
    const first = geti(eventBase, i);
    const last = geti(eventBase, i + 1);
    for (let j = first; j < last; j++) {
      const dx = getf(coeff, j);
      setf(coeff, j, (1 + dx) / getf(sigma, j));
      sum += dx;
    }
    if (r == 0) continue;
    const x = geti(eventNode, i);
    const count = last - first;
    setf(betweenness, x, getf(betweenness, x) + sum);
    setf(distanceSum, x, getf(distanceSum, x) + (<f64>count * <f64>d) / scale);
    setf(reachedBy, x, getf(reachedBy, x) + <f64>count);
    setf(harmonic, x, getf(harmonic, x) + <f64>count * inverse);
  }
  for (let j = geti(pairStart, r), end = geti(pairStart, r + 1); j < end; j++) {
    const v = geti(pairAt, j << 1);
    const x = geti(pairAt, (j << 1) + 1);
    setf(coeff, v, getf(coeff, v) + getf(sigma, v) * getf(coeff, x));
  }
}

/**
 * One batch of batchStepSweep (batch-step-sweep.ts), sources s0 .. s0 + size - 1 (up to 128) as
 * the bits of a mask of two i64: the same steps and the same sums in the same order (so the
 * same bits). `classSteps` (`classes` numbers) are its StepClasses' lengths and the slots are
 * laid out class by class: class j's node v has the slots classTarget[classStart[j · (n + 1) +
 * v] .. classStart[j · (n + 1) + v + 1]], and the nodes with slots of class j are
 * classNodes[classNodeStart[j] .. classNodeStart[j + 1]], in order. `next` has a number per
 * class; `marks` a bit per node (zero between batches). Masks (`settled`, `pending`,
 * `eventMask`, `roundMask`) are 16 bytes, low word first. A round's recorded steps (`dagFrom`,
 * `dagTo`) are kept until its path counts are summed; each source's step is then listed as the
 * places of the two numbers it joins (`pairAt`, round r's from `pairStart[r]`), which the walk
 * back reads. Returns 1 without adding anything when the batch needs more than `eventCap`
 * settled pairs, `roundCap` - 1 rounds, `dagCap` recorded steps in a round (a pair's slots
 * counted as steps until they are checked) or `pairCap` places (its marks cleared, so the host
 * can make room and run it again), else 0. `sigma` and `coeff` hold size × n numbers (one per
 * source a node is settled for).
 */
export function batchStep(
  n: i32,
  classes: i32,
  classSteps: usize,
  classStart: usize,
  classTarget: usize,
  classNodes: usize,
  classNodeStart: usize,
  scale: f64,
  s0: i32,
  size: i32,
  settled: usize,
  pending: usize,
  current: usize,
  marks: usize,
  next: usize,
  eventNode: usize,
  eventMask: usize,
  eventBase: usize,
  eventCap: i32,
  roundStart: usize,
  roundDist: usize,
  roundMask: usize,
  roundCap: i32,
  dagFrom: usize,
  dagTo: usize,
  dagCap: i32,
  pairAt: usize,
  pairStart: usize,
  pairCap: i32,
  sigma: usize,
  coeff: usize,
  betweenness: usize,
  distanceSum: usize,
  reachedBy: usize,
  harmonic: usize,
  eccentricity: usize,
): i32 {
  stNodes = n;
  stClassStart = classStart;
  stClassTarget = classTarget;
  stClassNodes = classNodes;
  stClassNodeStart = classNodeStart;
  stSettled = settled;
  stPending = pending;
  stCurrent = current;
  stMarks = marks;
  stEventNode = eventNode;
  stEventMask = eventMask;
  stEventBase = eventBase;
  stEventCap = eventCap;
  stRoundStart = roundStart;
  stDagFrom = dagFrom;
  stDagTo = dagTo;
  stDagCap = dagCap;
  stPairAt = pairAt;
  stPairCap = pairCap;
  stSigma = sigma;
  stCoeff = coeff;
  stEvents = 0;
  stPairs = 0;
  stBits = 0;
  let rounds = 0;
  if (size > eventCap) return 1;
  seti(pairStart, 0, 0);
  memory.fill(next, 0, (<usize>classes) << 2);
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    seti(eventNode, stEvents++, s);
    if (b < 64) setwide(pending, s, (<i64>1) << b, 0);
    else setwide(pending, s, 0, (<i64>1) << (b - 64));
  }
  for (let d = 0; ; ) {
    const first = d == 0 ? 0 : stEvents;
    stDags = 0;
    stLowest = 0x7fffffff;
    stHighest = -1;
    for (let j = 0; j < classes && d > 0; j++) {
      const r = geti(next, j);
      if (r == rounds || geti(roundDist, r) + geti(classSteps, j) != d) continue;
      seti(next, j, r + 1);
      if (stepWalk(j, r) != 0) return batchStepReset();
    }
    if (stEvents > first) {
      if (rounds + 2 > roundCap) return batchStepReset();
      seti(roundStart, rounds, first);
      seti(roundDist, rounds, d);
      stepSettle(first, d);
      let unionLo: i64 = 0;
      let unionHi: i64 = 0;
      for (let i = first, events = stEvents; i < events; i++) {
        unionLo |= getlo(eventMask, i);
        unionHi |= gethi(eventMask, i);
      }
      setwide(roundMask, rounds, unionLo, unionHi);
      seti(roundStart, ++rounds, stEvents);
      if (d == 0) {
        for (let j = 0, bits = stBits; j < bits; j++) setf(sigma, j, 1);
      } else if (stepCount() != 0) return batchStepReset();
      seti(pairStart, rounds, stPairs);
    }
    d = NONE;
    for (let j = 0; j < classes; j++) {
      const r = geti(next, j);
      if (r < rounds) {
        const at = geti(roundDist, r) + geti(classSteps, j);
        if (at < d) d = at;
      }
    }
    if (d == NONE) break;
  }

  for (let r = rounds - 1; r >= 0; r--) {
    stepBack(r, scale, roundDist, pairStart, betweenness, distanceSum, reachedBy, harmonic);
  }
  memory.fill(coeff, 0, (<usize>stBits) << 3);
  for (let i = 0, events = stEvents; i < events; i++) setwide(settled, geti(eventNode, i), 0, 0);
  for (let b = 0; b < size; b++) setf(eccentricity, s0 + b, 0);
  let coveredLo: i64 = 0;
  let coveredHi: i64 = 0;
  for (let r = rounds - 1; r > 0; r--) {
    let m = getlo(roundMask, r) & ~coveredLo;
    coveredLo |= m;
    const far = <f64>geti(roundDist, r) / scale;
    while (m != 0) {
      setf(eccentricity, s0 + <i32>ctz(m), far);
      m &= m - 1;
    }
    m = gethi(roundMask, r) & ~coveredHi;
    coveredHi |= m;
    while (m != 0) {
      setf(eccentricity, s0 + 64 + <i32>ctz(m), far);
      m &= m - 1;
    }
  }
  return 0;
}
