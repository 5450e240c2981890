import type { RawTable, RowIssue } from '../../../src/core/io/types.ts';

/** Every row of a table with its row number, and the issues reported while reading. */
export async function readRows(
  table: RawTable,
): Promise<{ rows: { row: number; values: string[] }[]; issues: RowIssue[] }> {
  const rows: { row: number; values: string[] }[] = [];
  const issues: RowIssue[] = [];
  await table.forEachRow((values, row) => rows.push({ row, values }), {
    onIssue: (issue) => issues.push(issue),
  });
  return { rows, issues };
}
