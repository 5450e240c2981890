import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  pivotSources,
  SAMPLED_IDS,
  sampledMetrics,
  sourcesFor,
} from '../../../../src/core/metrics/paths/pivot-sample.ts';
import { SHORTEST_PATHS_FAMILY } from '../../../../src/core/metrics/paths/shortest-paths-family.ts';
import { WEIGHTED_PATHS_FAMILY } from '../../../../src/core/metrics/paths/weighted-paths-family.ts';
import type { FamilyResult } from '../../../../src/core/metrics/types.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';

async function both(name: (typeof NETWORKS)[number], sampleSources?: number) {
  const g = compactGraph(loadNetwork(name));
  const ctx = { seed: 7, ...(sampleSources === undefined ? {} : { sampleSources }) };
  const node: NonNullable<FamilyResult['node']> = {};
  for (const family of [SHORTEST_PATHS_FAMILY, WEIGHTED_PATHS_FAMILY])
    Object.assign(node, (await family.compute(g, ctx)).node);
  return { n: g.n, node };
}

describe('pivotSources', () => {
  it('draws k distinct nodes in node order, the same for the same seed', () => {
    const a = pivotSources(100, 30, 5);
    expect(new Set(a).size).toBe(30);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect(a).toEqual(pivotSources(100, 30, 5));
    expect(a).not.toEqual(pivotSources(100, 30, 6));
  });
});

describe('the error bound', () => {
  it('is 0 when every node is a source, and sourcesFor gives the fewest sources for a bound', () => {
    expect(sampledMetrics([], 100, 100).epsilon).toBe(0);
    const k = sourcesFor(0.2, 1000);
    expect(sampledMetrics([], 1000, k).epsilon).toBeLessThanOrEqual(0.2);
    expect(sampledMetrics([], 1000, k - 1).epsilon).toBeGreaterThan(0.2);
    expect(sourcesFor(0, 1000)).toBe(1000);
    expect(sourcesFor(0.001, 1000)).toBe(1000);
  });
});

describe.each(NETWORKS)('sampled betweenness and closeness on %s', (name) => {
  it('equal the exact values when every node is a source', async () => {
    const exact = await both(name);
    const sampled = await both(name, exact.n);
    expect(Object.keys(sampled.node).sort()).toEqual([...SAMPLED_IDS].sort());
    for (const id of SAMPLED_IDS) {
      const e = exact.node[id]!;
      const s = sampled.node[id]!;
      for (let v = 0; v < exact.n; v++) expect(Math.abs(s[v]! - e[v]!)).toBeLessThan(1e-9);
    }
  });

  it('stay within the stated error from half the nodes, the same in two runs', async () => {
    const exact = await both(name);
    const k = Math.ceil(exact.n / 2);
    const sampled = await both(name, k);
    expect(await both(name, k)).toEqual(sampled);
    const { epsilon } = sampledMetrics([...SAMPLED_IDS], exact.n, k);
    for (const id of ['betweenness', 'harmonic_normalized', 'betweenness_weighted'] as const) {
      const e = exact.node[id]!;
      const s = sampled.node[id]!;
      for (let v = 0; v < exact.n; v++)
        expect(Math.abs(s[v]! - e[v]!)).toBeLessThanOrEqual(epsilon);
    }
  });
});
