import type { Cell } from '../io/write-csv.ts';
import { toCsv } from '../io/write-csv.ts';
import { CSV_VARIANTS } from '../export/csv.ts';

/**
 * The words of a data template, in one language: sheet names the importer recognises as
 * edges and nodes, headers it recognises for every role, one example edge row and its two
 * actors, and the
 * instruction lines.
 */
export interface TemplateText {
  edgeSheet: string;
  nodeSheet: string;
  instructionSheet: string;
  edgeHeaders: readonly string[];
  edgeExample: readonly Cell[];
  nodeHeaders: readonly string[];
  /** Every actor of the example edge row, so the example is complete and imports without a note. */
  nodeExamples: readonly (readonly Cell[])[];
  instructions: readonly string[];
}

/** The template as a workbook: edges, nodes and instructions sheets, headers in bold. */
export async function templateXlsx(text: TemplateText): Promise<Uint8Array> {
  const module = await import('exceljs');
  // exceljs is CommonJS: Node's ESM loader puts it on `default`, bundlers may not.
  const ExcelJS = ('default' in module ? module.default : module) as typeof module;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brobyggare';
  for (const [name, headers, examples] of [
    [text.edgeSheet, text.edgeHeaders, [text.edgeExample]],
    [text.nodeSheet, text.nodeHeaders, text.nodeExamples],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...headers]);
    for (const row of examples) sheet.addRow(row.map((c) => (c === undefined ? null : c)));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 24));
  }
  const help = workbook.addWorksheet(text.instructionSheet);
  for (const line of text.instructions) help.addRow([line]);
  help.getRow(1).font = { bold: true };
  help.getColumn(1).width = 110;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The template as the three files a CSV user needs (a CSV file holds one table): edges and
 * nodes as Swedish Excel saves CSV (BOM, semicolons, decimal commas), instructions as text.
 */
export function templateCsv(text: TemplateText): {
  edges: string;
  nodes: string;
  instructions: string;
} {
  const excel = CSV_VARIANTS['excel-sv'];
  return {
    edges: toCsv(text.edgeHeaders, [text.edgeExample], excel),
    nodes: toCsv(text.nodeHeaders, text.nodeExamples, excel),
    instructions: '\uFEFF' + text.instructions.join('\r\n') + '\r\n',
  };
}
