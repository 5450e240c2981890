import type { Cell } from '../io/write-csv.ts';
import type { ImportReport } from '../model/types.ts';
import type { ExportWords, ReportItem } from './types.ts';

/**
 * The import report as rows of one sheet, in blocks with a heading each: the counts, the files
 * read, every warning with all its row numbers, and the nearly recognised names. Codes and
 * parameters are written as they are, so the sheet says exactly what the importer recorded.
 */
export function reportRows(report: ImportReport, t: ExportWords): Cell[][] {
  const counts: Record<ReportItem, number> = {
    rowsRead: report.rowsRead,
    rowsUsed: report.rowsUsed,
    rowsMerged: report.rowsMerged,
    rowsSkipped: report.rowsSkipped,
    nodes: report.nodes,
    edges: report.edges,
    selfLoops: report.selfLoops,
    municipalities: report.recognised.municipalities,
    regionalActors: report.recognised.regionalActors,
  };
  return [
    [t.reportHeadings.summary],
    ['item', 'description', 'value'],
    ...Object.entries(counts).map(([item, value]) => [
      item,
      t.reportItems[item as ReportItem],
      value,
    ]),
    [],
    [t.reportHeadings.files],
    ['file', 'role', 'format', 'encoding', 'delimiter', 'sheet', 'rows'],
    ...report.files.map((f) => [
      f.file,
      f.role,
      f.format,
      f.encoding,
      f.delimiter,
      f.sheet,
      f.rowsRead,
    ]),
    [],
    [t.reportHeadings.warnings],
    ['code', 'severity', 'file', 'column', 'rows', 'params'],
    ...report.warnings.map((w) => [
      w.code,
      w.severity,
      w.file,
      w.column,
      w.rows.join(' '),
      Object.entries(w.params)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    ]),
    [],
    [t.reportHeadings.nearMisses],
    ['value', 'suggestion', 'rows'],
    ...report.nearMisses.map((n) => [n.value, n.suggestion, n.rows.join(' ')]),
  ];
}
