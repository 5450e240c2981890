import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRESENTING_TEXT } from '../../src/i18n/presenting.ts';
import {
  exportFromMenu,
  nodesOnScreen,
  openApp,
  screenshot,
  startHarness,
  type AppHarness,
  type NodeOnScreen,
} from './harness.ts';

const p = PRESENTING_TEXT.sv;

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function frame(page: Page): Promise<{ width: number; height: number }> {
  return (await page.getByTestId('graph').boundingBox())!;
}

const inside = (n: NodeOnScreen, f: { width: number; height: number }) =>
  n.x >= 0 && n.y >= 0 && n.x <= f.width && n.y <= f.height;

/** Lets a camera animation (at most 450 ms) end. */
const settle = (page: Page) => page.waitForTimeout(1000);

async function download(page: Page, testId: string): Promise<Buffer> {
  return (await exportFromMenu(page, testId)).bytes;
}

describe('presenting', () => {
  it('marks the demo as fictitious on screen, in the SVG and in the PNG', async () => {
    const { page, problems } = await openApp(harness);
    await page.setViewportSize({ width: 1280, height: 720 });
    const marker = page.getByTestId('demo-marker');
    expect(await marker.textContent()).toBe(p.demoMarker);
    expect(await marker.isVisible()).toBe(true);

    const svg = (await download(page, 'export-svg')).toString('utf8');
    expect(svg).toContain(p.demoMarker);

    await page.getByTestId('image-scale').selectOption('1');
    const png = await download(page, 'export-png');
    // The marker's box sits in the picture's bottom-right corner, in its own colour.
    const corner = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return [...ctx.getImageData(image.width - 16, image.height - 14, 1, 1).data];
    }, png.toString('base64'));
    expect(corner.slice(0, 3)).toEqual([0xff, 0xf4, 0xd6]);
    await screenshot(page, 'presenting-demo-marker-1280x720');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a what-if result at the top of the card with both ends in view; Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page, problems } = await openApp(harness);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    const add = page.getByTestId('card-suggestions').getByRole('button').first();
    await add.waitFor();
    await add.scrollIntoViewIfNeeded();
    await add.click();
    await page.getByTestId('edits-bar').waitFor();
    const result = page.getByTestId('what-if-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('→');
    // At the top of the card, in view in the panel.
    expect(await result.isVisible()).toBe(true);
    const card = (await page.getByTestId('node-card').boundingBox())!;
    const box = (await result.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y - card.y).toBeLessThan(120);

    const tie = (await page.getByTestId('what-if-tie').textContent())!;
    const [a, b] = tie.slice(tie.indexOf(':') + 2).split(' – ');
    await settle(page);
    const f = await frame(page);
    const nodes = await nodesOnScreen(page);
    for (const end of [a, b]) {
      const n = nodes.find((node) => node.label === end);
      expect(n, end).toBeDefined();
      expect(inside(n!, f), end).toBe(true);
    }
    await screenshot(page, 'presenting-what-if-1280x720');

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByTestId('edits-bar').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await page.getByTestId('edits-bar').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByTestId('edits-bar').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits the camera to what a county filter leaves, unless told to keep it', async () => {
    const { page, problems } = await openApp(harness);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settle(page);
    const county = page.getByTestId('filter-county');
    const value = await county
      .locator('option', { hasText: 'Västernorrlands län' })
      .getAttribute('value');
    await county.selectOption(value!);
    await settle(page);
    const f = await frame(page);
    const visible = (await nodesOnScreen(page)).filter((n) => !n.hidden);
    expect(visible.length).toBeGreaterThan(2);
    for (const n of visible) expect(inside(n, f), n.label).toBe(true);
    const xs = visible.map((n) => n.x);
    const ys = visible.map((n) => n.y);
    const spread = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / f.width,
      (Math.max(...ys) - Math.min(...ys)) / f.height,
    );
    // No longer a small cluster: what remains fills a good part of the canvas.
    expect(spread).toBeGreaterThan(0.35);
    await screenshot(page, 'presenting-filter-fit-1920x1080');

    await page.getByTestId('follow-filters').uncheck();
    const hashBefore = await page.evaluate(() => location.hash);
    const camera = (h: string) => new URLSearchParams(h.slice(1)).get('c');
    await page.getByTestId('filter-county').selectOption('');
    await settle(page);
    expect(camera(await page.evaluate(() => location.hash))).toBe(camera(hashBefore));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says which file a shared view belongs to, and applies it once that file is opened', async () => {
    const rows = Array.from(
      { length: 30 },
      (_v, i) => `Aktör ${i + 1};Aktör ${((i + 1) % 30) + 1};${(i % 3) + 1}`,
    );
    const csv = Buffer.from(['Från;Till;Vikt', ...rows, 'Aktör 1;Aktör 15;2'].join('\n') + '\n');
    const file = { name: '04_swedish_headers.csv', mimeType: 'text/csv', buffer: csv };
    const openFile = async (page: Page) => {
      await page.getByTestId('open-files').click();
      await page.getByTestId('edge-file').setInputFiles(file);
      await page.getByTestId('open-submit').click();
      await expect.poll(() => page.getByTestId('file-name').textContent()).toBe(file.name);
    };

    const maker = await openApp(harness);
    await openFile(maker.page);
    await maker.page.getByTestId('colour-by').selectOption('community');
    await expect
      .poll(() => maker.page.evaluate(() => location.hash), { timeout: 10_000 })
      .toMatch(/col=community.*dh=|dh=.*col=community/);
    const hash = await maker.page.evaluate(() => location.hash);
    expect(hash).not.toContain('Akt%C3%B6r+1%3B');
    await maker.page.close();

    // Another machine: a fresh browser context without the project kept.
    const { page, problems } = await openApp(harness, hash);
    const notice = page.getByTestId('link-notice');
    await notice.waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await notice.locator('span').textContent()).toBe(p.linkNeedsFile(file.name, 30));
    expect(await page.getByTestId('colour-by').inputValue()).toBe('position');
    await screenshot(page, 'presenting-link-needs-file-1280x720');

    await openFile(page);
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('colour-by').inputValue()).toBe('community');
    expect(problems).toEqual([]);
    await page.close();
  });
});
