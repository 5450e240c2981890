import Graph from 'graphology';
import './plain-adjacency.ts';
import type { BroGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './types.ts';

/** A network's nodes and merged edges as arrays: what a lazy graph answers from. */
export interface GraphTables {
  directed: boolean;
  ids: readonly string[];
  nodes: readonly NodeAttributes[];
  /** The node index of an id, or undefined. */
  indexOf: (id: string) => number | undefined;
  /** Edge e joins source[e] and target[e]; its key is String(e). */
  source: Int32Array;
  target: Int32Array;
  strength: Float64Array;
  /** Edge e's attributes; called once per edge (the object is kept). */
  edgeAttributes: (e: number) => EdgeAttributes;
}

/** The node and edge columns of a lazy graph not made into graphology's structure yet. */
export interface EdgeColumns {
  directed: boolean;
  ids: readonly string[];
  nodes: readonly NodeAttributes[];
  source: Int32Array;
  target: Int32Array;
  strength: Float64Array;
}

const TABLES = Symbol('tables');
const FALLBACK = Symbol('fallback');
/** graphology's tables of nodes and edges: any use of one makes the structure. */
const STRUCTURE_MAPS = ['_nodes', '_edges'] as const;
/** graphology's getters that read its counters rather than its tables. */
const COUNTERS = [
  'directedSize',
  'undirectedSize',
  'selfLoopCount',
  'directedSelfLoopCount',
  'undirectedSelfLoopCount',
] as const;

interface Pending {
  tables: GraphTables;
  edgeCache: (EdgeAttributes | undefined)[];
  maps: Record<string, Map<string, unknown>>;
}

type Lazy = BroGraph & { [TABLES]?: Pending };

/**
 * Stands in for one of graphology's Maps until the structure is made: every use makes it and
 * is answered by the real Map, which then replaces this one in the graph.
 */
class PendingMap extends Map<string, unknown> {
  constructor(private readonly made: () => Map<string, unknown>) {
    super();
  }
  override get size(): number {
    return this.made().size;
  }
  override get(key: string) {
    return this.made().get(key);
  }
  override has(key: string) {
    return this.made().has(key);
  }
  override set(key: string, value: unknown) {
    this.made().set(key, value);
    return this;
  }
  override delete(key: string) {
    return this.made().delete(key);
  }
  override clear() {
    this.made().clear();
  }
  override forEach(f: (value: unknown, key: string, map: Map<string, unknown>) => void) {
    this.made().forEach(f);
  }
  override keys() {
    return this.made().keys();
  }
  override values() {
    return this.made().values();
  }
  override entries() {
    return this.made().entries();
  }
  override [Symbol.iterator]() {
    return this.made()[Symbol.iterator]();
  }
}

/**
 * A graphology graph whose structure (node table, edge table, adjacency) is made only when
 * something needs it. Until then the reads a run and the CLI's exports use — order, size, node
 * ids and attributes, edge iteration and attributes by key — are answered from the arrays the
 * import built, in the order and with the very objects the made graph will have. Any other use
 * (a neighbour query, an edit, a copy, graphology's own fields) first makes the graph, exactly
 * as buildGraph makes it eagerly, and from then on the graph is an ordinary graphology graph.
 *
 * Making graphology's structure is most of the time and memory of reading a large network, and
 * a command-line analysis never needs it: the metrics and the analysis run on the compact graph
 * (see `lazyEdgeColumns`).
 */
export function lazyGraph(tables: GraphTables, attributes: GraphAttributes): BroGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: tables.directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: false,
  }) as Lazy;
  graph.replaceAttributes(attributes);
  const fields = graph as unknown as Record<string, unknown>;
  const maps: Record<string, Map<string, unknown>> = {};
  for (const name of STRUCTURE_MAPS) {
    const real = fields[name] as Map<string, unknown>;
    maps[name] = real;
    fields[name] = new PendingMap(() => {
      make(graph);
      return real;
    });
  }
  Object.defineProperty(graph, TABLES, {
    configurable: true,
    writable: true,
    value: { tables, edgeCache: [], maps } satisfies Pending,
  });
  for (const name of COUNTERS) {
    const made = Object.getOwnPropertyDescriptor(graph, name)!.get!;
    Object.defineProperty(graph, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        make(graph);
        return made.call(graph);
      },
    });
  }
  for (const [name, read] of [
    ['order', () => tables.ids.length],
    ['size', () => tables.source.length],
  ] as const) {
    const made = Object.getOwnPropertyDescriptor(graph, name)!.get!;
    Object.defineProperty(graph, name, {
      enumerable: true,
      configurable: true,
      get: () => (graph[TABLES] ? read() : made.call(graph)),
    });
  }
  for (const [name, fast] of Object.entries(FAST)) {
    const slow = (Graph.prototype as unknown as Record<string, Method>)[name]!;
    Object.defineProperty(graph, name, {
      configurable: true,
      writable: true,
      value: function (this: Lazy, ...args: unknown[]) {
        const pending = this[TABLES];
        if (pending) {
          const answer = fast(pending, args);
          if (answer !== FALLBACK) return answer;
        }
        return slow.apply(this, args);
      },
    });
  }
  return graph;
}

/** The columns of a lazy graph whose structure was not made, else undefined. */
export function lazyEdgeColumns(graph: BroGraph): EdgeColumns | undefined {
  const pending = (graph as Lazy)[TABLES];
  if (!pending) return undefined;
  const { directed, ids, nodes, source, target, strength } = pending.tables;
  return { directed, ids, nodes, source, target, strength };
}

type Method = (...args: unknown[]) => unknown;

