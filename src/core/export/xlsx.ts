import type { Workbook, Worksheet } from 'exceljs';
import { OWN_CREATOR } from '../io/own-columns.ts';
import type { OutputTable } from '../io/result-tables.ts';
import { neutralise, type Cell } from '../io/write-csv.ts';
import { findingsTable } from './findings-table.ts';
import { definitionsTable, graphTable } from './metric-tables.ts';
import { reportRows } from './report-rows.ts';
import { edgesTable, nodesTable } from './tables.ts';
import type { ExportInput, ExportWords } from './types.ts';
import { xlsxText } from './xlsx-text.ts';

/**
 * A workbook with the sheets nodes and edges (which our importer and Kumu-style round trips
 * read back), graph and metrics (graph-level values and every computed metric's definition),
 * findings and report when given, in the language of `words`. Numbers are number cells; text is always a plain text cell,
 * never a formula, and neutralised like CSV so a copy-paste into another sheet stays inert.
 */
export async function writeXlsx(
  input: ExportInput,
  words: ExportWords,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const { lang } = words;
  const workbook = await newWorkbook();
  // onProgress: the node and edge sheets' rows (the bulk of the cells), then the packing.
  const nodes = nodesTable(input);
  const edges = edgesTable(input);
  const rows = nodes.rows.length + edges.rows.length;
  const step = onProgress && ((done: number) => onProgress((0.6 * done) / Math.max(1, rows)));
  addTable(workbook, 'nodes', nodes, step);
  addTable(workbook, 'edges', edges, step && ((done) => step(nodes.rows.length + done)));
  if (input.metrics) {
    addTable(workbook, 'graph', graphTable(input.metrics, lang));
    addTable(workbook, 'metrics', definitionsTable(input.metrics, lang));
  }
  if (input.analysis) addTable(workbook, 'findings', findingsTable(input.analysis.findings, words));
  if (input.report) addRows(workbook.addWorksheet('report'), reportRows(input.report, words));
  onProgress?.(0.6);
  const buffer = await workbook.xlsx.writeBuffer();
  onProgress?.(1);
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A workbook of plain tables, one sheet each, written like writeXlsx's. */
export async function writeTablesXlsx(
  sheets: readonly { name: string; table: OutputTable }[],
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  for (const { name, table } of sheets) addTable(workbook, name, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

async function newWorkbook(): Promise<Workbook> {
  const module = await import('exceljs');
  // exceljs is CommonJS: Node's ESM loader puts it on `default`, bundlers may not.
  const ExcelJS = ('default' in module ? module.default : module) as typeof module;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = OWN_CREATOR;
  return workbook;
}

function addTable(
  workbook: Workbook,
  name: string,
  table: OutputTable,
  onRows?: (done: number) => void,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  addRows(sheet, [table.headers]);
  addRows(sheet, table.rows, onRows);
  sheet.getRow(1).font = { bold: true };
}

/** Rows added between two progress reports. */
const PROGRESS_ROWS = 1000;

function addRows(
  sheet: Worksheet,
  rows: readonly (readonly Cell[])[],
  onRows?: (done: number) => void,
): void {
  rows.forEach((row, i) => {
    sheet.addRow(row.map(cellValue));
    if (onRows && (i + 1) % PROGRESS_ROWS === 0) onRows(i + 1);
  });
}

function cellValue(cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return xlsxText(neutralise(cell));
}
