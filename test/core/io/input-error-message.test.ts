import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { formatInputError, IO_MESSAGES } from '../../../src/i18n/io.ts';

describe('formatInputError', () => {
  it('gives one line naming file, row and column', () => {
    const error = new InputError(
      'unknown_column',
      { file: 'kommuner.csv', row: 7, column: 'vikt' },
      { headers: 'a, b' },
    );
    expect(formatInputError(error, 'sv')).toBe(
      'kommuner.csv, rad 7, kolumn ”vikt”: kolumnen finns inte; rubrikerna är: a, b',
    );
    expect(formatInputError(error, 'en')).toBe(
      'kommuner.csv, row 7, column "vikt": no such column; the headers are: a, b',
    );
  });

  it('states sizes in megabytes in each language', () => {
    const error = new InputError(
      'file_too_large',
      { file: 'x.csv' },
      { size: 1.5 * 2 ** 30, limit: 2 ** 30 },
    );
    expect(formatInputError(error, 'sv')).toBe(
      'x.csv: filen är 1\u00a0536 MB, större än gränsen 1\u00a0024 MB',
    );
    expect(formatInputError(error, 'en')).toBe(
      'x.csv: the file is 1,536 MB, larger than the limit of 1,024 MB',
    );
  });

  it('has every message in both languages, each a single line', () => {
    expect(Object.keys(IO_MESSAGES.en).sort()).toEqual(Object.keys(IO_MESSAGES.sv).sort());
    const params = {
      kind: 'xls',
      size: 1,
      limit: 2,
      format: 'gexf',
      header: 'h',
      reason: 'r',
      headers: 'a',
      needed: 'source',
      count: 2,
      first: 'f',
      rows: 3,
      columns: 4,
      cells: 12,
      crs: 'EPSG:3021',
    };
    for (const lang of ['sv', 'en'] as const) {
      for (const [code, message] of Object.entries(IO_MESSAGES[lang])) {
        const text = message(params);
        expect(text, `${lang} ${code}`).not.toMatch(/undefined|\n/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });
});
