import { applyChanges } from '../../../src/core/model/change.ts';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork, suggestForAlone, suggestTies } from '../../../src/core/analysis/index.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';
import { suggestionSentence } from '../../../src/i18n/suggestion-sentence.ts';

describe('suggested ties', () => {
  const graph = constructedNetwork();
  const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });

  it('rank the tie that removes the hinge and the most bridges first', () => {
    // Mthread hangs on Mhub, which hangs on RD. A tie to H closes the cycle
    // Mthread–H–RD–Mhub–Mthread: three bridges (Mthread–Mhub, Mhub–RD, H–RD) stop being
    // bridges and a second independent path appears; a tie to RA, RB or RC closes a cycle with
    // two of those bridges; a tie to RD reuses the only actor Mhub leads to.
    const [best, ...rest] = suggestTies(graph, analysis, 'Mthread', { k: 5 });
    expect(best!.partner).toBe('H');
    expect(best!.effects).toMatchObject({
      bridgesRemoved: 3,
      hingeRemoved: true,
      pathsBefore: 1,
      pathsAfter: 2,
      positionBefore: 'ensam',
      positionAfter: 'mellanlage',
    });
    expect(
      rest
        .map((s) => s.partner)
        .slice(0, 3)
        .sort(),
    ).toEqual(['RA', 'RB', 'RC']);
    expect(rest.at(-1)!.partner).toBe('RD');
    expect(rest.at(-1)!.effects.hingeRemoved).toBe(false);
    expect([best!, ...rest].map((s) => s.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('state effects that hold when the tie is added', () => {
    const [best] = suggestTies(graph, analysis, 'Mthread', { k: 1 });
    const before = analysis.findings.filter((f) => f.code === 'bridge').map((f) => f.edges[0]);
    const changed = applyChanges(graph, [
      { op: 'add', source: 'Mthread', target: best!.partner, strength: best!.strength },
    ]);
    const after = analyzeNetwork(changed, NO_METRICS, { stabilityRuns: 0 });
    const bridgesAfter = new Set(
      after.findings.filter((f) => f.code === 'bridge').map((f) => f.edges[0]),
    );
    expect(before.filter((e) => !bridgesAfter.has(e))).toHaveLength(best!.effects.bridgesRemoved);
    const p = after.positions.find((x) => x.node === 'Mthread')!;
    expect(p.position).toBe(best!.effects.positionAfter);
    expect(p.measures.constraint).toBeCloseTo(best!.effects.constraintAfter, 12);
    expect(p.measures.harmonic).toBeCloseTo(best!.effects.harmonicAfter, 12);
    expect(p.measures.independentPaths).toBe(best!.effects.pathsAfter);
  });

  it('say what the tie would do in both languages', () => {
    const [best] = suggestTies(graph, analysis, 'mthread', { k: 1, strength: 2 });
    expect(best!.strength).toBe(2);
    expect(suggestionSentence(best!, 'sv')).toMatch(
      /^Ett nytt band Mthread – H \(styrka 2\) skulle flytta Mthread från ensam samhällsbyggare till mellanläge, ge en andra oberoende väg till de regionala aktörerna, göra 3 broar överflödiga, ändra begränsning från 1 till 0,\d+ och ändra harmonisk närhet från [\d,]+ till [\d,]+\.$/,
    );
    expect(suggestionSentence(best!, 'en')).toContain('make 3 bridges redundant');
  });

  it('cover every ensam municipality, and refuse a non-municipality', () => {
    const all = suggestForAlone(graph, analysis, { k: 2 });
    const alone = analysis.positions.filter((p) => p.position === 'ensam').map((p) => p.node);
    expect([...new Set(all.map((s) => s.municipality))]).toEqual(alone);
    expect(all.filter((s) => s.municipality === 'Miso')).toHaveLength(2);
    expect(() => suggestTies(graph, analysis, 'RA')).toThrow(RangeError);
  });
});

describe('suggestions for an isolated municipality', () => {
  it('speak of a first tie rather than an undefined constraint', () => {
    const graph = constructedNetwork();
    const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    const [first] = suggestTies(graph, analysis, 'Miso', { k: 1 });
    expect(first!.effects.constraintBefore).toBeNaN();
    expect(first!.effects.constraintAfter).toBe(1);
    expect(suggestionSentence(first!, 'sv')).toContain('ge Miso dess första band (begränsning 1)');
    expect(suggestionSentence(first!, 'en')).toContain('give Miso its first tie (constraint 1)');
    expect(suggestionSentence(first!, 'sv')).not.toContain('NaN');
  });
});

describe('suggested ties by reach', () => {
  // M1 (county 25) is tied only to R25; the other counties' actors and a national body are open.
  const graph = buildGraph(
    [
      { id: 'M1', kind: 'municipality', county: '25' },
      { id: 'M2', kind: 'municipality', county: '25' },
      { id: 'R25', kind: 'region', county: '25' },
      { id: 'L25', kind: 'county_board', county: '25' },
      { id: 'R01', kind: 'region', county: '01' },
      { id: 'L01', kind: 'county_board', county: '01' },
      { id: 'N', kind: 'national' },
      { id: 'M3', kind: 'municipality', county: '01' },
    ],
    [
      ['M1', 'R25'],
      ['M2', 'R25'],
      ['M2', 'L25'],
      ['M3', 'R01'],
      ['M3', 'L01'],
      ['R01', 'N'],
      ['R25', 'N'],
    ],
  );
  const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
  const partners = (reach?: 'county' | 'all') =>
    suggestTies(graph, analysis, 'M1', { k: 10, reach })
      .map((s) => s.partner)
      .sort();

  it('offer the own county and national actors by default', () => {
    expect(partners()).toEqual(['L25', 'N']);
  });

  it('offer every untied regional actor with reach all', () => {
    expect(partners('all')).toEqual(['L01', 'L25', 'N', 'R01']);
  });
});
