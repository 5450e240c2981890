import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { openWorkbook } from '../../../src/core/io/read-xlsx.ts';
import { readRows } from './rows.ts';

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('openWorkbook', () => {
  it('finds the edges and nodes sheets by Swedish names and keeps cells as the user sees them', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet('Info').addRow(['Fiktiva data']);
      const nodes = workbook.addWorksheet('Noder');
      nodes.addRow(['Kommunkod', 'Namn', 'Målbild']);
      const code = nodes.addRow([180, 'Stockholm', 0.5]);
      code.getCell(1).numFmt = '0000';
      nodes.addRow(['0114', 'Upplands Väsby', '']);
      const edges = workbook.addWorksheet('Samarbeten');
      edges.addRow(['Kommun', 'Aktör', 'Vikt', 'Datum', 'Ok']);
      edges.addRow([]);
      edges.addRow(['0180', '=HYPERLINK("x")', 2.5, new Date(Date.UTC(2017, 4, 3)), true]);
      edges.addRow([
        'Ume\u0061\u030a ',
        { richText: [{ text: 'Region ' }, { text: 'Västerbotten' }] },
        { formula: '1+2', result: 3 },
        '2018',
        false,
      ]);
      edges.addRow(['123456789012345678', 'x', 0.1 + 0.2]);
    });
    const { edges, nodes } = await openWorkbook(fromBytes('data.xlsx', bytes));
    expect(edges.info).toMatchObject({
      format: 'xlsx',
      sheet: 'Samarbeten',
      headers: ['Kommun', 'Aktör', 'Vikt', 'Datum', 'Ok'],
    });
    expect((await readRows(edges)).rows).toEqual([
      { row: 3, values: ['0180', '=HYPERLINK("x")', '2.5', '2017-05-03', 'TRUE'] },
      { row: 4, values: ['Umeå', 'Region Västerbotten', '3', '2018', 'FALSE'] },
      { row: 5, values: ['123456789012345678', 'x', '0.3', '', ''] },
    ]);
    expect(nodes?.info.sheet).toBe('Noder');
    expect(nodes?.sample).toEqual([
      ['0180', 'Stockholm', '0.5'],
      ['0114', 'Upplands Väsby', ''],
    ]);
  });

  it('takes a single sheet as the edges, whatever its name', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Blad1');
      sheet.addRow(['from', 'to']);
      sheet.addRow(['A', 'B']);
    });
    const result = await openWorkbook(fromBytes('one.xlsx', bytes));
    expect(result.edges.sample).toEqual([['A', 'B']]);
    expect(result.nodes).toBeUndefined();
  });

  it('recognises English sheet names', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet('Nodes').addRows([['id'], ['A']]);
      workbook.addWorksheet('Edges').addRows([
        ['source', 'target'],
        ['A', 'B'],
      ]);
    });
    const result = await openWorkbook(fromBytes('en.xlsx', bytes));
    expect(result.edges.info.sheet).toBe('Edges');
    expect(result.nodes?.info.sheet).toBe('Nodes');
  });

  it('refuses a damaged workbook with a clear code', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]);
    await expect(openWorkbook(fromBytes('bad.xlsx', bytes))).rejects.toMatchObject({
      code: 'xlsx_unreadable',
      location: { file: 'bad.xlsx' },
    });
  });
});
