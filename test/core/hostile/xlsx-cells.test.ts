import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { MAX_SHEET_XML_BYTES } from '../../../src/core/io/limits.ts';
import { openWorkbook } from '../../../src/core/io/read-xlsx.ts';

/**
 * A zip whose central directory lists one sheet that unpacks to `size` bytes: all the check
 * reads. (A real 12-million-cell workbook takes minutes to write; its directory says the same.)
 */
function zipDirectory(name: string, size: number): Uint8Array {
  const file = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + file.length);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, 0x04034b50, true);
  localView.setUint16(26, file.length, true);
  local.set(file, 30);
  const central = new Uint8Array(46 + file.length);
  const view = new DataView(central.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint32(24, size, true);
  view.setUint16(28, file.length, true);
  central.set(file, 46);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + end.length);
  out.set(local);
  out.set(central, local.length);
  out.set(end, local.length + central.length);
  return out;
}

describe('an XLSX that unpacks to millions of cells', () => {
  it('is refused by its sheets’ unpacked size before exceljs reads it', async () => {
    const size = 360_000_000;
    const bytes = zipDirectory('xl/worksheets/sheet1.xml', size);
    await expect(openWorkbook(fromBytes('celler.xlsx', bytes))).rejects.toMatchObject({
      code: 'xlsx_too_many_cells',
      location: { file: 'celler.xlsx' },
      params: { size, limit: MAX_SHEET_XML_BYTES },
    });
  });

  it('is passed on to exceljs below the limit', async () => {
    const bytes = zipDirectory('xl/worksheets/sheet1.xml', 1000);
    await expect(openWorkbook(fromBytes('liten.xlsx', bytes))).rejects.toMatchObject({
      code: 'xlsx_unreadable',
    });
  });
});
