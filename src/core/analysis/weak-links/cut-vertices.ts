import type { CompactGraph } from '../../metrics/compact.ts';
import type { AnalysisNetwork } from '../network-input.ts';
import { quantile } from '../quantile.ts';
import type { Finding } from '../types.ts';
import { municipalitiesInRange, type DepthFirstForest } from './depth-first-forest.ts';

/**
 * For each cut vertex whose removal leaves some municipalities with no path to any regional
 * actor: a finding naming them, and a finding for the weakest tie their access runs through.
 * `forest` is the depth-first forest of the same graph.
 */
export function cutVertexFindings(
  net: AnalysisNetwork,
  articulation: Uint8Array,
  forest: DepthFirstForest,
): Finding[] {
  const { g, labels } = net;
  const medianStrength = quantile(g.edgeStrength, 0.5);
  const strandedBy = new Int32Array(g.n).fill(-1);
  const findings: Finding[] = [];
  for (let c = 0; c < g.n; c++) {
    if (!articulation[c]) continue;
    const stranded = strandedWithout(g, forest, c);
    if (stranded.length === 0) continue;
    for (const v of stranded) strandedBy[v] = c;
    const name = labels[c]!;
    const names = stranded.map((v) => labels[v]!);
    const strandedIds = stranded.map((v) => g.ids[v]!);
    findings.push({
      code: 'cut_vertex_separates',
      severity: 'high',
      score: 80 + Math.min(stranded.length, 9),
      nodes: [g.ids[c]!, ...strandedIds],
      edges: [],
      params: { name, stranded: names },
    });
    const weakest = weakestCriticalSlot(g, c, (u) => strandedBy[u] === c);
    if (weakest < 0) continue;
    const e = g.edgeOf[weakest]!;
    const a = labels[c]!;
    const b = labels[g.neighbors[weakest]!]!;
    const strength = g.weights[weakest]!;
    const weak = strength <= medianStrength;
    findings.push({
      code: 'weak_critical_tie',
      severity: weak ? 'medium' : 'low',
      score: weak ? 50 + Math.min(stranded.length, 9) : 15,
      nodes: [g.ids[c]!, g.ids[g.neighbors[weakest]!]!, ...strandedIds],
      edges: [g.edgeKeys[e]!],
      params: { a, b, strength, median: medianStrength, stranded: names },
    });
  }
  return findings;
}

/**
 * Municipalities that reach a regional actor now but none without node c, in node order. Without
 * c its component falls into the subtrees of the children that have no tie past c, and the rest;
 * a part with no regional actor strands its municipalities (it holds nothing else), provided
 * the component held an actor — c itself included.
 */
function strandedWithout(g: CompactGraph, forest: DepthFirstForest, c: number): number[] {
  const { order, pre, low, size, municipalities, root } = forest;
  const r = root[c]!;
  const actors = size[r]! - municipalities[r]!;
  const stranded: number[] = [];
  if (actors === 0) return stranded;
  let restNodes = size[r]! - 1;
  let restActors = actors - (g.isMunicipality[c] ? 0 : 1);
  const parts: [number, number][] = [[pre[c]!, pre[c]! + 1]];
  for (let at = pre[c]! + 1; at < pre[c]! + size[c]!; at += size[order[at]!]!) {
    const child = order[at]!;
    if (low[child]! < pre[c]!) continue;
    const childActors = size[child]! - municipalities[child]!;
    restNodes -= size[child]!;
    restActors -= childActors;
    parts.push([at, at + size[child]!]);
    if (childActors === 0) municipalitiesInRange(g, forest, at, at + size[child]!, stranded);
  }
  if (restActors === 0 && restNodes > 0)
    municipalitiesInRange(g, forest, pre[r]!, pre[r]! + size[r]!, stranded, parts);
  return stranded.sort((a, b) => a - b);
}

/**
 * The weakest tie the stranded municipalities' access runs through: their ties to the cut
 * vertex, and — when the cut vertex is a municipality with a single tie towards the actors —
 * that tie too. Every other neighbour still reaches an actor without c. Returns an undirected
 * slot of the cut vertex, or -1.
 */
function weakestCriticalSlot(
  g: CompactGraph,
  c: number,
  isStranded: (v: number) => boolean,
): number {
  const onwards: number[] = [];
  let best = -1;
  const consider = (k: number) => {
    if (best < 0 || g.weights[k]! < g.weights[best]!) best = k;
  };
  for (let k = g.offsets[c]!; k < g.offsets[c + 1]!; k++) {
    const u = g.neighbors[k]!;
    if (isStranded(u)) consider(k);
    else if (u !== c) onwards.push(k);
  }
  if (g.isMunicipality[c] && onwards.length === 1) consider(onwards[0]!);
  return best;
}
