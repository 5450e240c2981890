import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analysisNetwork, type AnalysisNetwork } from '../../../src/core/analysis/network-input.ts';
import { quantile } from '../../../src/core/analysis/quantile.ts';
import type { Finding } from '../../../src/core/analysis/types.ts';
import { bridgeFindings } from '../../../src/core/analysis/weak-links/bridges.ts';
import { cutVertexFindings } from '../../../src/core/analysis/weak-links/cut-vertices.ts';
import { depthFirstForest } from '../../../src/core/analysis/weak-links/depth-first-forest.ts';
import { localBridgeFindings } from '../../../src/core/analysis/weak-links/local-bridges.ts';
import type { CompactGraph } from '../../../src/core/metrics/compact.ts';
import { components, cutStructure } from '../../../src/core/metrics/structure/cuts.ts';
import { localBridgeSpans } from '../../../src/core/metrics/structure/local-bridges.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { buildGraph, byPrefix } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';

// ─── SLOW REFERENCE ────────────────────────────────────────────────────────────────────────────
// The first implementation of the bridge, local-bridge and cut-vertex findings, copied verbatim
// (commit 1b330f7): a breadth-first search per bridge and per cut vertex, O(items × (n + m)).
// It is the definition the depth-first-forest implementation must reproduce exactly. Since the
// findings carry codes and params only, its sentences are gone and its name lists are arrays.

function slowBridgeFindings(net: AnalysisNetwork, bridgeTie: Uint8Array): Finding[] {
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
      params: { a, b, side, municipalities, stranded: names },
    });
  }
  return findings;
}

function slowLocalBridgeFindings(net: AnalysisNetwork, spans: Float64Array): Finding[] {
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
    });
  }
  return findings;
}

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

function slowCutVertexFindings(net: AnalysisNetwork, articulation: Uint8Array): Finding[] {
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
      params: { name, stranded: names },
    });
    const weakest = slowWeakestCriticalSlot(net, c, new Set(stranded), after);
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

function slowWeakestCriticalSlot(
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

function reachFromActors(g: CompactGraph, withoutNode = -1, withoutTie = -1): Uint8Array {
  const { n, offsets, neighbors, edgeOf, isMunicipality } = g;
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (!isMunicipality[v] && v !== withoutNode) {
      reached[v] = 1;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (reached[u] || u === withoutNode || edgeOf[k] === withoutTie) continue;
      reached[u] = 1;
      queue[tail++] = u;
    }
  }
  return reached;
}

function strandedMunicipalities(
  g: CompactGraph,
  before: Uint8Array,
  after: Uint8Array,
  except = -1,
): number[] {
  const out: number[] = [];
  for (let v = 0; v < g.n; v++)
    if (g.isMunicipality[v] && v !== except && before[v] && !after[v]) out.push(v);
  return out;
}

// ─── END OF SLOW REFERENCE ─────────────────────────────────────────────────────────────────────

const ACTOR_KINDS = ['region', 'county_board', 'business_support', 'higher_education'];

/**
 * A random network with the shapes that make bridges and cut vertices: a sparse random core,
 * pendant chains hanging off it (often of municipalities, which strand), and isolates. Some
 * seeds give a directed graph (with reciprocal pairs), a network of municipalities only, or
 * one without municipalities.
 */
function randomNetwork(seed: number): BroGraph {
  const rand = seededRandom(seed);
  const directed = seed % 5 === 0;
  const share = seed % 7 === 0 ? 1 : seed % 11 === 0 ? 0 : 0.2 + 0.6 * rand();
  const graph: BroGraph = new Graph({ type: directed ? 'directed' : 'undirected' });
  graph.replaceAttributes({ files: ['test'], merge: 'sum' });
  const addNode = () => {
    const id = `n${graph.order}`;
    const kind = rand() < share ? 'municipality' : ACTOR_KINDS[Math.floor(rand() * 4)]!;
    graph.addNode(id, { label: `L${id}`, kind, attributes: {} });
    return id;
  };
  const tie = (s: string, t: string) => {
    if (s === t || graph.hasEdge(s, t) || (!directed && graph.hasEdge(t, s))) return;
    const strength = 1 + Math.floor(rand() * 4);
    graph.addEdge(s, t, { strength, records: 1, byKind: {}, byYear: {}, attributes: {} });
  };
  const core = 3 + Math.floor(rand() * 40);
  for (let i = 0; i < core; i++) addNode();
  const nodes = () => graph.nodes();
  const pick = () => nodes()[Math.floor(rand() * graph.order)]!;
  const coreTies = Math.floor(core * (0.6 + 1.2 * rand()));
  for (let i = 0; i < coreTies; i++) tie(pick(), pick());
  if (directed)
    for (const [s, t] of graph.mapEdges((_, __, s, t): [string, string] => [s, t]))
      if (rand() < 0.3) tie(t, s);
  const chains = Math.floor(rand() * 6);
  for (let c = 0; c < chains; c++) {
    let at = pick();
    const length = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < length; i++) {
      const next = addNode();
      if (rand() < 0.5) tie(at, next);
      else tie(next, at);
      at = next;
    }
    // Sometimes a chain closes back onto the network, making a long cycle of local bridges.
    if (rand() < 0.25) tie(at, pick());
  }
  const isolates = Math.floor(rand() * 3);
  for (let i = 0; i < isolates; i++) addNode();
  return graph;
}

