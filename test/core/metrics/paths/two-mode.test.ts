import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/errors.ts';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import { projectMunicipalities } from '../../../../src/core/metrics/paths/projection.ts';
import { SHORTEST_PATHS_FAMILY } from '../../../../src/core/metrics/paths/shortest-paths-family.ts';
import { twoModeSide } from '../../../../src/core/metrics/paths/two-mode.ts';
import type { BroGraph } from '../../../../src/core/model/types.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';
import { readPathsReference } from './reference-fixture.ts';

function small(kind: string[], pairs: [number, number][], directed = false) {
  return compactFromEdges({
    directed,
    ids: kind.map((_, i) => `n${i}`),
    kind,
    edgeKeys: pairs.map((_, e) => `e${e}`),
    source: Int32Array.from(pairs, ([s]) => s),
    target: Int32Array.from(pairs, ([, t]) => t),
    strength: new Float64Array(pairs.length).fill(1),
  });
}

describe('two-mode detection', () => {
  it.each(NETWORKS)('agrees with the reference script on %s', (name) => {
    expect(twoModeSide(compactGraph(loadNetwork(name))) !== null).toBe(
      readPathsReference(name).two_mode,
    );
  });

  it('accepts municipality ties to several actor kinds', () => {
    const side = twoModeSide(
      small(
        ['municipality', 'region', 'tourism', 'municipality'],
        [
          [0, 1],
          [0, 2],
          [3, 2],
        ],
      ),
    );
    expect(Array.from(side!)).toEqual([1, 0, 0, 1]);
  });

  it('accepts exactly two other kinds tied across, marking the first node’s kind', () => {
    const side = twoModeSide(
      small(
        ['region', 'tourism', 'region'],
        [
          [0, 1],
          [2, 1],
        ],
      ),
    );
    expect(Array.from(side!)).toEqual([1, 0, 1]);
  });

  it('rejects a tie within a mode, a directed graph and a graph without ties', () => {
    expect(
      twoModeSide(
        small(
          ['municipality', 'region', 'region'],
          [
            [0, 1],
            [1, 2],
          ],
        ),
      ),
    ).toBeNull();
    expect(twoModeSide(small(['municipality', 'region'], [[0, 1]], true))).toBeNull();
    expect(twoModeSide(small(['municipality', 'region'], []))).toBeNull();
  });

  it('leaves the two-mode columns out of a graph that is not two-mode', async () => {
    const g = small(
      ['municipality', 'region', 'region'],
      [
        [0, 1],
        [1, 2],
      ],
    );
    const result = await SHORTEST_PATHS_FAMILY.compute(g, { seed: 1 });
    expect(Object.keys(result.node!)).not.toContain('bip_degree');
  });

  it('gives isolates two-mode closeness 0, as NetworkX intends', async () => {
    const g = small(
      ['municipality', 'region', 'municipality', 'region'],
      [
        [0, 1],
        [2, 1],
      ],
    );
    const node = (await SHORTEST_PATHS_FAMILY.compute(g, { seed: 1 })).node!;
    expect(node.bip_closeness![3]).toBe(0);
    expect(node.bip_degree![3]).toBe(0);
  });
});

describe('projection onto municipalities', () => {
  it('equals networkx.bipartite.collaboration_weighted_projected_graph on Davis', () => {
    const ref = readPathsReference('davis').projection!;
    const projected = projectMunicipalities(loadNetwork('davis'));
    expect(projected.nodes()).toEqual(ref.nodes);
    expect(projected.size).toBe(ref.edges.length);
    for (const [u, v, w] of ref.edges) {
      const edge = projected.edge(u, v);
      expect(edge, `${u} – ${v}`).toBeDefined();
      expect(projected.getEdgeAttribute(edge!, 'strength')).toBeCloseTo(w, 12);
    }
  });

  it('keeps node attributes and counts shared partners as records', () => {
    const graph: BroGraph = new Graph({ type: 'undirected' });
    graph.replaceAttributes({ files: ['x.csv'], merge: 'sum' });
    const node = (kind: string) => ({ label: kind, kind, attributes: {} });
    graph.addNode('A', { ...node('municipality'), county: '01' });
    graph.addNode('B', node('municipality'));
    graph.addNode('C', node('municipality'));
    graph.addNode('R', node('region'));
    graph.addNode('U', node('higher_education'));
    const tie = { strength: 1, records: 1, byKind: {}, byYear: {}, attributes: {} };
    for (const [s, t] of [
      ['A', 'R'],
      ['B', 'R'],
      ['C', 'R'],
      ['A', 'U'],
      ['B', 'U'],
    ])
      graph.addEdge(s!, t!, { ...tie });
    const projected = projectMunicipalities(graph);
    expect(projected.getNodeAttribute('A', 'county')).toBe('01');
    // A and B share R (3 ties: 1/2) and U (2 ties: 1); A and C share only R.
    expect(projected.getEdgeAttributes(projected.edge('A', 'B')!)).toMatchObject({
      strength: 1.5,
      records: 2,
    });
    expect(projected.getEdgeAttribute(projected.edge('A', 'C')!, 'strength')).toBe(0.5);
  });

  it('rejects a graph that is not two-mode', () => {
    expect(() => projectMunicipalities(loadNetwork('karate'))).toThrow(InputError);
  });
});
