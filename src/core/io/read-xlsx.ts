import type { Workbook, Worksheet } from 'exceljs';
import { InputError } from '../errors.ts';
import { readAll } from './byte-source.ts';
import { cellText } from './cell-text.ts';
import { headerKey } from './header-key.ts';
import { uniqueHeaders } from './header-names.ts';
import { MAX_XLSX_BYTES } from './limits.ts';
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
): Promise<{ edges: RawTable; nodes?: RawTable }> {
  const file = source.name;
  assertSize(source, MAX_XLSX_BYTES);
  const workbook = await loadWorkbook(file, await readAll(source));
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
