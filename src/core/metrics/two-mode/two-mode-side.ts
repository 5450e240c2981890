import type { CompactGraph } from '../compact.ts';

/**
 * The municipality side of a two-mode graph (1 = on that side), or null when the graph is not
 * two-mode. Two-mode: undirected with at least one tie, and every tie joins a municipality to a
 * non-municipality — or the nodes have exactly two kinds and every tie joins the two (then the
 * municipality side, or when neither kind is 'municipality' the first node's kind).
 */
export function twoModeSide(g: CompactGraph): Uint8Array | null {
  if (g.directed || g.m === 0) return null;
  const { edgeSource, edgeTarget, isMunicipality, kind } = g;
  if (everyTieJoins(g, (v) => isMunicipality[v]!)) return isMunicipality;
  const kinds = [...new Set(kind)];
  if (kinds.length !== 2) return null;
  const sideKind = kinds.includes('municipality') ? 'municipality' : kinds[0];
  const side = Uint8Array.from(kind, (k) => (k === sideKind ? 1 : 0));
  for (let e = 0; e < g.m; e++) if (side[edgeSource[e]!] === side[edgeTarget[e]!]) return null;
  return side;
}

function everyTieJoins(g: CompactGraph, sideOf: (v: number) => number): boolean {
  for (let e = 0; e < g.m; e++)
    if (sideOf(g.edgeSource[e]!) === sideOf(g.edgeTarget[e]!)) return false;
  return true;
}
