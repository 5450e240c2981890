import { batchBfsSweep, batchBfsWorkspace } from './batch-bfs-sweep.ts';
import { bfsSweep, bfsWorkspace } from './bfs-sweep.ts';
import { dijkstraSweep, dijkstraWorkspace } from './dijkstra-sweep.ts';
import type { SweepGraph } from './sweep-graph.ts';
import { stepLengths } from './step-lengths.ts';
import {
  pullStepFits,
  pullStepSweep,
  pullStepWorkspace,
  stepSweep,
  stepWorkspace,
} from './step-sweep.ts';
import {
  WASM_BATCH,
  wasmBatchBfsSweeper,
  wasmBatchStepBytes,
  wasmBatchStepSweeper,
  wasmPullStepSweeper,
  WASM_STEP_BATCH,
  wasmSweepsAvailable,
} from './wasm-sweeps.ts';
import {
  emptyPartial,
  weightedOf,
  type PairedPartial,
  type SweepPartial,
} from './sweep-partial.ts';

export interface SweepTask {
  /** Distance 1/strength (Dijkstra) instead of one step per tie (BFS). */
  weighted: boolean;
  /** Also count edge betweenness (unweighted sweeps only). */
  edges: boolean;
  /**
   * With an unweighted task: also the weighted sweep from the same sources, its sums in the
   * partial's `weighted`, so that both all-pairs sweeps run in one pool (one start of the
   * workers, one copy of the graph to each, one wait for the last range).
   */
  withWeighted?: boolean;
  /** Sweep from these sources only (pivot sampling); default: every node. */
  sources?: Int32Array;
}

/** The sweep from every node each path family asks for (one definition, used by those who start it early). */
export const ALL_PAIRS_TASK = {
  unweighted: { weighted: false, edges: true },
  weighted: { weighted: true, edges: false },
} as const satisfies Record<string, SweepTask>;

/** How many sources a task sweeps: ranges of sources are indices into this count. */
export function sourceCount(g: SweepGraph, task: SweepTask): number {
  return task.sources?.length ?? g.n;
}

