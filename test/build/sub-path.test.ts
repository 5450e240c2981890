import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { computeExpected, demoFiles } from '../e2e/expected.ts';
import { CHROMIUM_ARGS, openApp, screenshot } from '../e2e/harness.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

const sv = APP_TEXT.sv;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder('dist', '/sub/brobyggare/');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hosted build served from a sub-path', () => {
  it('starts downloading the demo with the page and fetches each of its files once', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const preloaded = [
      ...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g),
    ]
      .map((m) => m[1]!)
      .filter((href) => /demo-project|samarbeten|aktorer/.test(href));
    expect(preloaded).toHaveLength(3);
    const { page, problems } = await openApp({ url: server.url, browser, close: async () => {} });
    // A preload the page did not use (another credentials mode, say) is fetched a second time.
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    );
    for (const href of preloaded)
      expect(fetched.filter((path) => path.endsWith(href.slice(1)))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads the demo, runs the worker, reopens a view link and opens offline once visited', async () => {
    const files = demoFiles();
    const demo = await computeExpected(files.edges, files.nodes);
    const harness = { url: server.url, browser, close: async () => {} };
    const first = await openApp(harness);
    const { page } = first;
    // The counts come from the worker's answer, so this also shows the worker ran.
    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(demo.graph.order, demo.graph.size),
    );

    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    await expect
      .poll(() => page.evaluate(() => location.hash), { timeout: 10_000 })
      .toMatch(/sel=/);
    const link = page.url();
    expect(link.startsWith(server.url)).toBe(true);
    await screenshot(page, 'sub-path-selected');

    const second = await openApp(harness, link.slice(server.url.length));
    await second.page.getByTestId('node-card').waitFor();
    expect(await second.page.locator('#card-title').textContent()).toBe('Kramfors');
    await second.page.close();

    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await server.close();
    await page.reload();
    await page.getByTestId('counts').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(demo.graph.order, demo.graph.size),
    );
    await screenshot(page, 'sub-path-offline');
    expect([...first.problems, ...second.problems]).toEqual([]);
    await page.close();
  });
});
