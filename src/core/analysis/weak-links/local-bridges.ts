import type { AnalysisNetwork } from '../network-input.ts';
import type { Finding } from '../types.ts';
import { summaryRank } from './summary-finding.ts';

/** At most this many local bridges are listed; the rest are counted in one summary finding. */
export const LOCAL_BRIDGE_LIMIT = 100;

/**
 * Local bridges (ties in no triangle) with their span, for ties with a municipality at one end
 * or both: a tie between two regional actors is not a weak link of the municipality–region
 * web. At most `limit` are listed, the longest spans first; when any local bridge is left out,
 * one more finding says how many (and how many of those join two actors) and where they all are.
 */
export function localBridgeFindings(
  net: AnalysisNetwork,
  /** From localBridgeSpans: NaN for ties that are not local bridges; only the ties with a municipality at one end need a measured span. */
  spans: Float64Array,
  limit = LOCAL_BRIDGE_LIMIT,
): Finding[] {
  const { g } = net;
  let all = 0;
  const touchingMunicipality: number[] = [];
  for (let e = 0; e < g.m; e++) {
    if (Number.isNaN(spans[e]!)) continue;
    all++;
    if (g.isMunicipality[g.edgeSource[e]!] || g.isMunicipality[g.edgeTarget[e]!])
      touchingMunicipality.push(e);
  }
  const listed =
    touchingMunicipality.length <= limit
      ? touchingMunicipality
      : touchingMunicipality
          .slice()
          .sort((a, b) => spans[b]! - spans[a]! || a - b)
          .slice(0, limit)
          .sort((a, b) => a - b);
  const findings = listed.map((e) => localBridgeFinding(net, e, spans[e]!));
  const count = all - listed.length;
  const betweenActors = all - touchingMunicipality.length;
  if (count > 0)
    findings.push({
      code: 'local_bridges_more',
      ...summaryRank(),
      params: { count, betweenActors, listed: listed.length },
    });
  return findings;
}

function localBridgeFinding(net: AnalysisNetwork, e: number, span: number): Finding {
  const { g, labels } = net;
  const a = labels[g.edgeSource[e]!]!;
  const b = labels[g.edgeTarget[e]!]!;
  return {
    code: 'local_bridge',
    severity: 'low',
    score: 5 + Math.min(span, 9),
    nodes: [g.ids[g.edgeSource[e]!]!, g.ids[g.edgeTarget[e]!]!],
    edges: [g.edgeKeys[e]!],
    params: { a, b, span },
  };
}
