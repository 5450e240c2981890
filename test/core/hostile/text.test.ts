import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { openTable } from '../../../src/core/io/open-table.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';
import { readRows } from '../io/rows.ts';
import { importFile } from './open.ts';

const warning = (report: ImportReport, code: string) =>
  report.warnings.find((w) => w.code === code);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('text that is not what it seems', () => {
  it('refuses a UTF-8 file with one Windows-1252 byte in its head as mixed_encoding', async () => {
    const bytes = new Uint8Array([
      ...utf8('från;till\nÖverkalix;Luleå\nCaf'),
      0xe9,
      ...utf8(';Piteå\n'),
    ]);
    await expect(openTable(fromBytes('mixed.csv', bytes))).rejects.toMatchObject({
      code: 'mixed_encoding',
      location: { file: 'mixed.csv' },
    });
  });

  it('refuses a file read as Windows-1252 that turns to UTF-8 beyond the head', async () => {
    const ascii = Array.from({ length: 10_000 }, (_, i) => `K${i};Region;1\n`).join('');
    const bytes = new Uint8Array([
      ...utf8(`from;to;weight\nCaf`),
      0xe9,
      ...utf8(`;R;1\n${ascii}Överkalix;Region;2\n`),
    ]);
    const table = await openTable(fromBytes('late.csv', bytes, 4096));
    await expect(readRows(table)).rejects.toMatchObject({ code: 'mixed_encoding' });
  });

  it('ends a row at a lone CR in an LF file, and keeps line breaks inside quoted cells', async () => {
    const text = 'från;till;not\nA;B;x\rC;D;y\r\nE;F;"två\rrader"\nG;H;z\n';
    const { rows } = await readRows(await openTable(fromText('cr.csv', text)));
    expect(rows).toEqual([
      { row: 2, values: ['A', 'B', 'x'] },
      { row: 3, values: ['C', 'D', 'y'] },
      { row: 4, values: ['E', 'F', 'två\nrader'] },
      { row: 5, values: ['G', 'H', 'z'] },
    ]);
  });

  it('removes NUL and other control characters from ids, with a note naming the rows', async () => {
    // Past the head that format detection reads, where a NUL would mark the file as binary.
    const filler = 'X;Y\n'.repeat(3000);
    const text = `från;till\n${filler}A\u0000;B\nA;B\u0007\u0001C\n\u0000;B\n`;
    const { graph, report } = await importFile(fromText('nul.csv', text));
    expect(graph.nodes().sort()).toEqual(['A', 'B', 'B C', 'X', 'Y']);
    const removed = report.warnings.filter((w) => w.code === 'id_controls_removed');
    expect(removed.map((w) => [w.column, w.rows])).toEqual([
      ['från', [3002, 3004]],
      ['till', [3003]],
    ]);
    expect(warning(report, 'endpoint_missing')).toMatchObject({ rows: [3004] });
  });

  it('flags ids that differ only by invisible characters like case-only duplicates', async () => {
    const text = 'från;till\nUmeå;Region\nUme\u200bå;Region\nUmeå\u2060;Region\n';
    const { graph, report } = await importFile(fromText('zw.csv', text));
    expect(graph.order).toBe(4);
    expect(warning(report, 'possible_duplicate')).toMatchObject({
      rows: [3, 4],
      params: { other: 'Umeå', values: 2 },
    });
  });
});
