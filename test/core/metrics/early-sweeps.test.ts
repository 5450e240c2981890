import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../src/core/metrics/compact.ts';
import { computeOnCompact } from '../../../src/core/metrics/index.ts';
import {
  runSweepsInline,
  type SweepExecutor,
  type SweepTask,
} from '../../../src/core/metrics/sweep/run-sweeps.ts';
import { loadNetwork } from '../../helpers/load-network.ts';

/** An executor that says it sweeps off the calling thread, and notes what it was asked. */
function offThread(asked: SweepTask[], when: string[]): SweepExecutor {
  const run: SweepExecutor = (g, task, options) => {
    asked.push(task);
    when.push('sweep');
    return runSweepsInline(g, task, options);
  };
  run.offThread = () => true;
  return run;
}

describe('sweeps off the calling thread', () => {
  const g = compactGraph(loadNetwork('karate_weighted'));

  it('start before the structure families and give the same table', async () => {
    const asked: SweepTask[] = [];
    const when: string[] = [];
    const early = await computeOnCompact(g, {
      sweeps: offThread(asked, when),
      onProgress: (_, family) => {
        if (when.at(-1) !== family) when.push(family);
      },
    });
    expect(asked).toEqual([{ weighted: false, edges: true, withWeighted: true }]);
    expect(when[0]).toBe('sweep');
    expect(early).toEqual(await computeOnCompact(g));
  });

  it('are waited for only after every family that needs none, spectral included', async () => {
    const families: string[] = [];
    let beforeSweeps: string[] = [];
    await computeOnCompact(g, {
      sweeps: offThread([], []),
      onProgress: (_, family) => {
        if (family && families.at(-1) !== family) families.push(family);
      },
      onStructure: (table) => (beforeSweeps = Object.keys(table.node)),
    });
    const sweeping = ['shortest-paths', 'shortest-paths-weighted'];
    expect(families.slice(-2)).toEqual(sweeping);
    expect(families).toContain('spectral');
    expect(beforeSweeps).toEqual(expect.arrayContaining(['eigenvector', 'pagerank', 'degree']));
    expect(beforeSweeps).not.toContain('betweenness');
  });

  it('are stopped when a structure family fails', async () => {
    let signal: AbortSignal | undefined;
    const run: SweepExecutor = (graph, task, options) => {
      signal = options.signal;
      return new Promise(() => undefined);
    };
    run.offThread = () => true;
    const controller = new AbortController();
    const computing = computeOnCompact(g, {
      sweeps: run,
      signal: controller.signal,
      onProgress: (_, family) => {
        if (family === 'clustering') throw new Error('failed');
      },
    });
    await expect(computing).rejects.toThrow('failed');
    expect(signal?.aborted).toBe(true);
    expect(controller.signal.aborted).toBe(false);
  });
});
