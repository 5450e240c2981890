import type { Cell } from './write-csv.ts';

/** A table ready for a writer: header names and rows of cells. */
export interface OutputTable {
  headers: string[];
  rows: Cell[][];
}

/**
 * A breakdown (records per kind or year) as one cell, "kind: count; …" sorted by key, with a
 * backslash before any \ ; or : in a key so the cell reads back whatever the kinds are called.
 * Records without a kind or year ('') are left out: they are the tie's records less the counts.
 */
export function breakdownText(counts: Record<string, number>): string {
  return Object.keys(counts)
    .filter((k) => k !== '')
    .sort()
    .map((k) => `${k.replace(/[\\;:]/g, '\\$&')}: ${counts[k]}`)
    .join('; ');
}

/** A breakdownText cell read back as [key, count] pairs; undefined when it is not one. */
export function parseBreakdown(text: string): [string, number][] | undefined {
  const pairs: [string, number][] = [];
  let i = 0;
  while (i < text.length) {
    let key = '';
    while (i < text.length && text[i] !== ':' && text[i] !== ';') {
      if (text[i] === '\\') i++;
      key += text[i++] ?? '';
    }
    if (key === '' || !text.startsWith(': ', i)) return undefined;
    const end = text.indexOf('; ', i);
    const count = Number(text.slice(i + 2, end < 0 ? text.length : end));
    if (!Number.isSafeInteger(count) || count < 0) return undefined;
    pairs.push([key, count]);
    i = end < 0 ? text.length : end + 2;
  }
  return pairs;
}
