import { parseYear } from '../io/parse-number.ts';
import type { ColumnMapping, EdgeRole, RawTable } from '../io/types.ts';
import { inSpan } from './year-span.ts';
import type { UndatedChoice, YearSpan } from './types.ts';

/** Rows a period table let through, and of those the undated ones. */
export interface PeriodRowCount {
  rows: number;
  undated: number;
}

/**
 * The edge table seen through one period: only rows dated in `span` are delivered (and
 * undated rows when `undated` is 'both'), with their original row numbers. A row's year is read
 * as the importer reads it: the year column, else the date column; text with no year in it is
 * undated.
 */
export function periodTable(
  table: RawTable,
  mapping: ColumnMapping<EdgeRole>,
  span: YearSpan,
  undated: UndatedChoice,
  count: PeriodRowCount,
): RawTable {
  const { year: yearColumn, date: dateColumn } = mapping.roles;
  const yearOf = (values: string[]): string | undefined => {
    let text = yearColumn !== undefined ? values[yearColumn]! : '';
    if (text === '' && dateColumn !== undefined) text = values[dateColumn]!;
    return text === '' ? undefined : parseYear(text);
  };
  return {
    info: table.info,
    sample: table.sample,
    forEachRow(onRow, options) {
      return table.forEachRow((values, row) => {
        const year = yearOf(values);
        if (year === undefined) {
          if (undated === 'none') return;
          count.undated++;
        } else if (!inSpan(Number(year), span)) return;
        count.rows++;
        onRow(values, row);
      }, options);
    },
  };
}
