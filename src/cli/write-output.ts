import type { OutputTable } from '../core/io/result-tables.ts';
import type { Cell } from '../core/io/write-csv.ts';

/** Rows as JSON objects keyed by header; NaN and undefined become null. */
export function tableObjects(table: OutputTable): Record<string, Cell>[] {
  return table.rows.map((row) => {
    const obj: Record<string, Cell> = {};
    table.headers.forEach((h, i) => {
      const v = row[i];
      obj[h] = v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
    });
    return obj;
  });
}
