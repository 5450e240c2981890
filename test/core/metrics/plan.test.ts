import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_LIMIT, metricPlan } from '../../../src/core/metrics/plan.ts';
import { DESCRIPTORS } from '../../../src/core/metrics/index.ts';
import { PATH_FAMILIES } from '../../../src/core/metrics/families-paths.ts';
import { SAMPLED_IDS } from '../../../src/core/metrics/paths/pivot-sample.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';

/** A path graph with n nodes (n − 1 ties). */
function pathGraph(n: number): BroGraph {
  const g: BroGraph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++)
    g.addNode(String(i), { label: String(i), kind: 'other', attributes: {} });
  for (let i = 1; i < n; i++) {
    g.addEdge(String(i - 1), String(i), {
      strength: 1,
      records: 1,
      byKind: {},
      byYear: {},
      attributes: {},
    });
  }
  return g;
}

describe('metricPlan', () => {
  const allPairs = PATH_FAMILIES.filter((f) => f.id.startsWith('shortest-paths')).flatMap((f) =>
    f.descriptors.map((d) => d.id),
  );

  it('computes everything on a network within the limit', () => {
    expect(metricPlan(pathGraph(100), undefined)).toEqual({ skipped: [] });
  });

  it('estimates betweenness and closeness above the limit, and leaves out the rest', () => {
    const n = Math.ceil(Math.sqrt(ALL_PAIRS_LIMIT)) + 2;
    const plan = metricPlan(pathGraph(n), undefined);
    const sampled = allPairs.filter((id) => SAMPLED_IDS.includes(id));
    expect(sampled.length).toBe(SAMPLED_IDS.length);
    expect(plan.skipped.sort()).toEqual(allPairs.filter((id) => !sampled.includes(id)).sort());
    expect(plan.only!.length + plan.skipped.length).toBe(DESCRIPTORS.length);
    expect(plan.only).toContain('constraint_weighted');
    expect(plan.only).toEqual(expect.arrayContaining(sampled));
    const sample = plan.sample!;
    expect(sample.ids.sort()).toEqual([...sampled].sort());
    expect(sample.method).toBe('pivots');
    expect(sample.nodes).toBe(n);
    expect(sample.sources).toBeLessThan(n);
    expect(sample.epsilon).toBeCloseTo(
      Math.sqrt(Math.log((2 * n) / (1 - sample.confidence)) / (2 * sample.sources)),
      12,
    );
  });

  it('honours metrics named by the user whatever the size', () => {
    const n = Math.ceil(Math.sqrt(ALL_PAIRS_LIMIT)) + 2;
    expect(metricPlan(pathGraph(n), ['betweenness'])).toEqual({
      only: ['betweenness'],
      skipped: [],
    });
  });
});
