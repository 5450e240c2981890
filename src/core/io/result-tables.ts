import type { Cell } from './write-csv.ts';

/** A table ready for a writer: header names and rows of cells. */
export interface OutputTable {
  headers: string[];
  rows: Cell[][];
}

/** The keys of a breakdown (records per kind or year) as one cell: sorted, '|'-separated. */
export function joinKeys(counts: Record<string, number>): string {
  return Object.keys(counts)
    .filter((k) => k !== '')
    .sort()
    .join('|');
}
