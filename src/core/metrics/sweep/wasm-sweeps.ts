import { STEP_BATCH, stepClasses, type StepClasses } from './batch-step-sweep.ts';
import { FAR, longestStep, packedArcs } from './step-sweep.ts';
import { SWEEPS_WASM } from './sweeps-wasm.ts';
import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** The exports of assembly/sweeps.ts: every array argument a byte address in its memory. */
interface SweepKernels {
  pullStep(
    offsets: number,
    arcs: number,
    nodeBits: number,
    ring: number,
    scale: number,
    from: number,
    to: number,
    bySource: number,
    dist: number,
    sigma: number,
    share: number,
    order: number,
    dag: number,
    dagEnd: number,
    head: number,
    entries: number,
    betweenness: number,
    distanceSum: number,
    reachedBy: number,
    harmonic: number,
    eccentricity: number,
  ): void;
  batchBfs(
    n: number,
    offsets: number,
    target: number,
    s0: number,
    size: number,
    edges: number,
    seen: number,
    next: number,
    marks: number,
    current: number,
    dagSlot: number,
    dagTo: number,
    dagMask: number,
    dagCap: number,
    entryNode: number,
    entryMask: number,
    entryBase: number,
    entryDag: number,
    levelStart: number,
    entryCap: number,
    sigma: number,
    coeff: number,
    bySlot: number,
    local: number,
    betweenness: number,
    distanceSum: number,
    reachedBy: number,
    harmonic: number,
    eccentricity: number,
  ): number;
  batchStep(
    n: number,
    classes: number,
    classSteps: number,
    classStart: number,
    classTarget: number,
    classNodes: number,
    classNodeStart: number,
    scale: number,
    s0: number,
    size: number,
    settled: number,
    pending: number,
    current: number,
    marks: number,
    next: number,
    eventNode: number,
    eventMask: number,
    eventBase: number,
    eventCap: number,
    roundStart: number,
    roundDist: number,
    roundMask: number,
    roundCap: number,
    dagFrom: number,
    dagTo: number,
    dagCap: number,
    pairAt: number,
    pairStart: number,
    pairCap: number,
    sigma: number,
    coeff: number,
    betweenness: number,
    distanceSum: number,
    reachedBy: number,
    harmonic: number,
    eccentricity: number,
  ): number;
}

let compiled: WebAssembly.Module | null = null;

