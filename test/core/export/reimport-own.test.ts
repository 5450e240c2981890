import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/core/export/gexf.ts';
import { writeGraphml } from '../../../src/core/export/graphml.ts';
import type { ExportInput } from '../../../src/core/export/types.ts';
import { writeXlsx } from '../../../src/core/export/xlsx.ts';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import type { ByteSource } from '../../../src/core/io/types.ts';
import { loadProject } from '../../../src/core/load.ts';
import { isMetricId } from '../../../src/core/metrics/metric-id.ts';
import type { BroGraph, ImportReport } from '../../../src/core/model/types.ts';
import { openInput } from '../../../src/core/run/open-input.ts';
import { run } from '../../../src/core/run/run.ts';
import { exportWords } from '../../../src/i18n/export.ts';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'data', 'demo');

describe('the demo exported with metrics, positions and a drawing, and read back', () => {
  let input: ExportInput;
  beforeAll(async () => {
    const file = (name: string) => fromBytes(name, readFileSync(join(DEMO, name)));
    const opened = await openInput({ edges: file('samarbeten.csv'), nodes: file('aktorer.csv') });
    const outcome = await run(opened, {});
    if (outcome.kind !== 'result') throw new Error('the demo asks no question');
    const { graph, metrics, analysis } = outcome.result;
    const layout = new Map(graph.mapNodes((id, _, i = 0) => [id, { x: i, y: -i }]));
    const colors = new Map(graph.mapNodes((id) => [id, '#336699']));
    const sizes = new Map(graph.mapNodes((id) => [id, 4]));
    input = { graph, metrics, analysis, layout, colors, sizes };
  }, 60_000);

  const files: [string, () => Promise<ByteSource>][] = [
    ['GEXF', async () => fromText('demo.gexf', writeGexf(input))],
    ['GraphML', async () => fromText('demo.graphml', writeGraphml(input))],
    ['XLSX', async () => fromBytes('demo.xlsx', await writeXlsx(input, exportWords('sv')))],
  ];

  for (const [format, source] of files) {
    it(`${format}: the same network, our columns as what they are, the computed ones left out with one note`, async () => {
      const { graph: back, report } = await loadProject({ edges: await source() });
      expectSameNetwork(input.graph, back);
      expectComputedNote(report);
    });
  }
});

function expectSameNetwork(graph: BroGraph, back: BroGraph): void {
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((id, a) => {
    expect(back.hasNode(id), id).toBe(true);
    const b = back.getNodeAttributes(id);
    expect(b.label, id).toBe(a.label);
    expect(b.kind, id).toBe(a.kind);
    expect(b.county, id).toBe(a.county);
    expect(b.lat, id).toBe(a.lat);
    expect(b.lon, id).toBe(a.lon);
    expect({ ...b.attributes }, id).toEqual({ ...a.attributes });
    for (const name of Object.keys(b.attributes)) {
      expect(isMetricId(name) || name.startsWith('data_'), `${id}: ${name}`).toBe(false);
    }
  });
  expect(graph.someNode((_, a) => a.attributes['Målbild'] !== undefined)).toBe(true);
  graph.forEachEdge((_, a, s, t) => {
    const key = back.edge(s, t);
    expect(key, `${s} — ${t}`).toBeDefined();
    const b = back.getEdgeAttributes(key!);
    expect(b.strength).toBe(a.strength);
    expect(b.records).toBe(a.records);
    expect({ ...b.byKind }).toEqual({ ...a.byKind });
    expect({ ...b.byYear }).toEqual({ ...a.byYear });
    expect({ ...b.attributes }).toEqual({ ...a.attributes });
  });
}

function expectComputedNote(report: ImportReport): void {
  const notes = report.warnings.filter((w) => w.code === 'computed_columns_left_out');
  expect(notes).toHaveLength(1);
  const columns = String(notes[0]!.params!.columns).split(', ');
  for (const name of ['degree', 'constraint_weighted', 'position', 'edge_betweenness', 'x', 'y'])
    expect(columns).toContain(name);
}
