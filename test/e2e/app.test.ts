import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { formatNumber } from '../../src/i18n/lang.ts';
import { foldKey as fold } from '../../src/core/model/place-key.ts';
import { positionSentence } from '../../src/i18n/position-sentence.ts';
import { computeExpected, demoFiles, type Expected } from './expected.ts';
import { openApp, screenshot, startHarness, type AppHarness, type OpenedPage } from './harness.ts';
import { loadProject } from '../../src/core/load.ts';
import { fromBytes } from '../../src/core/io/byte-source.ts';

const sv = APP_TEXT.sv;
const count = (n: number) => formatNumber(n, 'sv', 0);

let harness: AppHarness;
let demo: Expected;
let app: OpenedPage;

beforeAll(async () => {
  const files = demoFiles();
  [harness, demo] = await Promise.all([startHarness(), computeExpected(files.edges, files.nodes)]);
  app = await openApp(harness);
});

afterAll(async () => {
  await harness?.close();
});

/**
 * Finds the points where sigma reports a node under the pointer (synthetic moves inside the
 * page, so the scan is quick), then clicks them for real until `accept` holds.
 */
async function clickSomeNode(page: Page, accept: () => Promise<boolean>): Promise<boolean> {
  const hits = await page.getByTestId('graph').evaluate((container) => {
    const el = container as HTMLElement;
    const target = el.querySelector('canvas.sigma-mouse') ?? el;
    const box = el.getBoundingClientRect();
    const found: { x: number; y: number }[] = [];
    for (let y = box.top + 30; y < box.bottom - 30 && found.length < 40; y += 6) {
      for (let x = box.left + 30; x < box.right - 30; x += 6) {
        target.dispatchEvent(
          new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }),
        );
        if (el.style.cursor === 'pointer') {
          found.push({ x, y });
          x += 30;
        }
      }
    }
    return found;
  });
  for (const { x, y } of hits) {
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    // Past sigma's double-click window, so the next click is a click of its own.
    await page.waitForTimeout(350);
    if (await accept()) return true;
  }
  return false;
}

async function closeCard(page: Page): Promise<void> {
  const close = page.locator('.card-header button');
  if ((await close.count()) > 0) await close.click();
}

async function selectNodeBySearch(page: Page, query: string): Promise<void> {
  await page.getByTestId('search').fill(query);
  await page.getByTestId('search').press('Enter');
  await page.getByTestId('node-card').waitFor();
}

