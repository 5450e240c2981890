import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';
import type { MetricTable } from '../../src/core/metrics/types.ts';
import type { BroGraph } from '../../src/core/model/types.ts';
import { APP_TEXT } from '../../src/i18n/app.ts';
import { readBack } from '../core/export/readback.ts';
import { demoFiles } from './expected.ts';
import {
  exportFromMenu,
  openApp,
  SCREENSHOTS,
  startHarness,
  type AppHarness,
  type OpenedPage,
} from './harness.ts';

const sv = APP_TEXT.sv;

let harness: AppHarness;
let app: OpenedPage;
let demo: { graph: BroGraph; metrics: MetricTable };

beforeAll(async () => {
  const files = demoFiles();
  const loaded = loadProject({
    edges: fromBytes(files.edges.name, files.edges.bytes),
    nodes: fromBytes(files.nodes.name, files.nodes.bytes),
  }).then(async ({ graph }) => ({ graph, metrics: await computeMetrics(graph, { seed: 1 }) }));
  [harness, demo] = await Promise.all([startHarness(), loaded]);
  app = await openApp(harness);
});

afterAll(async () => {
  await harness?.close();
});

interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Clicks an entry of the export menu and returns the file the browser downloads. */
async function exportFile(page: Page, testId: string): Promise<Downloaded> {
  const file = await exportFromMenu(page, testId);
  writeFileSync(`${SCREENSHOTS}/export-${file.name}`, file.bytes);
  return file;
}

/** Every node metric of the reference table, compared with what a re-import read from a table. */
function expectSameMetrics(graph: BroGraph) {
  const { metrics } = demo;
  let compared = 0;
  for (const [metric, column] of Object.entries(metrics.node)) {
    metrics.nodeIds.forEach((id, i) => {
      const value = column[i]!;
      const back = graph.getNodeAttribute(id, 'attributes')[metric];
      if (Number.isFinite(value)) {
        expect(back, `${id} ${metric}`).toBeTypeOf('number');
        expect(Math.abs((back as number) - value), `${id} ${metric}`).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(value)),
        );
        compared++;
      } else expect(back, `${id} ${metric}`).toBeUndefined();
    });
  }
  expect(compared).toBeGreaterThan(metrics.nodeIds.length * 10);
}

