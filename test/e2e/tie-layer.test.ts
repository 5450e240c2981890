import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportFromMenu,
  findable,
  openApp,
  openEdgeFile,
  pixelsOfColour,
  screenshot,
  settledNodes,
  startHarness,
  type AppHarness,
} from './harness.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A network past the tie layer's threshold: 4,000 numbered actors, 21,000 distinct ties. */
function largeNetwork(): {
  csv: string;
  ties: number;
  degreeOf: Map<string, number>;
  strengths: number[];
} {
  const random = seededRandom(7);
  const seen = new Set<string>();
  const degreeOf = new Map<string, number>();
  const strengths: number[] = [];
  const lines = ['source,target,strength'];
  while (seen.size < 21_000) {
    const a = Math.floor(random() * 4000);
    const b = Math.floor(random() * 4000);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    for (const n of [a, b]) degreeOf.set(`a${n}`, (degreeOf.get(`a${n}`) ?? 0) + 1);
    const strength = 1 + Math.floor(random() * 5);
    strengths.push(strength);
    lines.push(`a${a},a${b},${strength}`);
  }
  return { csv: lines.join('\n') + '\n', ties: seen.size, degreeOf, strengths };
}

type TieLayerElement = HTMLElement & { tieLayer(): number | null; sigmaTies(): number };

/** Clicks an entry of the export menu and returns the file the browser downloads. */
async function exportFile(page: Page, testId: string): Promise<Buffer> {
  return (await exportFromMenu(page, testId)).bytes;
}

describe('the tie layer of a large network', () => {
  it('draws every tie as a line in slices, and only a hovered node’s ties', async () => {
    const { page, problems } = await openApp(harness);
    const { csv, ties, degreeOf } = largeNetwork();
    await openEdgeFile(page, 'stort.csv', csv);
    const graph = page.getByTestId('graph');
    await expect
      .poll(() => graph.getAttribute('data-order'), { timeout: 120_000 })
      .toBe(String(degreeOf.size));
    const drawn = () => graph.evaluate((el) => (el as TieLayerElement).tieLayer());
    await expect.poll(drawn, { timeout: 60_000 }).toBe(ties);
    await screenshot(page, 'tie-layer');

    // A hovered node: the others' ties are hidden (a large network), its own drawn wide. The
    // node is one with no other disc near its centre, so the pointer finds it and no other.
    const box = (await graph.boundingBox())!;
    const point = findable(await settledNodes(page), box, 40).sort(
      (x, y) => degreeOf.get(y.label)! - degreeOf.get(x.label)!,
    )[0]!;
    const hub = [point.label, degreeOf.get(point.label)!] as const;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(drawn, { timeout: 30_000 }).toBe(hub[1]);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(drawn, { timeout: 30_000 }).toBe(ties);
    expect(problems).toEqual([]);
  });
});

describe('the ties of a large network, which sigma does not hold', () => {
  it('are filtered, and drawn in SVG and PNG pictures, from the display graph', async () => {
    const { page, problems } = await openApp(harness);
    const { csv, ties, degreeOf, strengths } = largeNetwork();
    await openEdgeFile(page, 'stort.csv', csv);
    const graph = page.getByTestId('graph');
    await expect
      .poll(() => graph.getAttribute('data-order'), { timeout: 120_000 })
      .toBe(String(degreeOf.size));
    await expect.poll(() => graph.getAttribute('data-pending'), { timeout: 120_000 }).toBeNull();
    const drawn = () => graph.evaluate((el) => (el as TieLayerElement).tieLayer());
    await expect.poll(drawn, { timeout: 60_000 }).toBe(ties);
    // Sigma indexes none of them: the tie layer asks each tie's look itself.
    expect(await graph.evaluate((el) => (el as TieLayerElement).sigmaTies())).toBe(0);

    // A strength filter hides the weaker ties, in the layer and in the pictures.
    const strong = strengths.filter((s) => s >= 3).length;
    await page.getByTestId('filter-strength').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(drawn, { timeout: 60_000 }).toBe(strong);

    const svg = (await exportFile(page, 'export-svg')).toString('utf8');
    const lines = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('line').length,
      svg,
    );
    expect(lines).toBe(strong);

    // The picture's renderer draws the ties with WebGL: count the pixels of the tie colour.
    const png = await exportFile(page, 'export-png');
    // #9AA5B1, the colour of an ordinary tie.
    const tiePixels = await pixelsOfColour(page, png, '#9AA5B1', 10);
    expect(tiePixels).toBeGreaterThan(8_000);
    expect(problems).toEqual([]);
  });
});
