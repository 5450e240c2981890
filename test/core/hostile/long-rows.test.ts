import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { openTable } from '../../../src/core/io/open-table.ts';
import { readRows } from '../io/rows.ts';

describe('rows longer than the first 64 KB', () => {
  it('reads three 30,000-character cells (within Excel’s cell limit)', async () => {
    const long = (c: string) => c.repeat(30_000);
    const text = `från;till;not\nA;B;${long('x')}\nB;C;${long('y')}\nC;A;${long('z')}\n`;
    const table = await openTable(fromText('long.csv', text));
    expect(table.info.delimiter).toBe(';');
    const { rows } = await readRows(table);
    expect(rows.map((r) => [r.row, r.values[0], r.values[2]!.length])).toEqual([
      [2, 'A', 30_000],
      [3, 'B', 30_000],
      [4, 'C', 30_000],
    ]);
  });

  it('reads a header of 100,000 columns', async () => {
    const width = 100_000;
    const header = ['från', 'till', ...Array.from({ length: width - 2 }, (_, i) => `c${i}`)];
    const row = ['A', 'B', ...Array.from({ length: width - 2 }, (_, i) => String(i % 10))];
    const table = await openTable(fromText('wide.csv', `${header.join(';')}\n${row.join(';')}\n`));
    expect(table.info.headers).toHaveLength(width);
    expect(table.sample[0]!.slice(0, 3)).toEqual(['A', 'B', '0']);
  });

  it('refuses a 50 MB line over the stated limit, naming the row', async () => {
    const text = `från;till\nA;B\nA;${'x'.repeat(50_000_000)}\n`;
    await expect(openTable(fromText('huge.csv', text))).rejects.toMatchObject({
      code: 'record_too_long',
      location: { file: 'huge.csv', row: 3 },
      params: { limit: 2_097_152 },
    });
  });
});
