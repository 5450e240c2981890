import Graph from 'graphology';
import '../../../src/core/model/plain-adjacency.ts';
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../../src/app/filters/visibility.ts';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import type { Project } from '../../../src/app/state/project.ts';

function project(edgeKeys: string[], ties: [string, string, string][]): Project {
  const graph = new Graph({ type: 'undirected' });
  for (const [key, a, b] of ties) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdgeWithKey(key, a, b, { strength: 1 });
  }
  const nodeIds = graph.nodes();
  return {
    graph,
    data: { metrics: { nodeIds, edgeKeys, node: {} } },
    nodeRow: new Map(nodeIds.map((id, i) => [id, i])),
    edgeRow: new Map(edgeKeys.map((key, i) => [key, i])),
    positions: new Map(),
  } as unknown as Project;
}

describe('the visibility of an unfiltered network', () => {
  it('marks the rows whose ties the graph holds, for each graph and its rows', () => {
    const keys = ['e1', 'e2', '__proto__'];
    const whole = project(keys, [
      ['e1', 'a', 'b'],
      ['e2', 'b', 'c'],
      ['__proto__', 'c', 'constructor'],
    ]);
    expect([...computeVisibility(whole, NO_FILTERS).edges]).toEqual([1, 1, 1]);
    // The same network completed: the same graph and rows, new metrics.
    const completed = { ...whole, data: { ...whole.data } } as Project;
    expect(computeVisibility(completed, NO_FILTERS).edgeCount).toBe(3);
    // Another network (an edit without e2): its own rows and graph.
    const edited = project(keys, [
      ['e1', 'a', 'b'],
      ['__proto__', 'c', 'constructor'],
    ]);
    const seen = computeVisibility(edited, NO_FILTERS);
    expect([...seen.edges]).toEqual([1, 0, 1]);
    expect(seen.edgeCount).toBe(2);
    // The same rows with another graph are asked again.
    const sameRows = { ...edited, edgeRow: whole.edgeRow } as Project;
    expect([...computeVisibility(sameRows, NO_FILTERS).edges]).toEqual([1, 0, 1]);
  });
});
