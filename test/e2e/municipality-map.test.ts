import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

describe('the municipality map, its report and the data template in the app', () => {
  it('draws Kramfors’s map in its card and prints its one-page report', async () => {
    const { page, problems } = await openApp(harness);
    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    const map = page.getByTestId('municipality-map');
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="municipality-map"]');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, 'municipality-map-card');
    // The print dialog itself is the browser's; what the app hands it is the report page.
    await page.evaluate(() => {
      window.print = () => undefined;
      HTMLIFrameElement.prototype.focus = () => undefined;
    });
    await page.getByTestId('print-report').click();
    const frame = page.locator('iframe[srcdoc]');
    await frame.waitFor({ state: 'attached' });
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    expect(html).toContain('<h1>Kramfors · Västernorrlands län</h1>');
    expect(html).toContain('Kommunens karta');
    expect(html).not.toMatch(/https?:\/\//);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers the data template, which opens without a column question or a warning', async () => {
    const { page } = await openApp(harness);
    await page.getByTestId('open-files').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe('brobyggare-mall.xlsx');
    const bytes = readFileSync((await download.path())!);
    const loaded = await loadProject({ edges: fromBytes('mall.xlsx', bytes) });
    expect(loaded.edgeMapping.confidence).toBe('sure');
    // Only the statement of how names were recognised, which every import carries: no warning.
    expect(loaded.report.warnings.map((w) => w.code)).toEqual(['recognition']);
    expect(loaded.report.warnings[0]!.severity).toBe('info');
    await page.close();
  });
});
