import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readProject } from '../../src/core/project/read-project.ts';
import type { Project } from '../../src/core/project/types.ts';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { PRESENT_TEXT } from '../../src/i18n/present.ts';
import { openApp, screenshot, SCREENSHOTS, startHarness, type AppHarness } from './harness.ts';

const sv = APP_TEXT.sv;
const pt = PRESENT_TEXT.sv;

let harness: AppHarness;

/**
 * Another site: serves the fixture with CORS allowed, one file without (the browser refuses
 * it), and 404 for anything else.
 */
function startOtherSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const body = readFileSync(embedFixture);
    if (request.url === '/norrbotten.csv') {
      response.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
      response.end(body);
    } else if (request.url === '/privat.csv') {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end(body);
    } else {
      response.writeHead(404, { 'access-control-allow-origin': '*' });
      response.end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

beforeAll(async () => {
  [harness, otherSite] = await Promise.all([startHarness(), startOtherSite()]);
  other = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await harness?.close();
  otherSite?.close();
});

async function saveProjectFile(page: Page): Promise<{ name: string; text: string }> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-project').click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  await page.getByTestId('export-menu').click();
  return { name: download.suggestedFilename(), text };
}

async function openFile(page: Page, name: string, text: string) {
  await page.getByTestId('open-files').click();
  await page
    .getByTestId('edge-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('open-submit').click();
}

/** The app's state a project must bring back, as the user sees it. */
async function visibleState(page: Page) {
  return {
    file: await page.getByTestId('file-name').textContent(),
    counts: await page.getByTestId('counts').textContent(),
    visible: await page.getByTestId('visible-counts').textContent(),
    colourBy: await page.getByTestId('colour-by').inputValue(),
    sizeBy: await page.getByTestId('size-by').inputValue(),
    legend: await page.getByTestId('legend').textContent(),
    caption: await page.getByTestId('caption').inputValue(),
    steps: await page.getByTestId('show-view').allTextContents(),
  };
}

async function settle(page: Page) {
  await page.waitForTimeout(1500);
}

const embedFixture = resolve('test/fixtures/embed/norrbotten.csv');
let savedProjectPath = '';
let other = '';
let otherSite: Server;

describe('the project file', () => {
  it('reopens exactly what was saved: data, settings, positions and the story', async () => {
    const first = await openApp(harness);
    const { page } = first;
    await page.getByTestId('colour-by').selectOption('county');
    await page.getByTestId('filter-kind').selectOption('municipality');
    await page.getByTestId('caption').fill('Kommunerna per län');
    await page.getByTestId('view-name').fill('Kommuner');
    await page.getByTestId('save-view').click();
    await page.getByTestId('size-by').selectOption('betweenness');
    await page.getByTestId('view-name').fill('Mellanhänder');
    await page.getByTestId('save-view').click();
    await settle(page);
    const before = await visibleState(page);
    const saved = await saveProjectFile(page);
    expect(saved.name).toBe('samarbeten.brobyggare.json');

    const project: Project = readProject(saved.text, saved.name);
    expect(project.views.map((v) => v.name)).toEqual(['Kommuner', 'Mellanhänder']);
    expect(Object.keys(project.positions)).toHaveLength(project.data.graph.nodes.length);
    savedProjectPath = resolve(SCREENSHOTS, saved.name);
    writeFileSync(savedProjectPath, saved.text);

    // A fresh browser (nothing kept) opens the file through the ordinary open dialog.
    const second = await openApp(harness);
    await openFile(second.page, saved.name, saved.text);
    await second.page.getByTestId('story-steps').waitFor();
    await settle(second.page);
    expect(await visibleState(second.page)).toEqual(before);
    await screenshot(second.page, 'project-01-reopened');
    // Saving again gives the same file: nothing was lost or changed on the way.
    const again = await saveProjectFile(second.page);
    expect(JSON.parse(again.text)).toEqual(JSON.parse(saved.text));
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.page.close();

    // The autosave keeps it on this machine: after a reload it is offered and continues.
    await second.page.goto(harness.url);
    const offer = second.page.getByTestId('recent-offer');
    /** Opens the offered project and finds the view as it was saved. */
    const reopenRecent = async () => {
      await offer.getByTestId('open-recent').first().click();
      await expect
        .poll(() => second.page.getByTestId('show-view').count(), { timeout: 20_000 })
        .toBe(2);
      await settle(second.page);
      expect(await visibleState(second.page)).toEqual(before);
    };
    await offer.waitFor({ timeout: 30_000 });
    expect(await offer.getByTestId('recent-project').first().textContent()).toContain(
      'samarbeten.csv, aktorer.csv',
    );
    await screenshot(second.page, 'project-02-recent-offer');
    await reopenRecent();

    // Kept as a file's bytes; a project kept as text (before) opens the same.
    const kept = await second.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('brobyggare');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const files = db.transaction('projects', 'readwrite').objectStore('projects');
            const all = files.getAllKeys();
            all.onsuccess = async () => {
              const key = all.result[0]!;
              const read = files.transaction.db
                .transaction('projects', 'readonly')
                .objectStore('projects')
                .get(key);
              read.onsuccess = async () => {
                const value = read.result as unknown;
                const kind = value instanceof Blob ? 'blob' : typeof value;
                const text = value instanceof Blob ? await value.text() : String(value);
                const put = db
                  .transaction('projects', 'readwrite')
                  .objectStore('projects')
                  .put(text, key);
                put.onsuccess = () => {
                  db.close();
                  resolve(kind);
                };
                put.onerror = () => reject(put.error);
              };
            };
          };
        }),
    );
    expect(kept).toBe('blob');
    await second.page.goto(harness.url);
    await offer.waitFor({ timeout: 30_000 });
    await reopenRecent();

    // Forgotten, it is not offered again.
    await second.page.goto(harness.url);
    await offer.waitFor({ timeout: 30_000 });
    await offer.getByTestId('forget-all').click();
    await offer.waitFor({ state: 'detached' });
    await second.page.reload();
    await second.page.getByTestId('counts').waitFor();
    await second.page.waitForTimeout(500);
    expect(await second.page.getByTestId('recent-offer').count()).toBe(0);
    expect(second.problems).toEqual([]);
    await second.page.close();
  });

  it('refuses a damaged project file with a message and keeps the open network', async () => {
    const { page } = await openApp(harness);
    const counts = await page.getByTestId('counts').textContent();
    await openFile(page, 'trasig.brobyggare.json', '{"format":"brobyggare-project","version":1}');
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('trasig.brobyggare.json');
    expect(await page.getByTestId('counts').textContent()).toBe(counts);
    await page.close();
  });
});

