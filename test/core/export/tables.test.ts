import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { edgesTable, nodesTable } from '../../../src/core/export/tables.ts';
import { DESCRIPTORS, computeMetrics } from '../../../src/core/metrics/index.ts';
import { loadNetwork } from '../../helpers/load-network.ts';
import { hostileGraph } from './hostile-graph.ts';

describe('export tables', () => {
  it('node columns: id, label, kind, the metrics in descriptor order, then the rest', async () => {
    const graph = loadNetwork('karate_weighted');
    const metrics = await computeMetrics(graph);
    const { headers, rows } = nodesTable({ graph, metrics });
    const nodeMetrics = DESCRIPTORS.filter((d) => d.scope === 'node' && d.id in metrics.node);
    // karate has no county, code or coordinates: those columns are left out, not written empty.
    expect(headers).toEqual(['id', 'label', 'kind', ...nodeMetrics.map((d) => d.id)]);
    expect(rows.map((r) => r[0])).toEqual(graph.nodes());
  });

  it('position columns come from the analysis; regional actors have none', async () => {
    const graph = hostileGraph();
    const metrics = await computeMetrics(graph);
    const analysis = analyzeNetwork(graph, metrics, { stabilityRuns: 20 });
    const { headers, rows } = nodesTable({ graph, metrics, analysis });
    const at = (name: string) => headers.indexOf(name);
    const byNode = new Map(analysis.positions.map((p) => [p.node, p]));
    expect(byNode.size).toBeGreaterThan(3);
    for (const row of rows) {
      const id = row[0] as string;
      const p = byNode.get(id);
      expect(row[at('position')]).toBe(p?.position);
      expect(row[at('position_stability')]).toBe(p?.stability);
      expect(row[at('position_stability_runs')]).toBe(p?.stabilityRuns);
      expect(row[at('position_uncertain')]).toBe(p?.uncertain);
      if (!p) expect(graph.getNodeAttribute(id, 'kind')).not.toBe('municipality');
    }
  });

  it('a user column named like a metric is kept as data_<name>; the metric keeps its name', async () => {
    const graph = hostileGraph();
    const metrics = await computeMetrics(graph);
    const { headers, rows } = nodesTable({ graph, metrics });
    expect(headers.filter((h) => h === 'degree')).toHaveLength(1);
    const are = rows.find((r) => r[0] === 'Åre')!;
    expect(are[headers.indexOf('data_degree')]).toBe('user text');
    expect(are[headers.indexOf('degree')]).toBe(3);
    expect(headers.slice(-5)).toEqual(['population', 'målbild', 'data_degree', 'note', 'change']);
  });

  it('edge rows: the breakdowns as sorted "key: count" pairs, the empty kind left out', () => {
    const graph = hostileGraph();
    const { headers, rows } = edgesTable({ graph });
    expect(headers).toEqual([
      'source',
      'target',
      'strength',
      'records',
      'kinds',
      'years',
      'comment',
    ]);
    const e3 = rows[graph.edges().indexOf('e3')]!;
    expect(e3[4]).toBe(`"double" and 'single' quotes: 1`);
    expect(e3[5]).toBe('2017: 1; 2018: 3');
    expect(rows[graph.edges().indexOf('chord')]!.slice(3, 6)).toEqual([1, undefined, undefined]);
  });
});