describe('the app on the demo data', () => {
  it('shows the counts the core pipeline computes, without console errors', async () => {
    const { page, problems } = app;
    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(demo.graph.order, demo.graph.size),
    );
    for (const position of ['natverksaktor', 'mellanlage', 'ensam'] as const) {
      const expected = demo.analysis.positions.filter((p) => p.position === position).length;
      expect(await page.getByTestId(`count-${position}`).textContent()).toBe(count(expected));
    }
    await expect(page.getByTestId('legend').isVisible()).resolves.toBe(true);
    await screenshot(page, '01-demo');
    expect(problems).toEqual([]);
  });

  it('finds a place with and without its accents and shows å/ä/ö', async () => {
    const { page } = app;
    const label = demo.graph
      .mapNodes((_id, attr) => attr.label)
      .find((l) => /^[ÅÄÖ]/.test(l) || /[åäö]/.test(l))!;
    for (const query of [fold(label), label]) {
      await page.getByTestId('search').fill(query);
      const first = page.getByTestId('search-results').getByRole('option').first();
      expect(await first.locator('span').first().textContent()).toBe(
        demo.graph
          .mapNodes((_id, attr) => attr.label)
          .filter((l) => fold(l).startsWith(fold(query)))
          .sort(new Intl.Collator('sv').compare)[0],
      );
    }
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    expect(await page.locator('#card-title').textContent()).toBe(label);
    await page.waitForTimeout(500);
    await screenshot(page, '02-search-card');
  });

  it('opens a municipality card with its reasons on a click in the graph', async () => {
    const { page } = app;
    await closeCard(page);
    const found = await clickSomeNode(
      page,
      async () => (await page.getByTestId('card-reasons').count()) > 0,
    );
    expect(found).toBe(true);
    const title = await page.locator('#card-title').textContent();
    const id = demo.graph.findNode((_id, attr) => attr.label === title)!;
    const position = demo.analysis.positions.find((p) => p.node === id)!;
    expect(await page.getByTestId('card-reasons').textContent()).toBe(
      positionSentence(position, 'sv'),
    );
    await screenshot(page, '03-node-card');
  });

  it('changes the visible counts when a filter is set', async () => {
    const { page } = app;
    await closeCard(page);
    const municipalities = demo.graph.filterNodes((_id, attr) => attr.kind === 'municipality');
    const inside = new Set(municipalities);
    const edges = demo.graph.filterEdges((_e, _a, s, t) => inside.has(s) && inside.has(t)).length;
    await page.getByTestId('filter-kind').selectOption('municipality');
    expect(await page.getByTestId('visible-counts').textContent()).toBe(
      sv.visibleCounts(municipalities.length, demo.graph.order, edges, demo.graph.size),
    );
    await screenshot(page, '04-filter');
    await page.getByTestId('clear-filters').click();
    expect(await page.getByTestId('visible-counts').textContent()).toBe(
      sv.visibleCounts(demo.graph.order, demo.graph.order, demo.graph.size, demo.graph.size),
    );
  });

  it('switches layouts and draws the county outlines under the map', async () => {
    const { page } = app;
    await page.getByTestId('layout-geographic').click();
    await page.waitForTimeout(1200);
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-outlines')!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.05);
    await screenshot(page, '05-geographic');
    await page.getByTestId('layout-circular').click();
    await page.waitForTimeout(900);
    await screenshot(page, '06-circular');
    await page.getByTestId('layout-forceatlas2').click();
    await page.waitForTimeout(900);
    expect(await page.getByTestId('layout-forceatlas2').getAttribute('aria-checked')).toBe('true');
  });

  it('switches to English and back', async () => {
    const { page } = app;
    await page.getByTestId('language').click();
    const en = APP_TEXT.en;
    expect(await page.getByTestId('counts').textContent()).toBe(
      en.counts(demo.graph.order, demo.graph.size),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('tab-graph').textContent()).toBe(en.views.graph);
    await screenshot(page, '07-english');
    await page.getByTestId('language').click();
    expect(await page.getByTestId('tab-graph').textContent()).toBe(sv.views.graph);
  });

  it('adds and removes a tie as a what-if, and undoes it', async () => {
    const { page } = app;
    const municipality = demo.analysis.positions.find((p) => p.measures.degree >= 2)!;
    await selectNodeBySearch(page, municipality.label);
    const visible = () => page.getByTestId('visible-counts').textContent();
    const initial = await visible();
    const ties = await page.getByTestId('remove-tie').count();

    await page.getByTestId('remove-tie').first().click();
    await page.getByTestId('edits-bar').waitFor();
    await expect.poll(() => page.getByTestId('remove-tie').count()).toBe(ties - 1);
    expect(await visible()).not.toBe(initial);
    await screenshot(page, '08-what-if-removed');

    await page.getByTestId('undo').click();
    await page.getByTestId('edits-bar').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('remove-tie').count()).toBe(ties);
    expect(await visible()).toBe(initial);

    const partner = page.getByTestId('add-tie-partner');
    const value = await partner.locator('option').nth(1).getAttribute('value');
    await partner.selectOption(value!);
    await page.getByTestId('add-tie').click();
    await expect.poll(() => page.getByTestId('remove-tie').count()).toBe(ties + 1);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('remove-tie').count()).toBe(ties);
    expect(app.problems).toEqual([]);
  });
});

describe('the tables', () => {
  it('sort names in Swedish order and focus a row in the graph', async () => {
    const { page } = app;
    await page.getByTestId('tab-tables').click();
    const table = page.getByTestId(`table-${sv.tables.nodes}`);
    const sortByName = table.locator('thead th').first().locator('button');
    const firstName = () => table.locator('tbody tr:not([aria-hidden]) td').first().textContent();
    const labels = demo.graph
      .mapNodes((_id, attr) => attr.label)
      .sort(new Intl.Collator('sv').compare);
    await sortByName.click();
    expect(await firstName()).toBe(labels[0]);
    await sortByName.click();
    expect(await firstName()).toBe(labels.at(-1));
    await screenshot(page, '12-tables');
    await table.locator('tbody tr:not([aria-hidden])').first().click();
    await page.getByTestId('node-card').waitFor();
    expect(await page.locator('#card-title').textContent()).toBe(labels.at(-1));
    expect(await page.getByTestId('tab-graph').getAttribute('aria-selected')).toBe('true');
    await closeCard(page);
  });
});

