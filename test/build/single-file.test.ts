import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { formatNumber } from '../../src/i18n/lang.ts';
import { computeExpected, demoFiles } from '../e2e/expected.ts';
import { CHROMIUM_ARGS, openApp, screenshot } from '../e2e/harness.ts';

const sv = APP_TEXT.sv;
const count = (n: number) => formatNumber(n, 'sv', 0);
const FILE = resolve('dist/brobyggare.html');

let browser: Browser;

async function download(page: Page, testId: string): Promise<Buffer> {
  if (!(await page.getByTestId(testId).isVisible())) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await file.path());
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('dist/brobyggare.html opened from disk', () => {
  it('is one file small enough to e-mail, without the service worker of the hosted build', () => {
    expect(statSync(FILE).size).toBeLessThan(5 * 1024 * 1024);
    expect(readFileSync(FILE, 'utf8')).not.toContain('sw.js');
  });

  it('shows the demo with its positions, opens a CSV through the open dialog and exports it', async () => {
    const files = demoFiles();
    const demo = await computeExpected(files.edges, files.nodes);
    const url = pathToFileURL(FILE).href;
    const { page, problems } = await openApp({ url, browser, close: async () => {} });
    expect(page.url()).toMatch(/^file:/);

    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(demo.graph.order, demo.graph.size),
    );
    for (const position of ['natverksaktor', 'mellanlage', 'ensam'] as const) {
      const expected = demo.analysis.positions.filter((p) => p.position === position).length;
      expect(expected).toBeGreaterThan(0);
      expect(await page.getByTestId(`count-${position}`).textContent()).toBe(count(expected));
    }
    await screenshot(page, 'single-file-demo');

    // The county outlines are data inside the file too.
    await page.getByTestId('layout-geographic').click();
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-outlines');
            if (!canvas || canvas.width === 0) return 0;
            const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
            let painted = 0;
            for (let i = 3; i < data.data.length; i += 4) if (data.data[i]! > 0) painted++;
            return painted / (data.data.length / 4);
          }),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0.05);
    await screenshot(page, 'single-file-map');

    const text =
      'Kommun;Partner;Antal\nÖverkalix;Region Norrbotten;3\nKramfors;Region Västernorrland;2\n';
    const own = await computeExpected({ name: 'egen.csv', bytes: Buffer.from(text, 'utf8') });
    await page.getByTestId('open-files').click();
    await page
      .getByTestId('edge-file')
      .setInputFiles({ name: 'egen.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await page.getByTestId('open-submit').click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('egen.csv');
    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(own.graph.order, own.graph.size),
    );
    await screenshot(page, 'single-file-own-csv');

    // XLSX runs the export worker and the lazily loaded spreadsheet writer, both inside the file.
    const book = await download(page, 'export-xlsx');
    expect(book.subarray(0, 2).toString('latin1')).toBe('PK');
    const png = await download(page, 'export-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(problems).toEqual([]);
    await page.close();
  });
});
