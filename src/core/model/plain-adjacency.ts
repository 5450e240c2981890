import Graph from 'graphology';

/**
 * graphology 0.26 keeps each node's neighbours in a plain object keyed by neighbour id, so a
 * node called "constructor", "toString" or "__proto__" collides with Object.prototype: adding
 * its first edge fails with "already exists", or replaces the object's prototype. Every node
 * data class's clear() (which makes those objects) is wrapped, once per process, so they have
 * no prototype, and the three methods that call `hasOwnProperty` on them are given a version
 * that does not need one. An object without a prototype is also a hash table from the start
 * (V8's dictionary mode), which makes adding millions of edges cheaper than the default chain
 * of hidden classes per neighbour.
 *
 * It relies on graphology's internal node table and is installed when this module is loaded:
 * every module that makes a graph from user ids imports it. `plainAdjacency` says whether it
 * took hold (a test checks it does on the graphology version in use).
 */
const ADJACENCY_SLOTS = ['undirected', 'out', 'in'] as const;

type NodeData = Record<PropertyKey, unknown> & { clear: () => void };

/** Marks what has been wrapped, for the whole process: test runners load this module again. */
const INSTALLED = Symbol.for('brobyggare.plainAdjacency');

function install(): boolean {
  let installed = true;
  for (const type of ['mixed', 'directed', 'undirected'] as const) {
    const graph = new Graph({ type });
    graph.addNode('x');
    const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
    const data = nodes instanceof Map ? (nodes.get('x') as NodeData | undefined) : undefined;
    const proto = data && (Object.getPrototypeOf(data) as NodeData | null);
    if (!proto || typeof proto.clear !== 'function') {
      installed = false;
      continue;
    }
    if (proto[INSTALLED]) continue;
    const clear = proto.clear;
    proto.clear = function (this: NodeData) {
      clear.call(this);
      for (const slot of ADJACENCY_SLOTS) {
        if (slot in this) this[slot] = Object.create(null);
      }
    };
    proto[INSTALLED] = true;
  }
  const graphProto = Graph.prototype as unknown as Record<PropertyKey, unknown>;
  if (installed && !graphProto[INSTALLED]) {
    replaceHasEdge();
    graphProto[INSTALLED] = true;
  }
  return installed;
}

function replaceHasEdge(): void {
  const proto = Graph.prototype as unknown as Record<string, unknown>;
  const adjacency = (graph: Graph, source: unknown, slots: readonly string[], target: unknown) => {
    const nodes = (graph as unknown as { _nodes: Map<string, Record<string, unknown>> })._nodes;
    const data = nodes.get(String(source));
    if (!data) return false;
    return slots.some((slot) => {
      const neighbours = data[slot];
      return (
        typeof neighbours === 'object' &&
        neighbours !== null &&
        Object.hasOwn(neighbours, String(target))
      );
    });
  };
  const wrap = (name: string, slots: readonly string[]) => {
    const original = proto[name] as (this: Graph, ...args: unknown[]) => boolean;
    proto[name] = function (this: Graph, ...args: unknown[]) {
      if (args.length !== 2) return original.apply(this, args);
      if (name === 'hasDirectedEdge' && this.type === 'undirected') return false;
      if (name === 'hasUndirectedEdge' && this.type === 'directed') return false;
      return adjacency(this, args[0], slots, args[1]);
    };
  };
  wrap('hasEdge', ['out', 'undirected']);
  wrap('hasDirectedEdge', ['out']);
  wrap('hasUndirectedEdge', ['undirected']);
}

export const plainAdjacency = install();
