import { describe, expect, it } from 'vitest';
import { analyzeNetwork, findingKey, type Finding } from '../../../src/core/analysis/index.ts';
import { computeMetrics } from '../../../src/core/metrics/index.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { runGraph } from '../../../src/core/run/run.ts';
import { metricChanges, whatIf } from '../../../src/core/run/what-if.ts';

/** Findings with edge keys replaced by their ends, so graphs with other keys compare. */
const byEnds = (graph: BroGraph, findings: Finding[]) =>
  findings.map((f) => ({
    ...f,
    edges: f.edges.map((e) => [graph.source(e), graph.target(e)].sort().join('|')),
  }));
import { constructedNetwork } from '../analysis/constructed.ts';
import { metricEntries, type MetricId } from '../../../src/core/metrics/metric-id.ts';

const ONLY: MetricId[] = ['degree', 'strength', 'constraint_weighted', 'harmonic', 'cut_vertex'];

describe('what-if', () => {
  it('equals a full recomputation of the changed network', async () => {
    const graph = constructedNetwork();
    const base = await runGraph(graph, { metrics: ONLY, analysis: { stabilityRuns: 30 } });
    const { metrics, analysis } = base;
    const result = await whatIf(base, [
      { op: 'remove', source: 'RA', target: 'Mpend' },
      { op: 'add', source: 'Mthread', target: 'H', strength: 1 },
      { op: 'add', source: 'Mnet', target: 'RA', strength: 2 },
    ]);

    const changed = graph.copy();
    changed.addEdge('Mthread', 'H', {
      strength: 1,
      records: 1,
      byKind: {},
      byYear: {},
      attributes: {},
    });
    changed.updateEdgeAttribute(changed.edge('Mnet', 'RA')!, 'strength', (s) => s! + 2);
    changed.dropEdge(changed.edge('Mpend', 'RA')!);
    const metricsAfter = await computeMetrics(changed, { only: ONLY });
    const after = analyzeNetwork(changed, metricsAfter, { stabilityRuns: 30 });

    expect(result.metrics.node).toEqual(metricsAfter.node);
    expect(result.analysis.positions).toEqual(after.positions);
    const resultGraph = graph.copy();
    resultGraph.addEdgeWithKey('what-if:Mthread|H', 'Mthread', 'H', {
      strength: 1,
      records: 1,
      byKind: {},
      byYear: {},
      attributes: {},
    });
    expect(byEnds(resultGraph, result.analysis.findings)).toEqual(byEnds(changed, after.findings));

    const expectedChanges: { node: string; metric: string; before: number; after: number }[] = [];
    for (const [metric] of metricEntries(metrics.node)) {
      metrics.nodeIds.forEach((node, i) => {
        const a = metrics.node[metric]![i]!;
        const b = metricsAfter.node[metric]![metricsAfter.nodeIds.indexOf(node)]!;
        if (!(Object.is(a, b) || Math.abs(a - b) <= 1e-12))
          expectedChanges.push({ node, metric, before: a, after: b });
      });
    }
    expect(result.metricChanges).toEqual(expectedChanges);
    expect(result.metricChanges.length).toBeGreaterThan(0);
    expect(metricChanges(metrics, metricsAfter)).toEqual(expectedChanges);

    const positionBefore = new Map(analysis.positions.map((p) => [p.node, p.position]));
    expect(result.positionChanges).toEqual(
      after.positions
        .filter((p) => positionBefore.get(p.node) !== p.position)
        .map((p) => ({ node: p.node, before: positionBefore.get(p.node), after: p.position })),
    );
    expect(result.positionChanges.map((c) => c.node)).toContain('Mthread');

    const keysBefore = new Set(analysis.findings.map(findingKey));
    const keysAfter = new Set(after.findings.map(findingKey));
    expect(byEnds(resultGraph, result.findingsAdded)).toEqual(
      byEnds(
        changed,
        after.findings.filter((f) => !keysBefore.has(findingKey(f))),
      ),
    );
    expect(result.findingsRemoved).toEqual(
      analysis.findings.filter((f) => !keysAfter.has(findingKey(f))),
    );
    expect(result.findingsRemoved.some((f) => f.code === 'cut_vertex_separates')).toBe(true);
  });

  it('refuses to remove a tie that does not exist or to name an unknown node', async () => {
    const graph = constructedNetwork();
    const base = await runGraph(graph, { metrics: ONLY, analysis: { stabilityRuns: 0 } });
    await expect(whatIf(base, [{ op: 'remove', source: 'Miso', target: 'RA' }])).rejects.toThrow(
      RangeError,
    );
    await expect(
      whatIf(base, [{ op: 'add', source: 'Nowhere', target: 'RA', strength: 1 }]),
    ).rejects.toThrow(RangeError);
  });
});
