import type { CompactGraph } from '../compact.ts';
import { mutualWeights } from './mutual-weights.ts';

/**
 * Burt's constraint, as networkx.constraint(G) (weighted: weight='strength'):
 * c(v) = Σ_j (p_vj + Σ_q p_vq·p_qj)², over the neighbours j, q of v, where p_xy is x's mutual
 * weight with y divided by the sum of x's mutual weights. NaN for isolates.
 *
 * Runs in O(Σ deg²) with a dense marker array: p_v· is spread over v's neighbours once, so
 * membership tests in the inner loop are array reads. `only` restricts the work to those nodes.
 */
export function constraint(
  g: CompactGraph,
  weighted: boolean,
  only?: ArrayLike<number>,
): Float64Array {
  const { n, offsets, neighbors } = g;
  const w = mutualWeights(g, weighted);
  const total = weightSums(g, w);
  const p = new Float64Array(n);
  const acc = new Float64Array(n);
  // With `only`, the other nodes stay NaN: the position rule needs municipalities alone.
  const result = new Float64Array(n).fill(only ? NaN : 0);
  const count = only ? only.length : n;
  for (let i = 0; i < count; i++) {
    const v = only ? only[i]! : i;
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (start === end) {
      result[v] = NaN;
      continue;
    }
    const tv = total[v]!;
    for (let k = start; k < end; k++) {
      const j = neighbors[k]!;
      p[j] = w[k]! / tv;
      acc[j] = p[j]!;
    }
    for (let k = start; k < end; k++) {
      const q = neighbors[k]!;
      const scale = p[q]! / total[q]!;
      for (let l = offsets[q]!; l < offsets[q + 1]!; l++) {
        const j = neighbors[l]!;
        if (p[j] !== 0 && j !== v) acc[j]! += scale * w[l]!;
      }
    }
    let sum = 0;
    for (let k = start; k < end; k++) {
      const j = neighbors[k]!;
      sum += acc[j]! * acc[j]!;
      p[j] = 0;
      acc[j] = 0;
    }
    result[v] = sum;
  }
  return result;
}

/**
 * Burt's effective size, as networkx.effective_size(G) (weighted: weight='strength'):
 * e(v) = Σ_u (1 − Σ_w p_vw·m_uw), over neighbours u, w of v, where m_uw is u's mutual weight
 * with w divided by u's largest mutual weight. Unweighted and undirected this is Borgatti's
 * n − 2t/n. NaN for isolates.
 */
export function effectiveSize(g: CompactGraph, weighted: boolean): Float64Array {
  const { n, offsets, neighbors } = g;
  const w = mutualWeights(g, weighted);
  const total = weightSums(g, w);
  const largest = weightMaxima(g, w);
  const p = new Float64Array(n);
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (start === end) {
      result[v] = NaN;
      continue;
    }
    const tv = total[v]!;
    for (let k = start; k < end; k++) p[neighbors[k]!] = w[k]! / tv;
    let redundancy = 0;
    for (let k = start; k < end; k++) {
      const u = neighbors[k]!;
      const scale = 1 / largest[u]!;
      for (let l = offsets[u]!; l < offsets[u + 1]!; l++) {
        const pw = p[neighbors[l]!]!;
        if (pw !== 0) redundancy += pw * w[l]! * scale;
      }
    }
    for (let k = start; k < end; k++) p[neighbors[k]!] = 0;
    result[v] = end - start - redundancy;
  }
  return result;
}

function weightSums(g: CompactGraph, w: Float64Array): Float64Array {
  const sums = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    let s = 0;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) s += w[k]!;
    sums[v] = s;
  }
  return sums;
}

function weightMaxima(g: CompactGraph, w: Float64Array): Float64Array {
  const maxima = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    let x = 0;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) if (w[k]! > x) x = w[k]!;
    maxima[v] = x;
  }
  return maxima;
}
