import type { CompactGraph } from '../compact.ts';
import { forEachTriangle } from './triangles.ts';

export interface Clustering {
  /** Local clustering per node (0 below two neighbours, as NetworkX). */
  local: Float64Array;
  /** Mean of `local` over all nodes, zeros included (networkx.average_clustering); NaN if empty. */
  average: number;
}

/**
 * networkx.clustering(G) or, weighted, networkx.clustering(G, weight='strength'): the
 * geometric mean of the triangle's strengths, each divided by the largest strength in the
 * graph. Directed graphs get NetworkX's directed clustering (Fagiolo 2007).
 */
export function clustering(g: CompactGraph, weighted: boolean): Clustering {
  const local = g.directed ? directedClustering(g, weighted) : undirectedClustering(g, weighted);
  let sum = 0;
  for (let v = 0; v < g.n; v++) sum += local[v]!;
  return { local, average: g.n === 0 ? NaN : sum / g.n };
}

/**
 * networkx.transitivity on the undirected view: 3 × triangles / connected triples (0 without
 * triangles).
 */
export function transitivity(g: CompactGraph): number {
  const { n, offsets } = g;
  const triangles = triangleCounts(g);
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    closed += triangles[v]!;
    triples += d * (d - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}

/** Twice the number of triangles at each node of the undirected view. */
function triangleCounts(g: CompactGraph): Float64Array {
  const out = new Float64Array(g.n);
  forEachTriangle(g, 1, (a, b, c) => {
    out[a] = out[a]! + 2;
    out[b] = out[b]! + 2;
    out[c] = out[c]! + 2;
  });
  return out;
}

function undirectedClustering(g: CompactGraph, weighted: boolean): Float64Array {
  const { n, offsets } = g;
  const triangles = weighted ? weightedTriangles(g) : triangleCounts(g);
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    out[v] = triangles[v] === 0 ? 0 : triangles[v]! / (d * (d - 1));
  }
  return out;
}

/** Per node, twice the sum over its triangles of the geometric mean of their normalised strengths. */
function weightedTriangles(g: CompactGraph): Float64Array {
  const out = new Float64Array(g.n);
  forEachTriangle(g, 1 / maxOf(g.edgeStrength), (a, b, c, ab, bc, ca) => {
    const term = 2 * Math.cbrt(ab * bc * ca);
    out[a] = out[a]! + term;
    out[b] = out[b]! + term;
    out[c] = out[c]! + term;
  });
  return out;
}

/**
 * NetworkX's directed clustering: every directed triangle through v, whatever the directions,
 * over 2·(d_tot(d_tot − 1) − 2 d_recip). Each triangle term is 1 unweighted, or the geometric
 * mean of its three normalised strengths.
 */
function directedClustering(g: CompactGraph, weighted: boolean): Float64Array {
  const { n, outOffsets, outNeighbors, outWeights, inOffsets, inNeighbors, inWeights } = g;
  const scale = weighted ? 1 / maxOf(g.edgeStrength) : 1;
  // Strength of k→v and of v→k, normalised; 0 where there is no such edge.
  const fromK = new Float64Array(n);
  const toK = new Float64Array(n);
  const out = new Float64Array(n);
  const term = (a: number, b: number, c: number) => (weighted ? Math.cbrt(a * b * c) : 1);
  const closing = (v: number, wvj: number, j: number) => {
    let t = 0;
    for (let l = inOffsets[j]!; l < inOffsets[j + 1]!; l++) {
      const k = inNeighbors[l]!;
      if (k === v) continue;
      const wkj = weighted ? inWeights[l]! * scale : 1;
      if (fromK[k] !== 0) t += term(wvj, fromK[k]!, wkj);
      if (toK[k] !== 0) t += term(wvj, toK[k]!, wkj);
    }
    for (let l = outOffsets[j]!; l < outOffsets[j + 1]!; l++) {
      const k = outNeighbors[l]!;
      if (k === v) continue;
      const wjk = weighted ? outWeights[l]! * scale : 1;
      if (fromK[k] !== 0) t += term(wvj, fromK[k]!, wjk);
      if (toK[k] !== 0) t += term(wvj, toK[k]!, wjk);
    }
    return t;
  };
  for (let v = 0; v < n; v++) {
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++)
      fromK[inNeighbors[k]!] = weighted ? inWeights[k]! * scale : 1;
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++)
      toK[outNeighbors[k]!] = weighted ? outWeights[k]! * scale : 1;
    let t = 0;
    let reciprocal = 0;
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) {
      const j = inNeighbors[k]!;
      if (toK[j] !== 0) reciprocal++;
      t += closing(v, fromK[j]!, j);
    }
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) {
      const j = outNeighbors[k]!;
      t += closing(v, toK[j]!, j);
    }
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) fromK[inNeighbors[k]!] = 0;
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) toK[outNeighbors[k]!] = 0;
    const total = inOffsets[v + 1]! - inOffsets[v]! + outOffsets[v + 1]! - outOffsets[v]!;
    out[v] = t === 0 ? 0 : t / ((total * (total - 1) - 2 * reciprocal) * 2);
  }
  return out;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}
