import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { BroGraph } from '../../src/core/model/types.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { initialLayout } from '../../src/worker/initial-layout.ts';

/** A chain of 800 actors with 800 random ties more (past Barnes–Hut's 500 nodes), ids by `id`. */
function network(id: (i: number) => string): BroGraph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < 800; i++) graph.addNode(id(i), { label: id(i), kind: 'unknown' });
  const random = seededRandom(5);
  const tie = (a: number, b: number) => {
    if (a !== b && !graph.hasEdge(id(a), id(b)))
      graph.addEdge(id(a), id(b), { strength: 1 + Math.floor(random() * 5) });
  };
  for (let i = 0; i < 799; i++) tie(i, i + 1);
  while (graph.size < 1600) tie(Math.floor(random() * 800), Math.floor(random() * 800));
  return graph as unknown as BroGraph;
}

describe('the first layout', () => {
  it('places actors called __proto__ or constructor as any other (a large network finishes)', () => {
    const plain = initialLayout(network((i) => `n${i}`));
    const hostile = initialLayout(
      network((i) => (i === 0 ? '__proto__' : i === 1 ? 'constructor' : `n${i}`)),
    );
    expect(hostile.every(Number.isFinite)).toBe(true);
    // Only the names differ, so the positions are the same.
    expect(hostile).toEqual(plain);
  });
});
