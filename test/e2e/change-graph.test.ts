import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMissingNodes,
  comparePeriods,
  periodGraphs,
  type ChangeResult,
} from '../../src/core/change/index.ts';
import { POSITIONS } from '../../src/core/analysis/types.ts';
import type { TieStatus } from '../../src/core/change/types.ts';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { ANALYSIS_TEXT } from '../../src/i18n/analysis.ts';
import { CHANGE_TEXT } from '../../src/i18n/change.ts';
import { positionName } from '../../src/app/labels.ts';
import { openAndLoad } from '../helpers/open-and-load.ts';
import { demoFiles } from './expected.ts';
import {
  exportFromMenu,
  nodesOnScreen,
  openApp,
  pixelsOfColour,
  screenshot,
  SCREENSHOTS,
  settledNodes,
  startHarness,
  type AppHarness,
  type OpenedPage,
} from './harness.ts';

let harness: AppHarness;
let app: OpenedPage;
const g = CHANGE_TEXT.sv.graph;

/** What `brobyggare compare` computes for the demo between two periods. */
async function expectedChange(
  from: [number, number],
  to: [number, number],
): Promise<ChangeResult & { labelOf(id: string): string }> {
  const files = demoFiles();
  const { opened, loaded } = await openAndLoad({
    edges: fromBytes(files.edges.name, files.edges.bytes),
    nodes: fromBytes(files.nodes.name, files.nodes.bytes),
  });
  const [a, b] = await periodGraphs(
    opened,
    loaded,
    [
      { from: from[0], to: from[1] },
      { from: to[0], to: to[1] },
    ],
    'none',
  );
  const result = comparePeriods(
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
    { stabilityRuns: 0 },
  );
  return {
    ...result,
    labelOf: (id) => loaded.graph.getNodeAttribute(id, 'label') || id,
  };
}

/** The demo's rows dated 2017 or later: a file of its own, the "after" of a two-file comparison. */
function laterFile(): { name: string; bytes: Uint8Array } {
  const text = new TextDecoder().decode(demoFiles().edges.bytes);
  const [header, ...rows] = text.split(/\r?\n/);
  const later = rows.filter((row) => Number(row.split(';')[3]) >= 2017);
  return {
    name: 'samarbeten-2017-2018.csv',
    bytes: new TextEncoder().encode([header, ...later].join('\n')),
  };
}

/** What `brobyggare compare samarbeten.csv samarbeten-2017-2018.csv --nodes aktorer.csv` computes. */
async function expectedFileChange(): Promise<ChangeResult> {
  const files = demoFiles();
  const nodes = fromBytes(files.nodes.name, files.nodes.bytes);
  const a = await openAndLoad({ edges: fromBytes(files.edges.name, files.edges.bytes), nodes });
  const later = laterFile();
  const b = await openAndLoad({ edges: fromBytes(later.name, later.bytes), nodes });
  addMissingNodes(a.loaded.graph, b.loaded.graph);
  addMissingNodes(b.loaded.graph, a.loaded.graph);
  return comparePeriods(
    { ref: { kind: 'file', file: files.edges.name }, graph: a.loaded.graph },
    { ref: { kind: 'file', file: later.name }, graph: b.loaded.graph },
    { stabilityRuns: 0 },
  );
}

function tieCounts(result: ChangeResult): Record<string, number> {
  const counts: Partial<Record<TieStatus, number>> = {};
  for (const tie of result.ties) counts[tie.status] = (counts[tie.status] ?? 0) + 1;
  return counts;
}

/** The edges the graph draws in each change style, read after sigma's next frames are drawn. */
async function changeOnScreen(page: Page): Promise<Record<string, number>> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  return page
    .getByTestId('graph')
    .evaluate((el) =>
      (el as unknown as { changeOnScreen(): Record<string, number> }).changeOnScreen(),
    );
}

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

beforeAll(async () => {
  harness = await startHarness();
  app = await openApp(harness);
});

afterAll(async () => {
  await harness?.close();
});

