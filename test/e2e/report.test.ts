import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, SCREENSHOTS } from './harness.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const EDGES = join(ROOT, 'data', 'demo', 'samarbeten.csv');
const NODES = join(ROOT, 'data', 'demo', 'aktorer.csv');

/** Pages in a PDF as Chromium writes it: one /Type /Page object per page. */
function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

describe('brobyggare report, printed in Chromium', () => {
  it.each([
    ['municipality', 'Kramfors', []],
    ['county', 'Västernorrlands län', []],
    [
      'municipality',
      'Kramfors',
      ['--places', join(ROOT, 'data', 'demo', 'kramfors-mental-karta.geojson')],
    ],
  ])('prints the %s report of %s (%j) on exactly one A4 page', async (option, name, extra) => {
    const out = join(mkdtempSync(join(tmpdir(), 'brobyggare-report-')), 'rapport.html');
    await run(
      process.execPath,
      [
        join(ROOT, 'bin', 'brobyggare.js'),
        'report',
        EDGES,
        '--nodes',
        NODES,
        `--${option}`,
        name,
        '--out',
        out,
      ],
      { cwd: ROOT },
    );
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/https?:\/\//);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto('file://' + out);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const shot = `report-${option}${extra.length ? '-places' : ''}.png`;
      await page.screenshot({ path: join(SCREENSHOTS, shot), fullPage: true });
      expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
