import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveFolder } from '../test/build/static-server.ts';
import { CHROMIUM_ARGS, startHarness, type AppHarness } from '../test/e2e/harness.ts';
import { integerEdgeListFile } from './generate.ts';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';

export interface AppBenchRow {
  case: string;
  nodes: number;
  edges: number;
  /** From choosing the file until the network is in the graph view. */
  graphShownMs: number;
  /**
   * From choosing the file until it is on screen with its first metrics (the header names the
   * file): the structure metrics (degree, strength, clustering, communities, …) size and colour
   * the nodes while the path metrics are computed.
   */
  metricsShownMs: number;
  /** From choosing the file until every metric, the positions and the weak links are shown. */
  completeMs: number;
  /**
   * Longest main-thread task (PerformanceObserver long tasks) from choosing the file until
   * everything is shown: the whole swap, both steps.
   */
  longestTaskMs: number;
  /** The long tasks of that span, in order (ms), to tell script from drawing. */
  longTasks: number[];
  /** Frames per second while the graph is dragged (with --pan only: it adds a minute). */
  panFps?: number;
}

export const APP_BENCH_CASES = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 50_000, edges: 250_000 },
];

/** Records long tasks from the very start of the page, before any app code runs. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks ?? []);
}

async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
}

async function panFps(page: Page): Promise<number> {
  const box = (await page.getByTestId('graph').boundingBox())!;
  // A string, so the bundler's helpers (tsx keeps function names) never reach the page.
  const frames = page.evaluate<number>(`new Promise((resolve) => {
    let count = 0;
    const start = performance.now();
    const tick = () => {
      count++;
      if (performance.now() - start < 2000) requestAnimationFrame(tick);
      else resolve((count * 1000) / (performance.now() - start));
    };
    requestAnimationFrame(tick);
  })`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++)
    await page.mouse.move(cx + 150 * Math.sin(i / 6), cy + 100 * Math.cos(i / 6));
  await page.mouse.up();
  return frames;
}

/** Time until the demo is on screen with its counts, from navigation. */
export async function benchDemo(harness: AppHarness): Promise<number> {
  const page = await harness.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(harness.url);
  await page.getByTestId('counts').waitFor({ timeout: 60_000 });
  const ms = await page.evaluate<number>('performance.now()');
  await page.close();
  return ms;
}

/**
 * The demo's time to screen as a user gets it: the built app (`vite build`, as hosted) served
 * from a plain static server, each visit in a fresh browser (nothing cached), best of three.
 */
export async function benchBuiltDemo(): Promise<number> {
  const out = join(import.meta.dirname, 'out', 'app-dist');
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const server = await serveFolder(out, '/');
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await page.goto(server.url);
        await page.getByTestId('counts').waitFor({ timeout: 60_000 });
        await page.locator('.sigma-container canvas').first().waitFor();
        times.push(await page.evaluate<number>('performance.now()'));
      } finally {
        await browser.close();
      }
    }
    return Math.min(...times);
  } finally {
    await server.close();
  }
}

export async function benchApp(
  cases = APP_BENCH_CASES,
  pan = false,
): Promise<{ demoMs: number; rows: AppBenchRow[] }> {
  const harness = await startHarness();
  try {
    await benchDemo(harness);
    const demoMs = await benchDemo(harness);
    const rows: AppBenchRow[] = [];
    for (const { nodes, edges } of cases) {
      // The network: integer ids, collaboration counts 1–5 (as the CLI rows measure).
      const path = integerEdgeListFile(nodes, edges);
      const page = await harness.browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(harness.url);
      await page.getByTestId('counts').waitFor({ timeout: 60_000 });
      await page.getByTestId('open-files').click();
      await page.getByTestId('edge-file').setInputFiles({
        name: basename(path),
        mimeType: 'text/csv',
        buffer: readFileSync(path),
      });
      await resetLongTasks(page);
      const start = Date.now();
      await page.getByTestId('open-submit').click();
      // Cheap predicates: text-matching locators scan the whole page on every poll and would
      // add their own long tasks to the measurement.
      const poll = { timeout: 30 * 60_000, polling: 100 };
      await page.waitForFunction(
        `Number(document.querySelector('[data-testid="graph"]')?.dataset.order) > ${nodes / 2}`,
        undefined,
        poll,
      );
      const graphShownMs = Date.now() - start;
      await page.waitForFunction(
        `document.querySelector('[data-testid="file-name"]')?.textContent === ${JSON.stringify(basename(path))}`,
        undefined,
        poll,
      );
      const metricsShownMs = Date.now() - start;
      await page.waitForFunction(
        `document.querySelector('[data-testid="graph"]')?.dataset.pending === undefined`,
        undefined,
        poll,
      );
      const completeMs = Date.now() - start;
      // The redraw of the new network runs in the next frames.
      await page.waitForTimeout(500);
      const tasks = await longTasks(page);
      rows.push({
        case: `${nodes / 1000}k/${edges / 1000}k`,
        nodes,
        edges,
        graphShownMs,
        metricsShownMs,
        completeMs,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.map(Math.round),
        ...(pan ? { panFps: await panFps(page) } : {}),
      });
      await page.close();
    }
    return { demoMs, rows };
  } finally {
    await harness.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const only = args.includes('--large') ? APP_BENCH_CASES : APP_BENCH_CASES.slice(0, 1);
  const { demoMs, rows } = await benchApp(only, args.includes('--pan'));
  const [load] = loadavg();
  for (const r of rows) {
    console.log(
      `${r.case}: graph drawn ${(r.graphShownMs / 1000).toFixed(1)} s, with its first metrics ${(r.metricsShownMs / 1000).toFixed(1)} s, every metric, positions and weak links ${(r.completeMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `${r.case}: longest main-thread task while swapping in ${r.longestTaskMs.toFixed(0)} ms (long tasks: ${r.longTasks.join(', ')} ms)`,
    );
    if (r.panFps !== undefined)
      console.log(`${r.case}: ${r.panFps.toFixed(1)} frames/s while panning`);
  }
  console.log(`demo interactive after ${demoMs.toFixed(0)} ms from navigation (dev server)`);
  const built = await benchBuiltDemo();
  console.log(
    `demo interactive after ${built.toFixed(0)} ms from navigation (built app, static server, fresh browser)`,
  );
  console.log(`(load average ${load!.toFixed(2)} on ${cpus().length} cores)`);
}
