import { describe, expect, it } from 'vitest';
import { STRUCTURE_FAMILIES } from '../../../../src/core/metrics/families-structure.ts';
import type { CompactGraph } from '../../../../src/core/metrics/compact.ts';
import type { FamilyResult } from '../../../../src/core/metrics/types.ts';
import { readReference, referenceGraph, REFERENCE_NAMES } from './reference-fixture.ts';
import { asMetricId } from '../as-metric-id.ts';

const TOLERANCE = 1e-9;
/** Metrics with no NetworkX counterpart to compare value by value (checked in communities.test.ts). */
const NOT_IN_REFERENCE = new Set(['community', 'modularity']);

async function computeAll(g: CompactGraph): Promise<Required<FamilyResult>> {
  const all: Required<FamilyResult> = { node: {}, edge: {}, graph: {}, notes: [], sampleSums: {} };
  for (const family of STRUCTURE_FAMILIES) {
    const result = await family.compute(g, { seed: 1 });
    Object.assign(all.node, result.node);
    Object.assign(all.edge, result.edge);
    Object.assign(all.graph, result.graph);
  }
  return all;
}

function expectClose(actual: number, expected: number | null, where: string) {
  if (expected === null) {
    expect(actual, where).toBeNaN();
    return;
  }
  expect(Number.isFinite(actual), `${where}: ${actual}`).toBe(true);
  expect(Math.abs(actual - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    TOLERANCE * Math.max(1, Math.abs(expected)),
  );
}

describe.each(REFERENCE_NAMES)('structure metrics on %s equal NetworkX', (name) => {
  const ref = readReference(name);
  const g = referenceGraph(name, ref);

  it('reads the graph in NetworkX order', () => {
    expect(g.ids).toEqual(ref.nodes);
    expect(Array.from(g.edgeSource, (s, e) => [g.ids[s], g.ids[g.edgeTarget[e]!]])).toEqual(
      ref.edges,
    );
  });

  it('computes exactly the descriptors that apply to the graph, and the reference has each', async () => {
    const all = await computeAll(g);
    for (const family of STRUCTURE_FAMILIES) {
      for (const d of family.descriptors) {
        const applies =
          d.appliesTo === 'all' || d.appliesTo === (g.directed ? 'directed' : 'undirected');
        const column = all[d.scope][d.id];
        expect(column !== undefined, `${d.id} computed`).toBe(applies);
        if (applies && !NOT_IN_REFERENCE.has(d.id)) {
          expect(ref[d.scope][d.id], `${d.id} in reference`).toBeDefined();
        }
      }
    }
  });

  it('matches every node, edge and graph value', async () => {
    const all = await computeAll(g);
    for (const [id, expected] of Object.entries(ref.node)) {
      const actual = all.node[asMetricId(id)]!;
      expect(actual, id).toBeDefined();
      expected.forEach((x, v) => expectClose(actual[v]!, x, `${id}[${ref.nodes[v]}]`));
    }
    for (const [id, expected] of Object.entries(ref.edge)) {
      const actual = all.edge[asMetricId(id)]!;
      expect(actual, id).toBeDefined();
      expected.forEach((x, e) => expectClose(actual[e]!, x, `${id}[${ref.edges[e]!.join('-')}]`));
    }
    for (const [id, expected] of Object.entries(ref.graph)) {
      if (id.startsWith('modularity')) continue;
      expectClose(all.graph[asMetricId(id)]!, expected, id);
    }
  });
});
