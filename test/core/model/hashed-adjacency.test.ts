import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { preferHashedAdjacency } from '../../../src/core/model/hashed-adjacency.ts';

describe('preferHashedAdjacency', () => {
  it.each(['undirected', 'directed'] as const)(
    'leaves a %s graph that behaves exactly like an untouched one',
    (type) => {
      const build = (hashed: boolean) => {
        const graph = new Graph({ type });
        for (const id of ['a', 'b', 'c', 'd']) graph.addNode(id);
        if (hashed) preferHashedAdjacency(graph);
        graph.addEdgeWithKey('0', 'a', 'b');
        graph.addEdgeWithKey('1', 'b', 'c');
        graph.addEdgeWithKey('2', 'c', 'a');
        graph.addEdgeWithKey('3', 'd', 'a');
        return graph;
      };
      const plain = build(false);
      const hashed = build(true);
      expect(hashed.export()).toEqual(plain.export());
      for (const node of plain.nodes()) {
        expect(hashed.neighbors(node)).toEqual(plain.neighbors(node));
        expect(hashed.degree(node)).toBe(plain.degree(node));
      }
      expect(hashed.hasEdge('d', 'a')).toBe(true);
      expect(hashed.hasEdge('d', 'b')).toBe(false);
    },
  );
});
