import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import type { PlainRow, RawTable } from '../../../src/core/io/types.ts';
import type { MergeRule } from '../../../src/core/model/types.ts';
import { openInput } from '../../../src/core/run/open-input.ts';
import { loadNetwork, type RunSettings } from '../../../src/core/run/run.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

/**
 * The edge reader's fast path for plain rows (RowOptions.plainRow, read in place from the
 * line's text) against the general path (every row split into trimmed cell strings): the same
 * nodes, ids, ties, strengths, tallies and import report, row by row, on edge cases and on
 * random files.
 */

/** The table with the fast path turned off, or counting the rows it takes. */
function withPlainRows(table: RawTable, plain: 'off' | { taken: number }): RawTable {
  return {
    ...table,
    forEachRow: (onRow, options = {}) => {
      const inner = options.plainRow;
      const plainRow: PlainRow | undefined =
        plain === 'off' || !inner
          ? undefined
          : (text, bounds, count, row) => {
              const taken = inner(text, bounds, count, row);
              if (taken) plain.taken++;
              return taken;
            };
      return table.forEachRow(onRow, { ...options, plainRow });
    },
  };
}

/** Everything a load gives: the report, and every node and edge with its attributes, in order. */
async function load(
  bytes: Uint8Array,
  chunk: number,
  settings: RunSettings,
  plain: 'off' | { taken: number },
) {
  const opened = await openInput({ edges: fromBytes('e.csv', bytes, chunk) });
  if (opened.kind !== 'tables') throw new Error('expected tables');
  const loaded = await loadNetwork(
    { ...opened, edges: withPlainRows(opened.edges, plain) },
    settings,
  );
  if (!('graph' in loaded)) throw new Error('expected a network');
  const { graph, report } = loaded;
  return {
    report,
    nodes: graph.mapNodes((id, attributes) => ({ id, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes,
    })),
  };
}

async function expectSame(text: string | Uint8Array, settings: RunSettings = {}, chunk = 1 << 16) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const counted = { taken: 0 };
  let general: unknown;
  try {
    general = await load(bytes, chunk, settings, 'off');
  } catch (error) {
    await expect(load(bytes, chunk, settings, counted)).rejects.toEqual(error);
    return counted.taken;
  }
  expect(await load(bytes, chunk, settings, counted)).toEqual(general);
  return counted.taken;
}

