import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { readPlaceFile } from '../../src/core/io/read-place-file.ts';
import { MENTAL_MAP_TEXT } from '../../src/i18n/mental-map.ts';
import { SWEREF_POINTS } from '../helpers/sweref-points.ts';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

const m = MENTAL_MAP_TEXT.sv;
const DEMO = 'data/demo/kramfors-mental-karta';

async function kramforsCard(page: Page) {
  await page.getByTestId('search').fill('Kramfors');
  await page.getByTestId('search').press('Enter');
  await page.getByTestId('node-card').waitFor();
}

/** The drawing's SVG text, from the image's data URL. */
async function drawing(page: Page): Promise<string> {
  const img = page.getByTestId('mental-map-drawing');
  await img.waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="mental-map-drawing"]');
    return el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0;
  });
  const src = (await img.getAttribute('src')) ?? '';
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

describe('the mental-map layer in the municipality card', () => {
  for (const ext of ['csv', 'geojson'])
    it(`draws the fictitious Kramfors example from ${ext} over the outline`, async () => {
      const path = `${DEMO}.${ext}`;
      const read = await readPlaceFile(fromBytes(path, readFileSync(path)));
      const { page, problems } = await openApp(harness);
      await page.setViewportSize({ width: 1280, height: 720 });
      await kramforsCard(page);
      await page.getByTestId('mental-map-file').setInputFiles(path);
      const svg = await drawing(page);
      // Every element type the file holds is drawn, by its own name.
      for (const place of read.places) expect(svg).toContain(place.name.replace(/&/g, '&amp;'));
      expect(new Set(read.places.map((p) => p.element)).size).toBe(5);
      expect(await page.getByTestId('mental-map-summary').textContent()).toContain(
        m.summary(`kramfors-mental-karta.${ext}`, read.places.length),
      );
      await page.getByTestId('mental-map-drawing').scrollIntoViewIfNeeded();
      await screenshot(page, `mental-map-${ext}-1280`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('mental-map-drawing').scrollIntoViewIfNeeded();
      await screenshot(page, `mental-map-${ext}-1920`);

      // The printed report carries the layer.
      await page.evaluate(() => {
        window.print = () => undefined;
        HTMLIFrameElement.prototype.focus = () => undefined;
      });
      await page.getByTestId('print-report').click();
      const frame = page.locator('iframe[srcdoc]');
      await frame.waitFor({ state: 'attached' });
      expect((await frame.getAttribute('srcdoc')) ?? '').toContain('Mental karta');
      expect(problems).toEqual([]);
      await page.close();
    });

  it('lists the rows it could not take, with their row numbers, as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mental-'));
    const path = join(dir, 'workshop.csv');
    writeFileSync(
      path,
      [
        'namn,element,ändamål,frekvens,lat,lon',
        'Torget,målpunkt,handel,hög,62.93,17.78',
        '<b>Bron</b>,bro,,hög,62.93,17.79',
        'Skolan,målpunkt,service,ofta,62.94,17.77',
      ].join('\n'),
    );
    const { page, problems } = await openApp(harness);
    await kramforsCard(page);
    await page.getByTestId('mental-map-file').setInputFiles(path);
    await drawing(page);
    const notes = await page.getByTestId('mental-map-notes').locator('li').allTextContents();
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('workshop.csv, rad 3');
    expect(notes[0]).toContain('”bro”');
    expect(notes[1]).toContain('rad 4');
    expect(notes[1]).toContain('”ofta”');
    expect(await page.locator('[data-testid="mental-map"] b').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
  it('reads a QGIS export in SWEREF 99 TM and says so; refuses a system it cannot place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mental-'));
    // Kramfors's centre in SWEREF 99 TM, as PROJ made it.
    const { easting: e, northing: n } = SWEREF_POINTS.find(
      (p) => p.name === 'Kramfors' && p.epsg === 3006,
    )!;
    const collection = (crs: string) =>
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: crs } },
        features: [
          {
            type: 'Feature',
            properties: { namn: 'Torget i SWEREF', element: 'landmärke', frekvens: 'hög' },
            geometry: { type: 'Point', coordinates: [e, n] },
          },
        ],
      });
    const sweref = join(dir, 'workshop.geojson');
    writeFileSync(sweref, collection('urn:ogc:def:crs:EPSG::3006'));
    const rt90 = join(dir, 'gammal.geojson');
    writeFileSync(rt90, collection('urn:ogc:def:crs:EPSG::3021'));
    const { page, problems } = await openApp(harness);
    await kramforsCard(page);
    await page.getByTestId('mental-map-file').setInputFiles(sweref);
    expect(await drawing(page)).toContain('Torget i SWEREF');
    expect(await page.getByTestId('mental-map-summary').textContent()).toContain(
      m.grid('SWEREF 99 TM', true),
    );
    await page.getByTestId('mental-map-file').setInputFiles(rt90);
    const alert = page.locator('[data-testid="mental-map"] [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('gammal.geojson');
    expect(await alert.textContent()).toContain('EPSG::3021');
    expect(await alert.textContent()).not.toContain('place_crs_unknown');
    expect(problems).toEqual([]);
    await page.close();
  });
});
