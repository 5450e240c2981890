import { bfsSweep, bfsWorkspace } from './bfs-sweep.ts';
import { dijkstraSweep, dijkstraWorkspace } from './dijkstra-sweep.ts';
import type { SweepGraph } from './sweep-graph.ts';
import { stepLengths } from './step-lengths.ts';
import { stepSweep, stepWorkspace } from './step-sweep.ts';
import { emptyPartial, type SweepPartial } from './sweep-partial.ts';

export interface SweepTask {
  /** Distance 1/strength (Dijkstra) instead of one step per tie (BFS). */
  weighted: boolean;
  /** Also count edge betweenness (unweighted sweeps only). */
  edges: boolean;
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
export type SweepExecutor = (
  g: SweepGraph,
  task: SweepTask,
  options: SweepRunOptions,
) => Promise<SweepPartial>;

/** A function that sweeps a source range into an accumulator, with its workspace made once. */
export function rangeSweeper(
  g: SweepGraph,
  task: SweepTask,
): (from: number, to: number, acc: SweepPartial) => void {
  const exact = task.weighted ? stepLengths(g.strength) : null;
  if (exact) {
    const ws = stepWorkspace(g, exact.steps);
    return (from, to, acc) => stepSweep(g, exact.steps, exact.scale, from, to, acc, ws);
  }
  if (task.weighted) {
    const ws = dijkstraWorkspace(g);
    return (from, to, acc) => dijkstraSweep(g, from, to, acc, ws);
  }
  const ws = bfsWorkspace(g);
  return (from, to, acc) => bfsSweep(g, from, to, acc, ws);
}

/** A partial sized for the task, to accumulate into. */
export function partialFor(g: SweepGraph, task: SweepTask): SweepPartial {
  return emptyPartial(g.n, task.edges && !task.weighted ? g.m : 0);
}

/** How often a long in-thread sweep yields, so an abort message or a progress event gets through. */
const YIELD_MS = 50;

export const runSweepsInline: SweepExecutor = async (g, task, options) => {
  const acc = partialFor(g, task);
  const sweep = rangeSweeper(g, task);
  const chunk = Math.max(1, Math.ceil(g.n / 200));
  let lastYield = performance.now();
  for (let from = 0; from < g.n; from += chunk) {
    options.signal?.throwIfAborted();
    sweep(from, Math.min(g.n, from + chunk), acc);
    options.onProgress?.(Math.min(1, (from + chunk) / g.n));
    if (performance.now() - lastYield > YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  return acc;
};
