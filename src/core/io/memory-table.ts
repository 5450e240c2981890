import { throwIfAborted } from './abort.ts';
import type { RawTable, RowIssue, RowOptions, TableInfo } from './types.ts';
import { SAMPLE_ROWS } from './read-delimited.ts';

/** A data row of an in-memory table, with its row number as the user sees it. */
export interface NumberedRow {
  values: string[];
  row: number;
}

/** Rows between progress reports and abort checks. */
const STEP = 10_000;

/**
 * A RawTable over rows already in memory (XLSX sheets, GEXF/GraphML graphs, whose parsers
 * need the whole file anyway). Values must be cleaned already; rows are padded or cut to the
 * header width on delivery. `issues` found while the file was parsed are reported first.
 */
export function tableFromRows(
  info: TableInfo,
  rows: readonly NumberedRow[],
  issues: readonly RowIssue[] = [],
): RawTable {
  const width = info.headers.length;
  const fit = (values: string[]): string[] => {
    const copy = values.slice(0, width);
    while (copy.length < width) copy.push('');
    return copy;
  };
  return {
    info,
    sample: rows.slice(0, SAMPLE_ROWS).map((row) => fit(row.values)),
    async forEachRow(onRow, options: RowOptions = {}) {
      const { onProgress, onIssue, signal } = options;
      if (onIssue) issues.forEach(onIssue);
      for (let i = 0; i < rows.length; i++) {
        if (i % STEP === 0) {
          throwIfAborted(signal);
          if (i) onProgress?.(i / rows.length);
        }
        const { values, row } = rows[i]!;
        if (values.length > width && onIssue) {
          const extra = values.slice(width).filter((value) => value !== '').length;
          if (extra) onIssue({ code: 'extra_cells', row, params: { count: extra } });
        }
        onRow(fit(values), row);
      }
      onProgress?.(1);
    },
  };
}
