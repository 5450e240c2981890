import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSITIONS } from '../../src/core/analysis/types.ts';
import { comparePeriods, periodGraphs, type ChangeResult } from '../../src/core/change/index.ts';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { openAndLoad } from '../helpers/open-and-load.ts';
import { demoFiles } from './expected.ts';
import { openApp, screenshot, startHarness, type AppHarness, type OpenedPage } from './harness.ts';

let harness: AppHarness;
let app: OpenedPage;

/** What `brobyggare compare` computes for the demo between the two periods. */
async function expectedChange(): Promise<ChangeResult> {
  const files = demoFiles();
  const input = {
    edges: fromBytes(files.edges.name, files.edges.bytes),
    nodes: fromBytes(files.nodes.name, files.nodes.bytes),
  };
  const { opened, loaded } = await openAndLoad(input);
  const [a, b] = await periodGraphs(
    opened,
    loaded,
    [
      { from: 2015, to: 2016 },
      { from: 2017, to: 2018 },
    ],
    'none',
  );
  return comparePeriods(
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
    { stabilityRuns: 0 },
  );
}

beforeAll(async () => {
  harness = await startHarness();
  app = await openApp(harness);
});

afterAll(async () => {
  await harness?.close();
});

describe('the Förändring view on the demo', () => {
  it('shows the transition counts and the moves the CLI computes for two periods', async () => {
    const { page, problems } = app;
    const expected = await expectedChange();
    await page.getByTestId('tab-change').click();
    await page.getByTestId('change-heading').waitFor({ timeout: 30_000 });
    // Defaults: the first and the last year of the data.
    expect(await page.getByTestId('change-heading').textContent()).toContain('från 2015 till 2018');
    await page.getByTestId('change-a1').selectOption('2016');
    await page.getByTestId('change-b0').selectOption('2017');
    await page
      .getByTestId('change-heading')
      .filter({ hasText: 'från 2015–2016 till 2017–2018' })
      .waitFor({ timeout: 30_000 });
    for (const from of POSITIONS) {
      for (const to of POSITIONS) {
        const count = expected.transitions.find((t) => t.from === from && t.to === to)!.count;
        expect(
          await page.getByTestId(`transition-${from}-${to}`).textContent(),
          `${from}→${to}`,
        ).toBe(String(count));
      }
    }
    const rows = page.getByTestId('change-table').locator('tbody tr');
    expect(await rows.count()).toBe(expected.municipalities.length);
    const moved = expected.municipalities.filter((m) => m.move !== 'same').length;
    expect(await page.locator('tbody tr.move-up, tbody tr.move-down').count()).toBe(moved);
    await screenshot(page, 'change');
    expect(problems).toEqual([]);
  });
});
