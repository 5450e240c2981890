import { describe, expect, it } from 'vitest';
import {
  IMPORT_WARNING_CODES,
  MODEL_WARNING_CODES,
  type ImportReport,
  type ImportWarning,
} from '../../../src/core/model/types.ts';
import { formatReportSummary, formatRows, formatWarning } from '../../../src/i18n/model.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import { edgeInput, nodeInput } from './tables.ts';

describe('formatRows', () => {
  it('lists rows compactly with ranges and a count of the rest', () => {
    expect(formatRows([3], 'sv')).toBe('rad 3');
    expect(formatRows([3, 7], 'en')).toBe('rows 3 and 7');
    expect(formatRows([3, 7, 9, 10, 11, 12], 'sv')).toBe('rader 3, 7 och 9–12');
    const many = [2, 4, 6, 8, 10, 12, 14, 16, ...Array.from({ length: 40 }, (_, i) => 100 + 2 * i)];
    expect(formatRows(many, 'sv')).toBe('rader 2, 4, 6, 8, 10, 12, 14, 16 och 40 till');
  });
});

describe('formatWarning', () => {
  it('names file, column and rows, in both languages', () => {
    const w: ImportWarning = {
      code: 'strength_invalid',
      severity: 'warning',
      file: 'samarbeten.csv',
      column: 'Styrka',
      rows: [4, 5, 6],
      params: { value: 'många', values: 2 },
    };
    expect(formatWarning(w, 'sv')).toBe(
      'samarbeten.csv, kolumn ”Styrka”: styrkan ”många” (och 1 till) är inget tal; raden hoppades över (rader 4–6)',
    );
    expect(formatWarning(w, 'en')).toContain('strength "många" (and 1 more) is not a number');
  });

  it('has a sentence for every code the builder emits, in both languages', async () => {
    const { report } = await buildGraph({
      edges: edgeInput([
        ['', 'B', '1'],
        ['A', 'B', ''],
        ['A', 'C', 'x'],
        ['A', 'D', '0'],
        ['A', 'E', '-1'],
        ['A', 'A', '1'],
        ['A', 'B', '1', '', 'okänt'],
        ['Region Gotland', 'Gotland', '1'],
        ['Gotlands kommun', 'Okänd', '1'],
        ['a', 'F', '1'],
        ['Namnet', 'F', '1'],
        ['A', 'G', '1e16'],
        ['A', 'H', '9e14'],
        ['A', 'H', '9e14'],
        ['A\u0007', 'I', '1'],
        ['A', 'Mittuniversitetet', '1'],
      ]),
      nodes: nodeInput([
        ['A', '', '', 'Narnia', 'x', 'y', 'hög'],
        ['A'],
        [''],
        ['Ensam'],
        ['Gotland', '', 'Kommun', 'Skåne'],
        ['0980', '', 'Kommun'],
        ['N9', 'Namnet'],
      ]),
    });
    const codes = new Set(report.warnings.map((w) => w.code));
    for (const code of MODEL_WARNING_CODES) expect(codes, code).toContain(code);
    for (const w of report.warnings)
      for (const lang of LANGS) expect(formatWarning(w, lang)).not.toContain(`: ${w.code} (`);
  });
});

describe('every import-warning code', () => {
  for (const code of IMPORT_WARNING_CODES) {
    it(`is worded in Swedish and English: ${code}`, () => {
      const warning: ImportWarning = {
        code,
        severity: 'warning',
        file: 'e.csv',
        column: 'Styrka',
        rows: [4],
        params: {
          ...{ value: 'x', values: 1, count: 2, target: 'T', other: 'O', node: 'N' },
          ...{ limit: 1e12, first: 'F', columns: 'C', needed: 'source' },
          ...{ enabled: 1, codes: 1, codeHits: 3, numeric: 4, zeroPadded: 0, codeColumn: 0 },
          ...{ codeShare: 90, names: 1, nameHits: 2, named: 3, nameShare: 50 },
          ...{ kind: 'higher_education', word: 'universitet' },
        },
      };
      const [sv, en] = LANGS.map((lang) => formatWarning(warning, lang));
      for (const text of [sv!, en!]) {
        expect(text).not.toContain(`: ${code} (`);
        expect(text).not.toMatch(/undefined|NaN/);
      }
      expect(sv).not.toBe(en);
    });
  }
});

describe('formatReportSummary', () => {
  const report: ImportReport = {
    files: [
      {
        file: 'e.csv',
        format: 'csv',
        encoding: 'windows-1252',
        delimiter: ';',
        role: 'edges',
        rowsRead: 1200,
      },
    ],
    rowsRead: 1200,
    rowsUsed: 1100,
    rowsMerged: 300,
    rowsSkipped: 100,
    nodes: 50,
    edges: 800,
    selfLoops: 2,
    recognised: { municipalities: 12, regionalActors: 3 },
    nearMisses: [{ value: 'Ovekalix', suggestion: 'Överkalix', rows: [4], file: 'e.csv' }],
    warnings: [],
  };

  it('says clearly when a file was read as Windows-1252', () => {
    const lines = formatReportSummary(report, 'sv');
    expect(lines[0]).toContain('Windows-1252');
    expect(lines[1]).toMatch(/^OBS: e\.csv .*Windows-1252/);
    expect(lines.join('\n')).toContain('”Ovekalix” – menas Överkalix? (e.csv, rad 4)');
    expect(formatReportSummary(report, 'en')[1]).toMatch(/^NOTE: e\.csv/);
  });

  it('gives the row counts', () => {
    expect(formatReportSummary(report, 'en')).toContain(
      'Rows: 1,200 read, 1,100 used (300 of them merged into an earlier tie), 100 skipped',
    );
  });
});
