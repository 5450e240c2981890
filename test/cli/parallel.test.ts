import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerSweeps } from '../../src/cli/parallel.ts';
import { compactGraph } from '../../src/core/metrics/compact.ts';
import { runSweepsInline } from '../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../src/core/metrics/sweep/sweep-graph.ts';
import { loadNetwork } from '../helpers/load-network.ts';

describe('worker_threads sweep executor', () => {
  it.each([false, true])(
    'gives the in-thread sums on Les Misérables (weighted: %s)',
    async (weighted) => {
      const g = sweepGraphOf(compactGraph(loadNetwork('lesmis_directed')));
      const task = { weighted, edges: !weighted };
      const inline = await runSweepsInline(g, task, {});
      const progress: number[] = [];
      const pooled = await workerSweeps({ threads: 2, minNodes: 0 })(g, task, {
        onProgress: (f) => progress.push(f),
      });
      for (const key of Object.keys(inline) as (keyof typeof inline)[]) {
        expect(pooled[key].length).toBe(inline[key].length);
        for (let i = 0; i < inline[key].length; i++)
          expect(Math.abs(pooled[key][i]! - inline[key][i]!)).toBeLessThan(1e-9);
      }
      expect(progress.at(-1)).toBe(1);
    },
  );

  it('sweeps on workers started before the graph was known, as on fresh ones', async () => {
    const g = sweepGraphOf(compactGraph(loadNetwork('lesmis')));
    const task = { weighted: true, edges: false };
    const inline = await runSweepsInline(g, task, {});
    const pool = workerSweeps({ threads: 2, minNodes: 0, prestart: true });
    // The first run takes the two started workers, the second starts its own.
    for (let run = 0; run < 2; run++) {
      const pooled = await pool(g, task, {});
      for (const key of Object.keys(inline) as (keyof typeof inline)[])
        for (let i = 0; i < inline[key].length; i++)
          expect(Math.abs(pooled[key][i]! - inline[key][i]!)).toBeLessThan(1e-9);
    }
  });

  it('lets the process end when the workers it started were never needed', () => {
    const module = pathToFileURL(join(import.meta.dirname, '../../src/cli/parallel.ts')).href;
    const script = `const { workerSweeps } = await import(${JSON.stringify(module)});
      const pool = workerSweeps({ threads: 2, prestart: true });
      console.log(typeof pool);`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe('function');
  });

  it('rejects and stops its workers when aborted', async () => {
    const g = sweepGraphOf(compactGraph(loadNetwork('lesmis')));
    const controller = new AbortController();
    const run = workerSweeps({ threads: 2, minNodes: 0 })(
      g,
      { weighted: true, edges: false },
      {
        signal: controller.signal,
      },
    );
    controller.abort();
    await expect(run).rejects.toThrow();
  });

  it('says it sweeps off the thread only where it starts workers', () => {
    const pool = workerSweeps({ threads: 2, minNodes: 2000 });
    expect([1999, 2000].map((n) => pool.offThread?.(n))).toEqual([false, true]);
    expect(workerSweeps({ threads: 1, minNodes: 0 }).offThread?.(5000)).toBe(false);
  });
});
