import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** Debian's Chromium, never a downloaded browser; no network chatter, no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOTS = 'test-results/e2e';

export interface AppHarness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the app's Vite dev server on a free port and a headless Chromium. */
export async function startHarness(): Promise<AppHarness> {
  const server: ViteDevServer = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    // No hot reload: files edited while the tests run must not reload the pages under test.
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and dialogs seen so far. */
  problems: string[];
}

/** Opens the app at 1366×768 and waits until the demo network is computed and drawn. */
export async function openApp(harness: AppHarness, query = ''): Promise<OpenedPage> {
  const page = await harness.browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'sv-SE',
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(harness.url + query);
  await page.getByTestId('counts').waitFor({ timeout: 30_000 });
  await page.locator('.sigma-container canvas').first().waitFor();
  return { page, problems };
}

/** Opens a CSV of ties (and of nodes) through the open dialog, as a user picks files. */
export async function openEdgeFile(
  page: Page,
  name: string,
  csv: string,
  nodes?: { name: string; csv: string },
): Promise<void> {
  await page.getByTestId('open-files').click();
  await page.getByTestId('edge-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  if (nodes)
    await page.getByTestId('node-file').setInputFiles({
      name: nodes.name,
      mimeType: 'text/csv',
      buffer: Buffer.from(nodes.csv),
    });
  await page.getByTestId('open-submit').click();
}

/** A node as the graph draws it: where in the canvas (pixels), and whether it is hidden. */
export interface NodeOnScreen {
  id: string;
  label: string;
  x: number;
  y: number;
  /** The disc's radius in pixels: the pointer finds the node within it. */
  r: number;
  hidden: boolean;
}

/**
 * The shown nodes in the canvas (`margin` px from its edges) that the pointer at the centre
 * finds and no other: every other shown node's disc is 4 px or more away from that point.
 */
export function findable(
  nodes: readonly NodeOnScreen[],
  frame: { width: number; height: number },
  margin: number,
): NodeOnScreen[] {
  const shown = nodes.filter((n) => !n.hidden);
  return shown.filter(
    (n) =>
      n.x > margin &&
      n.y > margin &&
      n.x < frame.width - margin &&
      n.y < frame.height - margin &&
      shown.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) >= m.r + 4),
  );
}

export async function nodesOnScreen(page: Page): Promise<NodeOnScreen[]> {
  return page
    .getByTestId('graph')
    .evaluate((el) => (el as unknown as { nodesOnScreen(): NodeOnScreen[] }).nodesOnScreen());
}

/**
 * Where the nodes are once the camera has come to rest: the same over two frames. A search
 * flies the camera to the node found, a filter fits it to what is left — a point read while it
 * moves is somewhere else by the time the pointer gets there.
 */
export async function settledNodes(page: Page): Promise<NodeOnScreen[]> {
  let last = JSON.stringify(await nodesOnScreen(page));
  for (;;) {
    await page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
    const now = await nodesOnScreen(page);
    const text = JSON.stringify(now);
    if (text === last) return now;
    last = text;
  }
}

/** How many pixels of a PNG are of this colour (`#RRGGBB`), each channel within `tolerance`. */
export async function pixelsOfColour(
  page: Page,
  png: Buffer,
  colour: string,
  tolerance: number,
): Promise<number> {
  const target = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return page.evaluate(
    async ({ base64, target, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (target.every((value, c) => Math.abs(data[i + c]! - value) < tolerance)) count++;
      return count;
    },
    { base64: png.toString('base64'), target, tolerance },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Clicks an entry of the export menu (opening the menu if need be) and returns the download. */
export async function exportFromMenu(
  page: Page,
  testId: string,
): Promise<{ name: string; bytes: Buffer }> {
  if (!(await page.getByTestId(testId).isVisible())) await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}
