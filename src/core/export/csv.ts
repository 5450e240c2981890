import type { OutputTable } from '../io/result-tables.ts';
import { toCsv, type CsvOptions } from '../io/write-csv.ts';
import type { Finding } from '../analysis/types.ts';
import { findingsTable } from './findings-table.ts';
import { edgesTable, nodesTable } from './tables.ts';
import type { ExportInput, ExportWords } from './types.ts';

export type CsvVariant = 'utf8' | 'excel-sv';

/**
 * 'utf8': comma-separated, decimal points, LF, no byte-order mark (for scripts and R/pandas).
 * 'excel-sv': what Excel with Swedish regional settings opens by double-click: a BOM so it
 * reads UTF-8, semicolons because the comma is the decimal sign, decimal commas, CRLF.
 */
export const CSV_VARIANTS: Record<CsvVariant, CsvOptions> = {
  utf8: { delimiter: ',', eol: '\n' },
  'excel-sv': { delimiter: ';', decimalComma: true, bom: true, eol: '\r\n' },
};

export function tableCsv(table: OutputTable, variant: CsvVariant = 'utf8'): string {
  return toCsv(table.headers, table.rows, CSV_VARIANTS[variant]);
}

/** The node table (every metric, the network position, the layout) as CSV. */
export function writeNodesCsv(input: ExportInput, variant: CsvVariant = 'utf8'): string {
  return tableCsv(nodesTable(input), variant);
}

/** The edge table (strength, records, breakdowns, edge metrics) as CSV. */
export function writeEdgesCsv(input: ExportInput, variant: CsvVariant = 'utf8'): string {
  return tableCsv(edgesTable(input), variant);
}

/** The ranked findings (weak links) with their sentences in the words' language, as CSV. */
export function writeFindingsCsv(
  findings: readonly Finding[],
  words: ExportWords,
  variant: CsvVariant = 'utf8',
): string {
  return tableCsv(findingsTable(findings, words), variant);
}
