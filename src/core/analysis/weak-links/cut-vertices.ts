import { ANALYSIS_TEXT } from '../../../i18n/analysis.ts';
import { bilingual } from '../bilingual.ts';
import type { AnalysisNetwork } from '../network-input.ts';
import { quantile } from '../quantile.ts';
import type { Finding } from '../types.ts';
import { reachFromActors, strandedMunicipalities } from './reach.ts';

/**
 * For each cut vertex whose removal leaves some municipalities with no path to any regional
 * actor: a finding naming them, and a finding for the weakest tie their access runs through.
 */
export function cutVertexFindings(net: AnalysisNetwork, articulation: Uint8Array): Finding[] {
  const { g, labels } = net;
  const baseline = reachFromActors(g);
  const medianStrength = quantile(g.edgeStrength, 0.5);
  const findings: Finding[] = [];
  for (let c = 0; c < g.n; c++) {
    if (!articulation[c]) continue;
    const after = reachFromActors(g, c);
    const stranded = strandedMunicipalities(g, baseline, after, c);
    if (stranded.length === 0) continue;
    const name = labels[c]!;
    const names = stranded.map((v) => labels[v]!);
    const strandedIds = stranded.map((v) => g.ids[v]!);
    findings.push({
      code: 'cut_vertex_separates',
      severity: 'high',
      score: 80 + Math.min(stranded.length, 9),
      nodes: [g.ids[c]!, ...strandedIds],
      edges: [],
      params: { name, stranded: names.join(', '), count: stranded.length },
      text: bilingual((lang) =>
        ANALYSIS_TEXT[lang].findings.cut_vertex_separates({ name, stranded: names }),
      ),
    });
    const weakest = weakestCriticalSlot(net, c, new Set(stranded), after);
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
      params: { a, b, strength, median: medianStrength, stranded: names.join(', ') },
      text: bilingual((lang) =>
        ANALYSIS_TEXT[lang].findings.weak_critical_tie({
          a,
          b,
          strength,
          median: medianStrength,
          stranded: names,
        }),
      ),
    });
  }
  return findings;
}

/**
 * The weakest tie the stranded municipalities' access runs through: their ties to the cut
 * vertex, and — when the cut vertex is a municipality with a single tie towards the actors —
 * that tie too. Returns an undirected slot of the cut vertex, or -1.
 */
function weakestCriticalSlot(
  net: AnalysisNetwork,
  c: number,
  stranded: Set<number>,
  reachedWithoutC: Uint8Array,
): number {
  const { g } = net;
  const onwards: number[] = [];
  let best = -1;
  const consider = (k: number) => {
    if (best < 0 || g.weights[k]! < g.weights[best]!) best = k;
  };
  for (let k = g.offsets[c]!; k < g.offsets[c + 1]!; k++) {
    const u = g.neighbors[k]!;
    if (stranded.has(u)) consider(k);
    else if (reachedWithoutC[u]) onwards.push(k);
  }
  if (g.isMunicipality[c] && onwards.length === 1) consider(onwards[0]!);
  return best;
}
