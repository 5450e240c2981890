import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { MUNICIPALITY_MAP_TEXT } from '../../src/i18n/municipality-map.ts';
import { PRESENT_TEXT } from '../../src/i18n/present.ts';
import { PRESENTING_TEXT } from '../../src/i18n/presenting.ts';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

const g = MUNICIPALITY_MAP_TEXT.sv;
const pt = PRESENT_TEXT.sv;

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

/** The drawn map's SVG text, once its image has loaded. */
async function drawnSvg(map: Locator): Promise<string> {
  await map.evaluate((img: HTMLImageElement) =>
    img.complete && img.naturalWidth > 0
      ? undefined
      : new Promise((resolve) => img.addEventListener('load', resolve, { once: true })),
  );
  const src = (await map.getAttribute('src')) ?? '';
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

/** The URL hash once the app has written the view shown (it writes a moment after a change). */
async function hashWith(page: Page, name: string, value: string | null): Promise<string> {
  await page.waitForFunction(
    ([n, v]) => new URLSearchParams(location.hash.slice(1)).get(n!) === v,
    [name, value] as const,
  );
  return page.evaluate(() => location.hash);
}

async function saveView(page: Page, name: string, caption: string) {
  await page.getByTestId('caption').fill(caption);
  await page.getByTestId('view-name').fill(name);
  await page.getByTestId('save-view').click();
}

/** Everything the presented map must show in view: title, map (with its legend), notice. */
/** At 1280×720 and 1920×1080: the map stage fills the window, the map is in view; a screenshot each. */
async function inViewAtBothSizes(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction(
      (h) => document.querySelector('[data-testid="map-stage"]')!.clientHeight === h,
      height,
    );
    await expectMapInView(page);
    await screenshot(page, `${name}-${width}x${height}`);
  }
}

async function expectMapInView(page: Page) {
  const viewport = page.viewportSize()!;
  const bar = (await page.getByTestId('presenter').boundingBox())!;
  const ids = ['map-stage-title', 'map-stage-map', 'map-stage-demo'];
  if ((await page.getByTestId('map-stage-mental').count()) > 0) ids.push('map-stage-mental');
  for (const id of ids) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // Nothing of it behind the presenter bar, where the map's legend would be hidden.
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
  }
}

