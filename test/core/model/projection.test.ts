import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { projectMunicipalities } from '../../../src/core/model/projection.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { loadNetwork } from '../../helpers/load-network.ts';
import { readPathsReference } from '../metrics/paths/reference-fixture.ts';

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