describe('the read-only embed', () => {
  const embed = (data: string) =>
    `?embed=1&data=${encodeURIComponent(data)}#v=1&col=kind&sz=degree`;

  async function openEmbed(query: string) {
    const page = await harness.browser.newPage({
      viewport: { width: 800, height: 500 },
      locale: 'sv-SE',
    });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(harness.url + query);
    return { page, problems };
  }

  it('shows a served data file with its legend and no editing controls', async () => {
    const { page, problems } = await openEmbed(embed(`/@fs${embedFixture}`));
    await page.getByTestId('legend').waitFor({ timeout: 30_000 });
    await page.locator('.sigma-container canvas').first().waitFor();
    expect(await page.getByTestId('legend').locator('h3').textContent()).toBe(
      sv.colourOptions.kind,
    );
    for (const control of ['open-files', 'export-menu', 'save-view', 'colour-by', 'search'])
      expect(await page.getByTestId(control).count(), control).toBe(0);
    expect(await page.locator('input, select').count()).toBe(0);
    await screenshot(page, 'embed-01-csv');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('steps through a served project file’s saved views by key and button', async () => {
    const { page, problems } = await openEmbed(`?embed=1&data=/@fs${savedProjectPath}`);
    const steps = page.getByTestId('embed-steps');
    await steps.waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('embed-step').textContent()).toBe(pt.stepOf('1', '2'));
    expect(await page.getByTestId('embed-caption').textContent()).toBe('Kommunerna per län');
    await page.getByTestId('embed-next').click();
    await expect.poll(() => page.getByTestId('embed-step').textContent()).toBe(pt.stepOf('2', '2'));
    await page.waitForTimeout(800);
    await screenshot(page, 'embed-02-project-step2');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a file from another site that allows it (CORS)', async () => {
    const { page, problems } = await openEmbed(`?embed=1&data=${other}/norrbotten.csv`);
    await page.getByTestId('legend').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('legend').locator('h3').textContent()).toBe(
      sv.colourOptions.position,
    );
    expect(await page.getByTestId('embed-error').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says clearly why a file cannot be shown', async () => {
    const cases: [string, string][] = [
      [`${other}/saknas.csv`, `${other}/saknas.csv: servern svarade 404`],
      [`${other}/privat.csv`, `${other}/privat.csv: filen kunde inte hämtas`],
      ['http://127.0.0.1:9/natverk.csv', 'http://127.0.0.1:9/natverk.csv: filen kunde inte hämtas'],
      // The dev server answers an unknown path with the app's own page: not a data file.
      [
        `/@fs${resolve('test/fixtures/embed/finns-inte.csv')}`,
        'finns-inte.csv: filen är en webbsida',
      ],
    ];
    for (const [url, message] of cases) {
      const { page } = await openEmbed(`?embed=1&data=${encodeURIComponent(url)}`);
      const error = page.getByTestId('embed-error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.textContent()).toContain(message);
      if (url.includes('saknas')) await screenshot(page, 'embed-03-missing');
      await page.close();
    }
  });
});
