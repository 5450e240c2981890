import type { BroGraph } from '../core/model/types.ts';
import type { TieEdit } from './protocol.ts';

/**
 * A copy of the graph with the what-if edits applied in order. Adding a tie that exists adds
 * to its strength; removing a tie removes it in both directions of a directed graph.
 */
export function applyEdits(base: BroGraph, edits: readonly TieEdit[]): BroGraph {
  const graph = base.copy();
  for (const edit of edits) {
    if (!graph.hasNode(edit.source) || !graph.hasNode(edit.target)) continue;
    if (edit.op === 'add') addTie(graph, edit.source, edit.target, edit.strength);
    else removeTie(graph, edit.source, edit.target);
  }
  return graph;
}

function addTie(graph: BroGraph, source: string, target: string, strength: number): void {
  const existing = graph.edge(source, target);
  if (existing !== undefined) {
    graph.updateEdgeAttribute(existing, 'strength', (s) => (s ?? 0) + strength);
    return;
  }
  let key = `whatif:${source}:${target}`;
  while (graph.hasEdge(key)) key += "'";
  graph.addEdgeWithKey(key, source, target, {
    strength,
    records: 1,
    byKind: { '': 1 },
    byYear: { '': 1 },
    attributes: {},
  });
}

function removeTie(graph: BroGraph, source: string, target: string): void {
  for (const key of graph.edges(source, target)) graph.dropEdge(key);
  if (graph.type === 'directed') for (const key of graph.edges(target, source)) graph.dropEdge(key);
}
