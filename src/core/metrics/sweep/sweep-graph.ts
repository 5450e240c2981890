import type { CompactGraph } from '../compact.ts';

/**
 * The arrays a shortest-path sweep reads, and nothing else: plain typed arrays, so the same
 * object can be posted to a worker. A slot is one way of walking a tie: out-ties of a directed
 * graph, both directions of an undirected tie. Slots of node v are offsets[v] .. offsets[v+1].
 */
export interface SweepGraph {
  n: number;
  m: number;
  /** Every slot's reverse is a slot (undirected): d(s, t) = d(t, s), so a sweep may add a
   * node's distance sums as a source instead of as a target when it sweeps from every node. */
  symmetric: boolean;
  offsets: Int32Array;
  /** The node a slot leads to. */
  target: Int32Array;
  /** The node a slot leaves from (so a slot alone names its tie's both ends). */
  source: Int32Array;
  /** The slot's strength, and its length 1/strength, for weighted sweeps. */
  strength: Float64Array;
  length: Float64Array;
  /** The input edge behind the slot (indexed like `CompactGraph.edgeKeys`). */
  edgeOf: Int32Array;
}

/** Made once per compact graph: the early sweeps and the path families ask for the same one. */
const made = new WeakMap<CompactGraph, SweepGraph>();

export function sweepGraphOf(g: CompactGraph): SweepGraph {
  let swept = made.get(g);
  if (!swept) {
    swept = sweepArrays(g);
    made.set(g, swept);
  }
  return swept;
}

function sweepArrays(g: CompactGraph): SweepGraph {
  const offsets = g.directed ? g.outOffsets : g.offsets;
  const target = g.directed ? g.outNeighbors : g.neighbors;
  const strength = g.directed ? g.outWeights : g.weights;
  const source = new Int32Array(target.length);
  for (let v = 0; v < g.n; v++) source.fill(v, offsets[v]!, offsets[v + 1]!);
  const length = new Float64Array(strength.length);
  for (let k = 0; k < strength.length; k++) length[k] = 1 / strength[k]!;
  return {
    n: g.n,
    m: g.m,
    symmetric: !g.directed,
    offsets,
    target,
    source,
    strength,
    length,
    edgeOf: g.directed ? g.outEdgeOf : g.edgeOf,
  };
}
