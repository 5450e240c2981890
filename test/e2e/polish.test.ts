import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openAt(width: number, height: number): Promise<Page> {
  const { page } = await openApp(harness);
  await page.setViewportSize({ width, height });
  return page;
}

async function open(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('open-files').click();
  await page
    .getByTestId('edge-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByTestId('open-submit').click();
  await expect.poll(() => page.getByTestId('file-name').textContent()).toBe(name);
}

/** axe-core's violations on the page as it stands: rule id and the first offending element. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the page never scrolls', () => {
  it('keeps the header in view after the import report opens, and opens a card at its top', async () => {
    const page = await openAt(1280, 720);
    await open(
      page,
      'anmarkningar.csv',
      'Från;Till;Styrka\nKalix;Region Norrbotten;2\nKalix;Luleå;0\nPiteå;Piteå;1\nBoden;;1\n' +
        'Luleå;Region Norrbotten;1\nBoden;Luleå;1\nPiteå;Luleå;1\n',
    );
    await page.getByTestId('report-remarks').click();
    await expect.poll(() => page.getByTestId('import-report').getAttribute('open')).not.toBeNull();
    const scrolled = () =>
      page.evaluate(() =>
        [document.documentElement, document.body, ...document.querySelectorAll('#app, .app')].map(
          (element) => element.scrollTop,
        ),
      );
    expect(await scrolled()).toEqual([0, 0, 0, 0]);
    expect(await page.locator('.header').boundingBox()).toMatchObject({ y: 0 });
    await screenshot(page, 'polish-report-1280');
    await page.getByTestId('search').fill('Kalix');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    expect(await page.locator('.side-panel').evaluate((panel) => panel.scrollTop)).toBe(0);
    expect(await scrolled()).toEqual([0, 0, 0, 0]);
    await expect.poll(() => page.locator('#card-title').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the side panel and the tables', () => {
  it('unfolds a finding group in place with +N, and folds it again', async () => {
    const page = await openAt(1280, 720);
    const group = page
      .locator('.finding-group[open]')
      .filter({ has: page.getByTestId('findings-more') })
      .first();
    const findings = group.locator('button.finding');
    const shown = await findings.count();
    const more = group.getByTestId('findings-more');
    const hidden = Number((await more.textContent())!.slice(1));
    await more.click();
    expect(await findings.count()).toBe(shown + hidden);
    expect(await page.getByTestId('tab-graph').getAttribute('aria-selected')).toBe('true');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'polish-findings-expanded-1280');
    await more.click();
    expect(await findings.count()).toBe(shown);
    await page.close();
  });

  it('keeps the name column in place when scrolling sideways, aligns numbers and never shows -0', async () => {
    const page = await openAt(1280, 720);
    await page.getByTestId('tab-tables').click();
    const scroller = page.locator('.table-scroll').first();
    const nameCell = scroller.locator('tbody tr:not([aria-hidden]) td').first();
    await nameCell.waitFor();
    const before = await nameCell.boundingBox();
    const scrolled = await scroller.evaluate((element) => {
      element.scrollLeft = 400;
      return element.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
    await expect.poll(async () => (await nameCell.boundingBox())!.x).toBe(before!.x);
    const cells = await scroller
      .locator('td.num')
      .evaluateAll((tds) =>
        tds.map((td) => ({ text: td.textContent ?? '', align: getComputedStyle(td).textAlign })),
      );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => /^[-−]0$/.test(c.text.trim()))).toEqual([]);
    expect(new Set(cells.map((c) => c.align))).toEqual(new Set(['right']));
    await screenshot(page, 'polish-tables-scrolled-1280');
    await page.close();
  });
});

describe('the quadrant', () => {
  it('names points and threshold lines without any two names overlapping', async () => {
    const page = await openAt(1280, 720);
    await page.getByTestId('tab-quadrant').click();
    await page.getByTestId('quadrant').waitFor();
    const { labels, lines, inside } = await page.getByTestId('quadrant').evaluate((svg) => {
      const box = (element: Element) => {
        const b = element.getBoundingClientRect();
        return { x: b.x, y: b.y, w: b.width, h: b.height, text: element.textContent ?? '' };
      };
      const frame = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('[data-testid="quadrant-label"]')].map(box);
      const lines = [...svg.querySelectorAll('[data-testid="quadrant-line-label"]')].map(box);
      const inside = [...labels, ...lines].every(
        (b) =>
          b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.right && b.y + b.h <= frame.bottom,
      );
      return { labels, lines, inside };
    });
    expect(lines.length).toBe(3);
    expect(labels.length).toBeGreaterThan(5);
    expect(inside).toBe(true);
    const all = [...labels, ...lines];
    const overlapping: string[] = [];
    all.forEach((a, i) =>
      all.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          overlapping.push(`${a.text} / ${b.text}`);
      }),
    );
    expect(overlapping).toEqual([]);
    await screenshot(page, 'polish-quadrant-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'polish-quadrant-1920');
    await page.close();
  });
});

describe('the layout from 1280×720 up', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`keeps the header on one row at ${width}×${height}`, async () => {
      const page = await openAt(width, height);
      // One row: every part of the header starts above where every other part ends.
      const shareRow = await page.locator('.header').evaluate((header) => {
        const boxes = [...header.children]
          .map((child) => child.getBoundingClientRect())
          .filter((box) => box.height > 0);
        return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
      });
      const header = await page.locator('.header').boundingBox();
      expect(shareRow).toBe(true);
      expect(header!.height).toBeLessThan(80);
      await screenshot(page, `polish-start-${width}`);
      await page.close();
    });

    it(`keeps the header's height, and so the graph's size, as a file opens at ${width}×${height}`, async () => {
      const page = await openAt(width, height);
      const sizes = () =>
        page.evaluate(() =>
          ['.header', '[data-testid="graph"]'].map(
            (selector) => document.querySelector(selector)!.getBoundingClientRect().height,
          ),
        );
      await page.getByTestId('file-name').waitFor();
      const before = await sizes();
      // A long name, remarks in the import, and then the recent projects' button (autosaved):
      // each took width from the project's lines, which wrapped and made the header taller.
      const name =
        'samverkan_mellan_kommuner_och_regionala_aktorer_i_norrbotten_2024_slutversion.csv';
      await open(
        page,
        name,
        'Från;Till;Styrka\nKalix;Region Norrbotten;2\nKalix;Luleå;0\nPiteå;Piteå;1\nBoden;;1\n' +
          'Luleå;Region Norrbotten;1\nBoden;Luleå;1\nPiteå;Luleå;1\n',
      );
      await page.getByTestId('recent-projects').waitFor();
      await page.getByTestId('report-remarks').waitFor();
      expect(await sizes()).toEqual(before);
      // The counts and the remark's button are whole; the name is cut, and whole as its title.
      for (const id of ['counts', 'report-remarks']) {
        expect(
          await page.getByTestId(id).evaluate((el) => el.scrollWidth <= el.clientWidth),
          id,
        ).toBe(true);
      }
      expect(await page.getByTestId('file-name').getAttribute('title')).toBe(name);
      await screenshot(page, `polish-header-file-${width}`);
      await page.close();
    });
  }
});

describe('file fields', () => {
  it("speak the app's language, not the browser's, and name the file chosen", async () => {
    const page = await openAt(1280, 720);
    await page.getByTestId('file-name').waitFor();
    await page.getByTestId('open-files').click();
    const dialog = page.locator('.open-dialog');
    // Headless Chromium speaks English: its own file input said "Choose File" here.
    expect(await dialog.getByRole('button', { name: 'Samarbeten Välj fil…' }).count()).toBe(1);
    expect(await page.getByTestId('edge-file-chosen').textContent()).toBe('Ingen fil vald');
    expect(await page.getByTestId('open-submit').isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('edge-file').setInputFiles({
      name: 'samverkan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Från;Till\nKalix;Luleå\n', 'utf8'),
    });
    expect(await page.getByTestId('edge-file-chosen').textContent()).toBe('samverkan.csv');
    expect(await page.getByTestId('open-submit').isDisabled()).toBe(false);
    await screenshot(page, 'polish-open-dialog-1280');
    // The button opens the browser's file chooser.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Aktörer (valfritt) Välj fil…' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(false);
    await page.getByTestId('open-submit').click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('samverkan.csv');

    // In English, the comparison's file field too.
    await page.getByTestId('language').click();
    await page.getByTestId('tab-change').click();
    const after = page.getByTestId('change-after-file-chosen');
    await expect.poll(() => after.textContent(), { timeout: 30_000 }).toBe('No file chosen');
    expect(await page.getByRole('button', { name: /Choose file…$/ }).count()).toBe(1);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations on the start screen, a card, the tables, the quadrant and presenter mode', async () => {
    const page = await openAt(1280, 720);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('search').fill('Kramfors');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('node-card').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-tables').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-quadrant').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-graph').click();
    await page.getByTestId('present').click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'polish-presenter-1280');
    await page.close();
  });
});

describe('the progress of a load', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`is a band over the network's column, moving while the nodes are placed, at ${width}×${height}`, async () => {
      const page = await openAt(width, height);
      await page.getByTestId('file-name').waitFor();
      // 6,000 actors and 30,000 ties: placing the nodes takes long enough to be seen.
      const lines = ['source,target,strength'];
      for (let i = 0; i < 30_000; i++)
        lines.push(`n${i % 6000},n${(i * 7919 + 13) % 6000},${1 + (i % 4)}`);
      await page.getByTestId('open-files').click();
      await page.getByTestId('edge-file').setInputFiles({
        name: 'stort_natverk_med_ett_langt_namn_for_att_se_att_bandet_klipper_det.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines.join('\n'), 'utf8'),
      });
      await page.getByTestId('open-submit').click();
      const band = page.getByTestId('progress');
      await expect
        .poll(async () => ((await band.count()) ? await band.textContent() : ''), {
          timeout: 60_000,
          interval: 20,
        })
        .toContain('Placerar noderna');
      // No fraction while the nodes are placed: the bar is indeterminate, not stuck at 0.
      expect(
        await band.locator('progress').evaluate((p) => (p as HTMLProgressElement).position),
      ).toBe(-1);
      // Over the network's column only: the search and the positions' heading stay in view.
      const boxes = await page.evaluate(() =>
        ['[data-testid="progress"]', '.sidebar', '.side-panel'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      const [job, sidebar, panel] = boxes as [
        { left: number; right: number },
        { left: number; right: number },
        { left: number; right: number },
      ];
      expect(job.left).toBeGreaterThanOrEqual(sidebar.right - 1);
      expect(job.right).toBeLessThanOrEqual(panel.left + 1);
      // The file's long name is cut, the cancel button whole.
      const cancel = (await band.getByRole('button').boundingBox())!;
      expect(cancel.x + cancel.width).toBeLessThanOrEqual(job.right);
      await screenshot(page, `polish-progress-${width}`);
      await expect.poll(() => band.count(), { timeout: 120_000 }).toBe(0);
      await page.close();
    }, 180_000);
  }
});
