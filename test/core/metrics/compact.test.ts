import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../src/core/metrics/compact.ts';
import { loadNetwork } from '../../helpers/load-network.ts';

function slots(offsets: Int32Array, neighbors: Int32Array, v: number): number[] {
  return Array.from(neighbors.subarray(offsets[v]!, offsets[v + 1]!)).sort((a, b) => a - b);
}

describe('compactGraph', () => {
  it('gives undirected graphs the same neighbours in every view', () => {
    const graph = loadNetwork('karate_weighted');
    const g = compactGraph(graph);
    for (let v = 0; v < g.n; v++) {
      const expected = graph
        .neighbors(g.ids[v]!)
        .map((id) => g.index.get(id)!)
        .sort((a, b) => a - b);
      expect(slots(g.offsets, g.neighbors, v)).toEqual(expected);
      expect(slots(g.outOffsets, g.outNeighbors, v)).toEqual(expected);
      expect(slots(g.inOffsets, g.inNeighbors, v)).toEqual(expected);
    }
  });

  it('keeps direction in the directed views and sums reciprocal strengths in the undirected one', () => {
    const graph = loadNetwork('lesmis_directed');
    const g = compactGraph(graph);
    for (let v = 0; v < g.n; v++) {
      const id = g.ids[v]!;
      const sorted = (ids: string[]) => ids.map((x) => g.index.get(x)!).sort((a, b) => a - b);
      expect(slots(g.outOffsets, g.outNeighbors, v)).toEqual(sorted(graph.outNeighbors(id)));
      expect(slots(g.inOffsets, g.inNeighbors, v)).toEqual(sorted(graph.inNeighbors(id)));
      expect(slots(g.offsets, g.neighbors, v)).toEqual(sorted(graph.neighbors(id)));
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
        const u = g.ids[g.neighbors[k]!]!;
        const both = [graph.edge(id, u), graph.edge(u, id)].filter((e) => e !== undefined);
        const sum = both.reduce((s, e) => s + graph.getEdgeAttribute(e, 'strength'), 0);
        expect(g.weights[k]).toBe(sum);
      }
    }
  });
});
