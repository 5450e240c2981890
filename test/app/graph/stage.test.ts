import Graph from 'graphology';
import { signal } from '@preact/signals';
import '../../../src/core/model/plain-adjacency.ts';
import { describe, expect, it } from 'vitest';
import { currentPositions, type GraphSigma, type Stage } from '../../../src/app/graph/stage.ts';

describe('the positions as drawn', () => {
  it('keep a node called __proto__ or constructor as any other', () => {
    const graph = new Graph();
    graph.addNode('__proto__', { x: 1, y: 2 });
    graph.addNode('constructor', { x: 3, y: 4 });
    graph.addNode('a', { x: 5, y: 6 });
    const sigma = { getGraph: () => graph } as unknown as GraphSigma;
    const stage = { sigma: signal(sigma) } as unknown as Stage;
    const positions = currentPositions(stage)!;
    expect(Object.keys(positions).sort()).toEqual(['__proto__', 'a', 'constructor']);
    expect(Object.hasOwn(positions, '__proto__')).toBe(true);
    expect(positions['__proto__']).toEqual({ x: 1, y: 2 });
    expect(positions['constructor']).toEqual({ x: 3, y: 4 });
    // As the project file and the exports write them.
    expect(JSON.parse(JSON.stringify(positions))).toEqual(
      JSON.parse('{"__proto__":{"x":1,"y":2},"constructor":{"x":3,"y":4},"a":{"x":5,"y":6}}'),
    );
  });
});
