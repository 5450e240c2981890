import { beforeAll, describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/core/export/gexf.ts';
import { writeGraphml } from '../../../src/core/export/graphml.ts';
import type { ExportInput } from '../../../src/core/export/types.ts';
import { breakdownText } from '../../../src/core/io/result-tables.ts';
import { computeMetrics } from '../../../src/core/metrics/index.ts';
import { metricType } from '../../../src/core/export/metric-columns.ts';
import type { MetricTable } from '../../../src/core/metrics/types.ts';
import { loadNetwork, type NetworkName } from '../../helpers/load-network.ts';
import { HOSTILE, hostileGraph } from './hostile-graph.ts';
import { hasNetworkx, readBack, type ReadBack } from './readback.ts';
import { sampleAnalysis } from './sample-analysis.ts';
import { metricEntries, type MetricId } from '../../../src/core/metrics/metric-id.ts';

const networkx = hasNetworkx();
if (!networkx)
  console.warn('graph-files: /usr/bin/python3 has no networkx; NetworkX read-back skipped');

/** The value NetworkX should hold for a metric cell: absent when undefined; -0 reads as 0. */
function expected(metrics: MetricTable, scope: 'node' | 'edge', id: MetricId, i: number) {
  const v = metrics[scope][id]![i]!;
  if (!Number.isFinite(v)) return undefined;
  return metricType(id) === 'boolean' ? v !== 0 : v + 0;
}

function layoutOf(input: ExportInput): Map<string, { x: number; y: number }> {
  const layout = new Map<string, { x: number; y: number }>();
  input.graph.forEachNode((id, _a) => {
    const n = layout.size;
    layout.set(id, { x: Math.cos(n) * 100 + 0.125, y: Math.sin(n + 0.5) * -37.5 });
  });
  return layout;
}

describe.skipIf(!networkx)('GEXF and GraphML read back by NetworkX', () => {
  const names: NetworkName[] = ['karate_weighted', 'lesmis_directed', 'two_components'];
  const inputs = new Map<NetworkName, ExportInput>();
  let read: Record<string, ReadBack>;

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (const name of names) {
      const graph = loadNetwork(name);
      const input: ExportInput = { graph, metrics: await computeMetrics(graph) };
      input.layout = layoutOf(input);
      input.colors = new Map([
        [graph.nodes()[0]!, '#1f77b4'],
        [graph.nodes()[1]!, '#F0A'],
      ]);
      input.sizes = new Map([[graph.nodes()[2]!, 12.5]]);
      inputs.set(name, input);
      files[`${name}.gexf`] = writeGexf(input);
      files[`${name}.graphml`] = writeGraphml(input);
    }
    read = readBack(files);
  });

  for (const name of names) {
    for (const ext of ['gexf', 'graphml'] as const) {
      describe(`${name}.${ext}`, () => {
        it('has the same nodes, edges and direction', () => {
          const { graph } = inputs.get(name)!;
          const back = read[`${name}.${ext}`]!;
          expect(back.directed).toBe(graph.type === 'directed');
          expect(back.multigraph).toBe(false);
          expect(Object.keys(back.nodes).sort()).toEqual(graph.nodes().sort());
          expect(back.edges.length).toBe(graph.size);
          const pairs = (list: string[][]) => list.map((p) => p.join('→')).sort();
          const ours = graph.mapEdges((_k, _a, s, t) => [s, t]);
          const theirs = back.edges.map(([s, t]) => [s, t]);
          if (graph.type === 'directed') expect(pairs(theirs)).toEqual(pairs(ours));
          else expect(pairs(theirs.map((p) => p.sort()))).toEqual(pairs(ours.map((p) => p.sort())));
        });

        it('carries every node metric with the exact value, undefined ones left out', () => {
          const { metrics } = inputs.get(name)!;
          const back = read[`${name}.${ext}`]!;
          let checked = 0;
          metrics!.nodeIds.forEach((id, i) => {
            for (const [metric] of metricEntries(metrics!.node)) {
              expect(back.nodes[id]![metric], `${id} ${metric}`).toEqual(
                expected(metrics!, 'node', metric, i),
              );
              checked++;
            }
          });
          expect(checked).toBeGreaterThan(100);
        });

        it('carries every edge metric, and strength as the weight NetworkX sums', () => {
          const { graph, metrics } = inputs.get(name)!;
          const back = read[`${name}.${ext}`]!;
          const byId = new Map(back.edges.map(([, , d]) => [d.id as string, d]));
          metrics!.edgeKeys.forEach((key, i) => {
            const data = byId.get(key)!;
            expect(data.weight).toBe(graph.getEdgeAttribute(key, 'strength'));
            expect(data.records).toBe(1);
            for (const [metric] of metricEntries(metrics!.edge)) {
              expect(data[metric], `${key} ${metric}`).toEqual(
                expected(metrics!, 'edge', metric, i),
              );
            }
          });
          if (graph.type === 'undirected') {
            const strength = metrics!.node.strength!;
            const degree = metrics!.node.degree!;
            metrics!.nodeIds.forEach((id, i) => {
              expect(back.degree[id]).toBe(degree[i]);
              expect(back.weighted_degree[id]).toBeCloseTo(strength[i]!, 12);
            });
          }
        });

        it('places and colours the nodes as drawn', () => {
          const input = inputs.get(name)!;
          const back = read[`${name}.${ext}`]!;
          const [first, second, third] = input.graph.nodes();
          for (const id of input.graph.nodes()) {
            const { x, y } = input.layout!.get(id)!;
            const node = back.nodes[id]!;
            const viz = node.viz as { position: { x: number; y: number } } | undefined;
            expect(ext === 'gexf' ? viz!.position : { x: node.x, y: node.y }).toMatchObject({
              x,
              y,
            });
          }
          const colour = (id: string) => {
            const node = back.nodes[id]!;
            const c =
              ext === 'gexf' ? (node.viz as { color?: Record<string, number> }).color : node;
            return c?.r === undefined ? undefined : { r: c.r, g: c.g, b: c.b };
          };
          expect(colour(first!)).toEqual({ r: 0x1f, g: 0x77, b: 0xb4 });
          expect(colour(second!)).toEqual({ r: 0xff, g: 0x00, b: 0xaa });
          expect(colour(third!)).toBeUndefined();
          const size = back.nodes[third!]!;
          expect(ext === 'gexf' ? (size.viz as { size: number }).size : size.size).toBe(12.5);
        });
      });
    }
  }

  it('writes graph-level metrics on the GraphML graph', () => {
    const { metrics } = inputs.get('karate_weighted')!;
    const graph = read['karate_weighted.graphml']!.graph;
    const defined = Object.entries(metrics!.graph).filter(([, v]) => v !== null);
    expect(defined.length).toBeGreaterThan(3);
    for (const [id, v] of defined) expect(graph[id], id).toBe(v);
  });
});