/** Nets of the constructed test networks, and of several dozen seeded random ones. */
function networks(): [string, BroGraph][] {
  const chain = ['Mc1', 'Mc2', 'Mc3', 'Mc4'];
  return [
    ['constructed', constructedNetwork()],
    [
      'county',
      buildGraph(
        [
          ...['K1', 'K2', 'K3', 'K4'].map((id) => ({ id, kind: 'municipality', county: '22' })),
          { id: 'R', kind: 'region' },
        ],
        [['K1', 'K2'], ...['K1', 'K2', 'K3', 'K4'].map((id) => [id, 'R'] as const)],
      ),
    ],
    [
      'municipality chain on an actor',
      byPrefix(
        ['R', ...chain],
        [
          ['R', 'Mc1'],
          ['Mc1', 'Mc2'],
          ['Mc2', 'Mc3'],
          ['Mc3', 'Mc4'],
        ],
      ),
    ],
    [
      'actor pendant on municipalities',
      byPrefix(
        ['M1', 'M2', 'M3', 'A'],
        [
          ['M1', 'M2'],
          ['M2', 'M3'],
          ['M3', 'M1'],
          ['M3', 'A'],
        ],
      ),
    ],
    ...Array.from(
      { length: 48 },
      (_, i) => [`seed ${i + 1}`, randomNetwork(i + 1)] as [string, BroGraph],
    ),
  ];
}

describe('bridge and cut-vertex findings equal the slow reference', () => {
  for (const [name, graph] of networks()) {
    it(name, () => {
      const net = analysisNetwork(graph);
      const { bridgeTie, articulation } = cutStructure(net.g);
      const forest = depthFirstForest(net.g);
      expect(bridgeFindings(net, bridgeTie, forest, Infinity)).toEqual(
        slowBridgeFindings(net, bridgeTie),
      );
      expect(cutVertexFindings(net, articulation, forest)).toEqual(
        slowCutVertexFindings(net, articulation),
      );
      const spans = localBridgeSpans(net.g, bridgeTie);
      const { g } = net;
      const touches = (f: Finding) =>
        f.nodes.some((id) => g.isMunicipality[g.index.get(id)!] === 1);
      const slow = slowLocalBridgeFindings(net, spans);
      const listed = localBridgeFindings(net, spans, Infinity);
      expect(listed.filter((f) => f.code === 'local_bridge')).toEqual(slow.filter(touches));
      const more = listed.flatMap((f) => (f.code === 'local_bridges_more' ? [f.params.count] : []));
      const left = slow.filter((f) => !touches(f)).length;
      expect(more).toEqual(left > 0 ? [left] : []);
    });
  }

  it('cover every kind of finding the reference makes', () => {
    const codes = new Map<string, number>();
    for (const [, graph] of networks()) {
      const net = analysisNetwork(graph);
      const { bridgeTie, articulation } = cutStructure(net.g);
      for (const f of [
        ...slowBridgeFindings(net, bridgeTie),
        ...slowCutVertexFindings(net, articulation),
      ]) {
        const key = `${f.code}:${f.severity}`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }
    }
    for (const key of [
      'bridge:high',
      'bridge:medium',
      'bridge:low',
      'cut_vertex_separates:high',
      'weak_critical_tie:medium',
      'weak_critical_tie:low',
    ])
      expect(codes.get(key) ?? 0, key).toBeGreaterThan(3);
  });
});
