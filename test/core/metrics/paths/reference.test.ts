import { describe, expect, it } from 'vitest';
import { compactGraph, type CompactGraph } from '../../../../src/core/metrics/compact.ts';
import { PATH_FAMILIES } from '../../../../src/core/metrics/families-paths.ts';
import type { FamilyResult } from '../../../../src/core/metrics/types.ts';
import { loadNetwork, NETWORKS, type NetworkName } from '../../../helpers/load-network.ts';
import { expectedValues, readPathsReference } from './reference-fixture.ts';
import { asMetricId } from '../as-metric-id.ts';

/** Exact metrics to 1e-9; power iterations (which stop at a tolerance) to 1e-6. */
const TOLERANCE: Record<string, number> = {
  eigenvector: 1e-6,
  eigenvector_weighted: 1e-6,
  pagerank: 1e-6,
};

async function computeAll(g: CompactGraph): Promise<FamilyResult> {
  const all: Required<FamilyResult> = { node: {}, edge: {}, graph: {}, notes: [], sampleSums: {} };
  for (const family of PATH_FAMILIES) {
    const r = await family.compute(g, { seed: 1 });
    Object.assign(all.node, r.node);
    Object.assign(all.edge, r.edge);
    Object.assign(all.graph, r.graph);
  }
  return all;
}

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const a = actual[i]!;
    if (Number.isNaN(e)) expect(a, `index ${i}`).toBeNaN();
    else expect(Math.abs(a - e), `index ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(tolerance);
  }
}

/** x has unit length and (A + I)·x = λ·x to the iteration's tolerance. */
function expectEigenvector(g: CompactGraph, weighted: boolean, x: ArrayLike<number>): void {
  const y = Float64Array.from(x);
  for (let e = 0; e < g.m; e++) {
    const w = weighted ? g.edgeStrength[e]! : 1;
    y[g.edgeTarget[e]!]! += w * x[g.edgeSource[e]!]!;
    if (!g.directed) y[g.edgeSource[e]!]! += w * x[g.edgeTarget[e]!]!;
  }
  let length = 0;
  let lambda = 0;
  for (let v = 0; v < g.n; v++) {
    length += x[v]! * x[v]!;
    lambda += x[v]! * y[v]!;
  }
  expect(length).toBeCloseTo(1, 9);
  for (let v = 0; v < g.n; v++) {
    expect(Math.abs(y[v]! - lambda * x[v]!), `node ${v}`).toBeLessThan(1e-4 * lambda);
  }
}

describe.each(NETWORKS)('shortest-path and spectral metrics on %s equal NetworkX', (name) => {
  const ref = readPathsReference(name as NetworkName);
  const g = compactGraph(loadNetwork(name as NetworkName));
  const computed = computeAll(g);

  it('keeps NetworkX’s node order', () => {
    expect(g.ids).toEqual(ref.nodes);
  });

  it.each(Object.keys(ref.node))('%s', async (metric) => {
    const values = (await computed).node![asMetricId(metric)];
    expect(values, `${metric} missing`).toBeDefined();
    const expected = expectedValues(ref.node[metric]!);
    if (metric.startsWith('eigenvector') && expected.every(Number.isNaN)) {
      // NetworkX gave up after 100 iterations; the iteration goes on to the eigenvector.
      expectEigenvector(g, metric === 'eigenvector_weighted', values!);
    } else expectClose(values!, expected, TOLERANCE[metric] ?? 1e-9);
  });

  it('computes two-mode metrics exactly when NetworkX’s script did', async () => {
    expect('bip_degree' in (await computed).node!).toBe(ref.two_mode);
  });

  it('edge_betweenness', async () => {
    const values = (await computed).edge!.edge_betweenness!;
    const byPair = new Map(ref.edge.edge_betweenness.map(([u, v, b]) => [`${u}\u0000${v}`, b]));
    const expected = Array.from(g.edgeKeys, (_, e) => {
      const u = g.ids[g.edgeSource[e]!]!;
      const v = g.ids[g.edgeTarget[e]!]!;
      const b =
        byPair.get(`${u}\u0000${v}`) ?? (g.directed ? undefined : byPair.get(`${v}\u0000${u}`));
      if (b === undefined) throw new Error(`no reference for ${u} – ${v}`);
      return b ?? NaN;
    });
    expect(byPair.size).toBe(g.m);
    expectClose(values, expected, 1e-9);
  });

  it('diameter and average path length of the largest component', async () => {
    const graph = (await computed).graph!;
    expect(graph.diameter).toBe(ref.graph.diameter);
    expect(Math.abs(graph.average_path_length! - ref.graph.average_path_length!)).toBeLessThan(
      1e-12,
    );
  });
});
