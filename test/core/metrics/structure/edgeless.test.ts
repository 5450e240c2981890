import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import { STRUCTURE_FAMILIES } from '../../../../src/core/metrics/families-structure.ts';
import type { FamilyResult } from '../../../../src/core/metrics/types.ts';

async function computeEdgeless(n: number, directed: boolean): Promise<Required<FamilyResult>> {
  const g = compactFromEdges({
    directed,
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    kind: Array(n).fill('municipality'),
    edgeKeys: [],
    source: new Int32Array(0),
    target: new Int32Array(0),
    strength: new Float64Array(0),
  });
  const all: Required<FamilyResult> = { node: {}, edge: {}, graph: {}, notes: [], sampleSums: {} };
  for (const family of STRUCTURE_FAMILIES) {
    const result = await family.compute(g, { seed: 1 });
    Object.assign(all.node, result.node);
    Object.assign(all.graph, result.graph);
  }
  return all;
}

describe('structure metrics on graphs without ties', () => {
  it.each([0, 1, 2, 5])('leave undefined what is undefined on %i isolated nodes', async (n) => {
    const all = await computeEdgeless(n, n === 2);
    for (const id of [
      'constraint',
      'constraint_weighted',
      'effective_size',
      'efficiency',
      'ei_index',
    ] as const)
      expect(Array.from(all.node[id]!).every(Number.isNaN), id).toBe(true);
    for (const id of ['degree', 'clustering', 'core', 'cut_vertex', 'brokerage_total'] as const)
      expect(
        Array.from(all.node[id]!).every((x) => x === 0),
        id,
      ).toBe(true);
    expect(Array.from(all.node.component!)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(Array.from(all.node.community!)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(all.graph.components).toBe(n);
    expect(all.graph.density).toBe(0);
    expect(all.graph.transitivity).toBe(0);
    expect(all.graph.modularity).toBeNaN();
    if (n < 3) expect(all.graph.degree_centralization).toBeNaN();
    else expect(all.graph.degree_centralization).toBe(0);
    if (n === 0) expect(all.graph.average_clustering).toBeNaN();
    else expect(all.graph.average_clustering).toBe(0);
  });
});
