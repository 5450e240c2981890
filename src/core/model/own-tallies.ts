import { TALLY_COLUMNS } from '../io/own-columns.ts';
import { parseBreakdown } from '../io/result-tables.ts';
import type { EdgeAttributeColumns } from './read-edges.ts';
import type { EdgeAttributes } from './types.ts';
import { userRecord } from './user-record.ts';

type Tallies = Pick<EdgeAttributes, 'records' | 'byKind' | 'byYear'>;

/**
 * Reads a tie's records and its records per kind and per year back from the columns our
 * exports write (records, kinds, years), so a re-read export is the network it was. Returns
 * undefined, leaving the columns as the user's, when a cell is not what we write or the
 * counts exceed the records; records without a kind or year are those not counted.
 */
export function ownTallies(
  attributes: EdgeAttributeColumns,
  edge: number,
): { tallies: Tallies; columns: string[] } | undefined {
  const value = (name: string) => {
    const c = attributes.names.indexOf(name);
    return c < 0 ? undefined : attributes.values[c]![edge];
  };
  const [recordsCell, kinds, years] = TALLY_COLUMNS.map(value);
  if (typeof recordsCell !== 'number' || !Number.isSafeInteger(recordsCell) || recordsCell < 1)
    return undefined;
  const byKind = tally(kinds, recordsCell);
  const byYear = tally(years, recordsCell);
  if (!byKind || !byYear) return undefined;
  return {
    tallies: { records: recordsCell, byKind, byYear },
    columns: TALLY_COLUMNS.filter((name) => attributes.names.includes(name)),
  };
}

function tally(
  cell: string | number | undefined,
  records: number,
): Record<string, number> | undefined {
  const pairs = parseBreakdown(cell === undefined ? '' : String(cell));
  if (!pairs) return undefined;
  const counted = pairs.reduce((sum, [, n]) => sum + n, 0);
  if (counted > records) return undefined;
  const record = userRecord(pairs);
  if (counted < records) record[''] = records - counted;
  return record;
}
