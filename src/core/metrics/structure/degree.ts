import type { CompactGraph } from '../compact.ts';
import { kindIds } from './kind-ids.ts';

/**
 * Number of ties as networkx's G.degree: on a directed graph in-degree + out-degree, so a
 * reciprocal pair counts twice.
 */
export function degree(g: CompactGraph): Float64Array {
  const out = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    out[v] = g.directed
      ? g.outOffsets[v + 1]! - g.outOffsets[v]! + g.inOffsets[v + 1]! - g.inOffsets[v]!
      : g.offsets[v + 1]! - g.offsets[v]!;
  }
  return out;
}

/** Sum of the strengths of a node's ties (in + out on a directed graph). */
export function strength(g: CompactGraph): Float64Array {
  return slotSums(g.n, g.offsets, g.weights);
}

export function inDegree(g: CompactGraph): Float64Array {
  return slotCounts(g.n, g.inOffsets);
}

export function outDegree(g: CompactGraph): Float64Array {
  return slotCounts(g.n, g.outOffsets);
}

export function inStrength(g: CompactGraph): Float64Array {
  return slotSums(g.n, g.inOffsets, g.inWeights);
}

export function outStrength(g: CompactGraph): Float64Array {
  return slotSums(g.n, g.outOffsets, g.outWeights);
}

/** Number of distinct neighbours (in either direction). */
export function neighbourCount(g: CompactGraph): Float64Array {
  return slotCounts(g.n, g.offsets);
}

export interface PartnerDegrees {
  municipalities: Float64Array;
  regional: Float64Array;
  regionalKinds: Float64Array;
}

/**
 * Distinct neighbours split by kind: municipalities, regional actors (every other kind), and
 * the number of distinct kinds among the regional actors.
 */
export function partnerDegrees(g: CompactGraph): PartnerDegrees {
  const { n, offsets, neighbors, isMunicipality } = g;
  const kindId = kindIds(g.kind);
  const seenKind = new Int32Array(n).fill(-1);
  const municipalities = new Float64Array(n);
  const regional = new Float64Array(n);
  const regionalKinds = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let toMunicipalities = 0;
    let kinds = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (isMunicipality[u]) {
        toMunicipalities++;
      } else if (seenKind[kindId[u]!] !== v) {
        seenKind[kindId[u]!] = v;
        kinds++;
      }
    }
    municipalities[v] = toMunicipalities;
    regional[v] = offsets[v + 1]! - offsets[v]! - toMunicipalities;
    regionalKinds[v] = kinds;
  }
  return { municipalities, regional, regionalKinds };
}

/**
 * Freeman's degree centralisation over distinct neighbours: Σ (max − deg) / ((n − 1)(n − 2)),
 * 1 for a star, 0 when all degrees are equal. NaN below three nodes, where it is undefined.
 */
export function degreeCentralization(g: CompactGraph): number {
  const { n } = g;
  if (n < 3) return NaN;
  const counts = neighbourCount(g);
  let max = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    if (counts[v]! > max) max = counts[v]!;
    sum += counts[v]!;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}

function slotCounts(n: number, offsets: Int32Array): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) out[v] = offsets[v + 1]! - offsets[v]!;
  return out;
}

function slotSums(n: number, offsets: Int32Array, weights: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) s += weights[k]!;
    out[v] = s;
  }
  return out;
}
