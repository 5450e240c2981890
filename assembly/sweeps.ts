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
