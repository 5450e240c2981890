import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A module of the repository as the dev server serves it to the page. */
const served = (path: string) => `/@fs${process.cwd()}/${path}`;

/**
 * Runs in the page: a seeded random network of 3,000 nodes and 15,000 ties in the sweep
 * arrays, swept in the page's thread and by the Web Worker pool (both with the WebAssembly
 * kernels) and by the TypeScript kernels; returns the largest difference of the pool's sums
 * from the others and what an abort did. A string, so no bundler helper reaches
 * the page.
 */
const SWEEP_BOTH = `(async ({ pool, run, weighted }) => {
  const { browserSweeps } = await import(pool);
  const { runSweepsInline, rangeSweeper, partialFor } = await import(run);
  const n = 3000, m = 15000;
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pairs = [];
  for (let k = 0; k < m; k++) {
    const a = Math.floor(rnd() * n);
    const b = (a + 1 + Math.floor(rnd() * (n - 1))) % n;
    pairs.push([a, b, 1 + Math.floor(rnd() * 5)]);
  }
  const degree = new Int32Array(n);
  for (const [a, b] of pairs) { degree[a]++; degree[b]++; }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  const at = offsets.slice(0, n);
  const target = new Int32Array(2 * m), source = new Int32Array(2 * m);
  const strength = new Float64Array(2 * m), length = new Float64Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  pairs.forEach(([a, b, s], e) => {
    for (const [from, to] of [[a, b], [b, a]]) {
      const k = at[from]++;
      target[k] = to; source[k] = from; strength[k] = s; length[k] = 1 / s; edgeOf[k] = e;
    }
  });
  const g = { n, m, symmetric: true, offsets, target, source, strength, length, edgeOf };
  const task = { weighted, edges: !weighted };
  const inline = await runSweepsInline(g, task, {});
  // The TypeScript kernels, which the WebAssembly ones (in the page and the workers) mirror.
  const reference = partialFor(g, task);
  rangeSweeper(g, task, 'js')(0, n, reference);
  let progress = 0;
  const pooled = await browserSweeps({ threads: 2 })(g, task, { onProgress: (f) => (progress = f) });
  let difference = 0, scale = 0;
  for (const field of Object.keys(inline))
    for (let i = 0; i < inline[field].length; i++) {
      difference = Math.max(difference, Math.abs(inline[field][i] - pooled[field][i]));
      difference = Math.max(difference, Math.abs(reference[field][i] - pooled[field][i]));
      scale = Math.max(scale, Math.abs(inline[field][i]));
    }
  const controller = new AbortController();
  const stopped = browserSweeps({ threads: 2 })(g, task, {
    signal: controller.signal,
    onProgress: () => controller.abort(new Error('stopped by the test')),
  });
  let abort = '';
  try { await stopped; } catch (error) { abort = error.message; }
  return { difference, scale, progress, abort };
})`;

describe('the browser sweep pool', () => {
  for (const weighted of [false, true]) {
    it(`sums the same ${weighted ? 'weighted' : 'unweighted'} sweeps as the page's own thread, and stops on abort`, async () => {
      const page = await harness.browser.newPage();
      await page.goto(harness.url);
      const args = {
        pool: served('src/worker/sweep-pool.ts'),
        run: served('src/core/metrics/sweep/run-sweeps.ts'),
        weighted,
      };
      const result = await page.evaluate<{
        difference: number;
        scale: number;
        progress: number;
        abort: string;
      }>(`${SWEEP_BOTH}(${JSON.stringify(args)})`);
      expect(result.scale).toBeGreaterThan(0);
      // Sums of the same terms in another order: equal up to rounding.
      expect(result.difference / result.scale).toBeLessThan(1e-12);
      expect(result.progress).toBe(1);
      expect(result.abort).toBe('stopped by the test');
      await page.close();
    });
  }
});
