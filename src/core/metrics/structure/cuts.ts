import type { CompactGraph } from '../compact.ts';
import { tieValuesPerEdge } from './tie-values.ts';

/**
 * Connected components of the undirected view (weak components of a directed graph), numbered
 * 0, 1, … in the order of each component's first node, as networkx.connected_components yields
 * them.
 */
export function components(g: CompactGraph): Int32Array {
  const { n, offsets, neighbors } = g;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    component[root] = next;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const u = neighbors[k]!;
        if (component[u] === -1) {
          component[u] = next;
          queue[tail++] = u;
        }
      }
    }
    next++;
  }
  return component;
}

/** Number of components: one more than the largest id from `components`. */
export function componentCount(component: Int32Array): number {
  let max = -1;
  for (let i = 0; i < component.length; i++) if (component[i]! > max) max = component[i]!;
  return max + 1;
}

export interface CutStructure {
  /** 1 for nodes whose removal disconnects their component. */
  articulation: Uint8Array;
  /** 1 for undirected ties (indexed by the slot's `edgeOf`) that are bridges. */
  bridgeTie: Uint8Array;
}

/** Cut vertices of the undirected view, as networkx.articulation_points (1 = cut vertex). */
export function articulationPoints(g: CompactGraph): Uint8Array {
  return cutStructure(g).articulation;
}

/**
 * Bridges of the undirected view, as networkx.bridges, per input edge (indexed like
 * `edgeKeys`). On a directed graph both edges of a reciprocal pair are marked when their
 * undirected tie is a bridge.
 */
export function bridges(g: CompactGraph): Uint8Array {
  return Uint8Array.from(tieValuesPerEdge(g, cutStructure(g).bridgeTie));
}

/** Tarjan's low-link depth-first search, iterative so deep graphs do not overflow the stack. */
export function cutStructure(g: CompactGraph): CutStructure {
  const { n, offsets, neighbors, edgeOf } = g;
  const articulation = new Uint8Array(n);
  const bridgeTie = new Uint8Array(g.m);
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentTie = new Int32Array(n);
  const cursor = offsets.slice(0, n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    let depth = 0;
    let rootChildren = 0;
    stack[depth++] = root;
    discovered[root] = low[root] = time++;
    parentTie[root] = -1;
    while (depth > 0) {
      const v = stack[depth - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const k = cursor[v]!++;
        const u = neighbors[k]!;
        if (edgeOf[k] === parentTie[v]) continue;
        if (discovered[u] === -1) {
          discovered[u] = low[u] = time++;
          parentTie[u] = edgeOf[k]!;
          stack[depth++] = u;
          if (v === root) rootChildren++;
        } else if (discovered[u]! < low[v]!) {
          low[v] = discovered[u]!;
        }
        continue;
      }
      depth--;
      if (depth === 0) break;
      const parent = stack[depth - 1]!;
      if (low[v]! < low[parent]!) low[parent] = low[v]!;
      if (low[v]! > discovered[parent]!) bridgeTie[parentTie[v]!] = 1;
      if (parent !== root && low[v]! >= discovered[parent]!) articulation[parent] = 1;
    }
    if (rootChildren >= 2) articulation[root] = 1;
  }
  return { articulation, bridgeTie };
}