describe('plain edge rows read in place', () => {
  it('reads numbered ids as the general path does: leading zeros, huge ids, the numbered limit', async () => {
    const rows = [
      'källa,mål,styrka,år',
      '7,007,1,2017',
      '007,7,2,2018',
      '0,00,3,',
      '00,0,4,2019',
      '4194303,4194304,5,2017',
      '4194304,4194303,1,2017',
      '12345678901234567890,9999999,2,1999',
      '9999999,12345678901234567890,2,1999',
      '5,5,1,2017',
      '1,2,05,2017',
      '2,1,1,2017',
    ];
    const taken = await expectSame(rows.join('\n') + '\n');
    expect(taken).toBe(rows.length - 1);
    for (const settings of [{ directed: true }, { merge: 'max' as MergeRule }, { lazy: true }]) {
      await expectSame(rows.join('\n') + '\n', settings);
    }
  });

  it('leaves cells the general path would change or note to the general path', async () => {
    const rows = [
      'source;target;strength;year',
      ' 7;8;1;2017',
      '7 ;8;1;2017',
      "'=1;8;1;2017",
      "'7;8;1;2017",
      '7;8\u0001;1;2017',
      '7;;1;2017',
      ';8;1;2017',
      '7;8;;2017',
      '7;8;0;2017',
      '7;8;-1;2017',
      '7;8;0,0;2017',
      '7;8;2,5;2017',
      '7;8;1 234,5;2017',
      '7;8;1e400;2017',
      '7;8;abc;2017',
      '7;8;1;17',
      '7;8;1;2017-05',
      '7;8;1;0999',
      '7;8;1;3000',
      '7;8;1;2017;extra',
      '7;8;1;2017;',
      '7;8;1',
      '',
      ';;;',
      'constructor;__proto__;1;2017',
      '__proto__;constructor;2;2018',
      'Umeå;aktör 5;1;2017',
      'aktör 5;Umeå;1,25;2016',
      '1000000000000000;1;2;2017',
      '7;8;1000000000000000;2017',
      '7;8;9999999999999999;2017',
    ];
    const lf = rows.join('\n') + '\n';
    const taken = await expectSame(lf);
    expect(taken).toBeGreaterThan(5);
    await expectSame(rows.join('\r\n') + '\r\n');
    await expectSame('\ufeff' + rows.join('\r\n'));
    await expectSame(rows.join('\r'));
    await expectSame(lf.replace('2,5', '"2,5"'));
    await expectSame(lf, {}, 7);
  });

  it('notes what rows taken before a row issue gave before the issue', async () => {
    const text = 'source,target,strength,year\n1,2,1,2017\n5,5,1,2017\n1,3,1,2017,z\n6,6,1,2017\n';
    const taken = await expectSame(text);
    expect(taken).toBe(3);
    const { report } = await load(new TextEncoder().encode(text), 1 << 16, {}, { taken: 0 });
    const codes = report.warnings.map((w) => w.code);
    expect(codes.indexOf('self_loop')).toBeLessThan(codes.indexOf('extra_cells'));
    expect(report.warnings.find((w) => w.code === 'self_loop')!.rows).toEqual([3, 5]);
  });

  it('gives the same network and report on random files', async () => {
    const rand = seededRandom(1414);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    /** Mostly one of the first `plain` items (cells the fast path takes), else any. */
    const cell = (items: readonly string[], plain: number): string =>
      rand() < 0.75 ? items[Math.floor(rand() * plain)]! : pick(items);
    const ids = [
      '1',
      '2',
      '3',
      '7',
      '007',
      '0',
      '00',
      '42',
      '4194304',
      '123456789012',
      'a',
      'A',
      'constructor',
      '__proto__',
      ' 7',
      '7 ',
      "'7",
      "'=7",
      'Umeå',
      'umea',
      'Stockholm',
      '0180',
      '',
    ];
    const strengths = ['1', '2', '05', '2,5', '2.5', '', '0', '-1', 'x', '1e3', ' 3', '1 234'];
    const years = ['2017', '2018', '', '1999', '17', '3000', '2017-05-03', ' 2017'];
    const kinds = ['', 'Projekt', 'Möte', ' Projekt'];
    let taken = 0;
    for (let n = 0; n < 60; n++) {
      const delimiter = pick([',', ';', '\t', '|']);
      const newline = pick(['\n', '\r\n', '\n', '\r']);
      const kind = n % 3 === 0;
      const extra = n % 4 === 1;
      const header = ['source', 'target', 'strength', 'year'];
      if (kind) header.push('kind');
      if (extra) header.push('note');
      const lines = [header.join(delimiter)];
      const quotes = rand() < 0.2;
      const rowCount = 1 + Math.floor(rand() * 80);
      for (let r = 0; r < rowCount; r++) {
        const cells = [cell(ids, 11), cell(ids, 11), cell(strengths, 5), cell(years, 4)];
        if (kind) cells.push(cell(kinds, 3));
        if (extra) cells.push(pick(['', 'x', '3', ' y']));
        if (rand() < 0.05) cells.pop();
        if (rand() < 0.05) cells.push(pick(['', 'z']));
        if (quotes && rand() < 0.1) cells[0] = `"${cells[0]}"`;
        lines.push(rand() < 0.03 ? '' : cells.join(delimiter));
      }
      const text =
        (rand() < 0.2 ? '\ufeff' : '') + lines.join(newline) + (rand() < 0.5 ? newline : '');
      const settings: RunSettings = {
        directed: rand() < 0.3,
        merge: pick(['sum', 'count', 'max'] as const),
        recognise: rand() < 0.7,
        lazy: rand() < 0.5,
        edgeRoles: { source: 0, target: 1, strength: 2, year: 3, ...(kind ? { kind: 4 } : {}) },
      };
      taken += await expectSame(text, settings, 1 + Math.floor(rand() * 64));
    }
    expect(taken).toBeGreaterThan(500);
  });
});
