export type CellValue = string | number;

const collator = new Intl.Collator('sv', { numeric: true });

/** Swedish collation for text (å ä ö after z), numeric order for numbers, undefined values last. */
export function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') {
    const an = Number.isNaN(a);
    const bn = Number.isNaN(b);
    if (an || bn) return Number(an) - Number(bn);
    return a - b;
  }
  return collator.compare(String(a), String(b));
}

/** Row indices sorted by a column; a stable sort so equal rows keep their order. */
export function sortRows(
  count: number,
  value: (row: number) => CellValue,
  direction: 'asc' | 'desc',
): number[] {
  const rows = Array.from({ length: count }, (_, i) => i);
  const keys = rows.map(value);
  const sign = direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const missingA = typeof ka === 'number' && Number.isNaN(ka);
    const missingB = typeof kb === 'number' && Number.isNaN(kb);
    if (missingA || missingB) return Number(missingA) - Number(missingB);
    return sign * compareCells(ka, kb);
  });
  return rows;
}
