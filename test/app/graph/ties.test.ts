import Graph from 'graphology';
import '../../../src/core/model/plain-adjacency.ts';
import { describe, expect, it } from 'vitest';
import type { DisplayGraph } from '../../../src/app/graph/display-graph.ts';
import { withoutTies } from '../../../src/app/graph/ties.ts';

function network(): DisplayGraph {
  const graph: DisplayGraph = new Graph({ type: 'undirected' });
  for (const id of ['__proto__', 'constructor', 'a'])
    graph.addNode(id, { x: id.length, y: 1, label: id });
  graph.addEdgeWithKey('e1', '__proto__', 'constructor', { strength: 2 });
  graph.addEdgeWithKey('e2', 'constructor', 'a', { strength: 1 });
  return graph;
}

describe('the display graph as sigma sees it where the tie layer draws the ties', () => {
  it('has the nodes, their attributes and positions, and no tie', () => {
    const graph = network();
    const view = withoutTies(graph);
    expect(view.order).toBe(3);
    expect(view.nodes()).toEqual(['__proto__', 'constructor', 'a']);
    expect(view.getNodeAttributes('__proto__')).toEqual({ x: 9, y: 1, label: '__proto__' });
    expect(view.hasNode('constructor')).toBe(true);
    expect(view.size).toBe(0);
    expect(view.edges()).toEqual([]);
    expect(view.hasEdge('e1')).toBe(false);
    const seen: string[] = [];
    view.forEachEdge((edge) => seen.push(edge));
    expect(seen).toEqual([]);
    // The graph itself keeps its ties.
    expect(graph.size).toBe(2);
  });

  it('follows the graph: positions set on it are read through the view', () => {
    const graph = network();
    const view = withoutTies(graph);
    graph.updateEachNodeAttributes((_n, attr) => ({ ...attr, x: 5 }));
    graph.addNode('b', { x: 0, y: 0, label: 'b' });
    expect(view.getNodeAttribute('a', 'x')).toBe(5);
    expect(view.order).toBe(4);
  });

  it('passes on the graph’s node events, never its tie events, and listeners come off', () => {
    const graph = network();
    const view = withoutTies(graph);
    const heard: string[] = [];
    const handlers = {
      nodeAdded: () => heard.push('nodeAdded'),
      eachNodeAttributesUpdated: () => heard.push('eachNodeAttributesUpdated'),
      edgeAdded: () => heard.push('edgeAdded'),
      edgeDropped: () => heard.push('edgeDropped'),
      edgeAttributesUpdated: () => heard.push('edgeAttributesUpdated'),
    };
    for (const [event, handler] of Object.entries(handlers)) view.on(event as 'nodeAdded', handler);
    graph.addNode('b', { x: 0, y: 0, label: 'b' });
    graph.updateEachNodeAttributes((_n, attr) => attr);
    graph.addEdgeWithKey('e3', 'a', 'b', { strength: 1 });
    graph.setEdgeAttribute('e3', 'strength', 4);
    graph.dropEdge('e3');
    expect(heard).toEqual(['nodeAdded', 'eachNodeAttributesUpdated']);
    for (const [event, handler] of Object.entries(handlers))
      view.removeListener(event as 'nodeAdded', handler);
    graph.addNode('c', { x: 0, y: 0, label: 'c' });
    expect(heard).toEqual(['nodeAdded', 'eachNodeAttributesUpdated']);
    // Nothing was written onto the view itself but what it overrides.
    expect(Object.keys(view)).toEqual([]);
  });
});
