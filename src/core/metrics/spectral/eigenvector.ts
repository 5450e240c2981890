import type { CompactGraph } from '../compact.ts';

/** NetworkX's max_iter: where it converges, the result is the same to the last bit. */
export const NETWORKX_ITERATIONS = 100;
/** Iterations beyond NetworkX's, where it would give up although the eigenvector exists. */
export const MAX_ITERATIONS = 10_000;
/** Tie visits the extra iterations may take in all, so a large network stays bounded. */
const EXTRA_WORK = 2e9;
const TOLERANCE = 1e-6;

/**
 * Eigenvector centrality as networkx.eigenvector_centrality (tol 1e-6): one power iteration
 * of A + I over the whole graph from the uniform vector, scaled to unit Euclidean length,
 * stopping when the L1 change is below n · tol. On a directed graph a node gains from the
 * nodes that point to it (the left eigenvector). With `weighted`, ties count their strength.
 *
 * Where NetworkX stops after 100 iterations (PowerIterationFailedConvergence), slow because
 * the two largest eigenvalues lie close (long paths, some bipartite networks), the iteration
 * goes on, up to MAX_ITERATIONS (fewer on very large networks): the shift by I makes the
 * principal eigenvector the limit, so it converges there. `iterations`, when given, receives
 * how many were used. NaN for every node only when even that does not converge.
 */
export function eigenvectorCentrality(
  g: CompactGraph,
  weighted: boolean,
  iterations?: { used: number },
): Float64Array {
  const { n, m, directed, edgeSource, edgeTarget, edgeStrength } = g;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const limit = Math.max(
    NETWORKX_ITERATIONS,
    Math.min(MAX_ITERATIONS, Math.floor(EXTRA_WORK / Math.max(1, m + n))),
  );
  for (let iter = 0; iter < limit; iter++) {
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
    if (change < n * TOLERANCE) {
      if (iterations) iterations.used = iter + 1;
      return x;
    }
  }
  if (iterations) iterations.used = limit;
  return new Float64Array(n).fill(NaN);
}
