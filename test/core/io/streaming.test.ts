import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { openTable } from '../../../src/core/io/open-table.ts';

/** A generated Swedish-Excel edge list: semicolons, CRLF, decimal commas, quoted fields. */
function generate(rows: number): Uint8Array {
  const lines = ['kommun;aktör;vikt;kommentar'];
  for (let i = 0; i < rows; i++) {
    const note = i % 1000 === 0 ? `"rad ${i}; med ""citat""\r\noch radbrytning"` : '';
    lines.push(`Kommun ${i % 290};Aktör ${i % 997};${i % 7},5;${note}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

describe('streaming a multi-megabyte file', () => {
  const rows = 120_000;
  const bytes = generate(rows);

  it('reads every row in 64 KiB chunks with exact row numbers and progress reaching 1', async () => {
    expect(bytes.byteLength).toBeGreaterThan(3_000_000);
    const table = await openTable(fromBytes('stor.csv', bytes, 1 << 16));
    expect(table.sample).toHaveLength(200);
    const progress: number[] = [];
    let count = 0;
    let lastRow = 0;
    let quoted = 0;
    await table.forEachRow(
      (values, row) => {
        expect(row).toBe(lastRow ? lastRow + 1 : 2);
        lastRow = row;
        const i = count++;
        expect(values[0]).toBe(`Kommun ${i % 290}`);
        if (values[3]) quoted++;
      },
      { onProgress: (fraction) => progress.push(fraction) },
    );
    expect(count).toBe(rows);
    expect(lastRow).toBe(rows + 1);
    expect(quoted).toBe(rows / 1000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(
      true,
    );
    expect(progress.at(-1)).toBe(1);
  });

  it("stops when aborted, rejecting with the signal's reason", async () => {
    const table = await openTable(fromBytes('stor.csv', bytes, 1 << 16));
    const controller = new AbortController();
    let count = 0;
    const reading = table.forEachRow(
      () => {
        count++;
      },
      {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (fraction > 0.25) controller.abort();
        },
      },
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(rows);
  });
});
