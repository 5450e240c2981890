import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openEdgeFile, screenshot, startHarness, type AppHarness } from './harness.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A network past the tie layer's threshold: 4,000 numbered actors, 21,000 distinct ties. */
function largeNetwork(): { csv: string; ties: number; degreeOf: Map<string, number> } {
  const random = seededRandom(7);
  const seen = new Set<string>();
  const degreeOf = new Map<string, number>();
  const lines = ['source,target,strength'];
  while (seen.size < 21_000) {
    const a = Math.floor(random() * 4000);
    const b = Math.floor(random() * 4000);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    for (const n of [a, b]) degreeOf.set(`a${n}`, (degreeOf.get(`a${n}`) ?? 0) + 1);
    lines.push(`a${a},a${b},${1 + Math.floor(random() * 5)}`);
  }
  return { csv: lines.join('\n') + '\n', ties: seen.size, degreeOf };
}

type TieLayerElement = HTMLElement & { tieLayer(): number | null };

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
    // node is one with no other node within 12 px, so the pointer finds it and no other.
    const onScreen = await graph.evaluate((el) =>
      (
        el as HTMLElement & {
          nodesOnScreen(): { label: string; x: number; y: number; hidden: boolean }[];
        }
      ).nodesOnScreen(),
    );
    const size = await graph.boundingBox();
    const inside = onScreen.filter(
      (n) => !n.hidden && n.x > 40 && n.y > 40 && n.x < size!.width - 40 && n.y < size!.height - 40,
    );
    const alone = inside.filter((n) =>
      onScreen.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) >= 12),
    );
    const point = alone.sort((x, y) => degreeOf.get(y.label)! - degreeOf.get(x.label)!)[0]!;
    const hub = [point.label, degreeOf.get(point.label)!] as const;
    const box = (await graph.boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(drawn, { timeout: 30_000 }).toBe(hub[1]);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(drawn, { timeout: 30_000 }).toBe(ties);
    expect(problems).toEqual([]);
  });
});
