import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { COLUMNS_TEXT } from '../../src/i18n/columns.ts';
import { openApp, screenshot, startHarness, type AppHarness, type OpenedPage } from './harness.ts';

const sv = APP_TEXT.sv;
const c = COLUMNS_TEXT.sv;

/**
 * Headers no recogniser knows. The first column is a short category, so a guess from content
 * takes it and the next text column as the ends; the ends are really Beta and Delta.
 */
const UNKNOWN = [
  'Alfa;Beta;Gamma;Delta',
  'Projekt A;Haninge;3;Region Stockholm',
  'Projekt A;Östhammar;2;Region Uppsala',
  'Projekt B;Flen;1;Region Sörmland',
  'Projekt B;Haninge;4;Östhammar',
  'Projekt C;Vimmerby;2;Region Kalmar län',
  'Projekt C;Flen;5;Region Sörmland',
  'Projekt A;Kramfors;1;Region Västernorrland',
].join('\n');

/** The same header set in another order, with other rows. */
const SAME_HEADERS = [
  'Delta;Gamma;Beta;Alfa',
  'Region Norrbotten;2;Överkalix;Projekt D',
  'Region Jämtland Härjedalen;1;Härjedalen;Projekt D',
  'Överkalix;3;Härjedalen;Projekt E',
].join('\n');

let harness: AppHarness;
let app: OpenedPage;

beforeAll(async () => {
  harness = await startHarness();
  app = await openApp(harness);
});

afterAll(async () => {
  await harness?.close();
});

async function openFile(page: Page, name: string, text: string) {
  await page.getByTestId('open-files').click();
  await page
    .getByTestId('edge-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByTestId('open-submit').click();
}

/** Nodes and ties the core makes of the text with these roles. */
async function expectedCounts(name: string, text: string, edgeRoles: Record<string, string>) {
  const { graph } = await loadProject(
    { edges: fromBytes(name, new TextEncoder().encode(text)) },
    { edgeRoles },
  );
  return sv.counts(graph.order, graph.size);
}

describe('column mapping', () => {
  it('asks for the roles of unknown headers; cancel keeps the previous network', async () => {
    const { page } = app;
    const before = await page.getByTestId('counts').textContent();
    await openFile(page, 'okanda.csv', UNKNOWN);
    const dialog = page.getByTestId('column-mapping');
    await dialog.waitFor();
    const table = await dialog.getByTestId('edge-columns').textContent();
    for (const cell of ['Alfa', 'Delta', 'Projekt A', 'Östhammar', 'Region Kalmar län'])
      expect(table).toContain(cell);
    expect(await dialog.locator('tbody tr').count()).toBe(7);
    await screenshot(page, '20-column-mapping');
    await page.getByTestId('mapping-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('counts').textContent()).toBe(before);
  });

  it('loads with the roles the user assigns, and remembers them for the same headers', async () => {
    const { page, problems } = app;
    await openFile(page, 'okanda.csv', UNKNOWN);
    const dialog = page.getByTestId('column-mapping');
    await dialog.waitFor();
    await dialog.getByLabel(c.roleFor('Beta')).selectOption('source');
    await dialog.getByLabel(c.roleFor('Delta')).selectOption('target');
    await dialog.getByLabel(c.roleFor('Gamma')).selectOption('strength');
    // The guess made Alfa an end; choosing the ends elsewhere leaves it an attribute.
    expect(await dialog.getByLabel(c.roleFor('Alfa')).inputValue()).toBe('');
    await page.getByTestId('mapping-submit').click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('okanda.csv');
    const roles = { source: 'Beta', target: 'Delta', strength: 'Gamma' };
    expect(await page.getByTestId('counts').textContent()).toBe(
      await expectedCounts('okanda.csv', UNKNOWN, roles),
    );
    expect(await expectedCounts('okanda.csv', UNKNOWN, roles)).not.toBe(
      await expectedCounts('okanda.csv', UNKNOWN, { source: 'Alfa', target: 'Beta' }),
    );

    await openFile(page, 'samma-rubriker.csv', SAME_HEADERS);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('samma-rubriker.csv');
    expect(await page.getByTestId('column-mapping').count()).toBe(0);
    expect(await page.getByTestId('counts').textContent()).toBe(
      await expectedCounts('samma-rubriker.csv', SAME_HEADERS, roles),
    );
    expect(problems).toEqual([]);
  });

  it('changes the columns of the network on screen from the import report', async () => {
    const { page } = app;
    await page.getByTestId('change-columns').click();
    const dialog = page.getByTestId('column-mapping');
    await dialog.waitFor();
    expect(await dialog.getByLabel(c.roleFor('Beta')).inputValue()).toBe('source');
    expect(await dialog.getByLabel(c.roleFor('Gamma')).inputValue()).toBe('strength');
    await dialog.getByLabel(c.roleFor('Alfa')).selectOption('target');
    expect(await dialog.getByLabel(c.roleFor('Delta')).inputValue()).toBe('');
    await page.getByTestId('mapping-submit').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('counts').textContent())
      .toBe(
        await expectedCounts('samma-rubriker.csv', SAME_HEADERS, {
          source: 'Beta',
          target: 'Alfa',
          strength: 'Gamma',
        }),
      );
    await screenshot(page, '21-columns-changed');
  });
});
