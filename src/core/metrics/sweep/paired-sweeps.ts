import type { SweepExecutor, SweepRunOptions, SweepTask } from './run-sweeps.ts';
import type { SweepGraph } from './sweep-graph.ts';
import { weightedOf, type PairedPartial, type SweepPartial } from './sweep-partial.ts';

/**
 * An executor for a run that wants both all-pairs sweeps: the unweighted one is asked for
 * paired with the weighted one (one pool, whose workers start once, receive the graph once and
 * are waited for once), and the weighted request that follows on the same graph is answered
 * from the sums kept. Sampled sweeps, and anything else, go to `run` as they are.
 */
export function pairedSweeps(run: SweepExecutor): SweepExecutor {
  let kept: { g: SweepGraph; partial: SweepPartial } | null = null;
  return async (g, task, options) => {
    const allPairs = task.sources === undefined;
    if (allPairs && task.weighted && kept && sameGraph(kept.g, g)) {
      const { partial } = kept;
      kept = null;
      options.onProgress?.(1);
      return partial;
    }
    if (!allPairs || task.weighted || task.withWeighted) return run(g, task, options);
    const both = await run(g, { ...task, withWeighted: true }, options);
    const { weighted: _, ...unweighted } = both as PairedPartial;
    kept = { g, partial: weightedOf(both)! };
    return unweighted;
  };
}

/** Sweep graphs made from one compact graph share its arrays. */
function sameGraph(a: SweepGraph, b: SweepGraph): boolean {
  return a.offsets === b.offsets && a.target === b.target && a.strength === b.strength;
}

/**
 * An executor whose first request is made now, before anyone asks: `task` on `g` starts at once
 * (on a pool's threads, while the calling thread computes other things), and the first request
 * for the same all-pairs task on the same graph gets that run — its progress from then on, its
 * sums when done. Every other request goes to `run` as it is.
 */
export function earlySweeps(
  run: SweepExecutor,
  g: SweepGraph,
  task: SweepTask,
  signal: AbortSignal | undefined,
): SweepExecutor {
  let fraction = 0;
  let onProgress: SweepRunOptions['onProgress'];
  let started: Promise<SweepPartial> | null = run(g, task, {
    ...(signal ? { signal } : {}),
    onProgress: (f) => {
      fraction = f;
      onProgress?.(f);
    },
  });
  // Failing before it is asked for (an abort) is reported to whoever asks, not as unhandled.
  started.catch(() => undefined);
  return (graph, asked, options) => {
    const same =
      started &&
      sameGraph(graph, g) &&
      asked.sources === undefined &&
      asked.weighted === task.weighted &&
      asked.edges === task.edges &&
      asked.withWeighted === task.withWeighted;
    if (!same) return run(graph, asked, options);
    const early = started!;
    started = null;
    onProgress = options.onProgress;
    onProgress?.(fraction);
    return early;
  };
}
