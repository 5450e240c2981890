import type { CompactGraph } from '../compact.ts';
import { kindIds } from './kind-ids.ts';
import { forEachTriangle } from './triangles.ts';

/** Gould–Fernandez brokerage roles per node, with the node's kind as its group. */
export interface Brokerage {
  coordinator: Float64Array;
  gatekeeper: Float64Array;
  representative: Float64Array;
  itinerant: Float64Array;
  liaison: Float64Array;
  total: Float64Array;
}

/**
 * Counts the open two-paths a → v → c (a ≠ c, no tie a → c) by the groups of a, v and c, as
 * UCINET: coordinator (all one group), itinerant (a and c share a group, v does not),
 * representative (v shares a's group, not c's), gatekeeper (v shares c's group, not a's),
 * liaison (three groups). Undirected data counts each unordered pair {a, c} of non-adjacent
 * neighbours once, which is UCINET's count on the symmetrised data halved: a pair where v shares
 * the group of exactly one end adds ½ to gatekeeper and ½ to representative.
 *
 * Counts all pairs per group combination in closed form and subtracts the closed ones, so the
 * cost is that of counting triangles, not the square of each degree.
 */
export function brokerage(g: CompactGraph): Brokerage {
  return g.directed ? directedBrokerage(g) : undirectedBrokerage(g);
}

function emptyRoles(n: number): Brokerage {
  return {
    coordinator: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    representative: new Float64Array(n),
    itinerant: new Float64Array(n),
    liaison: new Float64Array(n),
    total: new Float64Array(n),
  };
}

function undirectedBrokerage(g: CompactGraph): Brokerage {
  const { n, offsets, neighbors } = g;
  const group = kindIds(g.kind);
  const count = new Float64Array(n);
  const roles = emptyRoles(n);
  // Pairs with a tie between one group and another, before the closed pairs are taken off.
  const mixed = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const gv = group[v]!;
    for (let k = start; k < end; k++) count[group[neighbors[k]!]!]!++;
    const own = count[gv]!;
    const other = end - start - own;
    let sameOtherGroup = 0;
    for (let k = start; k < end; k++) {
      const ga = group[neighbors[k]!]!;
      if (ga !== gv) sameOtherGroup += (count[ga]! - 1) / 2;
    }
    for (let k = start; k < end; k++) count[group[neighbors[k]!]!] = 0;
    roles.coordinator[v] = (own * (own - 1)) / 2;
    mixed[v] = own * other;
    roles.itinerant[v] = sameOtherGroup;
    roles.liaison[v] = (other * (other - 1)) / 2 - sameOtherGroup;
  }
  // A pair of v's neighbours that are tied to each other is no brokerage: each triangle closes
  // one pair at each of its three corners.
  const close = (v: number, a: number, c: number) => {
    const gv = group[v]!;
    const ga = group[a]!;
    const gc = group[c]!;
    if (ga === gv && gc === gv) roles.coordinator[v]!--;
    else if (ga === gv || gc === gv) mixed[v]!--;
    else if (ga === gc) roles.itinerant[v]!--;
    else roles.liaison[v]!--;
  };
  forEachTriangle(g, 1, (a, b, c) => {
    close(a, b, c);
    close(b, c, a);
    close(c, a, b);
  });
  for (let v = 0; v < n; v++) {
    roles.gatekeeper[v] = mixed[v]! / 2;
    roles.representative[v] = mixed[v]! / 2;
    roles.total[v] = roles.coordinator[v]! + mixed[v]! + roles.itinerant[v]! + roles.liaison[v]!;
  }
  return roles;
}

function directedBrokerage(g: CompactGraph): Brokerage {
  const { n, inOffsets, inNeighbors, outOffsets, outNeighbors } = g;
  const group = kindIds(g.kind);
  const fromCount = new Float64Array(n);
  const toCount = new Float64Array(n);
  const isTarget = new Int32Array(n).fill(-1);
  const roles = emptyRoles(n);
  for (let v = 0; v < n; v++) {
    const gv = group[v]!;
    const inStart = inOffsets[v]!;
    const inEnd = inOffsets[v + 1]!;
    const outStart = outOffsets[v]!;
    const outEnd = outOffsets[v + 1]!;
    for (let k = inStart; k < inEnd; k++) fromCount[group[inNeighbors[k]!]!]!++;
    for (let k = outStart; k < outEnd; k++) {
      const c = outNeighbors[k]!;
      toCount[group[c]!]!++;
      isTarget[c] = v;
    }
    const fromOwn = fromCount[gv]!;
    const toOwn = toCount[gv]!;
    const fromOther = inEnd - inStart - fromOwn;
    const toOther = outEnd - outStart - toOwn;
    let sameOtherGroup = 0;
    for (let k = inStart; k < inEnd; k++) {
      const ga = group[inNeighbors[k]!]!;
      if (ga !== gv) sameOtherGroup += toCount[ga]!;
    }
    let coordinator = fromOwn * toOwn;
    let representative = fromOwn * toOther;
    let gatekeeper = fromOther * toOwn;
    let itinerant = sameOtherGroup;
    let liaison = fromOther * toOther - sameOtherGroup;
    for (let k = inStart; k < inEnd; k++) {
      const a = inNeighbors[k]!;
      const ga = group[a]!;
      // a → v → a is not a two-path between two others.
      if (isTarget[a] === v) {
        if (ga === gv) coordinator--;
        else itinerant--;
      }
      for (let l = outOffsets[a]!; l < outOffsets[a + 1]!; l++) {
        const c = outNeighbors[l]!;
        if (isTarget[c] !== v) continue;
        const gc = group[c]!;
        if (ga === gv && gc === gv) coordinator--;
        else if (ga === gv) representative--;
        else if (gc === gv) gatekeeper--;
        else if (ga === gc) itinerant--;
        else liaison--;
      }
    }
    for (let k = inStart; k < inEnd; k++) fromCount[group[inNeighbors[k]!]!] = 0;
    for (let k = outStart; k < outEnd; k++) toCount[group[outNeighbors[k]!]!] = 0;
    roles.coordinator[v] = coordinator;
    roles.gatekeeper[v] = gatekeeper;
    roles.representative[v] = representative;
    roles.itinerant[v] = itinerant;
    roles.liaison[v] = liaison;
    roles.total[v] = coordinator + representative + gatekeeper + itinerant + liaison;
  }
  return roles;
}
