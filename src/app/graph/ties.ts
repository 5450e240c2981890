import type Sigma from 'sigma';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';

type TieSigma = Sigma<DisplayNode, DisplayEdge>;

/** How a tie is drawn now: its reducer's output with sigma's defaults. */
export interface TieLook {
  size: number;
  color: string;
  hidden: boolean;
  zIndex: number;
}

/** The ties of the network shown, and how each is drawn now, wherever they are held. */
export interface ShownTies {
  /** The display graph, ties included (sigma's may hold its nodes only). */
  graph(): DisplayGraph;
  look(edge: string): TieLook | undefined;
  /**
   * Counts up whenever any tie's look may have changed (a new network, look, hover, or tie):
   * a look read under the same version is still right.
   */
  version(): number;
}

const shown = new WeakMap<object, ShownTies>();

/** Registers where a sigma instance's ties are (the renderer does, once). */
export function registerTies(sigma: TieSigma, ties: ShownTies): void {
  shown.set(sigma, ties);
}

/**
 * The ties a sigma instance shows: from its renderer, or (an instance without one) sigma's own
 * graph and display data.
 */
export function shownTies(sigma: TieSigma): ShownTies {
  return (
    shown.get(sigma) ?? {
      graph: () => sigma.getGraph(),
      look: (edge) => sigma.getEdgeDisplayData(edge),
      version: () => 0,
    }
  );
}

/** The events of a graph that tell its ties changed. */
export const TIE_EVENTS: ReadonlySet<'edgeAdded'> = new Set([
  'edgeAdded',
  'edgeDropped',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'edgesCleared',
] as 'edgeAdded'[]);

/**
 * The display graph as sigma is given it where the tie layer draws the ties: the same graph,
 * nodes, positions and events (a layout moving the nodes moves sigma's), but without ties, so
 * that sigma's indexing of each refresh and process walks no tie. Sigma indexed the 50,000 ties
 * of a large network (its reducer, records and programs) in 60–90 ms on every refresh; the tie
 * layer computes each tie's look itself, a slice per frame.
 *
 * A view: every property not overridden here is the graph's own (its prototype), read only;
 * listeners go to the graph itself.
 */
export function withoutTies(graph: DisplayGraph): DisplayGraph {
  const view = Object.create(graph) as DisplayGraph;
  const none: string[] = [];
  Object.defineProperties(view, {
    size: { get: () => 0 },
    directedSize: { get: () => 0 },
    undirectedSize: { get: () => 0 },
    edges: { value: () => none.slice() },
    forEachEdge: { value: () => {} },
    hasEdge: { value: () => false },
    on: { value: (type: string, listener: () => void) => listen(type, listener) },
    addListener: { value: (type: string, listener: () => void) => listen(type, listener) },
    removeListener: { value: (type: string, listener: () => void) => forget(type, listener) },
    off: { value: (type: string, listener: () => void) => forget(type, listener) },
  });
  const listen = (type: string, listener: () => void) => {
    if (!TIE_EVENTS.has(type as 'edgeAdded')) graph.on(type as 'nodeAdded', listener);
    return view;
  };
  const forget = (type: string, listener: () => void) => {
    graph.removeListener(type as 'nodeAdded', listener);
    return view;
  };
  return view;
}
