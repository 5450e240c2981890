import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { exportFromMenu, openApp, openEdgeFile, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

type Shown = { id: string; x: number; y: number; hidden: boolean };
type GraphElement = HTMLElement & { nodesOnScreen(): Shown[] };

const positions = async (page: Page) =>
  new Map(
    (
      await page
        .getByTestId('graph')
        .evaluate((el) => (el as GraphElement).nodesOnScreen().map((n) => [n.id, n] as const))
    ).map(([id, n]) => [id, n]),
  );

const distance = (a: Shown, b: Shown) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * 600 actors (past the 500 where ForceAtlas2 turns to Barnes–Hut) in a chain with random ties
 * more; the first two are called __proto__ and constructor, names a plain object already has.
 */
function chainNetwork(): { csv: string; partners: Map<string, Set<string>> } {
  const random = seededRandom(5);
  const id = (i: number) => (i === 0 ? '__proto__' : i === 1 ? 'constructor' : `a${i}`);
  const partners = new Map<string, Set<string>>();
  const lines = ['source,target,strength'];
  const add = (a: string, b: string) => {
    if (a === b || partners.get(a)?.has(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      partners.set(x, (partners.get(x) ?? new Set()).add(y));
    lines.push(`${a},${b},${1 + Math.floor(random() * 3)}`);
  };
  for (let i = 0; i < 599; i++) add(id(i), id(i + 1));
  for (let k = 0; k < 400; k++) add(id(Math.floor(random() * 600)), id(Math.floor(random() * 600)));
  for (let k = 0; k < 6; k++) add('__proto__', id(2 + Math.floor(random() * 598)));
  return { csv: lines.join('\n') + '\n', partners };
}

async function waitForNetwork(page: Page, order: number): Promise<void> {
  const graph = page.getByTestId('graph');
  await expect
    .poll(() => graph.getAttribute('data-order'), { timeout: 60_000 })
    .toBe(String(order));
  await expect.poll(() => graph.getAttribute('data-pending'), { timeout: 60_000 }).toBeNull();
}

describe('layouts with ids that plain objects already have', () => {
  it('ForceAtlas2 and "no overlap" place __proto__ and constructor as any other actor', async () => {
    const { page, problems } = await openApp(harness);
    const { csv, partners } = chainNetwork();
    await openEdgeFile(page, 'kedja.csv', csv);
    await waitForNetwork(page, 600);
    const before = await positions(page);
    await page.getByTestId('fa2-toggle').click();
    await page.waitForTimeout(2500);
    await page.getByTestId('fa2-toggle').click();
    await page.waitForTimeout(300);
    const after = await positions(page);
    expect(after.size).toBe(600);
    for (const n of after.values()) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
    }
    const moved = [...after.values()].filter((n) => distance(n, before.get(n.id)!) > 1).length;
    expect(moved).toBeGreaterThan(500);
    // Its ties pull __proto__ to its partners: closer to them than actors are to each other
    // on average (a layout blind to its ties leaves it wherever it started).
    const ids = [...after.keys()];
    const mean = (pairs: [string, string][]) =>
      pairs.reduce((sum, [a, b]) => sum + distance(after.get(a)!, after.get(b)!), 0) / pairs.length;
    const random = seededRandom(9);
    const anyPairs = Array.from(
      { length: 2000 },
      () =>
        [ids[Math.floor(random() * ids.length)]!, ids[Math.floor(random() * ids.length)]!] as [
          string,
          string,
        ],
    );
    for (const id of ['__proto__', 'constructor']) {
      const own = [...partners.get(id)!].map((p) => [id, p] as [string, string]);
      expect(mean(own), id).toBeLessThan(0.6 * mean(anyPairs));
    }

    await page.getByTestId('layout-noverlap').click();
    await page.waitForTimeout(2000);
    const spread = await positions(page);
    for (const n of spread.values()) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the map places an actor called __proto__ between its partners, constructor beside it', async () => {
    const { page, problems } = await openApp(harness);
    const edges = [
      'från,till,styrka',
      'Norr,__proto__,2',
      'Söder,__proto__,2',
      '__proto__,constructor,1',
      'Norr,Söder,1',
    ].join('\n');
    const nodes = ['id,lat,lon', 'Norr,67.86,20.23', 'Söder,55.60,13.00'].join('\n');
    await openEdgeFile(page, 'band.csv', edges, { name: 'noder.csv', csv: nodes });
    await waitForNetwork(page, 4);
    await page.getByTestId('layout-geographic').click();
    const placed = async () => {
      const p = await positions(page);
      const north = p.get('Norr')!;
      const south = p.get('Söder')!;
      const span = distance(north, south);
      const middle = { ...north, x: (north.x + south.x) / 2, y: (north.y + south.y) / 2 };
      return {
        proto: distance(p.get('__proto__')!, middle) / span,
        constructor: distance(p.get('constructor')!, p.get('__proto__')!) / span,
      };
    };
    // The partners' centre, give or take the small fixed offset that keeps actors apart.
    await expect.poll(async () => (await placed()).proto, { timeout: 10_000 }).toBeLessThan(0.1);
    expect((await placed()).constructor).toBeLessThan(0.1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('GEXF and the project file keep the colour, size and place of __proto__ and constructor', async () => {
    const { page, problems } = await openApp(harness);
    const edges = [
      'från,till,styrka',
      '__proto__,constructor,2',
      'constructor,Kiruna,1',
      'Kiruna,Gällivare,3',
    ].join('\n');
    await openEdgeFile(page, 'band.csv', edges);
    await waitForNetwork(page, 4);
    const download = async (testId: string) =>
      (await exportFromMenu(page, testId)).bytes.toString('utf8');
    const gexf = await download('export-gexf');
    for (const id of ['__proto__', 'constructor', 'Kiruna', 'Gällivare']) {
      const node = new RegExp(`<node id="${id}"[^]*?</node>`).exec(gexf)?.[0];
      expect(node, id).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
      expect(node, id).toMatch(/<viz:position x="-?[\d.e-]+" y="-?[\d.e-]+"/);
      expect(node, id).toMatch(/<viz:size value="[\d.]+"/);
    }
    const project = JSON.parse(await download('export-project')) as {
      positions: Record<string, { x: number; y: number }>;
    };
    expect(Object.keys(project.positions).sort()).toEqual(
      ['Gällivare', 'Kiruna', '__proto__', 'constructor'].sort(),
    );
    for (const id of Object.keys(project.positions))
      expect(Number.isFinite(project.positions[id]!.x), id).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
