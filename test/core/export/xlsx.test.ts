import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodesTable } from '../../../src/core/export/tables.ts';
import type { ExportInput } from '../../../src/core/export/types.ts';
import { writeXlsx } from '../../../src/core/export/xlsx.ts';
import { computeMetrics } from '../../../src/core/metrics/index.ts';
import { HOSTILE, hostileGraph } from './hostile-graph.ts';
import { sampleAnalysis, sampleReport } from './sample-analysis.ts';
import { exportWords } from '../../../src/i18n/export.ts';
import { metricEntries } from '../../../src/core/metrics/metric-id.ts';

const FORMULA_LIKE = /^[=+\-@\t\r]/;

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c));
    rows.push(cells);
  });
  return rows;
}

describe('XLSX export', () => {
  let input: ExportInput;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const graph = hostileGraph();
    input = {
      graph,
      metrics: await computeMetrics(graph),
      analysis: sampleAnalysis(),
      report: sampleReport(),
      layout: new Map([['Åre', { x: 1.5, y: -2 }]]),
    };
    workbook = await open(await writeXlsx(input, exportWords('en')));
  });

  it('has the sheets nodes, edges, graph, metrics, findings and report', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'nodes',
      'edges',
      'graph',
      'metrics',
      'findings',
      'report',
    ]);
  });

  it('leaves out findings and report when there are none', async () => {
    const plain = await open(await writeXlsx({ graph: input.graph }, exportWords('en')));
    expect(plain.worksheets.map((s) => s.name)).toEqual(['nodes', 'edges']);
  });

  it('writes metric values as number cells equal to the computed values, undefined ones empty', () => {
    const [header, ...rows] = rowsOf(workbook.getWorksheet('nodes')!);
    const headers = header!.map((c) => c.value);
    expect(headers).toEqual(nodesTable(input).headers);
    const { metrics } = input;
    let numbers = 0;
    for (const [metric] of metricEntries(metrics!.node)) {
      const column = headers.indexOf(metric);
      metrics!.nodeIds.forEach((id, i) => {
        const cell = rows.find((r) => r[0]!.value === id.replace(FORMULA_LIKE, "'$&"))![column]!;
        const v = metrics!.node[metric]![i]!;
        if (Number.isNaN(v)) expect(cell.value, `${id} ${metric}`).toBeNull();
        else {
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value, `${id} ${metric}`).toBe(v + 0);
          numbers++;
        }
      });
    }
    expect(numbers).toBeGreaterThan(100);
    const are = rows.find((r) => r[0]!.value === 'Åre')!;
    expect(are[headers.indexOf('x')]!.value).toBe(1.5);
    expect(are[headers.indexOf('position')]!.value).toBe('natverksaktor');
    expect(are[headers.indexOf('position_stability')]!.value).toBe(0.875);
    expect(are[headers.indexOf('code')]!.value).toBe('2321');
    expect(are[headers.indexOf('code')]!.type).toBe(ExcelJS.ValueType.String);
  });

  it('writes every text as a plain string cell, formula-like ones behind an apostrophe', () => {
    const sheets = ['nodes', 'edges', 'findings', 'report'].map((n) => workbook.getWorksheet(n)!);
    let text = 0;
    for (const sheet of sheets) {
      for (const row of rowsOf(sheet)) {
        for (const cell of row) {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(cell.value).not.toMatch(FORMULA_LIKE);
            text++;
          }
        }
      }
    }
    expect(text).toBeGreaterThan(50);
    const labels = rowsOf(workbook.getWorksheet('nodes')!).map((r) => r[1]!.value);
    for (const t of HOSTILE) expect(labels).toContain(FORMULA_LIKE.test(t) ? `'${t}` : t);
  });

  it('lists the findings in rank order with their sentence in the chosen language', () => {
    const rows = rowsOf(workbook.getWorksheet('findings')!).map((r) => r.map((c) => c.value));
    expect(rows[0]).toEqual(['rank', 'code', 'severity', 'score', 'nodes', 'edges', 'text']);
    expect(rows[1]).toEqual([
      1,
      'single_regional_tie',
      'high',
      9.5,
      'Åre|-5',
      'e0',
      "'=Åre is tied to only one regional actor: -5.",
    ]);
    expect(rows[2]![6]).toBe('Isolated has no collaboration ties at all in the data.');
  });

  it('writes the import report with its counts, files, warnings and near misses', () => {
    const rows = rowsOf(workbook.getWorksheet('report')!).map((r) => r.map((c) => c.value));
    const find = (first: string) => rows.find((r) => r[0] === first);
    expect(find('rowsRead')!.slice(1, 3)).toEqual(['rows read', 17]);
    expect(find('rowsMerged')![2]).toBe(2);
    expect(find('hostile.csv')!.slice(0, 3)).toEqual(['hostile.csv', 'edges', 'csv']);
    expect(find('self_loop')!.slice(0, 6)).toEqual([
      'self_loop',
      'warning',
      'hostile.csv',
      null,
      '12',
      'node==cmd',
    ]);
    expect(find('Aare')!.slice(0, 3)).toEqual(['Aare', 'Åre', '4 9']);
  });

  it('describes every computed metric and gives the graph-level values', () => {
    const metrics = rowsOf(workbook.getWorksheet('metrics')!).map((r) => r[0]!.value);
    expect(metrics.slice(1)).toEqual(input.metrics!.computed);
    const graph = rowsOf(workbook.getWorksheet('graph')!).map((r) => r.map((c) => c.value));
    const density = graph.find((r) => r[0] === 'density')!;
    expect(density[2]).toBe(input.metrics!.graph.density);
  });

  it('keeps CR, other control characters and literal _xHHHH_ text exactly', async () => {
    const graph = hostileGraph();
    const odd = ['a\rb', 'bell\u0007', '_x0041_ and _x00e9_', 'tab\tand\nnewline'];
    odd.forEach((label, i) => graph.setNodeAttribute(graph.nodes()[i]!, 'label', label));
    const rows = rowsOf(
      (await open(await writeXlsx({ graph }, exportWords('sv')))).getWorksheet('nodes')!,
    );
    expect(rows.slice(1, 5).map((r) => r[1]!.value)).toEqual(odd);
  });
});
