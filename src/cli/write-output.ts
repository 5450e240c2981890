import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { OutputTable } from '../core/io/result-tables.ts';
import { toCsv, type Cell } from '../core/io/write-csv.ts';
import { UsageError } from './args.ts';

export type OutputFormat = 'csv' | 'json';

export function outputFormat(path: string): OutputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new UsageError(`${path}: use .csv or .json`);
}

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

export function writeCsvFile(path: string, table: OutputTable): void {
  writeFileSync(path, toCsv(table.headers, table.rows));
}

export function writeJsonFile(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 1) + '\n');
}
