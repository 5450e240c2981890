import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, DEMO_EDGES, DEMO_NODES } from '../helpers/run-cli.ts';

const EDGES = DEMO_EDGES;
const NODES = DEMO_NODES;
const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-scope-'));

describe('--county', () => {
  it('analyze writes the county’s actors and their partners, partners marked outside', async () => {
    const r = await cli(
      'analyze',
      EDGES,
      '--nodes',
      NODES,
      '--county',
      '22',
      '--metrics',
      'degree',
    );
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    const header = rows[0]!;
    const inScope = header.indexOf('in_scope');
    const county = header.indexOf('county');
    expect(inScope).toBe(header.length - 1);
    const body = rows.slice(1);
    expect(body.find((row) => row[0] === 'Kramfors')?.[inScope]).toBe('1');
    expect(body.some((row) => row[0] === 'Boden')).toBe(false);
    for (const row of body) expect(row[county] === '22').toBe(row[inScope] === '1');
    expect(body.some((row) => row[inScope] === '0')).toBe(true);
    expect(r.stderr).toContain('Västernorrlands län');
  });

  it('weak-links lists only findings touching the county, naming it, never by its code', async () => {
    const r = await cli('weak-links', EDGES, '--nodes', NODES, '--county', 'Västernorrland');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Västernorrlands län');
    expect(r.stdout).not.toMatch(/\b(Boden|Ekerö|Bräcke)\b/);
    expect(r.stdout).not.toMatch(/\blän 22\b|\b22\b/);
  });

  it('suggest gives each lone builder of the county its ties', async () => {
    const r = await cli('suggest', EDGES, '--nodes', NODES, '--county', '22', '--k', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. .*Timrå/m);
    expect(r.stdout).toMatch(/^1\. .*Härnösand/m);
  });

  it('refuses a county that does not exist, with the usage', async () => {
    const r = await cli('weak-links', EDGES, '--county', 'Atlantis');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Atlantis');
  });
});

describe('brobyggare template', () => {
  it('writes the XLSX template, which analyze then reads', async () => {
    const out = join(tmp, 'mall.xlsx');
    expect((await cli('template', '--out', out)).code).toBe(0);
    const r = await cli('analyze', out, '--metrics', 'degree');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kramfors');
  });

  it('writes edges, actors and instructions beside a CSV name', async () => {
    const out = join(tmp, 'mall.csv');
    expect((await cli('template', '--out', out)).code).toBe(0);
    expect(existsSync(join(tmp, 'mall-aktorer.csv'))).toBe(true);
    expect(readFileSync(join(tmp, 'mall-instruktioner.txt'), 'utf8')).toContain('Styrka');
  });
});

describe('brobyggare report', () => {
  it('needs exactly one of --municipality and --county, and an .html file', async () => {
    const out = join(tmp, 'r.html');
    expect((await cli('report', EDGES, '--out', out)).code).toBe(2);
    expect(
      (await cli('report', EDGES, '--municipality', 'Kramfors', '--county', '22', '--out', out))
        .code,
    ).toBe(2);
    expect((await cli('report', EDGES, '--municipality', 'Kramfors', '--out', 'r.pdf')).code).toBe(
      2,
    );
  });

  it('writes an English report with --lang en', async () => {
    const out = join(tmp, 'kramfors.html');
    const r = await cli(
      'report',
      EDGES,
      '--nodes',
      NODES,
      '-m',
      'kramfors',
      '--lang',
      'en',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Kramfors municipality');
  });
});
