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

/** Clears what a batchStep batch marked before it ran out of room (see batchStep). */
function batchStepReset(
  settled: usize,
  pending: usize,
  marks: usize,
  eventNode: usize,
  events: i32,
): i32 {
  for (let i = 0; i < events; i++) {
    const x = geti(eventNode, i);
    setwide(settled, x, 0, 0);
    setwide(pending, x, 0, 0);
    setl(marks, x >>> 6, 0);
  }
  return 1;
}

/**
 * One batch of batchStepSweep (batch-step-sweep.ts), sources s0 .. s0 + size - 1 (up to 128) as
 * the bits of a mask of two i64: the same steps and the same sums in the same order (so the
 * same bits). `classSteps` (`classes` numbers), `classStart` and `classTarget` are its
 * StepClasses; `nodeClasses` has an i64 per node, the classes (up to 64) it has slots of, and
 * `eventClasses` the same per settled pair; `next` a number per class; `marks` a bit per node
 * (zero between batches). Masks (`settled`, `pending`, `eventMask`, `roundMask`) are 16 bytes,
 * low word first. A round's recorded steps (`dagFrom`, `dagTo`) are kept until its path counts
 * are summed; each source's step is then listed as the places of the two numbers it joins
 * (`pairAt`, round r's from `pairStart[r]`), which the walk back reads. Returns 1 without adding
 * anything when the batch needs more than `eventCap` settled pairs, `roundCap` - 1 rounds,
 * `dagCap` recorded steps in a round or `pairCap` places (its marks cleared, so the host can
 * make room and run it again), else 0. `sigma` and `coeff` hold size × n numbers (one per
 * source a node is settled for).
 */
export function batchStep(
  classes: i32,
  classSteps: usize,
  classStart: usize,
  classTarget: usize,
  nodeClasses: usize,
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
  eventClasses: usize,
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
  const stride = classes + 1;
  let events = 0;
  let rounds = 0;
  let dags = 0;
  let bits = 0;
  let pairs = 0;
  if (size > eventCap) return 1;
  seti(pairStart, 0, 0);
  memory.fill(next, 0, (<usize>classes) << 2);
  for (let b = 0; b < size; b++) {
    const s = s0 + b;
    seti(eventNode, events++, s);
    if (b < 64) setwide(pending, s, (<i64>1) << b, 0);
    else setwide(pending, s, 0, (<i64>1) << (b - 64));
  }
  for (let d = 0; ; ) {
    const first = d == 0 ? 0 : events;
    dags = 0;
    let lowest = 0x7fffffff;
    let highest = -1;
    for (let j = 0; j < classes && d > 0; j++) {
      const r = geti(next, j);
      if (r == rounds || geti(roundDist, r) + geti(classSteps, j) != d) continue;
      seti(next, j, r + 1);
      const bit = j < 64 ? (<i64>1) << j : 0;
      for (let i = geti(roundStart, r), end = geti(roundStart, r + 1); i < end; i++) {
        if (bit != 0 && (getl(eventClasses, i) & bit) == 0) continue;
        const v = geti(eventNode, i);
        const lo = getlo(eventMask, i);
        const hi = gethi(eventMask, i);
        const at = v * stride + j;
        for (let k = geti(classStart, at), last = geti(classStart, at + 1); k < last; k++) {
          const x = geti(classTarget, k);
          const freshLo = lo & ~getlo(settled, x);
          const freshHi = hi & ~gethi(settled, x);
          if ((freshLo | freshHi) == 0) continue;
          const beforeLo = getlo(pending, x);
          const beforeHi = gethi(pending, x);
          if ((beforeLo | beforeHi) == 0) {
            if (events == eventCap) {
              return batchStepReset(settled, pending, marks, eventNode, events);
            }
            seti(eventNode, events++, x);
            const at = marks + ((<usize>(x >>> 6)) << 3);
            store<i64>(at, load<i64>(at) | ((<i64>1) << (x & 63)));
            if (x < lowest) lowest = x;
            if (x > highest) highest = x;
          }
          setwide(pending, x, beforeLo | freshLo, beforeHi | freshHi);
          if (dags == dagCap) {
            return batchStepReset(settled, pending, marks, eventNode, events);
          }
          seti(dagFrom, dags, i);
          seti(dagTo, dags++, x);
        }
      }
    }
    if (events > first) {
      if (rounds + 2 > roundCap) {
        return batchStepReset(settled, pending, marks, eventNode, events);
      }
      seti(roundStart, rounds, first);
      seti(roundDist, rounds, d);
      let unionLo: i64 = 0;
      let unionHi: i64 = 0;
      if (d > 0) {
        let i = first;
        for (let w = lowest >>> 6, last = highest >>> 6; w <= last; w++) {
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
      for (let j = 0; j < dags; j++) seti(dagTo, j, geti(current, geti(dagTo, j)));
      for (let i = first; i < events; i++) {
        const x = geti(eventNode, i);
        const lo = getlo(pending, x);
        const hi = gethi(pending, x);
        unionLo |= lo;
        unionHi |= hi;
        setwide(pending, x, 0, 0);
        setwide(settled, x, getlo(settled, x) | lo, gethi(settled, x) | hi);
        setwide(eventMask, i, lo, hi);
        seti(eventBase, i, bits);
        setl(eventClasses, i, getl(nodeClasses, x));
        const count = <i32>(popcnt(lo) + popcnt(hi));
        for (let j = bits, end = bits + count; j < end; j++) setf(sigma, j, 0);
        bits += count;
      }
      setwide(roundMask, rounds, unionLo, unionHi);
      seti(roundStart, ++rounds, events);
      seti(eventBase, events, bits);
      if (d == 0) {
        for (let j = 0; j < bits; j++) setf(sigma, j, 1);
      } else {
        for (let j = 0; j < dags; j++) {
          const v = geti(dagFrom, j);
          const x = geti(dagTo, j);
          let vb = geti(eventBase, v);
          let xb = geti(eventBase, x);
          for (let w: usize = 0; w < 16; w += 8) {
            const vm = load<i64>(eventMask + ((<usize>v) << 4) + w);
            const xm = load<i64>(eventMask + ((<usize>x) << 4) + w);
            let m = vm & xm;
            while (m != 0) {
              const below = (m & -m) - 1;
              m &= m - 1;
              const at = xb + <i32>popcnt(xm & below);
              const from = vb + <i32>popcnt(vm & below);
              setf(sigma, at, getf(sigma, at) + getf(sigma, from));
              if (pairs == pairCap) return batchStepReset(settled, pending, marks, eventNode, events);
              seti(pairAt, pairs << 1, from);
              seti(pairAt, (pairs << 1) + 1, at);
              pairs++;
            }
            vb += <i32>popcnt(vm);
            xb += <i32>popcnt(xm);
          }
        }
      }
      seti(pairStart, rounds, pairs);
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
    const d = geti(roundDist, r);
    const inverse = 1 / (<f64>d / scale);
    for (let i = geti(roundStart, r), end = geti(roundStart, r + 1); i < end; i++) {
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
  memory.fill(coeff, 0, (<usize>bits) << 3);
  for (let i = 0; i < events; i++) setwide(settled, geti(eventNode, i), 0, 0);
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
