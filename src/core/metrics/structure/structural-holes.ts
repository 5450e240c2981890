import type { CompactGraph } from '../compact.ts';
import { mutualWeights } from './mutual-weights.ts';
import { forEachTriangle, reverseSlots } from './triangles.ts';

/**
 * Burt's constraint, as networkx.constraint(G) (weighted: weight='strength'):
 * c(v) = Σ_j (p_vj + Σ_q p_vq·p_qj)², over the neighbours j, q of v, where p_xy is x's mutual
 * weight with y divided by the sum of x's mutual weights. NaN for isolates.
 *
 * The indirect term joins v, q and j in a triangle, so it is summed per tie over the
 * triangles (see forEachTriangle): the cost follows the ties, not each degree squared. `only`
 * keeps the result to those nodes (the others NaN: the position rule needs municipalities).
 */
export function constraint(
  g: CompactGraph,
  weighted: boolean,
  only?: ArrayLike<number>,
): Float64Array {
  const { n, offsets } = g;
  const w = mutualWeights(g, weighted);
  const total = weightSums(g, w);
  const owner = slotOwners(g);
  const p = (slot: number) => w[slot]! / total[owner[slot]!]!;
  const acc = new Float64Array(w.length);
  for (let k = 0; k < w.length; k++) acc[k] = p(k);
  const reverse = reverseSlots(g);
  forEachTriangle(g, 1, (_a, _b, _c, _ab, _bc, _ca, ab, bc, ac) => {
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    acc[ab] = acc[ab]! + p(ac) * p(cb);
    acc[ac] = acc[ac]! + p(ab) * p(bc);
    acc[ba] = acc[ba]! + p(bc) * p(ca);
    acc[bc] = acc[bc]! + p(ba) * p(ac);
    acc[ca] = acc[ca]! + p(cb) * p(ba);
    acc[cb] = acc[cb]! + p(ca) * p(ab);
  });
  const result = new Float64Array(n).fill(only ? NaN : 0);
  const count = only ? only.length : n;
  for (let i = 0; i < count; i++) {
    const v = only ? only[i]! : i;
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    let sum = start === end ? NaN : 0;
    for (let k = start; k < end; k++) sum += acc[k]! * acc[k]!;
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
  const { n, offsets } = g;
  const w = mutualWeights(g, weighted);
  const total = weightSums(g, w);
  const largest = weightMaxima(g, w);
  const owner = slotOwners(g);
  const p = (slot: number) => w[slot]! / total[owner[slot]!]!;
  const m = (slot: number) => w[slot]! / largest[owner[slot]!]!;
  const redundancy = new Float64Array(n);
  const reverse = reverseSlots(g);
  // v's redundancy sums p_vw·m_uw over the triangles v, u, w: each triangle adds two terms
  // at each of its corners.
  forEachTriangle(g, 1, (a, b, c, _ab, _bc, _ca, ab, bc, ac) => {
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    redundancy[a] = redundancy[a]! + p(ac) * m(bc) + p(ab) * m(cb);
    redundancy[b] = redundancy[b]! + p(bc) * m(ac) + p(ba) * m(ca);
    redundancy[c] = redundancy[c]! + p(ca) * m(ba) + p(cb) * m(ab);
  });
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    result[v] = d === 0 ? NaN : d - redundancy[v]!;
  }
  return result;
}

/** The node each slot of the undirected CSR belongs to. */
function slotOwners(g: CompactGraph): Int32Array {
  const owner = new Int32Array(g.neighbors.length);
  for (let v = 0; v < g.n; v++) {
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) owner[k] = v;
  }
  return owner;
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
