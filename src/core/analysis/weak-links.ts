import { cutStructure } from '../metrics/structure/cuts.ts';
import { localBridgeSpans } from '../metrics/structure/local-bridges.ts';
import type { RuleSubjects } from './comparison-groups.ts';
import type { AnalysisNetwork } from './network-input.ts';
import type { MeasureColumns } from './rule-measures.ts';
import type { Finding } from './types.ts';
import { bridgeFindings } from './weak-links/bridges.ts';
import { countyLayerFindings } from './weak-links/county-layers.ts';
import { cutVertexFindings } from './weak-links/cut-vertices.ts';
import { depthFirstForest } from './weak-links/depth-first-forest.ts';
import { localBridgeFindings } from './weak-links/local-bridges.ts';
import { municipalityTieFindings } from './weak-links/municipality-ties.ts';

/**
 * Every weak-link finding, ranked: highest score first, then by the nodes' ids. Bridges that cut
 * off no municipality and local bridges are listed up to a limit each, with a count of the rest.
 */
export function weakLinks(
  net: AnalysisNetwork,
  subjects: RuleSubjects,
  measures: MeasureColumns,
  onProgress?: (fraction: number) => void,
): Finding[] {
  const cuts = cutStructure(net.g);
  const forest = depthFirstForest(net.g);
  onProgress?.(0.2);
  const findings = [
    ...municipalityTieFindings(net, subjects, measures),
    ...bridgeFindings(net, cuts.bridgeTie, forest),
  ];
  onProgress?.(0.4);
  // Spans only where a finding can name them: ties with a municipality at one end.
  findings.push(
    ...localBridgeFindings(
      net,
      localBridgeSpans(net.g, cuts.bridgeTie, (u, v) =>
        Boolean(net.g.isMunicipality[u] || net.g.isMunicipality[v]),
      ),
    ),
  );
  onProgress?.(0.7);
  findings.push(...cutVertexFindings(net, cuts.articulation, forest));
  onProgress?.(0.9);
  findings.push(...countyLayerFindings(net));
  onProgress?.(1);
  // Swedish order whatever the machine's locale: equal scores list Ö after Z, as people expect.
  const collator = new Intl.Collator('sv');
  return findings.sort(
    (a, b) =>
      b.score - a.score ||
      collator.compare(a.code, b.code) ||
      collator.compare(a.nodes.join('\u0000'), b.nodes.join('\u0000')) ||
      collator.compare(a.edges.join('\u0000'), b.edges.join('\u0000')),
  );
}

/** A finding's identity for comparing two analyses (code, nodes and edges). */
export function findingKey(f: Finding): string {
  return [f.code, f.nodes.join('\u0001'), f.edges.join('\u0001')].join('\u0000');
}
