import type { RuleSubjects } from '../comparison-groups.ts';
import type { AnalysisNetwork } from '../network-input.ts';
import type { MeasureColumns } from '../rule-measures.ts';
import type { Finding } from '../types.ts';

/** Municipalities with no tie, no regional tie, or a single regional tie. */
export function municipalityTieFindings(
  net: AnalysisNetwork,
  subjects: RuleSubjects,
  measures: MeasureColumns,
): Finding[] {
  const { g, labels } = net;
  const findings: Finding[] = [];
  subjects.municipalities.forEach((v, i) => {
    const name = labels[v]!;
    const node = g.ids[v]!;
    if (measures.degree[i] === 0) {
      findings.push({
        code: 'isolated_municipality',
        severity: 'high',
        score: 100,
        nodes: [node],
        edges: [],
        params: { name },
      });
      return;
    }
    const actors = measures.regionalActors[i]!;
    if (actors === 0) {
      const municipalities = measures.degree[i]!;
      findings.push({
        code: 'no_regional_tie',
        severity: 'high',
        score: 90,
        nodes: [node],
        edges: [],
        params: { name, municipalities },
      });
    } else if (actors === 1) {
      let slot = g.offsets[v]!;
      while (g.isMunicipality[g.neighbors[slot]!]) slot++;
      const partner = g.neighbors[slot]!;
      const actor = labels[partner]!;
      findings.push({
        code: 'single_regional_tie',
        severity: 'medium',
        score: 60,
        nodes: [node, g.ids[partner]!],
        edges: [g.edgeKeys[g.edgeOf[slot]!]!],
        params: { name, actor },
      });
    }
  });
  return findings;
}
