import { describe, expect, it } from 'vitest';
import { analyzeNetwork, reasonCodes } from '../../../src/core/analysis/index.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';
import { ruleText } from '../../../src/i18n/rule-words.ts';

describe('positions on a constructed network', () => {
  const analysis = analyzeNetwork(constructedNetwork(), NO_METRICS, { stabilityRuns: 0 });
  const of = (node: string) => analysis.positions.find((p) => p.node === node)!;

  it('labels municipalities only', () => {
    expect(analysis.positions.map((p) => p.node)).toEqual([
      'Mnet',
      'Miso',
      'Mhub',
      'Mthread',
      'Mmid',
      'Mpend',
      'X',
      'Y',
      'Z',
    ]);
  });

  it('an isolated municipality is ensam for having no tie', () => {
    expect(of('Miso').position).toBe('ensam');
    expect(reasonCodes('ensam', of('Miso').criteria)).toEqual(['not_has_tie']);
  });

  it('a municipality hanging on one tie to a cut vertex is ensam', () => {
    const p = of('Mthread');
    expect(p.measures.independentPaths).toBe(1);
    expect(p.measures.constraint).toBe(1);
    expect(p.position).toBe('ensam');
    expect(reasonCodes('ensam', p.criteria)).toEqual([
      'not_independent_paths',
      'constraint_at_or_above_upper_quartile',
    ]);
    expect(of('Mpend').position).toBe('ensam');
  });

  it('a municipality tied to several interconnected actors is nätverksaktör', () => {
    const p = of('Mnet');
    expect(p.measures.regionalActors).toBe(3);
    const highest = Math.max(...analysis.positions.map((q) => q.measures.harmonic));
    expect(p.measures.harmonic).toBe(highest);
    expect(p.position).toBe('natverksaktor');
  });

  it('one actor with a second independent path is mellanläge', () => {
    expect(of('Mmid').measures.regionalActors).toBe(1);
    expect(of('Mmid').measures.independentPaths).toBe(2);
    expect(of('Mmid').position).toBe('mellanlage');
  });

  it('two routes through the same node are one path, but a broker is not ensam', () => {
    const x = of('X');
    expect(x.measures.independentPaths).toBe(1);
    expect(x.measures.constraint).toBeCloseTo(0.5, 12);
    expect(x.position).toBe('mellanlage');
  });

  it('criteria carry the measured values and the thresholds', () => {
    const c = of('Mhub').criteria.find((k) => k.code === 'constraint_at_or_above_upper_quartile')!;
    expect(c.value).toBeCloseTo(0.5, 12);
    expect(c.threshold).toBe(of('Mhub').group.constraintUpperQuartile);
    expect(c.held).toBe(false);
    expect(of('Mhub').group).toMatchObject({ kind: 'all', size: 9, tied: 8 });
  });
});

describe('comparison groups and boundaries', () => {
  // P and Q have two unconnected actors each (constraint 0.5), S four (0.25): the median of
  // the tied municipalities is 0.5 and P's harmonic closeness equals the median harmonic.
  const actors = ['A1', 'A2', 'A3', 'A4'];
  const graph = buildGraph(
    [
      ...['P', 'Q', 'S'].map((id) => ({ id, kind: 'municipality', county: '22' })),
      ...actors.map((id) => ({ id, kind: 'region' })),
    ],
    [
      ['P', 'A1'],
      ['P', 'A2'],
      ['Q', 'A3'],
      ['Q', 'A4'],
      ['S', 'A1'],
      ['S', 'A2'],
      ['S', 'A3'],
      ['S', 'A4'],
    ],
  );

  it('constraint equal to the median is not below it; harmonic equal to it is at or above', () => {
    const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    const p = analysis.positions.find((x) => x.node === 'P')!;
    const below = p.criteria.find((c) => c.code === 'constraint_below_median')!;
    const atOrAbove = p.criteria.find((c) => c.code === 'harmonic_at_or_above_median')!;
    expect(below.value).toBe(below.threshold);
    expect(below.held).toBe(false);
    expect(atOrAbove.value).toBe(atOrAbove.threshold);
    expect(atOrAbove.held).toBe(true);
    expect(p.position).toBe('natverksaktor');
  });

  it('a county with fewer municipalities than the minimum is compared with all', () => {
    const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    expect(analysis.positions[0]!.group.kind).toBe('all');
    const small = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0, countyGroupMinimum: 3 });
    expect(small.positions[0]!.group).toMatchObject({ kind: 'county', county: '22', size: 3 });
  });

  it('thresholds are parameters', () => {
    const strict = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0, minRegionalActors: 3 });
    expect(strict.positions.find((x) => x.node === 'P')!.position).toBe('mellanlage');
    expect(ruleText(strict.descriptor, 'en')).toContain('at least 3 distinct regional actors');
    expect(ruleText(strict.descriptor, 'sv')).toContain('minst 3 olika regionala aktörer');
  });
});

describe('measures from the metric table', () => {
  it('equal the rule’s own computation, so labels do not depend on where they come from', async () => {
    const { computeMetrics } = await import('../../../src/core/metrics/index.ts');
    const graph = constructedNetwork();
    const metrics = await computeMetrics(graph, { only: ['constraint_weighted', 'harmonic'] });
    expect(metrics.node['constraint_weighted']).toBeDefined();
    expect(metrics.node['harmonic']).toBeDefined();
    const fromTable = analyzeNetwork(graph, metrics, { stabilityRuns: 0 });
    const own = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    fromTable.positions.forEach((p, i) => {
      const q = own.positions[i]!;
      expect(p.position).toBe(q.position);
      if (Number.isNaN(q.measures.constraint)) expect(p.measures.constraint).toBeNaN();
      else expect(p.measures.constraint).toBeCloseTo(q.measures.constraint, 12);
      expect(p.measures.harmonic).toBeCloseTo(q.measures.harmonic, 12);
    });
  });
});

describe('directed networks', () => {
  it('measure harmonic closeness by the distances towards the municipality, as NetworkX', () => {
    // M1 → R1 → M2: nobody reaches M1; R1 reaches M2 in one step and M1 in two.
    const graph = buildGraph(
      [
        { id: 'M1', kind: 'municipality' },
        { id: 'M2', kind: 'municipality' },
        { id: 'R1', kind: 'region' },
      ],
      [
        ['M1', 'R1'],
        ['R1', 'M2'],
      ],
      true,
    );
    const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 10 });
    expect(analysis.positions.map((p) => p.measures.harmonic)).toEqual([0, 1.5]);
    expect(analysis.positions.map((p) => p.measures.regionalActors)).toEqual([1, 1]);
  });
});