/** The kernels' module, compiled on first use (synchronously: small, and workers may block). */
function kernelModule(): WebAssembly.Module {
  if (!compiled) {
    const text = atob(SWEEPS_WASM);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/** Whether this platform runs WebAssembly; without it the TypeScript kernels sweep. */
export function wasmSweepsAvailable(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.Module === 'function';
}

/** The first 64 KiB are left to the module's own data (it has none today). */
const BASE = 65536;
const PAGE = 65536;

/**
 * Arrays laid out one after another in one WebAssembly memory, each 8-byte aligned: sized
 * first (`int`, `float`), then the memory made (`instance`) and the arrays viewed in it.
 */
class Layout {
  private end = BASE;
  int(length: number): number {
    return this.take(length * 4);
  }
  float(length: number): number {
    return this.take(length * 8);
  }
  private take(bytes: number): number {
    const at = this.end;
    this.end += Math.ceil(bytes / 8) * 8;
    return at;
  }
  instance(): { kernels: SweepKernels; memory: WebAssembly.Memory } {
    const memory = new WebAssembly.Memory({ initial: Math.ceil(this.end / PAGE) });
    const made = new WebAssembly.Instance(kernelModule(), { env: { memory } });
    return { kernels: made.exports as unknown as SweepKernels, memory };
  }
}

/** The five per-node sums of a partial that the kernels add to (edge betweenness aside). */
const NODE_SUMS = ['betweenness', 'distanceSum', 'reachedBy', 'harmonic', 'eccentricity'] as const;

/**
 * The partial's per-node sums copied into the memory before a range and back after it, so the
 * kernel adds to the very numbers the TypeScript kernel would (the same sums to the last bit).
 */
function nodeSums(layout: Layout, n: number) {
  const at = NODE_SUMS.map(() => layout.float(n));
  return {
    at,
    load(memory: WebAssembly.Memory, acc: SweepPartial) {
      NODE_SUMS.forEach((key, i) => new Float64Array(memory.buffer, at[i], n).set(acc[key]));
    },
    store(memory: WebAssembly.Memory, acc: SweepPartial) {
      NODE_SUMS.forEach((key, i) => acc[key].set(new Float64Array(memory.buffer, at[i], n)));
    },
  };
}

/**
 * pullStepSweep (step-sweep.ts) in WebAssembly, for a graph where pullStepFits: the graph and
 * the workspace laid out in the module's memory once, each range swept there.
 */
export function wasmPullStepSweeper(
  g: SweepGraph,
  steps: Int32Array,
  scale: number,
  bySource: boolean,
): (from: number, to: number, acc: SweepPartial) => void {
  const { arcs, nodeBits } = packedArcs(g, steps);
  const ring = longestStep(steps) + 1;
  const { n } = g;
  const slots = arcs.length;
  const layout = new Layout();
  const offsets = layout.int(n + 1);
  const arcsAt = layout.int(slots);
  const dist = layout.int(n);
  const sigma = layout.float(n);
  const share = layout.float(n);
  const order = layout.int(n);
  const dag = layout.int(slots);
  const dagEnd = layout.int(n);
  const head = layout.int(ring);
  const entries = layout.int(2 * (slots + 1));
  const sums = nodeSums(layout, n);
  const { kernels, memory } = layout.instance();
  new Int32Array(memory.buffer, offsets, n + 1).set(g.offsets);
  new Int32Array(memory.buffer, arcsAt, slots).set(arcs);
  new Int32Array(memory.buffer, dist, n).fill(FAR);
  new Int32Array(memory.buffer, head, ring).fill(-1);
  const [betweenness, distanceSum, reachedBy, harmonic, eccentricity] = sums.at as [
    number,
    number,
    number,
    number,
    number,
  ];
  return (from, to, acc) => {
    sums.load(memory, acc);
    // One call per source: V8 runs a call in the tier its function had when it began (there is
    // no switching mid-call), so long calls made while the optimised code is still being
    // compiled would run the whole range in the baseline tier, about twice as slow.
    for (let s = from; s < to; s++)
      kernels.pullStep(
        offsets,
        arcsAt,
        nodeBits,
        ring,
        scale,
        s,
        s + 1,
        bySource ? 1 : 0,
        dist,
        sigma,
        share,
        order,
        dag,
        dagEnd,
        head,
        entries,
        betweenness,
        distanceSum,
        reachedBy,
        harmonic,
        eccentricity,
      );
    sums.store(memory, acc);
  };
}

/** Sources the WebAssembly batched BFS takes at a time: one bit each in an i64 mask. */
export const WASM_BATCH = 64;

/**
 * batchBfsSweep (batch-bfs-sweep.ts) in WebAssembly, 64 sources a batch: the graph copied into
 * the module's memory once, each range swept there. A batch that outgrows the room for its
 * entries or recorded slots is run again in a memory made twice as roomy (the sums so far
 * copied over as they are, so the sums do not depend on when that happens).
 */
export function wasmBatchBfsSweeper(
  g: SweepGraph,
): (from: number, to: number, acc: SweepPartial) => void {
  const { n } = g;
  const slots = g.target.length;
  const build = (entryCap: number, dagCap: number) => {
    const layout = new Layout();
    const at = {
      offsets: layout.int(n + 1),
      target: layout.int(slots),
      seen: layout.float(n),
      next: layout.float(n),
      marks: layout.float(Math.ceil(n / 64)),
      current: layout.int(n),
      levelStart: layout.int(n + 2),
      sigma: layout.float(n * WASM_BATCH),
      coeff: layout.float(n * WASM_BATCH),
      bySlot: layout.float(slots),
      local: layout.float(6 * WASM_BATCH),
      entryNode: layout.int(entryCap),
      entryMask: layout.float(entryCap),
      entryBase: layout.int(entryCap + 1),
      entryDag: layout.int(entryCap + 1),
      dagSlot: layout.int(dagCap),
      dagTo: layout.int(dagCap),
      dagMask: layout.float(dagCap),
    };
    const sums = nodeSums(layout, n);
    const { kernels, memory } = layout.instance();
    new Int32Array(memory.buffer, at.offsets, n + 1).set(g.offsets);
    new Int32Array(memory.buffer, at.target, slots).set(g.target);
    const bySlot = () => new Float64Array(memory.buffer, at.bySlot, slots);
    return { at, sums, kernels, memory, entryCap, dagCap, bySlot };
  };
  // A batch of a sparse network records each slot about 2.6 times (the bench network): room
  // for three at first, so the first batch does not outgrow it and build the memory again.
  let m = build(n * 8 + WASM_BATCH, slots * 3 + WASM_BATCH);
  return (from, to, acc) => {
    const edges = acc.edgeBetweenness.length > 0;
    m.sums.load(m.memory, acc);
    for (let s = from; s < to; s += WASM_BATCH) {
      const size = Math.min(WASM_BATCH, to - s);
      for (;;) {
        const { at } = m;
        const [betweenness, distanceSum, reachedBy, harmonic, eccentricity] = m.sums.at;
        const full = m.kernels.batchBfs(
          n,
          at.offsets,
          at.target,
          s,
          size,
          edges ? 1 : 0,
          at.seen,
          at.next,
          at.marks,
          at.current,
          at.dagSlot,
          at.dagTo,
          at.dagMask,
          m.dagCap,
          at.entryNode,
          at.entryMask,
          at.entryBase,
          at.entryDag,
          at.levelStart,
          m.entryCap,
          at.sigma,
          at.coeff,
          at.bySlot,
          at.local,
          betweenness!,
          distanceSum!,
          reachedBy!,
          harmonic!,
          eccentricity!,
        );
        if (full === 0) break;
        const old = m;
        old.sums.store(old.memory, acc);
        m = build(old.entryCap * 2, old.dagCap * 2);
        m.sums.load(m.memory, acc);
        m.bySlot().set(old.bySlot());
      }
    }
    m.sums.store(m.memory, acc);
    if (!edges) return;
    const bySlot = m.bySlot();
    const { edgeOf } = g;
    for (let k = 0; k < slots; k++) {
      acc.edgeBetweenness[edgeOf[k]!]! += bySlot[k]!;
      bySlot[k] = 0;
    }
  };
}

/** Sources the WebAssembly batched step sweep takes at a time: one bit each in 128. */
export const WASM_STEP_BATCH = STEP_BATCH;

/** Room a batchStep batch is given, doubled for a batch that runs out of it. */
export interface BatchStepRoom {
  events: number;
  rounds: number;
  dags: number;
  pairs: number;
}

/**
 * The room a batch is first given: enough for the bench network (10k nodes, 50k ties of
 * strengths 1–5), whose batches settle about 38 pairs per node, record about 2.8k steps a
 * round and list about 14 places per slot.
 */
function firstRoom(n: number, slots: number): BatchStepRoom {
  return {
    events: 48 * n + WASM_STEP_BATCH,
    rounds: n + 2,
    dags: 2 * slots + WASM_STEP_BATCH,
    pairs: 16 * slots + WASM_STEP_BATCH,
  };
}

/**
 * Bytes of the memory wasmBatchStepSweeper lays out for a symmetric graph of `n` nodes and
 * `slots` slots (before any batch needs more room): about 5 kB a node on the bench network,
 * most of it two numbers per node and source of a batch.
 */
export function wasmBatchStepBytes(n: number, slots: number): number {
  const room = firstRoom(n, slots);
  return (
    16 * n * WASM_STEP_BATCH +
    24 * room.events +
    28 * room.rounds +
    8 * room.dags +
    8 * room.pairs +
    96 * n +
    8 * slots
  );
}

/**
 * The slots class by class, for batchStep: class j's slots node after node, node v's
 * target[start[j · (n + 1) + v] .. start[j · (n + 1) + v + 1]] (in the graph's order, as in
 * StepClasses), so that a round's nodes, taken in order, read a class's slots in order; and
 * the nodes with slots of class j, nodes[nodeStart[j] .. nodeStart[j + 1]], in order.
 */
function byClass(
  classes: StepClasses,
  n: number,
): { start: Int32Array; target: Int32Array; nodes: Int32Array; nodeStart: Int32Array } {
  const c = classes.steps.length;
  const start = new Int32Array(c * (n + 1));
  const target = new Int32Array(classes.target.length);
  const nodeStart = new Int32Array(c + 1);
  const nodes: number[] = [];
  let at = 0;
  for (let j = 0; j < c; j++) {
    nodeStart[j] = nodes.length;
    for (let v = 0; v < n; v++) {
      start[j * (n + 1) + v] = at;
      const from = classes.start[v * (c + 1) + j]!;
      const to = classes.start[v * (c + 1) + j + 1]!;
      if (to > from) nodes.push(v);
      for (let k = from; k < to; k++) target[at++] = classes.target[k]!;
    }
    start[j * (n + 1) + n] = at;
  }
  nodeStart[c] = nodes.length;
  return { start, target, nodes: Int32Array.from(nodes), nodeStart };
}

/**
 * batchStepSweep (batch-step-sweep.ts) in WebAssembly, for a symmetric graph swept from every
 * node with whole steps: 128 sources a batch, the graph copied into the module's memory once.
 * A batch that outgrows its room for settled pairs, rounds or recorded steps is run again in a
 * memory made twice as roomy (the sums so far copied over as they are).
 */
export function wasmBatchStepSweeper(
  g: SweepGraph,
  steps: Int32Array,
  scale: number,
  room?: BatchStepRoom,
): ((from: number, to: number, acc: SweepPartial) => void) & { room(): BatchStepRoom } {
  const classes = stepClasses(g, steps);
  const c = classes.steps.length;
  const { n } = g;
  const slots = g.target.length;
  const { start, target, nodes, nodeStart } = byClass(classes, n);
  const build = (room: BatchStepRoom) => {
    const layout = new Layout();
    const at = {
      classSteps: layout.int(c),
      classStart: layout.int(start.length),
      classTarget: layout.int(slots),
      classNodes: layout.int(nodes.length),
      classNodeStart: layout.int(c + 1),
      settled: layout.float(2 * n),
      pending: layout.float(2 * n),
      current: layout.int(n),
      marks: layout.float(Math.ceil(n / 64)),
      next: layout.int(c),
      sigma: layout.float(n * WASM_STEP_BATCH),
      coeff: layout.float(n * WASM_STEP_BATCH),
      eventNode: layout.int(room.events),
      eventMask: layout.float(2 * room.events),
      eventBase: layout.int(room.events + 1),
      roundStart: layout.int(room.rounds),
      roundDist: layout.int(room.rounds),
      roundMask: layout.float(2 * room.rounds),
      dagFrom: layout.int(room.dags),
      dagTo: layout.int(room.dags),
      pairAt: layout.int(2 * room.pairs),
      pairStart: layout.int(room.rounds),
    };
    const sums = nodeSums(layout, n);
    const { kernels, memory } = layout.instance();
    new Int32Array(memory.buffer, at.classSteps, c).set(classes.steps);
    new Int32Array(memory.buffer, at.classStart, start.length).set(start);
    new Int32Array(memory.buffer, at.classTarget, slots).set(target);
    new Int32Array(memory.buffer, at.classNodes, nodes.length).set(nodes);
    new Int32Array(memory.buffer, at.classNodeStart, c + 1).set(nodeStart);
    return { at, sums, kernels, memory, room };
  };
  let m = build(room ?? firstRoom(n, slots));
  const sweep = (from: number, to: number, acc: SweepPartial) => {
    m.sums.load(m.memory, acc);
    for (let s = from; s < to; s += WASM_STEP_BATCH) {
      const size = Math.min(WASM_STEP_BATCH, to - s);
      for (;;) {
        const { at, room } = m;
        const [betweenness, distanceSum, reachedBy, harmonic, eccentricity] = m.sums.at;
        const full = m.kernels.batchStep(
          n,
          c,
          at.classSteps,
          at.classStart,
          at.classTarget,
          at.classNodes,
          at.classNodeStart,
          scale,
          s,
          size,
          at.settled,
          at.pending,
          at.current,
          at.marks,
          at.next,
          at.eventNode,
          at.eventMask,
          at.eventBase,
          room.events,
          at.roundStart,
          at.roundDist,
          at.roundMask,
          room.rounds,
          at.dagFrom,
          at.dagTo,
          room.dags,
          at.pairAt,
          at.pairStart,
          room.pairs,
          at.sigma,
          at.coeff,
          betweenness!,
          distanceSum!,
          reachedBy!,
          harmonic!,
          eccentricity!,
        );
        if (full === 0) break;
        m.sums.store(m.memory, acc);
        m = build({
          events: room.events * 2,
          rounds: room.rounds * 2,
          dags: room.dags * 2,
          pairs: room.pairs * 2,
        });
        m.sums.load(m.memory, acc);
      }
    }
    m.sums.store(m.memory, acc);
  };
  return Object.assign(sweep, { room: () => m.room });
}