describe('exports of the demo network', () => {
  let edgesCsv: Downloaded;

  it('writes node metrics as UTF-8 CSV that our importer reads back with the same numbers', async () => {
    edgesCsv = await exportFile(app.page, 'export-edges-csv');
    const nodes = await exportFile(app.page, 'export-nodes-csv');
    expect(nodes.name).toBe('samarbeten.nodes.csv');
    expect(nodes.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const { graph } = await loadProject({
      edges: fromBytes(edgesCsv.name, new Uint8Array(edgesCsv.bytes)),
      nodes: fromBytes(nodes.name, new Uint8Array(nodes.bytes)),
    });
    expect(graph.order).toBe(demo.graph.order);
    expect(graph.size).toBe(demo.graph.size);
    expectSameMetrics(graph);
  });

  it('writes the Swedish-Excel variant: BOM, semicolons, decimal commas, same numbers', async () => {
    const nodes = await exportFile(app.page, 'export-nodes-csv-excel');
    expect(nodes.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const text = nodes.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toContain(';betweenness;');
    expect(text).toMatch(/;0,\d+/);
    const { graph } = await loadProject({
      edges: fromBytes(edgesCsv.name, new Uint8Array(edgesCsv.bytes)),
      nodes: fromBytes(nodes.name, new Uint8Array(nodes.bytes)),
    });
    expectSameMetrics(graph);
  });

  it('writes an XLSX workbook that our importer reads back with the same numbers', async () => {
    const book = await exportFile(app.page, 'export-xlsx');
    expect(book.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { graph, report } = await loadProject({
      edges: fromBytes(book.name, new Uint8Array(book.bytes)),
    });
    expect(graph.order).toBe(demo.graph.order);
    expect(graph.size).toBe(demo.graph.size);
    // Our own workbook's computed columns are recomputed, not read back as user columns.
    demo.graph.forEachEdge((_key, a, source, target) => {
      const back = graph.edge(source, target);
      expect(back, `${source}–${target}`).toBeDefined();
      expect(graph.getEdgeAttribute(back!, 'strength')).toBe(a.strength);
    });
    for (const metric of Object.keys(demo.metrics.node))
      expect(
        graph.someNode((_id, a) => Object.hasOwn(a.attributes, metric)),
        metric,
      ).toBe(false);
    expect(report.warnings.filter((w) => w.code === 'computed_columns_left_out')).toHaveLength(1);
  });

  it('writes GEXF and GraphML that NetworkX reads with the same nodes, degrees and metrics', async () => {
    const gexf = await exportFile(app.page, 'export-gexf');
    const graphml = await exportFile(app.page, 'export-graphml');
    const read = readBack({
      'demo.gexf': gexf.bytes.toString('utf8'),
      'demo.graphml': graphml.bytes.toString('utf8'),
    });
    const { metrics } = demo;
    const betweenness = metrics.node.betweenness!;
    for (const back of Object.values(read)) {
      expect(Object.keys(back.nodes)).toHaveLength(demo.graph.order);
      expect(back.edges).toHaveLength(demo.graph.size);
      metrics.nodeIds.forEach((id, i) => {
        expect(back.degree[id]).toBe(demo.graph.degree(id));
        expect(back.nodes[id]!.betweenness as number).toBeCloseTo(betweenness[i]!, 12);
      });
    }
    // Positions and colours of the view are in the file for Gephi.
    expect(gexf.bytes.toString('utf8')).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/);
    expect(gexf.bytes.toString('utf8')).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
  });

  it('draws the view as SVG with the legend as text', async () => {
    const { page } = app;
    await page.getByTestId('caption').fill('Bildtext med <tecken> & "citat"');
    const svg = await exportFile(page, 'export-svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        circles: doc.querySelectorAll('circle').length,
        lines: doc.querySelectorAll('line').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.circles).toBeGreaterThan(demo.graph.order / 2);
    expect(parsed.lines).toBeGreaterThan(demo.graph.size / 2);
    expect(parsed.texts).toContain(sv.colourOptions.position);
    expect(parsed.texts).toContain('Nätverksaktör');
    expect(parsed.texts).toContain('Bildtext med <tecken> & "citat"');
  });

  it('draws the view as PNG at the chosen scale, with legend and caption', async () => {
    const { page } = app;
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.getByTestId('image-scale').selectOption('2');
    const png = await exportFile(page, 'export-png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBe(Math.round(box.width) * 2);
    expect(height).toBe(Math.round(box.height) * 2);
    expect(png.bytes.length).toBeGreaterThan(60_000);
    expect(app.problems).toEqual([]);
  });
});

describe('formula-like labels', () => {
  it('come out neutralised in CSV and XLSX, and read back as they were', async () => {
    const { page } = app;
    const labels = ['=SUM(A1:A9)', '+46 70 123', '@hemlig', '-minus'];
    const text =
      'source,target\n' + labels.map((l) => `"${l}",Kiruna`).join('\n') + '\nKiruna,Gällivare\n';
    await page.getByTestId('open-files').click();
    await page
      .getByTestId('edge-file')
      .setInputFiles({ name: 'formler.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByTestId('open-submit').click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('formler.csv');

    const nodes = await exportFile(page, 'export-nodes-csv');
    const edges = await exportFile(page, 'export-edges-csv');
    const book = await exportFile(page, 'export-xlsx');
    const csvText = nodes.bytes.toString('utf8');
    for (const line of csvText.split('\n')) expect(line).not.toMatch(/^[=+\-@]/);
    for (const label of labels) expect(csvText).toContain(`'${label}`);
    for (const file of [
      { edges: edges, nodes: nodes },
      { edges: book, nodes: undefined },
    ]) {
      const { graph } = await loadProject({
        edges: fromBytes(file.edges.name, new Uint8Array(file.edges.bytes)),
        nodes: file.nodes
          ? fromBytes(file.nodes.name, new Uint8Array(file.nodes.bytes))
          : undefined,
      });
      for (const label of labels) {
        expect(graph.hasNode(label), label).toBe(true);
        expect(graph.getNodeAttribute(label, 'label')).toBe(label);
      }
    }
  });
});
