import { ANALYSIS_TEXT } from '../../../i18n/analysis.ts';
import type { CompactGraph } from '../../metrics/compact.ts';
import { components } from '../../metrics/structure/cuts.ts';
import { bilingual } from '../bilingual.ts';
import type { AnalysisNetwork } from '../network-input.ts';
import type { Finding } from '../types.ts';
import { reachFromActors, strandedMunicipalities } from './reach.ts';

/**
 * One finding per bridge, describing the smaller side it cuts off and the municipalities that
 * would then reach no regional actor. `bridgeTie` is indexed by input edge (a tie's first edge).
 */
export function bridgeFindings(net: AnalysisNetwork, bridgeTie: Uint8Array): Finding[] {
  const { g, labels } = net;
  const component = components(g);
  const componentSize = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) componentSize[component[v]!]!++;
  const baseline = reachFromActors(g);
  const findings: Finding[] = [];
  for (let e = 0; e < g.m; e++) {
    if (!bridgeTie[e]) continue;
    const s = g.edgeSource[e]!;
    const t = g.edgeTarget[e]!;
    const sSide = sideWithout(g, s, e);
    const sSize = sSide.length;
    const otherSize = componentSize[component[s]!]! - sSize;
    const cut = sSize <= otherSize ? new Set(sSide) : complementInComponent(g, component, s, sSide);
    let municipalities = 0;
    for (const v of cut) if (g.isMunicipality[v]) municipalities++;
    const stranded = strandedMunicipalities(g, baseline, reachFromActors(g, -1, e));
    const names = stranded.map((v) => labels[v]!);
    const a = labels[s]!;
    const b = labels[t]!;
    const side = cut.size;
    const severity = stranded.length > 0 ? 'high' : municipalities > 0 ? 'medium' : 'low';
    const score =
      severity === 'high'
        ? 70 + Math.min(stranded.length, 9)
        : severity === 'medium'
          ? 40 + Math.min(municipalities, 9)
          : 10 + Math.min(side, 9);
    findings.push({
      code: 'bridge',
      severity,
      score,
      nodes: [g.ids[s]!, g.ids[t]!, ...stranded.map((v) => g.ids[v]!)],
      edges: [g.edgeKeys[e]!],
      params: { a, b, side, municipalities, stranded: names.join(', ') },
      text: bilingual((lang) =>
        ANALYSIS_TEXT[lang].findings.bridge({ a, b, side, municipalities, stranded: names }),
      ),
    });
  }
  return findings;
}

/** One finding per local bridge (a tie in no triangle), with its span. */
export function localBridgeFindings(net: AnalysisNetwork, spans: Float64Array): Finding[] {
  const { g, labels } = net;
  const findings: Finding[] = [];
  for (let e = 0; e < g.m; e++) {
    const span = spans[e]!;
    if (Number.isNaN(span)) continue;
    const a = labels[g.edgeSource[e]!]!;
    const b = labels[g.edgeTarget[e]!]!;
    findings.push({
      code: 'local_bridge',
      severity: 'low',
      score: 5 + Math.min(span, 9),
      nodes: [g.ids[g.edgeSource[e]!]!, g.ids[g.edgeTarget[e]!]!],
      edges: [g.edgeKeys[e]!],
      params: { a, b, span },
      text: bilingual((lang) => ANALYSIS_TEXT[lang].findings.local_bridge({ a, b, span })),
    });
  }
  return findings;
}

/** Nodes reachable from `start` without crossing input edge `tie`. */
function sideWithout(g: CompactGraph, start: number, tie: number): number[] {
  const seen = new Uint8Array(g.n);
  const order = [start];
  seen[start] = 1;
  for (let head = 0; head < order.length; head++) {
    const v = order[head]!;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
      const u = g.neighbors[k]!;
      if (seen[u] || g.edgeOf[k] === tie) continue;
      seen[u] = 1;
      order.push(u);
    }
  }
  return order;
}

function complementInComponent(
  g: CompactGraph,
  component: Int32Array,
  member: number,
  side: number[],
): Set<number> {
  const inSide = new Set(side);
  const out = new Set<number>();
  for (let v = 0; v < g.n; v++)
    if (component[v] === component[member] && !inSide.has(v)) out.add(v);
  return out;
}
