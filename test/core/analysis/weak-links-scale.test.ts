import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analysisNetwork } from '../../../src/core/analysis/network-input.ts';
import type { Finding } from '../../../src/core/analysis/types.ts';
import { BRIDGE_LIMIT, bridgeFindings } from '../../../src/core/analysis/weak-links/bridges.ts';
import { cutVertexFindings } from '../../../src/core/analysis/weak-links/cut-vertices.ts';
import { depthFirstForest } from '../../../src/core/analysis/weak-links/depth-first-forest.ts';
import {
  LOCAL_BRIDGE_LIMIT,
  localBridgeFindings,
} from '../../../src/core/analysis/weak-links/local-bridges.ts';
import { cutStructure } from '../../../src/core/metrics/structure/cuts.ts';
import { localBridgeSpans } from '../../../src/core/metrics/structure/local-bridges.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { findingSentence } from '../../../src/i18n/finding-sentence.ts';
import { buildGraph, type NodeSpec } from './build-graph.ts';

/** Cycles of lengths 4 … 20 through one hub: every tie of a cycle of length L has span L − 1. */
function cyclesThroughHub(kind: 'municipality' | 'region'): BroGraph {
  const nodes: NodeSpec[] = [{ id: 'hub', kind: 'region' }];
  const edges: [string, string][] = [];
  for (let length = 4; length <= 20; length++) {
    const ring = ['hub'];
    for (let i = 1; i < length; i++) {
      ring.push(`c${length}-${i}`);
      nodes.push({ id: `c${length}-${i}`, kind });
    }
    ring.forEach((v, i) => edges.push([v, ring[(i + 1) % length]!]));
  }
  return buildGraph(nodes, edges);
}

function localFindings(graph: BroGraph) {
  const net = analysisNetwork(graph);
  const spans = localBridgeSpans(net.g, cutStructure(net.g).bridgeTie);
  return {
    findings: localBridgeFindings(net, spans),
    all: localBridgeFindings(net, spans, Infinity),
  };
}

const spanOf = (f: Finding) => (f.code === 'local_bridge' ? f.params.span : NaN);

describe('local bridges on a network with many', () => {
  const total = ((4 + 20) * 17) / 2;

  it('list the longest spans first, up to the limit, and count the rest', () => {
    const { findings, all } = localFindings(cyclesThroughHub('municipality'));
    const listed = findings.filter((f) => f.code === 'local_bridge');
    expect(all).toHaveLength(total);
    expect(listed).toHaveLength(LOCAL_BRIDGE_LIMIT);
    const shown = new Set(listed.map((f) => f.edges[0]));
    const hidden = all.filter((f) => !shown.has(f.edges[0]));
    const shortestShown = Math.min(...listed.map(spanOf));
    expect(Math.max(...hidden.map(spanOf))).toBeLessThanOrEqual(shortestShown);
    // At the boundary span, the ties that come first in edge order are the ones listed.
    const boundary = all
      .filter((f) => spanOf(f) === shortestShown)
      .map((f) => shown.has(f.edges[0]));
    expect(boundary).toEqual([...boundary].sort((a, b) => Number(b) - Number(a)));
    expect(boundary).toContain(false);

    const more = findings.filter((f) => f.code === 'local_bridges_more');
    expect(more).toHaveLength(1);
    expect(more[0]!.params).toEqual({ count: total - 100, betweenActors: 0, listed: 100 });
    expect(more[0]!.severity).toBe('low');
    expect(findingSentence(more[0]!, 'sv')).toBe(
      'Ytterligare 104 lokala broar (band som inte ingår i någon triangel) visas inte här. ' +
        'Alla lokala broar finns med sin spännvidd i bandtabellens kolumn local_bridge_span.',
    );
    expect(findingSentence(more[0]!, 'en')).toBe(
      '104 more local bridges (ties in no triangle) are not listed here. ' +
        "Every local bridge is in the edge table's local_bridge_span column, with its span.",
    );
  });

  it('list none in a network without municipalities, but say how many there are', () => {
    const { findings } = localFindings(cyclesThroughHub('region'));
    expect(findings.map((f) => f.code)).toEqual(['local_bridges_more']);
    expect(findings[0]!.params).toEqual({ count: total, betweenActors: total, listed: 0 });
    expect(findingSentence(findings[0]!, 'sv')).toBe(
      '204 lokala broar (band som inte ingår i någon triangel) visas inte här: de går mellan två ' +
        'aktörer som inte är kommuner. Alla lokala broar finns med sin spännvidd i bandtabellens ' +
        'kolumn local_bridge_span.',
    );
    expect(findingSentence(findings[0]!, 'en')).toBe(
      '204 local bridges (ties in no triangle) are not listed here: they join two actors that are ' +
        "not municipalities. Every local bridge is in the edge table's local_bridge_span column, with its span.",
    );
  });
});

