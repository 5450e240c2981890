import type { CompactGraph } from '../../metrics/compact.ts';
import type { AnalysisNetwork } from '../network-input.ts';
import type { Finding, FindingSeverity } from '../types.ts';
import { municipalitiesInRange, type DepthFirstForest } from './depth-first-forest.ts';
import { summaryRank } from './summary-finding.ts';

/**
 * At most this many bridges that cut off no municipality and strand none are listed; the rest
 * are counted in one summary finding (every bridge stays in the edge table's bridge column).
 */
export const BRIDGE_LIMIT = 100;

/** What removing one bridge does. */
interface BridgeCut {
  tie: number;
  /** Nodes on the smaller side (the source's side when both are equal). */
  side: number;
  /** Municipalities on that side. */
  municipalities: number;
  /** Municipalities that reach a regional actor now and none without the tie, in node order. */
  stranded: number[];
  severity: FindingSeverity;
}

/**
 * One finding per bridge, describing the smaller side it cuts off and the municipalities that
 * would then reach no regional actor — except that of the bridges whose severity is low (no
 * municipality cut off, none stranded) only the `limit` cutting off most nodes are listed, and
 * one more finding says how many are not. `bridgeTie` is indexed by input edge (a tie's first
 * edge); `forest` is the depth-first forest of the same graph.
 */
export function bridgeFindings(
  net: AnalysisNetwork,
  bridgeTie: Uint8Array,
  forest: DepthFirstForest,
  limit = BRIDGE_LIMIT,
): Finding[] {
  const cuts: BridgeCut[] = [];
  for (let e = 0; e < net.g.m; e++) if (bridgeTie[e]) cuts.push(bridgeCut(net.g, forest, e));
  const minor = cuts.filter((c) => c.severity === 'low');
  const hidden = new Set(minor.sort((a, b) => b.side - a.side || a.tie - b.tie).slice(limit));
  const findings = cuts.filter((c) => !hidden.has(c)).map((c) => bridgeFinding(net, c));
  if (hidden.size > 0) findings.push(moreBridges(hidden.size, findings.length));
  return findings;
}

function bridgeCut(g: CompactGraph, forest: DepthFirstForest, e: number): BridgeCut {
  const { pre, size, municipalities, root } = forest;
  const s = g.edgeSource[e]!;
  const t = g.edgeTarget[e]!;
  // A bridge is a tree tie, and the child's subtree is exactly the side the tie leads to.
  const child = pre[t]! > pre[s]! ? t : s;
  const r = root[child]!;
  const inner = { nodes: size[child]!, municipalities: municipalities[child]! };
  const outer = {
    nodes: size[r]! - inner.nodes,
    municipalities: municipalities[r]! - inner.municipalities,
  };
  const [sourceSide, targetSide] = child === s ? [inner, outer] : [outer, inner];
  const cut = sourceSide.nodes <= targetSide.nodes ? sourceSide : targetSide;

  const stranded: number[] = [];
  const innerActors = inner.nodes - inner.municipalities;
  const outerActors = outer.nodes - outer.municipalities;
  const from = pre[child]!;
  const to = from + inner.nodes;
  if (innerActors === 0 && outerActors > 0) municipalitiesInRange(g, forest, from, to, stranded);
  if (outerActors === 0 && innerActors > 0)
    municipalitiesInRange(g, forest, pre[r]!, pre[r]! + size[r]!, stranded, [[from, to]]);
  stranded.sort((a, b) => a - b);

  const severity = stranded.length > 0 ? 'high' : cut.municipalities > 0 ? 'medium' : 'low';
  return { tie: e, side: cut.nodes, municipalities: cut.municipalities, stranded, severity };
}

function bridgeFinding(net: AnalysisNetwork, cut: BridgeCut): Finding {
  const { g, labels } = net;
  const { tie, side, municipalities, stranded, severity } = cut;
  const s = g.edgeSource[tie]!;
  const t = g.edgeTarget[tie]!;
  const names = stranded.map((v) => labels[v]!);
  const a = labels[s]!;
  const b = labels[t]!;
  const score =
    severity === 'high'
      ? 70 + Math.min(stranded.length, 9)
      : severity === 'medium'
        ? 40 + Math.min(municipalities, 9)
        : 10 + Math.min(side, 9);
  return {
    code: 'bridge',
    severity,
    score,
    nodes: [g.ids[s]!, g.ids[t]!, ...stranded.map((v) => g.ids[v]!)],
    edges: [g.edgeKeys[tie]!],
    params: { a, b, side, municipalities, stranded: names },
  };
}

function moreBridges(count: number, listed: number): Finding {
  return { code: 'bridges_more', ...summaryRank(), params: { count, listed } };
}