describe('opening files', () => {
  async function open(
    page: Page,
    edges: { name: string; bytes: Buffer },
    nodes?: { name: string; bytes: Buffer },
  ) {
    await page.getByTestId('open-files').click();
    await page
      .getByTestId('edge-file')
      .setInputFiles({ name: edges.name, mimeType: 'text/csv', buffer: edges.bytes });
    if (nodes)
      await page
        .getByTestId('node-file')
        .setInputFiles({ name: nodes.name, mimeType: 'text/csv', buffer: nodes.bytes });
    await page.getByTestId('open-submit').click();
  }

  it('reads a Windows-1252 semicolon file and shows its names and the import report', async () => {
    const { page } = app;
    const text =
      'Kommun;Partner;Antal\r\nÖverkalix;Region Norrbotten;3\r\nHärjedalen;Region Jämtland Härjedalen;2\r\nÖverkalix;Luleå tekniska universitet;1\r\nÅre;Härjedalen;1\r\n';
    const bytes = Buffer.from(text, 'latin1');
    const expected = await computeExpected({ name: 'samverkan.csv', bytes: new Uint8Array(bytes) });
    await open(page, { name: 'samverkan.csv', bytes });
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('samverkan.csv');
    expect(await page.getByTestId('counts').textContent()).toBe(
      sv.counts(expected.graph.order, expected.graph.size),
    );
    await page.getByTestId('tab-tables').click();
    const table = await page.getByTestId(`table-${sv.tables.nodes}`).textContent();
    for (const name of [
      'Överkalix',
      'Härjedalen',
      'Region Jämtland Härjedalen',
      'Luleå tekniska universitet',
      'Åre',
    ])
      expect(table).toContain(name);
    await page.getByTestId('tab-graph').click();
    const report = page.getByTestId('import-report');
    await report.locator('summary').click();
    expect(await report.textContent()).toMatch(/windows-1252|Windows-1252/);
    await screenshot(page, '09-windows-1252');
  });

  it('points to the import report from the header when the import has remarks', async () => {
    const { page } = app;
    // A zero strength, a self-loop and an empty target: three kinds of remark.
    const text =
      'Från;Till;Styrka\nKalix;Region Norrbotten;2\nKalix;Luleå;0\nPiteå;Piteå;1\nBoden;;1\n';
    const bytes = Buffer.from(text, 'utf8');
    const { report } = await loadProject(
      { edges: fromBytes('anmarkningar.csv', new Uint8Array(bytes)) },
      {},
    );
    await open(page, { name: 'anmarkningar.csv', bytes });
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('anmarkningar.csv');
    const remarks = page.getByTestId('report-remarks');
    expect(report.warnings.length).toBeGreaterThanOrEqual(3);
    expect(await remarks.textContent()).toBe(sv.reportRemarks(report.warnings.length));
    await remarks.click();
    await expect.poll(() => page.getByTestId('import-report').getAttribute('open')).not.toBeNull();
    expect(await page.getByTestId('import-report').textContent()).toContain('rad 3');
  });

  it('shows markup in labels as text: no dialog, no injected element', async () => {
    const { page, problems } = app;
    const label = '<img src=x onerror=alert(1)>';
    const bytes = Buffer.from(
      `source,target\n"${label}",Kiruna\nKiruna,"<script>alert(2)</script>"\n`,
      'utf8',
    );
    // Opened while another tab hides the graph: the swap must not trip sigma.
    await page.getByTestId('tab-tables').click();
    await open(page, { name: 'xss.csv', bytes });
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('xss.csv');
    await selectNodeBySearch(page, '<img');
    expect(await page.locator('#card-title').textContent()).toBe(label);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script:not([type="module"])').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await screenshot(page, '10-markup-labels');
  });

  it('keeps the previous project open when an import fails, and says why', async () => {
    const { page } = app;
    const before = await page.getByTestId('counts').textContent();
    const bytes = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x00,
    ]);
    await open(page, { name: 'trasig.xlsx', bytes });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('trasig.xlsx');
    expect(await page.getByTestId('counts').textContent()).toBe(before);
    expect(await page.getByTestId('file-name').textContent()).toBe('xss.csv');
    await screenshot(page, '11-failed-import');
  });
});
