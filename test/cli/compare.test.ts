import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { edgesCsv, NODES_CSV, ROWS } from '../core/change/constructed.ts';

const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-compare-'));
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const EDGES = file('edges.csv', edgesCsv(ROWS));
const NODES = file('nodes.csv', NODES_CSV);
const OLD = file('2016.csv', edgesCsv(ROWS.filter((r) => r[3] === '2016')));
const NEW = file('2018.csv', edgesCsv(ROWS.filter((r) => r[3] === '2018')));

interface CompareJson {
  from: string;
  to: string;
  thresholds: string;
  undated?: string;
  municipalities: { id: string; position_from: string; position_to: string; change: string }[];
  ties: { source: string; target: string; status: string }[];
  transitions: { from: string; to: string; count: number }[];
  actors: { id: string }[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CompareJson;

describe('brobyggare compare', () => {
  it('compares two periods of the year column and states its choices', async () => {
    const out = join(tmp, 'years.json');
    const r = await cli(
      'compare',
      EDGES,
      '--nodes',
      NODES,
      '--from',
      '2016',
      '--to',
      '2018',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(r.code, r.stderr).toBe(0);
    const json = readJson(out);
    expect([json.from, json.to, json.thresholds, json.undated]).toEqual([
      '2016',
      '2018',
      'baseline',
      'none',
    ]);
    const mnew = json.municipalities.find((m) => m.id === 'Mnew')!;
    expect([mnew.position_from, mnew.position_to, mnew.change]).toEqual([
      'ensam',
      'natverksaktor',
      'up',
    ]);
    expect(json.transitions).toHaveLength(9);
    expect(json.transitions.reduce((s, t) => s + t.count, 0)).toBe(json.municipalities.length);
    expect(json.ties.filter((t) => t.status === 'removed')).toEqual([
      { source: 'Mlose', target: 'M2', status: 'removed', strength_from: 1, strength_to: null },
    ]);
    expect(r.stderr).toContain("compared with the first period's thresholds");
    expect(r.stderr).toContain('Collaborations without a year are left out.');
    expect(r.stderr).toContain('Mnew: lone community builder → network actor (up; ties +A, +B)');
  });

  it('states the other choices when they are made', async () => {
    const out = join(tmp, 'choices.json');
    const r = await cli(
      'compare',
      EDGES,
      '--nodes',
      NODES,
      '--from',
      '2016',
      '--to',
      '2018',
      '--thresholds',
      'own',
      '--undated',
      'both',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(r.code, r.stderr).toBe(0);
    const json = readJson(out);
    expect([json.thresholds, json.undated]).toEqual(['own', 'both']);
    expect(json.ties.find((t) => t.source === 'Mstrong' && t.target === 'B')).toEqual({
      source: 'Mstrong',
      target: 'B',
      status: 'unchanged',
      strength_from: 1,
      strength_to: 1,
    });
    expect(r.stderr).toContain('Each period is compared with its own thresholds');
    expect(r.stderr).toContain('Collaborations without a year count in both periods.');
  });

  it('gives the same moves for two files as for the year column', async () => {
    const years = join(tmp, 'a.json');
    const files = join(tmp, 'b.json');
    await cli('compare', EDGES, '--nodes', NODES, '--from', '2016', '--to', '2018', '--out', years);
    const r = await cli('compare', OLD, NEW, '--nodes', NODES, '--out', files);
    expect(r.code, r.stderr).toBe(0);
    const a = readJson(years);
    const b = readJson(files);
    expect([b.from, b.to, b.undated]).toEqual(['2016.csv', '2018.csv', undefined]);
    expect(b.municipalities).toEqual(a.municipalities);
    expect(b.ties).toEqual(a.ties);
    expect(b.transitions).toEqual(a.transitions);
    expect(b.actors).toEqual(a.actors);
  });

  it('writes the municipality table as CSV to stdout, and a workbook with --out .xlsx', async () => {
    const r = await cli('compare', EDGES, '--nodes', NODES, '--from', '2016', '--to', '2018');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header!.split(',').slice(0, 6)).toEqual([
      'id',
      'label',
      'county',
      'position_from',
      'position_to',
      'change',
    ]);
    expect(rows).toHaveLength(7);
    const out = join(tmp, 'c.xlsx');
    const x = await cli('compare', OLD, NEW, '--nodes', NODES, '--out', out);
    expect(x.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'municipalities',
      'ties',
      'transitions',
      'actors',
      'counties',
    ]);
  });

  it('exits 1 for a period without rows and 2 for a bad period', async () => {
    const empty = await cli('compare', EDGES, '--from', '2016', '--to', '2030-2031');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('edges.csv: inga samarbeten är daterade 2030–2031');
    const bad = [
      ['--from', '2016'],
      ['--from', '2018-2016', '--to', '2018'],
      ['--from', '2016', '--to', '2018', '--thresholds', 'later'],
      ['--from', '2016', '--to', '2018', '--undated', 'some'],
    ];
    const codes = await Promise.all(bad.map((args) => cli('compare', EDGES, ...args)));
    expect(codes.map((r) => r.code)).toEqual(bad.map(() => 2));
    expect((await cli('compare', OLD, NEW, '--from', '2016')).code).toBe(2);
  });
});