describe('bridges on a network with many', () => {
  // 120 municipalities hang on the hub (each bridge strands one: high), 150 actors hang on it,
  // and ten chains of three actors (sides 3, 2 and 1): 180 bridges that cut off no municipality.
  const nodes: NodeSpec[] = [{ id: 'hub', kind: 'region' }];
  const edges: [string, string][] = [];
  for (let i = 0; i < 120; i++) {
    nodes.push({ id: `M${i}`, kind: 'municipality' });
    edges.push(['hub', `M${i}`]);
  }
  for (let i = 0; i < 150; i++) {
    nodes.push({ id: `leaf${i}`, kind: 'region' });
    edges.push(['hub', `leaf${i}`]);
  }
  for (let c = 0; c < 10; c++) {
    const chain = ['hub', `ch${c}a`, `ch${c}b`, `ch${c}c`];
    chain.slice(1).forEach((id) => nodes.push({ id, kind: 'business_support' }));
    for (let i = 1; i < chain.length; i++) edges.push([chain[i - 1]!, chain[i]!]);
  }
  const net = analysisNetwork(buildGraph(nodes, edges));
  const forest = depthFirstForest(net.g);
  const { bridgeTie } = cutStructure(net.g);
  const findings = bridgeFindings(net, bridgeTie, forest);
  const all = bridgeFindings(net, bridgeTie, forest, Infinity);

  it('list every bridge that strands or cuts off a municipality', () => {
    expect(all.filter((f) => f.severity === 'high')).toHaveLength(120);
    expect(findings.filter((f) => f.severity === 'high')).toEqual(
      all.filter((f) => f.severity === 'high'),
    );
  });

  it('list at most the limit of the others, those cutting off most nodes first', () => {
    const minor = all.filter((f) => f.severity === 'low');
    expect(minor).toHaveLength(180);
    const listed = findings.filter((f) => f.code === 'bridge' && f.severity === 'low');
    expect(listed).toHaveLength(BRIDGE_LIMIT);
    const shown = new Set(listed.map((f) => f.edges[0]));
    const sideOf = (f: Finding) => (f.code === 'bridge' ? f.params.side : NaN);
    const smallestShown = Math.min(...listed.map(sideOf));
    for (const f of minor)
      if (!shown.has(f.edges[0])) expect(sideOf(f)).toBeLessThanOrEqual(smallestShown);
    expect(listed.filter((f) => sideOf(f) === 3)).toHaveLength(10);
    expect(listed.filter((f) => sideOf(f) === 2)).toHaveLength(10);
    // Side-1 ties at the boundary: the first 80 in edge order (the leaves before the chain ends).
    expect(listed.filter((f) => sideOf(f) === 1).map((f) => f.nodes[1])).toEqual(
      Array.from({ length: 80 }, (_, i) => `leaf${i}`),
    );
  });

  it('say how many they leave out, in one low finding', () => {
    const more = findings.filter((f) => f.code === 'bridges_more');
    expect(more).toHaveLength(1);
    expect(more[0]!.params).toEqual({ count: 80, listed: 220 });
    expect(more[0]!.score).toBeLessThan(Math.min(...all.map((f) => f.score)));
    expect(findingSentence(more[0]!, 'sv')).toBe(
      'Ytterligare 80 broar visas inte här: de skiljer ingen kommun från resten av nätverket. ' +
        'Alla broar finns i bandtabellens kolumn bridge.',
    );
    expect(findingSentence(more[0]!, 'en')).toBe(
      '80 more bridges are not listed here: they cut no municipality off from the rest of the ' +
        "network. Every bridge is in the edge table's bridge column.",
    );
  });
});

describe('a chain of 200,000 actors with a municipality on its middle node', () => {
  it('is searched without recursion, and its 200,000 bridges in linear time', () => {
    const n = 200_000;
    const middle = `v${n / 2}`;
    const graph: BroGraph = new Graph({ type: 'undirected' });
    graph.replaceAttributes({ files: ['test'], merge: 'sum' });
    const tie = { strength: 1, records: 1, byKind: {}, byYear: {}, attributes: {} };
    for (let i = 0; i < n; i++)
      graph.addNode(`v${i}`, { label: `v${i}`, kind: 'region', attributes: {} });
    for (let i = 1; i < n; i++) graph.addEdge(`v${i - 1}`, `v${i}`, { ...tie });
    graph.addNode('M', { label: 'M', kind: 'municipality', attributes: {} });
    graph.addEdge(middle, 'M', { ...tie });
    const net = analysisNetwork(graph);
    const forest = depthFirstForest(net.g);
    const { bridgeTie, articulation } = cutStructure(net.g);
    const bridges = bridgeFindings(net, bridgeTie, forest);
    // Only the municipality's own tie strands it; every chain tie cuts off actors only.
    expect(bridges.filter((f) => f.severity !== 'low').map((f) => f.nodes)).toEqual([
      [middle, 'M', 'M'],
    ]);
    expect(bridges.filter((f) => f.code === 'bridge' && f.severity === 'low')).toHaveLength(
      BRIDGE_LIMIT,
    );
    expect(bridges.at(-1)!.params).toEqual({
      count: n - 1 - BRIDGE_LIMIT,
      listed: BRIDGE_LIMIT + 1,
    });
    expect(cutVertexFindings(net, articulation, forest).map((f) => f.nodes)).toEqual([
      [middle, 'M'],
      [middle, 'M', 'M'],
    ]);
  }, 30_000);
});