describe('the change drawn on the graph', () => {
  it('styles the ties of 2015–2016 against 2017–2018 as the core counts them', async () => {
    const { page, problems } = app;
    const expected = await expectedChange([2015, 2016], [2017, 2018]);
    await page.getByTestId('tab-change').click();
    await page.getByTestId('change-heading').waitFor({ timeout: 30_000 });
    await page.getByTestId('change-a1').selectOption('2016');
    await page.getByTestId('change-b0').selectOption('2017');
    await page
      .getByTestId('change-heading')
      .filter({ hasText: 'från 2015–2016 till 2017–2018' })
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('change-show-graph').click();
    expect(await page.getByTestId('change-legend-heading').textContent()).toBe(
      g.legend('2015–2016', '2017–2018'),
    );
    expect(await changeOnScreen(page)).toEqual(tieCounts(expected));
    // The municipalities have the colour of their later position, and the legend counts those
    // (it counted the whole network's positions under the later colours).
    const later = new Map<string, number>();
    for (const m of expected.municipalities) later.set(m.to, (later.get(m.to) ?? 0) + 1);
    const rows = await page
      .getByTestId('legend')
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('.legend-label')!.textContent,
          li.querySelector('.legend-count')!.textContent,
        ]),
      );
    for (const position of POSITIONS) {
      const name = positionName(position, ANALYSIS_TEXT.sv);
      const row = rows.find(([label]) => label === name);
      expect(row?.[1] ?? '0', name).toBe(String(later.get(position) ?? 0));
    }
    await shots(page, 'change-graph');

    // A picture of the view draws the change too: the ties that ended dashed, and the legend
    // that says which style is which (a picture without it showed coloured ties unexplained).
    const counts = tieCounts(expected);
    const svg = (await exportFromMenu(page, 'export-svg')).bytes.toString('utf8');
    writeFileSync(`${SCREENSHOTS}/change-graph.svg`, svg);
    const drawn = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        dashed: [...doc.querySelectorAll('line')].filter(
          (line) => line.getAttribute('stroke-dasharray') !== null,
        ).length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    // Every tie that ended, and the dashed sample in the legend.
    expect(drawn.dashed).toBe(counts.removed! + 1);
    expect(drawn.texts).toContain(g.legend('2015–2016', '2017–2018'));
    for (const status of ['added', 'removed', 'strengthened', 'weakened', 'unchanged'] as const) {
      expect(drawn.texts).toContain(g.styles[status]);
      expect(drawn.texts).toContain(String(counts[status] ?? 0));
    }
    // The PNG: the ended ties' pink (#CC79A7), far more of it than the legend's sample has.
    const png = (await exportFromMenu(page, 'export-png')).bytes;
    writeFileSync(`${SCREENSHOTS}/change-graph-export.png`, png);
    const pink = await pixelsOfColour(page, png, '#CC79A7', 12);
    expect(pink).toBeGreaterThan(1_000);
    expect(problems).toEqual([]);
  });

  it('shows both periods in the node card of a municipality that moved', async () => {
    const { page } = app;
    const expected = await expectedChange([2015, 2016], [2017, 2018]);
    const moved = expected.municipalities.find(
      (m) => m.move !== 'same' && m.partnersAdded.length + m.partnersRemoved.length > 0,
    )!;
    await page.getByTestId('search').fill(moved.label);
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('card-change').waitFor();
    const a = ANALYSIS_TEXT.sv;
    const positions = await page.getByTestId('card-change-positions').textContent();
    expect(positions!.replace(/\s+/g, ' ')).toBe(
      `2015–2016 ${positionName(moved.from, a)} → 2017–2018 ${positionName(moved.to, a)}`,
    );
    const list = (ids: string[]) => (ids.length ? ids.map(expected.labelOf).join(', ') : g.none);
    expect(await page.getByTestId('card-change-gained').textContent()).toBe(
      `${g.gained}: ${list(moved.partnersAdded)}`,
    );
    expect(await page.getByTestId('card-change-lost').textContent()).toBe(
      `${g.lost}: ${list(moved.partnersRemoved)}`,
    );
    await shots(page, 'change-node-card');
  });

  it('steps through the years without moving a node', async () => {
    const { page, problems } = app;
    // A selection fades the ties away from it: none while the styles are counted.
    if ((await page.getByTestId('node-card').count()) > 0)
      await page.locator('.card-header button').click();
    await page.getByTestId('year-next').click();
    await page
      .getByTestId('year-step')
      .filter({ hasText: g.step('2016', '2015') })
      .waitFor();
    expect(await page.getByTestId('change-legend-heading').textContent()).toBe(
      g.legend('2015', '2016'),
    );
    expect(await changeOnScreen(page)).toEqual(
      tieCounts(await expectedChange([2015, 2015], [2016, 2016])),
    );
    // Read after a drawn step, so the graph has its size without the card.
    const before = await settledNodes(page);
    await page.getByTestId('year-next').click();
    await page
      .getByTestId('year-step')
      .filter({ hasText: g.step('2017', '2015') })
      .waitFor();
    expect(await changeOnScreen(page)).toEqual(
      tieCounts(await expectedChange([2015, 2015], [2017, 2017])),
    );
    expect(await nodesOnScreen(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('steps the years with the arrow keys while presenting', async () => {
    const { page, problems } = app;
    await page.getByTestId('present').click();
    await page.getByTestId('presenter').waitFor();
    await page.keyboard.press('ArrowRight');
    await page
      .getByTestId('year-step')
      .filter({ hasText: g.step('2018', '2015') })
      .waitFor();
    await page.keyboard.press('ArrowLeft');
    await page
      .getByTestId('year-step')
      .filter({ hasText: g.step('2017', '2015') })
      .waitFor();
    await shots(page, 'change-presenting');
    await page.getByTestId('leave-presentation').click();
    expect(problems).toEqual([]);
  });

  it('compares the network on screen with a second file', async () => {
    const { page, problems } = app;
    const expected = await expectedFileChange();
    const later = laterFile();
    await page.getByTestId('tab-change').click();
    await page.getByTestId('change-heading').waitFor({ timeout: 30_000 });
    await page.getByTestId('change-after-file').setInputFiles({
      name: later.name,
      mimeType: 'text/csv',
      buffer: Buffer.from(later.bytes),
    });
    await page
      .getByTestId('change-heading')
      .filter({ hasText: `från samarbeten.csv till ${later.name}` })
      .waitFor({ timeout: 30_000 });
    for (const from of POSITIONS)
      for (const to of POSITIONS)
        expect(await page.getByTestId(`transition-${from}-${to}`).textContent()).toBe(
          String(expected.transitions.find((t) => t.from === from && t.to === to)!.count),
        );
    await page.getByTestId('change-show-graph').click();
    expect(await page.getByTestId('change-legend-heading').textContent()).toBe(
      g.legend('samarbeten.csv', later.name),
    );
    expect(await changeOnScreen(page)).toEqual(tieCounts(expected));
    await shots(page, 'change-two-files');
    expect(problems).toEqual([]);
  });
});