describe('the municipality map as a presentation step', () => {
  it('saves Kramfors’s map as a step, presents it among other steps, and reopens it by link', async () => {
    const { page, problems } = await openApp(harness);
    await saveView(page, 'Översikt', 'Hela nätverket');

    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    await page.getByTestId('map-show-large').click();
    const stage = page.getByTestId('map-stage');
    await stage.waitFor();
    expect(await page.getByTestId('map-stage-title').textContent()).toBe(g.stageTitle('Kramfors'));
    await saveView(page, 'Karta över Kramfors', 'Kramfors och dess partner');

    await page.getByTestId('map-stage-close').click();
    await stage.waitFor({ state: 'detached' });
    await saveView(page, 'Efter kartan', 'Tillbaka till nätverket');
    expect(
      await page.getByTestId('story-steps').getByTestId('show-view').allTextContents(),
    ).toEqual(['Översikt', 'Karta över Kramfors', 'Efter kartan']);

    await page.getByTestId('present').click();
    await page.getByTestId('presenter').waitFor();
    expect(await page.getByTestId('presenter-step').textContent()).toBe(pt.stepOf('1', '3'));
    expect(await stage.count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await stage.waitFor();
    expect(await page.getByTestId('presenter-step').textContent()).toBe(pt.stepOf('2', '3'));
    expect(await page.getByTestId('map-stage-title').textContent()).toBe(g.stageTitle('Kramfors'));
    expect(await page.getByTestId('map-stage-demo').textContent()).toBe(
      PRESENTING_TEXT.sv.demoMarker,
    );
    // A picture for the room: no switch and no close button while presenting.
    expect(await page.getByTestId('map-stage-close').count()).toBe(0);
    const svg = await drawnSvg(page.getByTestId('map-stage-map'));
    expect(svg).toContain('>Kramfors</text>');
    expect(svg).toContain('>Länsstyrelse</text>');
    expect(svg).toContain('starkt band (hög frekvens), nära');
    const hash = await hashWith(page, 'km', 's:Kramfors');

    await inViewAtBothSizes(page, 'map-step');

    await page.keyboard.press('ArrowRight');
    await stage.waitFor({ state: 'detached' });
    expect(await page.getByTestId('presenter-step').textContent()).toBe(pt.stepOf('3', '3'));
    await page.keyboard.press('ArrowLeft');
    await stage.waitFor();
    expect(await page.getByTestId('presenter-step').textContent()).toBe(pt.stepOf('2', '3'));
    await page.keyboard.press('ArrowLeft');
    await stage.waitFor({ state: 'detached' });
    expect(await page.getByTestId('presenter-step').textContent()).toBe(pt.stepOf('1', '3'));
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();

    // The link of the map step opens the same map, on its own, in a new browser.
    const reopened = await openApp(harness, hash);
    await reopened.page.getByTestId('map-stage').waitFor();
    expect(await reopened.page.getByTestId('map-stage-title').textContent()).toBe(
      g.stageTitle('Kramfors'),
    );
    expect(await drawnSvg(reopened.page.getByTestId('map-stage-map'))).toContain(
      '>Kramfors</text>',
    );
    expect(reopened.problems).toEqual([]);
    await reopened.page.close();
  });

  it('presents the geographic map with the mental-map layer opened for it', async () => {
    const { page, problems } = await openApp(harness);
    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    await page.getByTestId('mental-map-file').setInputFiles('data/demo/kramfors-mental-karta.csv');
    await page.getByTestId('mental-map-drawing').waitFor();
    await page.getByTestId('map-mode-geographic').check();
    await page.getByTestId('map-show-large').click();
    await page.getByTestId('map-stage').waitFor();
    expect(await page.getByTestId('map-stage').getAttribute('data-mode')).toBe('geographic');
    await saveView(page, 'Kramfors på kartan', 'Kramfors: band och mental karta');
    await page.getByTestId('present').click();
    await page.getByTestId('presenter').waitFor();
    expect(await drawnSvg(page.getByTestId('map-stage-map'))).toContain('Kramfors</text>');
    expect(await drawnSvg(page.getByTestId('map-stage-mental'))).toContain(
      'Påhittat torg (exempel)',
    );
    await inViewAtBothSizes(page, 'map-step-geo-mental');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the geographic map when the view was saved with it, and says so when the municipality is not in the data', async () => {
    const { page, problems } = await openApp(harness, '#v=1&km=g%3AKramfors');
    await page.getByTestId('map-stage').waitFor();
    expect(await page.getByTestId('map-stage').getAttribute('data-mode')).toBe('geographic');
    expect(await page.getByTestId('map-stage-geographic').isChecked()).toBe(true);
    expect(await drawnSvg(page.getByTestId('map-stage-map'))).toContain('Kramfors</text>');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'map-stage-geographic-editing-1280x720');
    await page.getByTestId('map-stage-sectors').check();
    await hashWith(page, 'km', 's:Kramfors');
    await page.close();

    for (const id of ['constructor', '__proto__', 'Atlantis']) {
      const missing = await openApp(harness, `#v=1&km=s%3A${encodeURIComponent(id)}`);
      const alert = missing.page.getByTestId('map-stage-missing');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(g.missing(id));
      expect(await missing.page.getByTestId('map-stage-map').count()).toBe(0);
      expect(missing.problems).toEqual([]);
      await missing.page.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows the map of a link in the read-only embed, without its controls', async () => {
    const page = await harness.browser.newPage({
      viewport: { width: 800, height: 500 },
      locale: 'sv-SE',
    });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const data = encodeURIComponent(`/@fs${resolve('data/demo/samarbeten.csv')}`);
    await page.goto(`${harness.url}?embed=1&data=${data}#v=1&km=s%3AKramfors`);
    await page.getByTestId('map-stage').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('map-stage-title').textContent()).toBe(g.stageTitle('Kramfors'));
    expect(await drawnSvg(page.getByTestId('map-stage-map'))).toContain('>Kramfors</text>');
    expect(await page.getByTestId('map-stage-close').count()).toBe(0);
    expect(await page.locator('input, select').count()).toBe(0);
    await screenshot(page, 'map-step-embed');
    expect(problems).toEqual([]);
    await page.close();
  });
});
