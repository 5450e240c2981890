import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_VARIANTS,
  writeEdgesCsv,
  writeFindingsCsv,
  writeNodesCsv,
} from '../../../src/core/export/csv.ts';
import type { ExportInput } from '../../../src/core/export/types.ts';
import { computeMetrics } from '../../../src/core/metrics/index.ts';
import { HOSTILE, hostileGraph } from './hostile-graph.ts';
import { sampleAnalysis } from './sample-analysis.ts';
import { exportWords } from '../../../src/i18n/export.ts';
import { metricEntries } from '../../../src/core/metrics/metric-id.ts';

function parse(text: string, delimiter: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What a spreadsheet user must see in a text cell: formula-like text behind an apostrophe. */
function shown(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('metrics as CSV', () => {
  let input: ExportInput;
  beforeAll(async () => {
    const graph = hostileGraph();
    input = { graph, metrics: await computeMetrics(graph), analysis: sampleAnalysis() };
  });

  it('plain UTF-8: commas, decimal points, LF, no byte-order mark', () => {
    const text = writeNodesCsv(input, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.startsWith('id,label,kind,county,degree,')).toBe(true);
    expect(text).not.toMatch(/\r\n/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('Swedish Excel: BOM, semicolons, CRLF after every record', () => {
    const text = writeNodesCsv(input, 'excel-sv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith('id;label;kind;county;degree;')).toBe(true);
    const records = parse(text, ';');
    expect(records.length).toBe(input.graph.order + 1);
    // Every record ends in CRLF; the only other line breaks are inside quoted cells.
    expect(text.split('\r\n').length - 1).toBe(records.length);
    expect(CSV_VARIANTS['excel-sv']).toEqual({
      delimiter: ';',
      decimalComma: true,
      bom: true,
      eol: '\r\n',
    });
  });

  for (const variant of ['utf8', 'excel-sv'] as const) {
    const delimiter = variant === 'utf8' ? ',' : ';';
    const number = (cell: string) => Number(variant === 'utf8' ? cell : cell.replace(',', '.'));

    it(`${variant}: every metric cell is the number computed, undefined ones empty`, () => {
      const [headers, ...rows] = parse(writeNodesCsv(input, variant), delimiter);
      const { metrics } = input;
      let empty = 0;
      let decimals = 0;
      for (const [metric] of metricEntries(metrics!.node)) {
        const column = headers!.indexOf(metric);
        expect(column, metric).toBeGreaterThan(3);
        metrics!.nodeIds.forEach((id, i) => {
          const cell = rows.find((r) => r[0] === shown(id))![column]!;
          const v = metrics!.node[metric]![i]!;
          if (Number.isNaN(v)) {
            expect(cell).toBe('');
            empty++;
          } else {
            expect(number(cell), `${id} ${metric}`).toBe(v + 0);
            if (!Number.isInteger(v)) {
              expect(cell).toContain(variant === 'utf8' ? '.' : ',');
              decimals++;
            }
          }
        });
      }
      expect(empty).toBeGreaterThan(0);
      expect(decimals).toBeGreaterThan(0);
    });

    it(`${variant}: formula-like text is neutralised, other text kept, negative numbers stay numbers`, () => {
      const [headers, ...rows] = parse(writeNodesCsv(input, variant), delimiter);
      const label = headers!.indexOf('label');
      const change = headers!.indexOf('change');
      for (const text of HOSTILE) {
        const row = rows.find((r) => r[label] === shown(text));
        expect(row, text).toBeDefined();
        expect(row![0]).toBe(shown(text));
      }
      expect(HOSTILE.filter((t) => shown(t) !== t)).toHaveLength(6);
      const negative = rows.map((r) => r[change]!).filter((c) => c.startsWith('-'));
      expect(negative.length).toBe(HOSTILE.length);
      for (const cell of negative) expect(number(cell)).toBeLessThan(0);
      const position = headers!.indexOf('position');
      expect(rows.find((r) => r[0] === 'Åre')![position]).toBe('natverksaktor');
    });

    it(`${variant}: cells holding the delimiter, quotes or line breaks are quoted`, () => {
      const text = writeNodesCsv(input, variant);
      expect(text).toContain('"""double"" and \'single\' quotes"');
      expect(text).toContain('"line\nbreak"');
      expect(text).toContain(`"'\rleading CR"`);
      expect(text).toContain('"Åre, Östhammar; Härjedalen"');
    });
  }

  it('edge table: source, target, strength and edge metrics, neutralised ends', () => {
    const [headers, ...rows] = parse(writeEdgesCsv(input, 'excel-sv'), ';');
    expect(headers!.slice(0, 6)).toEqual([
      'source',
      'target',
      'strength',
      'records',
      'kinds',
      'years',
    ]);
    expect(headers).toContain('bridge');
    expect(rows.length).toBe(input.graph.size);
    const chord = rows.find((r) => r[2] === '0,25')!;
    expect(chord.slice(0, 2)).toEqual(['Åre', shown(HOSTILE[5])]);
  });

  it('findings: ranked, with the sentence in the chosen language, formula-like text neutralised', () => {
    const rows = parse(
      writeFindingsCsv(sampleAnalysis().findings, exportWords('sv'), 'excel-sv'),
      ';',
    );
    expect(rows[0]).toEqual(['rank', 'code', 'severity', 'score', 'nodes', 'edges', 'text']);
    expect(rows[1]).toEqual([
      '1',
      'single_regional_tie',
      'high',
      '9,5',
      'Åre|-5',
      'e0',
      "'=Åre har band till bara en regional aktör: -5.",
    ]);
    expect(rows[2]![6]).toBe('Isolated har inga samarbetsband alls i datan.');
  });
});
