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
    expect([...positions.keys()].sort()).toEqual(['__proto__', 'a', 'constructor']);
    expect(positions.get('__proto__')).toEqual({ x: 1, y: 2 });
    expect(positions.get('constructor')).toEqual({ x: 3, y: 4 });
  });
});
