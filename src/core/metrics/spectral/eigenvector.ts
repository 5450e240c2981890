import type { CompactGraph } from '../compact.ts';

const MAX_ITER = 100;
const TOLERANCE = 1e-6;

/**
 * Eigenvector centrality exactly as networkx.eigenvector_centrality (max_iter 100, tol 1e-6):
 * one power iteration of A + I over the whole graph from the uniform vector, scaled to unit
 * Euclidean length, stopping when the L1 change is below n · tol. On a directed graph a node
 * gains from the nodes that point to it (the left eigenvector). With `weighted`, ties count
 * their strength. Returns NaN for every node when the iteration does not converge (NetworkX
 * raises PowerIterationFailedConvergence).
 */
export function eigenvectorCentrality(g: CompactGraph, weighted: boolean): Float64Array {
  const { n, m, directed, edgeSource, edgeTarget, edgeStrength } = g;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < MAX_ITER; iter++) {
    next.set(x);
    for (let e = 0; e < m; e++) {
      const s = edgeSource[e]!;
      const t = edgeTarget[e]!;
      const w = weighted ? edgeStrength[e]! : 1;
      next[t]! += x[s]! * w;
      if (!directed && s !== t) next[s]! += x[t]! * w;
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += next[v]! * next[v]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * TOLERANCE) return x;
  }
  return new Float64Array(n).fill(NaN);
}
