import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportFromMenu,
  findable,
  openApp,
  openEdgeFile,
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

/**
 * A network past the node layer's threshold: 4,000 actors in a chain (each has a tie), with
 * 4,000 random ties more (a 3-core, and a fringe outside it).
 */
function largeNetwork(): { csv: string; actors: number } {
  const random = seededRandom(11);
  const seen = new Set<string>();
  const lines = ['source,target,strength'];
  // Two actors whose ids are names of an object's own keys: the layers read sigma's records
  // by id, and these must be found as any other.
  const id = (i: number) => (i === 0 ? '__proto__' : i === 1 ? 'constructor' : `n${i}`);
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    lines.push(`${id(a)},${id(b)},${1 + Math.floor(random() * 5)}`);
  };
  for (let i = 0; i < 3999; i++) add(i, i + 1);
  while (seen.size < 8000) add(Math.floor(random() * 4000), Math.floor(random() * 4000));
  return { csv: lines.join('\n') + '\n', actors: 4000 };
}

type Shown = { id: string; label: string; x: number; y: number; hidden: boolean };
type LayerElement = HTMLElement & { nodeLayer(): string[] | null; nodesOnScreen(): Shown[] };

describe('the node layer of a large network', () => {
  it('draws exactly the visible nodes, and a node it drew can be hovered and clicked', async () => {
    const { page, problems } = await openApp(harness);
    const { csv, actors } = largeNetwork();
    await openEdgeFile(page, 'noder.csv', csv);
    const graph = page.getByTestId('graph');
    await expect
      .poll(() => graph.getAttribute('data-order'), { timeout: 120_000 })
      .toBe(String(actors));
    await expect.poll(() => graph.getAttribute('data-pending'), { timeout: 120_000 }).toBeNull();
    // Sigma's WebGL node canvas is off the page: the layer draws the nodes.
    expect(
      await graph.evaluate((el) => getComputedStyle(el.querySelector('.sigma-nodes')!).display),
    ).toBe('none');

    /** The layer's nodes, sorted, and the nodes sigma's reducers leave visible, once drawn. */
    const drawnAndVisible = () =>
      graph.evaluate((el) => {
        const layer = el as LayerElement;
        const drawn = layer.nodeLayer();
        const visible = layer
          .nodesOnScreen()
          .filter((n) => !n.hidden)
          .map((n) => n.id);
        return drawn && { drawn: [...drawn].sort(), visible: visible.sort() };
      });
    // The layer draws again (null meanwhile) whenever sigma renders — a resize of the graph
    // area when the header gains the recent projects, a hover — so each check reads one
    // complete pass: the nodes it drew, or null while a pass is under way.
    let settled: string[] = [];
    const same = async () => {
      const both = await drawnAndVisible();
      if (both === null || JSON.stringify(both.drawn) !== JSON.stringify(both.visible))
        return false;
      settled = both.drawn;
      return true;
    };
    await expect.poll(same, { timeout: 60_000 }).toBe(true);
    expect(settled).toHaveLength(actors);
    expect(settled).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    await screenshot(page, 'node-layer');

    // Its 12,000 nodes and ties go to the export worker as pieces of JSON, joined there: the
    // file has every node, the hostile ids among them.
    const exported = (await exportFromMenu(page, 'export-nodes-csv')).bytes.toString('utf8');
    const rows = exported.trim().split(/\r?\n/);
    expect(rows).toHaveLength(actors + 1);
    expect(rows.some((r) => r.startsWith('__proto__,'))).toBe(true);
    expect(rows.some((r) => r.startsWith('constructor,'))).toBe(true);
    // The project file too, its 4,000 positions as pieces of JSON: every actor placed.
    const project = JSON.parse(
      (await exportFromMenu(page, 'export-project')).bytes.toString('utf8'),
    ) as { positions: Record<string, { x: number; y: number }> };
    expect(Object.keys(project.positions)).toHaveLength(actors);
    for (const id of ['__proto__', 'constructor', `n${actors - 1}`]) {
      expect(Object.prototype.hasOwnProperty.call(project.positions, id), id).toBe(true);
      expect(Number.isFinite(project.positions[id]!.x), id).toBe(true);
    }
    // The menu closed again, off the graph.
    await page.getByTestId('export-menu').click();
    await page.locator('.export-menu').waitFor({ state: 'detached' });

    // A filter hides the fringe: the layer draws the 3-core only.
    await page.getByTestId('filter-core').fill('3');
    await expect
      .poll(async () => (await drawnAndVisible())?.drawn.length ?? actors, { timeout: 60_000 })
      .toBeLessThan(actors);
    await expect.poll(same, { timeout: 60_000 }).toBe(true);
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.length).toBeLessThan(actors);

    // A node the layer drew, with no other disc near its centre, under the pointer: hovered, then
    // clicked (its card opens). Read once the camera has fitted what the filter left.
    const box = (await graph.boundingBox())!;
    const node = findable(await settledNodes(page), box, 60)[0]!;
    expect(node).toBeDefined();
    await page.mouse.move(box.x + node.x, box.y + node.y);
    await expect.poll(() => graph.evaluate((el) => el.style.cursor)).toBe('pointer');
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await page.getByTestId('node-card').waitFor();
    expect(await page.locator('#card-title').textContent()).toBe(node.label);
    // Still exactly the visible nodes, the selected one among them.
    await expect.poll(same, { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'node-layer-selected');
    // Off the node: no longer hovered.
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(() => graph.evaluate((el) => el.style.cursor)).toBe('');
    expect(problems).toEqual([]);
  }, 300_000);
});
