import Graph from 'graphology';
import '../core/model/plain-adjacency.ts';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { BroGraph } from '../core/model/types.ts';

/**
 * Work budget: FA2 iterations shrink as the graph grows so the first picture comes quickly (a
 * network of up to 3,000 nodes and ties gets all 400; 10,000 nodes and 50,000 ties get 20, a
 * few seconds). The user can let ForceAtlas2 run on from there.
 */
const BUDGET = 1_200_000;

/**
 * First positions for a freshly loaded network, indexed like graph.nodes(): places start from
 * their coordinates when known (so the picture is stable between runs), from a seeded spiral
 * otherwise, then ForceAtlas2 with settings inferred from the graph's size.
 */
export function initialLayout(graph: BroGraph, signal?: AbortSignal): Float32Array {
  const ids = graph.nodes();
  // The layout graph names nodes by their index, not their id: ForceAtlas2 indexes nodes in a
  // plain object, where an id such as "__proto__" is not a key (its ties then pointed nowhere,
  // and the Barnes-Hut tree of a large network never finished).
  const index = new Map<string, number>();
  const layout = new Graph({ type: 'undirected', multi: false });
  ids.forEach((id, i) => {
    index.set(id, i);
    const { lat, lon } = graph.getNodeAttributes(id);
    const known = lat !== undefined && lon !== undefined;
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(i + 1);
    layout.addNode(String(i), {
      x: known ? (lon - 16) * 20 : radius * Math.cos(angle),
      y: known ? (lat - 62) * 40 : radius * Math.sin(angle),
    });
  });
  graph.forEachEdge((_key, attr, s, t) => {
    if (s !== t)
      layout.mergeEdge(String(index.get(s)), String(index.get(t)), { weight: attr.strength });
  });
  signal?.throwIfAborted();
  const iterations = Math.max(
    20,
    Math.min(400, Math.round(BUDGET / (ids.length + graph.size + 1))),
  );
  forceAtlas2.assign(layout, {
    iterations,
    getEdgeWeight: null,
    settings: { ...forceAtlas2.inferSettings(layout), barnesHutOptimize: ids.length > 500 },
  });
  const out = new Float32Array(ids.length * 2);
  for (let i = 0; i < ids.length; i++) {
    out[2 * i] = layout.getNodeAttribute(String(i), 'x') as number;
    out[2 * i + 1] = layout.getNodeAttribute(String(i), 'y') as number;
  }
  return out;
}
