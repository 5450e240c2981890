import { OWN_CREATOR } from './own-columns.ts';
import type { Workbook, Worksheet } from 'exceljs';
import { InputError } from '../errors.ts';
import { readAll } from './byte-source.ts';
import { cellText } from './cell-text.ts';
import { headerKey } from './header-key.ts';
import { uniqueHeaders } from './header-names.ts';
import { MAX_SHEET_XML_BYTES, MAX_XLSX_BYTES } from './limits.ts';
import { tableFromRows, type NumberedRow } from './memory-table.ts';
import { assertSize } from './open-table.ts';
import type { ByteSource, RawTable } from './types.ts';

/**
 * Opens an XLSX workbook. The edges sheet is the one named like edges in Swedish or English
 * (kanter, samarbeten, länkar, relationer, edges, links, …), else the first sheet with data
 * that is not the nodes sheet; the nodes sheet is the one named like nodes (noder, aktörer,
 * kommuner, nodes, actors, …), if any. Row numbers are the sheet's own; the first non-empty
 * row is the header. exceljs is loaded on demand, so only users who open an XLSX pay for it.
 */
export async function openWorkbook(
  source: ByteSource,
): Promise<{ edges: RawTable; nodes?: RawTable; own: boolean }> {
  const file = source.name;
  assertSize(source, MAX_XLSX_BYTES);
  const bytes = await readAll(source);
  const sheetBytes = worksheetBytes(bytes);
  if (sheetBytes > MAX_SHEET_XML_BYTES) {
    throw new InputError(
      'xlsx_too_many_cells',
      { file },
      { size: sheetBytes, limit: MAX_SHEET_XML_BYTES },
    );
  }
  const workbook = await loadWorkbook(file, bytes);
  const sheets = workbook.worksheets.filter(
    (sheet) => sheet.state === 'visible' && sheet.actualRowCount > 0,
  );
  if (sheets.length === 0) throw new InputError('empty_file', { file });

  const nodesSheet =
    sheets.length > 1 ? sheets.find((sheet) => matches(sheet.name, NODE_SHEETS)) : undefined;
  const edgesSheet =
    sheets.find((sheet) => sheet !== nodesSheet && matches(sheet.name, EDGE_SHEETS)) ??
    sheets.find((sheet) => sheet !== nodesSheet)!;
  return {
    edges: sheetTable(file, edgesSheet),
    ...(nodesSheet ? { nodes: sheetTable(file, nodesSheet) } : {}),
    own: workbook.creator === OWN_CREATOR,
  };
}

const EDGE_SHEETS = [
  'edges',
  'edge',
  'edge list',
  'links',
  'link',
  'ties',
  'relations',
  'collaborations',
  'kanter',
  'kant',
  'kantlista',
  'lankar',
  'lank',
  'relationer',
  'samarbeten',
  'samarbete',
  'samarbetsrelationer',
  'band',
];
const NODE_SHEETS = [
  'nodes',
  'node',
  'vertices',
  'actors',
  'organisations',
  'organizations',
  'municipalities',
  'noder',
  'nod',
  'aktorer',
  'aktor',
  'kommuner',
  'organisationer',
  'deltagare',
];

function matches(sheetName: string, names: readonly string[]): boolean {
  const key = headerKey(sheetName);
  return names.includes(key) || key.split(' ').some((word) => names.includes(word));
}

/**
 * The unpacked size of the workbook's sheets, from the zip's central directory, read before
 * exceljs unpacks anything: a sheet's XML takes 20–40 bytes a cell, and exceljs holds every
 * cell as an object, so this bounds the cells (a 33 MB file can unpack 12 million). Infinity
 * when the sizes are not stated (ZIP64), 0 when no directory is found (exceljs then refuses).
 */
function worksheetBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries && at + 46 <= bytes.byteLength; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name.startsWith('xl/worksheets/')) total += size === 0xffffffff ? Infinity : size;
    at += 46 + skip;
  }
  return total;
}

async function loadWorkbook(file: string, bytes: Uint8Array): Promise<Workbook> {
  const module = await import('exceljs');
  // exceljs is CommonJS: Node's ESM loader puts it on `default`, bundlers may not.
  const ExcelJS = ('default' in module ? module.default : module) as typeof module;
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch (error) {
    throw new InputError('xlsx_unreadable', { file }, { reason: String(error) });
  }
  return workbook;
}

function sheetTable(file: string, sheet: Worksheet): RawTable {
  let headerCells: string[] | undefined;
  let headerRow = 0;
  const rows: NumberedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    let blank = true;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const text = cellText(cell.value, cell.numFmt);
      values.push(text);
      if (text) blank = false;
    }
    if (blank) return;
    if (!headerCells) {
      headerCells = values;
      headerRow = rowNumber;
    } else {
      rows.push({ values, row: rowNumber });
    }
  });
  if (!headerCells) throw new InputError('empty_file', { file, row: headerRow });
  if (rows.length === 0) throw new InputError('no_data_rows', { file, row: headerRow });
  return tableFromRows(
    { file, format: 'xlsx', sheet: sheet.name, headers: uniqueHeaders(headerCells) },
    rows,
  );
}
