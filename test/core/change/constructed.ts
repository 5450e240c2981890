/**
 * A small network over three years with known moves between 2016 and 2018:
 * - Mnew has no tie in 2016 and ties to two regional actors (A, B) in 2018;
 * - Mlose has ties to A and to M2 in 2016 (M2 gives it a second path to the actors) and only
 *   the tie to A in 2018, which is then a bridge;
 * - Mstrong's only tie (to C) is strengthened from 1 to 3;
 * everything else is the same in both years. Mstrong–B has no year.
 */
export const NODES_CSV = [
  'id,kind',
  ...['M1', 'M2', 'M3', 'M4', 'Mlose', 'Mnew', 'Mstrong'].map((m) => `${m},municipality`),
  ...['A', 'B', 'C'].map((a) => `${a},region`),
].join('\n');

const BOTH_YEARS: [string, string, number][] = [
  ['A', 'B', 1],
  ['B', 'C', 1],
  ['M1', 'A', 1],
  ['M1', 'B', 2],
  ['M2', 'B', 1],
  ['M2', 'C', 1],
  ['M3', 'A', 1],
  ['M3', 'C', 1],
  ['M3', 'M4', 1],
  ['M4', 'C', 1],
  ['Mlose', 'A', 1],
];

export const ROWS: [string, string, number, string][] = [
  ...BOTH_YEARS.map(([s, t, w]) => [s, t, w, '2016'] as [string, string, number, string]),
  ...BOTH_YEARS.map(([s, t, w]) => [s, t, w, '2018'] as [string, string, number, string]),
  ['Mlose', 'M2', 1, '2016'],
  ['Mstrong', 'C', 1, '2016'],
  ['Mstrong', 'C', 1, '2018'],
  ['Mstrong', 'C', 2, '2018'],
  ['Mnew', 'A', 1, '2018'],
  ['Mnew', 'B', 1, '2018'],
  // 2017 lies between the periods compared and must count in neither.
  ['Mnew', 'C', 1, '2017'],
  ['Mstrong', 'B', 1, ''],
];

export function edgesCsv(rows: readonly [string, string, number, string][]): string {
  return ['source,target,strength,year', ...rows.map((r) => r.join(','))].join('\n');
}
