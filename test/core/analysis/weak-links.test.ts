import { describe, expect, it } from 'vitest';
import { analyzeNetwork, type Finding } from '../../../src/core/analysis/index.ts';
import { findingSentence } from '../../../src/i18n/finding-sentence.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';

describe('weak links on the constructed network', () => {
  const graph = constructedNetwork();
  const { findings } = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
  const withCode = (code: Finding['code']) => findings.filter((f) => f.code === code);
  const edgeKey = (a: string, b: string) => graph.edge(a, b)!;

  it('are ranked by score', () => {
    for (let i = 1; i < findings.length; i++)
      expect(findings[i - 1]!.score).toBeGreaterThanOrEqual(findings[i]!.score);
    expect(findings[0]!.code).toBe('isolated_municipality');
  });

  it('find the isolated municipality and those with no or one regional tie', () => {
    expect(withCode('isolated_municipality').map((f) => f.nodes)).toEqual([['Miso']]);
    expect(
      withCode('no_regional_tie')
        .map((f) => f.nodes[0])
        .sort(),
    ).toEqual(['Mthread', 'X']);
    const single = withCode('single_regional_tie')
      .map((f) => f.nodes[0])
      .sort();
    expect(single).toEqual(['Mhub', 'Mmid', 'Mpend', 'Y', 'Z']);
  });

  it('name the municipalities a cut vertex separates from every regional actor', () => {
    const byNode = new Map(withCode('cut_vertex_separates').map((f) => [f.nodes[0], f]));
    expect([...byNode.keys()].sort()).toEqual(['H', 'Mhub', 'RA', 'RD']);
    expect(byNode.get('RA')!.nodes.slice(1)).toEqual(['Mpend']);
    expect(byNode.get('H')!.nodes.slice(1).sort()).toEqual(['X', 'Y', 'Z']);
    expect(byNode.get('RD')!.nodes.slice(1).sort()).toEqual(['Mhub', 'Mthread']);
    expect(findingSentence(byNode.get('Mhub')!, 'sv')).toBe(
      'Allt hänger på Mhub: utan den når Mthread ingen regional aktör.',
    );
    expect(findingSentence(byNode.get('Mhub')!, 'en')).toBe(
      'Everything hinges on Mhub: without it Mthread reaches no regional actor.',
    );
  });

  it('point at the weakest tie on a critical path', () => {
    const weak = withCode('weak_critical_tie').find((f) => f.nodes[0] === 'H')!;
    expect(weak.edges).toEqual([edgeKey('Z', 'H')]);
    expect(weak.params).toMatchObject({ strength: 0.5 });
    expect(weak.severity).toBe('medium');
  });

  it('list bridges with the side they cut off', () => {
    const bridges = withCode('bridge');
    const keys = bridges.map((f) => f.edges[0]).sort();
    expect(keys).toEqual(
      [
        edgeKey('Mhub', 'RD'),
        edgeKey('Mthread', 'Mhub'),
        edgeKey('Mpend', 'RA'),
        edgeKey('H', 'RD'),
      ].sort(),
    );
    const hub = bridges.find((f) => f.edges[0] === edgeKey('Mhub', 'RD'))!;
    expect(hub.severity).toBe('high');
    expect(hub.params).toMatchObject({ side: 2, municipalities: 2, stranded: ['Mhub', 'Mthread'] });
    const h = bridges.find((f) => f.edges[0] === edgeKey('H', 'RD'))!;
    expect(h.severity).toBe('medium');
    expect(h.params).toMatchObject({ side: 4, municipalities: 3, stranded: [] });
  });

  it('list local bridges with a municipality end, with their span', () => {
    const local = withCode('local_bridge');
    const spans = new Map(local.map((f) => [f.edges[0], 'span' in f.params && f.params.span]));
    // The cycle RC–RD–Mmid–Mnet–RC has no chords: each of its ties has span 3.
    expect(spans.get(edgeKey('Mmid', 'Mnet'))).toBe(3);
    expect(spans.get(edgeKey('Mmid', 'RD'))).toBe(3);
    // X–Y–H–Z–X likewise.
    expect(spans.get(edgeKey('X', 'Y'))).toBe(3);
    expect(spans.has(edgeKey('RA', 'RB'))).toBe(false);
    // RC–RD is a local bridge too, but between two regional actors: counted, not listed.
    expect(spans.has(edgeKey('RC', 'RD'))).toBe(false);
  });

  it('count the local bridges they do not list', () => {
    const [more, ...others] = withCode('local_bridges_more');
    expect(others).toHaveLength(0);
    // Listed: RD–Mmid, Mmid–Mnet and the four ties of X–Y–H–Z–X (Mnet–RC is in triangle Mnet–RA–RC).
    expect(more!.params).toEqual({ count: 1, betweenActors: 1, listed: 6 });
    expect(more!.score).toBeLessThan(findings.at(-2)!.score);
    expect(findings.at(-1)).toBe(more);
    expect(findingSentence(more!, 'sv')).toBe(
      'Ytterligare 1 lokal bro (ett band som inte ingår i någon triangel) visas inte här: den går ' +
        'mellan två aktörer som inte är kommuner. Alla lokala broar finns med sin spännvidd i ' +
        'bandtabellens kolumn local_bridge_span.',
    );
    expect(findingSentence(more!, 'en')).toBe(
      '1 more local bridge (a tie in no triangle) is not listed here: it joins two actors that ' +
        "are not municipalities. Every local bridge is in the edge table's local_bridge_span " +
        'column, with its span.',
    );
  });
});

describe('counties poorly tied among themselves', () => {
  const ids = ['K1', 'K2', 'K3', 'K4'];
  const graph = buildGraph(
    [...ids.map((id) => ({ id, kind: 'municipality', county: '22' })), { id: 'R', kind: 'region' }],
    [['K1', 'K2'], ...ids.map((id) => [id, 'R'] as const)],
  );

  it('report density, parts and municipalities tied to no other, naming the county', () => {
    const { findings } = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    const county = findings.filter((f) => f.code === 'county_poorly_tied');
    expect(county).toHaveLength(1);
    expect(county[0]!.params).toMatchObject({
      county: '22',
      municipalities: 4,
      ties: 1,
      parts: 3,
      alone: 2,
    });
    expect(county[0]!.code === 'county_poorly_tied' && county[0]!.params.density).toBeCloseTo(
      1 / 6,
      12,
    );
    expect(findingSentence(county[0]!, 'sv')).toBe(
      'Kommunerna i Västernorrlands län är svagt knutna till varandra: 1 band mellan 4 kommuner ' +
        '(täthet 0,17), uppdelade i 3 delar; 2 kommuner saknar band till någon annan kommun i länet.',
    );
    expect(findingSentence(county[0]!, 'en')).toContain('(density 0.17), split into 3 parts');
  });

  it('fall back to the county code when the reference data has no such county', () => {
    const unknown = buildGraph(
      [
        ...ids.map((id) => ({ id, kind: 'municipality', county: '99' })),
        { id: 'R', kind: 'region' },
      ],
      [['K1', 'K2'], ...ids.map((id) => [id, 'R'] as const)],
    );
    const { findings } = analyzeNetwork(unknown, NO_METRICS, { stabilityRuns: 0 });
    const county = findings.find((f) => f.code === 'county_poorly_tied')!;
    expect(findingSentence(county, 'sv')).toContain('Kommunerna i län 99 ');
    expect(findingSentence(county, 'en')).toContain('The municipalities of county 99 ');
  });
});
