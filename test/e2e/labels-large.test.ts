import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openEdgeFile, screenshot, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** 400 hubs of 6 leaves each (2,800 actors, past the node layer's threshold), hubs in a ring. */
function stars(): { csv: string; actors: number } {
  const lines = ['source,target,strength'];
  const hubs = 400;
  for (let h = 0; h < hubs; h++) {
    lines.push(`Nav ${h},Nav ${(h + 1) % hubs},1`);
    for (let l = 0; l < 6; l++) lines.push(`Nav ${h},Blad ${h}-${l},1`);
  }
  return { csv: lines.join('\n') + '\n', actors: hubs * 7 };
}

type LabelElement = HTMLElement & {
  measureLabelsAgain(perFrame: number): void;
  placedLabels(): { id: string }[];
  labelsAtOnce(): { placed: { id: string }[]; waited: number };
};

describe('the labels of a large network', () => {
  it('are measured over several frames, and end as the placement made at once', async () => {
    const { page, problems } = await openApp(harness);
    const { csv, actors } = stars();
    await openEdgeFile(page, 'stjarnor.csv', csv);
    const graph = page.getByTestId('graph');
    await expect
      .poll(() => graph.getAttribute('data-order'), { timeout: 120_000 })
      .toBe(String(actors));
    await expect.poll(() => graph.getAttribute('data-pending'), { timeout: 120_000 }).toBeNull();
    const labels = () =>
      graph.evaluate((el) => {
        const layer = el as LabelElement;
        const atOnce = layer.labelsAtOnce();
        return {
          shown: layer.placedLabels().map((l) => l.id),
          atOnce: atOnce.placed.map((l) => l.id),
          waited: atOnce.waited,
        };
      });
    const same = async () => {
      const { shown, atOnce } = await labels();
      return JSON.stringify(shown) === JSON.stringify(atOnce);
    };
    await expect.poll(same, { timeout: 60_000 }).toBe(true);
    const settled = await labels();
    // Some frame met more new names than it may measure (250): the rest came after.
    expect(settled.waited).toBeGreaterThan(0);
    // Every name unmeasured again, 3 a frame, and one render: the layer places the others
    // in the next frames by itself, with no render to ask it.
    await graph.evaluate((el) => (el as LabelElement).measureLabelsAgain(3));
    await expect
      .poll(async () => (await labels()).waited, { timeout: 60_000 })
      .toBeGreaterThan(settled.waited);
    await expect.poll(same, { timeout: 60_000 }).toBe(true);
    expect((await labels()).shown.length).toBeGreaterThan(20);
    await screenshot(page, 'labels-large');
    expect(problems).toEqual([]);
  }, 300_000);
});
