import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportFromMenu, openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The label boxes the label layer drew in its last frame, in canvas pixels. */
async function placedLabels(page: Page): Promise<{ text: string; box: Box }[]> {
  return page
    .getByTestId('graph')
    .evaluate((el) =>
      (el as unknown as { placedLabels(): { text: string; box: Box }[] }).placedLabels(),
    );
}

function overlapping(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Every pair of boxes apart, every box inside the frame and clear of whatever floats over the
 * graph (each element of the graph view but sigma's own: legends, markers, notices).
 */
async function expectClean(page: Page, boxes: { text: string; box: Box }[]): Promise<void> {
  const frame = (await page.getByTestId('graph').boundingBox())!;
  const floating = await page.getByTestId('graph').evaluate((graph) => {
    const at = graph.getBoundingClientRect();
    return [...graph.parentElement!.children]
      .filter((el) => el !== graph)
      .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .map(({ name, r }) => ({
        name,
        box: { x: r.left - at.left, y: r.top - at.top, w: r.width, h: r.height },
      }));
  });
  for (const a of boxes)
    for (const panel of floating)
      expect(overlapping(a.box, panel.box), `${a.text} under ${panel.name}`).toBe(false);
  for (const [i, a] of boxes.entries()) {
    expect(a.box.x, a.text).toBeGreaterThanOrEqual(0);
    expect(a.box.y, a.text).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.w, a.text).toBeLessThanOrEqual(Math.ceil(frame.width));
    expect(a.box.y + a.box.h, a.text).toBeLessThanOrEqual(Math.ceil(frame.height));
    for (const b of boxes.slice(i + 1))
      expect(overlapping(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  }
}

/** Waits until the layout's animation and camera reset have ended and labels are drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1200);
}

/** Presents the view; its labels are then as expectClean wants them, and a screenshot taken. */
async function expectCleanPresenting(page: Page, name: string): Promise<void> {
  await page.getByTestId('present').click();
  await page.getByTestId('presenter').waitFor();
  await settle(page);
  const presenting = await placedLabels(page);
  expect(presenting.length).toBeGreaterThan(5);
  await expectClean(page, presenting);
  await screenshot(page, name);
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

describe('labels', () => {
  for (const size of SIZES)
    it(`never overlap and stay inside the canvas at ${size.width}×${size.height}`, async () => {
      const { page, problems } = await openApp(harness);
      await page.setViewportSize(size);
      await settle(page);
      const tag = `${size.width}x${size.height}`;

      const graph = await placedLabels(page);
      expect(graph.length).toBeGreaterThan(10);
      await expectClean(page, graph);
      await screenshot(page, `labels-${tag}-graph`);

      await page.getByTestId('layout-circular').click();
      await settle(page);
      const circle = await placedLabels(page);
      await screenshot(page, `labels-${tag}-circle`);
      await expectClean(page, circle);
      // The county arcs carry their names.
      expect(circle.map((l) => l.text)).toContain('Norrbottens län');

      await page.getByTestId('layout-geographic').click();
      await settle(page);
      await expectCleanPresenting(page, `labels-${tag}-presenter-map`);
      await page.keyboard.press('Escape');
      await page.getByTestId('presenter').waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
      await page.close();
    });

  for (const size of SIZES)
    it(`keep clear of the change's legend, on the page and presenting, at ${size.width}×${size.height}`, async () => {
      const { page, problems } = await openApp(harness);
      await page.setViewportSize(size);
      await page.getByTestId('tab-change').click();
      await page.getByTestId('change-heading').waitFor({ timeout: 30_000 });
      await page.getByTestId('change-show-graph').click();
      await page.getByTestId('change-legend').waitFor();
      await settle(page);
      const tag = `${size.width}x${size.height}`;
      const labels = await placedLabels(page);
      expect(labels.length).toBeGreaterThan(10);
      await expectClean(page, labels);
      await screenshot(page, `labels-${tag}-change`);
      await expectCleanPresenting(page, `labels-${tag}-change-presenting`);
      expect(problems).toEqual([]);
      await page.close();
    });

  for (const size of SIZES)
    it(`name a selected node once, among the others, at ${size.width}×${size.height}`, async () => {
      const { page, problems } = await openApp(harness);
      // Every name written on a canvas, with the canvas's class (sigma's hover canvas is
      // "sigma-hovers"): its own hover box named the selected node a second time.
      await page.evaluate(() => {
        const written: { text: string; canvas: string }[] = [];
        (window as unknown as { written: typeof written }).written = written;
        const fillText = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
          written.push({ text, canvas: this.canvas.className });
          return fillText.call(this, text, ...rest);
        };
      });
      await page.setViewportSize(size);
      await settle(page);
      const written = () =>
        page.evaluate(() => {
          const all = (window as unknown as { written: { text: string; canvas: string }[] })
            .written;
          return all.splice(0, all.length);
        });
      await written();
      await page.getByTestId('search').fill('Tillväxtverket');
      await page.getByTestId('search').press('Enter');
      await page.getByTestId('node-card').waitFor();
      await settle(page);
      const labels = await placedLabels(page);
      // Named by the label layer, once; nothing written on sigma's hover canvas.
      expect(labels.filter((l) => l.text === 'Tillväxtverket')).toHaveLength(1);
      await expectClean(page, labels);
      const onHovers = (await written()).filter((w) => w.canvas.includes('sigma-hovers'));
      expect(onHovers).toEqual([]);
      await screenshot(page, `labels-selected-${size.width}x${size.height}`);

      // A municipality with few partners: each of them named too, over the faded background.
      await page.getByTestId('search').fill('Kramfors');
      await page.getByTestId('search').press('Enter');
      await expect.poll(() => page.locator('#card-title').textContent()).toBe('Kramfors');
      await settle(page);
      const partners = await page
        .getByTestId('card-ties')
        .locator('tbody tr td:first-child')
        .allTextContents();
      expect(partners.length).toBeGreaterThan(1);
      const named = await placedLabels(page);
      expect(named.map((l) => l.text)).toEqual(expect.arrayContaining(['Kramfors', ...partners]));
      expect(named.filter((l) => l.text === 'Kramfors')).toHaveLength(1);
      await expectClean(page, named);
      expect((await written()).filter((w) => w.canvas.includes('sigma-hovers'))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

  it('are placed in the SVG export as on screen: apart and inside the image', async () => {
    const { page } = await openApp(harness);
    await page.setViewportSize({ width: 1280, height: 720 });
    await settle(page);
    const shown = new Set((await placedLabels(page)).map((l) => l.text));
    const svg = (await exportFromMenu(page, 'export-svg')).bytes.toString('utf8');
    // Measured as the browser lays the SVG's text out.
    const measured = await page.evaluate(
      ({ text, labels }) => {
        const host = document.createElement('div');
        const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
        host.append(root);
        document.body.append(host);
        const size = {
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
        };
        const boxes = [...root.querySelectorAll('text')]
          .filter((t) => labels.includes(t.textContent ?? ''))
          .map((t) => {
            const b = t.getBBox();
            return { text: t.textContent ?? '', box: { x: b.x, y: b.y, w: b.width, h: b.height } };
          });
        host.remove();
        return { size, boxes };
      },
      { text: svg, labels: [...shown] },
    );
    // The picture's own legend box may take a few labels' places; the rest are as on screen.
    expect(measured.boxes.length).toBeGreaterThan(shown.size * 0.8);
    for (const [i, a] of measured.boxes.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.w).toBeLessThanOrEqual(measured.size.width);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.y + a.box.h).toBeLessThanOrEqual(measured.size.height);
      for (const b of measured.boxes.slice(i + 1))
        expect(overlapping(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
    }
    await page.close();
  });
});
