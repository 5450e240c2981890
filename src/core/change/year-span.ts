import type { YearSpan } from './types.ts';

const SPAN = /^\s*(\d{4})\s*(?:[-–—]|\.\.)\s*(\d{4})\s*$/;
const YEAR = /^\s*(\d{4})\s*$/;

/** "2016", or a range "2015-2016" (also with – — or ..); undefined for anything else or a reversed range. */
export function parseYearSpan(text: string): YearSpan | undefined {
  const span = SPAN.exec(text);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return from <= to ? { from, to } : undefined;
  }
  const year = YEAR.exec(text);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : undefined;
}

export function inSpan(year: number, span: YearSpan): boolean {
  return year >= span.from && year <= span.to;
}