export interface SweepRunOptions {
  signal?: AbortSignal;
  /** Fraction of sources done, 0..1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Runs a sweep from every source and returns the summed partial. The core ships the in-thread
 * `runSweepsInline`; hosts with threads (the CLI's worker_threads pool, the app's Web Workers)
 * split the sources into ranges, run `rangeSweeper` on each and add the partials.
 */
export type SweepExecutor = ((
  g: SweepGraph,
  task: SweepTask,
  options: SweepRunOptions,
) => Promise<SweepPartial>) & {
  /**
   * Whether sweeps on a graph of this many nodes run off the calling thread (a pool of
   * workers): then they are worth starting before the structure metrics, which run beside them
   * instead of before them.
   */
  offThread?: (nodes: number) => boolean;
};

/**
 * Which kernels sweep: the WebAssembly ones (assembly/sweeps.ts) where the platform has
 * WebAssembly, or the TypeScript ones they mirror (the reference the tests compare them with).
 */
export type SweepKernels = 'wasm' | 'js';

type RangeSweep = (from: number, to: number, acc: SweepPartial) => void;

/**
 * A function that sweeps a source range into an accumulator, with its workspace made once; with
 * `task.sources`, the range indexes that list.
 */
export function rangeSweeper(
  g: SweepGraph,
  task: SweepTask,
  kernels: SweepKernels = 'wasm',
): RangeSweep {
  if (task.withWeighted && !task.weighted) {
    const { withWeighted: _, ...plain } = task;
    const first = rangeSweeper(g, plain, kernels);
    const second = rangeSweeper(g, { ...plain, weighted: true, edges: false }, kernels);
    return (from, to, acc) => {
      first(from, to, acc);
      second(from, to, weightedOf(acc)!);
    };
  }
  const sweep = nodeRangeSweeper(g, task, kernels === 'wasm' && wasmSweepsAvailable());
  const { sources } = task;
  if (!sources) return sweep;
  return (from, to, acc) => {
    for (let i = from; i < to; i++) sweep(sources[i]!, sources[i]! + 1, acc);
  };
}

/**
 * The batched BFS keeps two numbers per node and source of a batch (512 bytes a node): above
 * this many nodes (100 MB a thread) it gives way to one search at a time.
 */
const MAX_BATCH_NODES = 200_000;

/** The WebAssembly batched BFS takes 64 sources a batch: the same 100 MB a thread at half the nodes. */
const MAX_WASM_BATCH_NODES = 100_000;

/**
 * The WebAssembly batched step sweep keeps two numbers per node and source of a batch of 128,
 * and its settled pairs and steps (about 5 kB a node on the bench network, 50 MB for its 10k
 * nodes): above this it gives way to one search at a time.
 */
const MAX_WASM_STEP_BATCH_BYTES = 100_000_000;

function nodeRangeSweeper(g: SweepGraph, task: SweepTask, wasm: boolean): RangeSweep {
  // Sums by source are sums by target only when every node is a source.
  const bySource = g.symmetric && !task.sources;
  const exact = task.weighted ? stepLengths(g.strength) : null;
  const batched = bySource && g.n <= MAX_BATCH_NODES;
  if (
    exact &&
    batched &&
    exact.steps.length > 0 &&
    exact.steps.every((s) => s === exact.steps[0])
  ) {
    // Every tie equally long: the shortest paths are the unweighted ones, each step 1/strength
    // (with no tie at all there is no such length: 0 · NaN would make every distance sum NaN).
    return scaledSweep(g, exact.steps[0]! / exact.scale, unweightedBatched(g, wasm));
  }
  if (exact && g.symmetric && pullStepFits(g, exact.steps)) {
    // Every node a source: 128 at a time, about 1.6 times as fast as one at a time on the bench
    // network. The TypeScript kernel (batch-step-sweep.ts, the reference the tests compare the
    // WebAssembly one with) is slower than one search at a time, so without WebAssembly the
    // pull sweep stays.
    if (wasm && bySource && wasmBatchStepBytes(g.n, g.target.length) <= MAX_WASM_STEP_BATCH_BYTES)
      return batchedSteps(g, exact.steps, exact.scale);
    if (wasm) return wasmPullStepSweeper(g, exact.steps, exact.scale, bySource);
    const ws = pullStepWorkspace(g, exact.steps);
    return (from, to, acc) =>
      pullStepSweep(g, exact.steps, exact.scale, from, to, acc, ws, bySource);
  }
  if (exact) {
    const ws = stepWorkspace(g, exact.steps);
    return (from, to, acc) => stepSweep(g, exact.steps, exact.scale, from, to, acc, ws);
  }
  if (task.weighted) {
    const ws = dijkstraWorkspace(g);
    return (from, to, acc) => dijkstraSweep(g, from, to, acc, ws);
  }
  if (batched) return unweightedBatched(g, wasm);
  const ws = bfsWorkspace(g);
  return (from, to, acc) => bfsSweep(g, from, to, acc, ws, bySource);
}

/**
 * The WebAssembly batched step sweep, 128 sources a batch, but for a range's last few sources:
 * a batch of 64 or fewer takes longer than one search per source (the pool's ranges are whole
 * batches of 64, the batched BFS's, and the last ones are 64 long).
 */
function batchedSteps(g: SweepGraph, steps: Int32Array, scale: number): RangeSweep {
  const batched = wasmBatchStepSweeper(g, steps, scale);
  let single: RangeSweep | null = null;
  return (from, to, acc) => {
    const rest = (to - from) % WASM_STEP_BATCH;
    const whole = rest > WASM_STEP_BATCH / 2 ? to : to - rest;
    if (whole > from) batched(from, whole, acc);
    if (whole === to) return;
    // Adding by target, as the batches do: by source, the rest's sources would add the
    // distances from the batches' sources to them a second time.
    single ??= wasmPullStepSweeper(g, steps, scale, false);
    single(whole, to, acc);
  };
}

/** The batched BFS: in WebAssembly where it can, up to MAX_WASM_BATCH_NODES. */
function unweightedBatched(g: SweepGraph, wasm: boolean): RangeSweep {
  if (wasm && g.n <= MAX_WASM_BATCH_NODES) return wasmBatchBfsSweeper(g);
  const ws = batchBfsWorkspace(g);
  return (from, to, acc) => batchBfsSweep(g, from, to, acc, ws);
}

/**
 * An unweighted sweep's sums with every step `length` long: distances and eccentricities times
 * `length`, harmonic sums divided by it; path counts and betweenness as they are.
 */
function scaledSweep(g: SweepGraph, length: number, sweep: RangeSweep): RangeSweep {
  return (from, to, acc) => {
    const part = emptyPartial(g.n, 0);
    sweep(from, to, part);
    for (let v = 0; v < g.n; v++) {
      acc.betweenness[v]! += part.betweenness[v]!;
      acc.distanceSum[v]! += part.distanceSum[v]! * length;
      acc.reachedBy[v]! += part.reachedBy[v]!;
      acc.harmonic[v]! += part.harmonic[v]! / length;
    }
    for (let s = from; s < to; s++) acc.eccentricity[s] = part.eccentricity[s]! * length;
  };
}

/**
 * Sources per range when `count` sources are split into about `ranges` ranges: a multiple of
 * the 64 sources the WebAssembly batched BFS takes at a time, when there are enough.
 */
export function rangeSize(count: number, ranges: number): number {
  const size = Math.max(1, Math.ceil(count / ranges));
  return count >= WASM_BATCH * ranges ? Math.ceil(size / WASM_BATCH) * WASM_BATCH : size;
}

/** A partial sized for the task, to accumulate into. */
export function partialFor(g: SweepGraph, task: SweepTask): SweepPartial {
  const partial = emptyPartial(g.n, task.edges && !task.weighted ? g.m : 0);
  if (!task.withWeighted || task.weighted) return partial;
  const paired: PairedPartial = { ...partial, weighted: emptyPartial(g.n, 0) };
  return paired;
}

/** How often a long in-thread sweep yields, so an abort message or a progress event gets through. */
const YIELD_MS = 50;

export const runSweepsInline: SweepExecutor = async (g, task, options) => {
  const acc = partialFor(g, task);
  const sweep = rangeSweeper(g, task);
  const count = sourceCount(g, task);
  const chunk = rangeSize(count, 200);
  let lastYield = performance.now();
  for (let from = 0; from < count; from += chunk) {
    options.signal?.throwIfAborted();
    sweep(from, Math.min(count, from + chunk), acc);
    options.onProgress?.(Math.min(1, (from + chunk) / count));
    if (performance.now() - lastYield > YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  return acc;
};
