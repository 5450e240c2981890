import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_MAP_TEXT } from '../../src/i18n/municipality-map.ts';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

const g = MUNICIPALITY_MAP_TEXT.sv;

async function downloaded(page: Page, testId: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

async function mapSvgText(page: Page): Promise<string> {
  const src = (await page.getByTestId('municipality-map').getAttribute('src')) ?? '';
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

describe('Kramfors’s map on the geographic map', () => {
  it('switches the same ties onto the map and exports it with its legend', async () => {
    const { page, problems } = await openApp(harness);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    const sectors = await mapSvgText(page);
    await page.getByTestId('map-mode-geographic').check();
    const map = page.getByTestId('municipality-map');
    await expect.poll(() => map.getAttribute('data-mode')).toBe('geographic');
    // The county outlines arrive once fetched: the drawing then holds a long outline path.
    await expect.poll(async () => (await mapSvgText(page)).length).toBeGreaterThan(20_000);
    const geo = await mapSvgText(page);
    expect(geo).not.toBe(sectors);
    expect(geo).toContain('Kramfors');
    expect(geo).toContain('Länsstyrelsen i Västernorrlands län');
    expect(geo).toContain(g.geo.tie);
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="municipality-map"]');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    await screenshot(page, 'municipality-map-geo-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'municipality-map-geo-1920');

    const svg = await downloaded(page, 'map-svg');
    expect(svg.name).toBe('Kramfors-karta.svg');
    expect(svg.bytes.toString('utf8')).toBe(geo);
    const png = await downloaded(page, 'map-png');
    expect(png.name).toBe('Kramfors-karta.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    await page.getByTestId('map-mode-sectors').check();
    await expect.poll(() => mapSvgText(page)).toBe(sectors);
    expect(problems).toEqual([]);
    await page.close();
  });
});