describe.skipIf(!networkx)('hostile text through GEXF and GraphML', () => {
  let input: ExportInput;
  let read: Record<string, ReadBack>;

  beforeAll(async () => {
    const graph = hostileGraph();
    input = { graph, metrics: await computeMetrics(graph), analysis: sampleAnalysis() };
    read = readBack({ 'h.gexf': writeGexf(input), 'h.graphml': writeGraphml(input) });
  });

  for (const file of ['h.gexf', 'h.graphml']) {
    it(`${file}: ids, labels and user text come back exactly`, () => {
      const back = read[file]!;
      expect(Object.keys(back.nodes).sort()).toEqual(input.graph.nodes().sort());
      for (const text of HOSTILE) {
        expect(back.nodes[text]!.label).toBe(text);
        expect(back.nodes[text]!.note).toBe(text);
        expect(back.nodes[text]!.kind).toBe(input.graph.getNodeAttribute(text, 'kind'));
      }
      const byId = new Map(back.edges.map(([, , d]) => [d.id as string, d]));
      input.graph.forEachEdge((key, a) => {
        expect(byId.get(key)!.comment).toBe(a.attributes.comment);
        expect(byId.get(key)!.kinds).toBe(breakdownText(a.byKind) || undefined);
        expect(byId.get(key)!.years).toBe(breakdownText(a.byYear) || undefined);
        expect(byId.get(key)!.records).toBe(a.records);
      });
    });

    it(`${file}: known and user attributes keep their types; a colliding name is prefixed`, () => {
      const are = read[file]!.nodes['Åre']!;
      expect(are).toMatchObject({
        label: 'Åre kommun',
        county: '23',
        code: '2321',
        lat: 63.3986,
        lon: 13.0817,
        recognised: 'municipality',
        population: 11500,
        målbild: 2.5,
        data_degree: 'user text',
        degree: 3,
        position: 'natverksaktor',
        position_stability: 0.875,
        position_stability_runs: 200,
        position_uncertain: false,
      });
      expect(read[file]!.nodes[HOSTILE[1]]).not.toHaveProperty('position');
      expect(Number.isInteger(read[file]!.nodes[HOSTILE[2]]!.population)).toBe(true);
      expect(read[file]!.nodes.isolated).not.toHaveProperty('constraint');
      expect(read[file]!.nodes.isolated).not.toHaveProperty('note');
    });
  }
});
