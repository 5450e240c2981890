import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the import report’s recognition switch', () => {
  it('reads the network on screen again without recognising names, and back', async () => {
    const { page, problems } = await openApp(harness);
    const report = page.getByTestId('import-report');
    await report.locator('summary').click();
    const recognised = () => report.textContent();
    expect(await recognised()).toMatch(/Igenkända i referensdata: [1-9]\d* kommuner/);
    const toggle = page.getByTestId('recognise-toggle');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect
      .poll(recognised, { timeout: 30_000 })
      .toMatch(/Igenkända i referensdata: 0 kommuner/);
    expect(await recognised()).toContain(
      'igenkänning av kommuner och regionala aktörer är avstängd',
    );
    await screenshot(page, 'recognise-off');
    await page.getByTestId('recognise-toggle').check();
    await expect
      .poll(recognised, { timeout: 30_000 })
      .toMatch(/Igenkända i referensdata: [1-9]\d* kommuner/);
    expect(problems).toEqual([]);
  });
});
