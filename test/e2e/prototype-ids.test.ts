import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openEdgeFile, startHarness, type AppHarness } from './harness.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

/**
 * Municipalities called `constructor`, `__proto__` and `toString`: names every plain object
 * already answers to. The app must treat them as any other id.
 */
const EDGES = [
  'från,till,styrka',
  'constructor,Region Västernorrland,3',
  'constructor,__proto__,2',
  '__proto__,toString,2',
  'toString,Länsstyrelsen Västernorrland,1',
  'Kramfors,Region Västernorrland,2',
  'Kramfors,constructor,1',
  'Sollefteå,Kramfors,1',
  'Sollefteå,Länsstyrelsen Västernorrland,1',
].join('\n');
const NODES = [
  'id,typ,län',
  'constructor,kommun,22',
  '__proto__,kommun,22',
  'toString,kommun,22',
].join('\n');

describe('ids that plain objects already have', () => {
  for (const id of ['constructor', '__proto__', 'toString'])
    it(`${id}: the card opens and its suggestions are computed`, async () => {
      const { page, problems } = await openApp(harness);
      await openEdgeFile(page, 'band.csv', EDGES, { name: 'noder.csv', csv: NODES });
      await expect
        .poll(() => page.getByTestId('file-name').textContent(), { timeout: 30_000 })
        .toBe('band.csv, noder.csv');
      await page.getByTestId('search').fill(id);
      await page.getByTestId('search').press('Enter');
      await page.getByTestId('node-card').waitFor();
      expect(await page.locator('#card-title').textContent()).toBe(id);
      // Suggestions finish: the section is no longer busy (it stayed "…" when the id was
      // looked up as an object key and found Object.prototype's own member).
      await expect
        .poll(
          () => page.locator('[aria-labelledby="card-suggestions"]').getAttribute('aria-busy'),
          {
            timeout: 30_000,
          },
        )
        .toBe('false');
      expect(await page.locator('[aria-labelledby="card-suggestions"]').textContent()).not.toMatch(
        /…$/,
      );
      expect(problems).toEqual([]);
      await page.close();
    });
});
