import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_LIMIT, metricPlan } from '../../../src/core/metrics/plan.ts';
import { DESCRIPTORS } from '../../../src/core/metrics/index.ts';
import { PATH_FAMILIES } from '../../../src/core/metrics/families-paths.ts';
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

  it('leaves out exactly the all-pairs metrics above the limit', () => {
    const n = Math.ceil(Math.sqrt(ALL_PAIRS_LIMIT)) + 2;
    const plan = metricPlan(pathGraph(n), undefined);
    expect(plan.skipped.sort()).toEqual([...allPairs].sort());
    expect(plan.only!.length + plan.skipped.length).toBe(DESCRIPTORS.length);
    expect(plan.only).toContain('constraint_weighted');
  });

  it('honours metrics named by the user whatever the size', () => {
    const n = Math.ceil(Math.sqrt(ALL_PAIRS_LIMIT)) + 2;
    expect(metricPlan(pathGraph(n), ['betweenness'])).toEqual({
      only: ['betweenness'],
      skipped: [],
    });
  });
});