/** Makes graphology's structure from the tables, as buildGraph does eagerly. */
function make(graph: Lazy): void {
  const pending = graph[TABLES];
  if (!pending) return;
  graph[TABLES] = undefined;
  const fields = graph as unknown as Record<string, unknown>;
  for (const name of STRUCTURE_MAPS) fields[name] = pending.maps[name];
  const { tables } = pending;
  const { ids, nodes, source, target } = tables;
  for (let i = 0; i < ids.length; i++) graph.addNode(ids[i]!, nodes[i]!);
  for (let e = 0; e < source.length; e++) {
    graph.addEdgeWithKey(String(e), ids[source[e]!]!, ids[target[e]!]!, edgeAttributes(pending, e));
  }
}

function edgeAttributes(pending: Pending, e: number): EdgeAttributes {
  return (pending.edgeCache[e] ??= pending.tables.edgeAttributes(e));
}

/** The edge index of a key the import gave ("0", "1", …), or -1. */
function edgeIndex(pending: Pending, key: unknown): number {
  if (typeof key !== 'string') return -1;
  const e = Number(key);
  return Number.isInteger(e) && e >= 0 && e < pending.tables.source.length && String(e) === key
    ? e
    : -1;
}

function nodeIndex(pending: Pending, id: unknown): number {
  if (typeof id !== 'string') return -1;
  return pending.tables.indexOf(id) ?? -1;
}

type NodeCallback = (id: string, attributes: NodeAttributes) => unknown;
type EdgeCallback = (
  key: string,
  attributes: EdgeAttributes,
  source: string,
  target: string,
  sourceAttributes: NodeAttributes,
  targetAttributes: NodeAttributes,
  undirected: boolean,
) => unknown;

/**
 * The reads answered from the tables, each in graphology's own order and with its arguments;
 * FALLBACK for any other form of the call (which then makes the graph).
 */
const FAST: Record<string, (pending: Pending, args: unknown[]) => unknown> = {
  nodes: (p, args) => (args.length === 0 ? p.tables.ids.slice() : FALLBACK),
  hasNode: (p, args) => (args.length === 1 ? nodeIndex(p, args[0]) >= 0 : FALLBACK),
  getNodeAttributes: (p, args) => {
    const i = args.length === 1 ? nodeIndex(p, args[0]) : -1;
    return i < 0 ? FALLBACK : p.tables.nodes[i];
  },
  getNodeAttribute: (p, args) => {
    const i = args.length === 2 ? nodeIndex(p, args[0]) : -1;
    return i < 0 ? FALLBACK : p.tables.nodes[i]![args[1] as keyof NodeAttributes];
  },
  forEachNode: (p, args) => nodeLoop(p, args, 'each'),
  mapNodes: (p, args) => nodeLoop(p, args, 'map'),
  someNode: (p, args) => nodeLoop(p, args, 'some'),
  everyNode: (p, args) => nodeLoop(p, args, 'every'),
  filterNodes: (p, args) => nodeLoop(p, args, 'filter'),
  edges: (p, args) =>
    args.length === 0
      ? Array.from({ length: p.tables.source.length }, (_, e) => String(e))
      : FALLBACK,
  forEachEdge: (p, args) => edgeLoop(p, args, 'each'),
  mapEdges: (p, args) => edgeLoop(p, args, 'map'),
  getEdgeAttributes: (p, args) => {
    const e = args.length === 1 ? edgeIndex(p, args[0]) : -1;
    return e < 0 ? FALLBACK : edgeAttributes(p, e);
  },
  getEdgeAttribute: (p, args) => {
    const e = args.length === 2 ? edgeIndex(p, args[0]) : -1;
    return e < 0 ? FALLBACK : edgeAttributes(p, e)[args[1] as keyof EdgeAttributes];
  },
  source: (p, args) => {
    const e = args.length === 1 ? edgeIndex(p, args[0]) : -1;
    return e < 0 ? FALLBACK : p.tables.ids[p.tables.source[e]!];
  },
  target: (p, args) => {
    const e = args.length === 1 ? edgeIndex(p, args[0]) : -1;
    return e < 0 ? FALLBACK : p.tables.ids[p.tables.target[e]!];
  },
};

function nodeLoop(
  p: Pending,
  args: unknown[],
  mode: 'each' | 'map' | 'some' | 'every' | 'filter',
): unknown {
  const callback = args[0];
  if (args.length !== 1 || typeof callback !== 'function') return FALLBACK;
  const f = callback as NodeCallback;
  const { ids, nodes } = p.tables;
  const mapped: unknown[] = [];
  const kept: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const value = f(ids[i]!, nodes[i]!);
    if (mode === 'map') mapped.push(value);
    else if (mode === 'some' && value) return true;
    else if (mode === 'every' && !value) return false;
    else if (mode === 'filter' && value) kept.push(ids[i]!);
  }
  if (mode === 'map') return mapped;
  if (mode === 'filter') return kept;
  if (mode === 'some') return false;
  if (mode === 'every') return true;
  return undefined;
}

function edgeLoop(p: Pending, args: unknown[], mode: 'each' | 'map'): unknown {
  const callback = args[0];
  if (args.length !== 1 || typeof callback !== 'function') return FALLBACK;
  const f = callback as EdgeCallback;
  const { ids, nodes, source, target, directed } = p.tables;
  const mapped: unknown[] = [];
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const value = f(
      String(e),
      edgeAttributes(p, e),
      ids[s]!,
      ids[t]!,
      nodes[s]!,
      nodes[t]!,
      !directed,
    );
    if (mode === 'map') mapped.push(value);
  }
  return mode === 'map' ? mapped : undefined;
}
