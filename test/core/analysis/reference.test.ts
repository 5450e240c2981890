import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { quantile } from '../../../src/core/analysis/quantile.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';

interface ReferencePosition {
  node: string;
  group: string;
  degree: number;
  regionalActors: number;
  independentPaths: number;
  constraint: number | null;
  harmonic: number;
  position: string;
  constraintMedian?: number;
  constraintUpperQuartile?: number;
  harmonicMedian?: number;
}

interface Reference {
  networks: {
    seed: number;
    directed: boolean;
    nodes: { id: string; kind: string; county: string | null }[];
    edges: [string, string, number][];
    positions: ReferencePosition[];
  }[];
  quantiles: { values: number[]; q25: number; q50: number; q75: number }[];
}

const reference: Reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'reference', 'rule-reference.json'), 'utf8'),
);

describe('quantiles', () => {
  it.each(reference.quantiles)(
    'match statistics.quantiles(method="inclusive") for $values.length values',
    (c) => {
      expect(quantile(c.values, 0.25)).toBeCloseTo(c.q25, 12);
      expect(quantile(c.values, 0.5)).toBeCloseTo(c.q50, 12);
      expect(quantile(c.values, 0.75)).toBeCloseTo(c.q75, 12);
    },
  );
});

describe('default rule against an independent NetworkX implementation', () => {
  it.each(reference.networks.map((n) => [n.seed, n] as const))('random network %i', (_, net) => {
    const graph = buildGraph(net.nodes, net.edges, net.directed);
    const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    expect(analysis.positions.map((p) => p.node).sort()).toEqual(
      net.positions.map((p) => p.node).sort(),
    );
    for (const ref of net.positions) {
      const got = analysis.positions.find((p) => p.node === ref.node)!;
      expect(got.measures.degree, ref.node).toBe(ref.degree);
      expect(got.measures.regionalActors, ref.node).toBe(ref.regionalActors);
      expect(got.measures.independentPaths, ref.node).toBe(ref.independentPaths);
      expect(got.measures.harmonic, ref.node).toBeCloseTo(ref.harmonic, 10);
      if (ref.constraint === null) expect(got.measures.constraint).toBeNaN();
      else expect(got.measures.constraint, ref.node).toBeCloseTo(ref.constraint, 10);
      expect(got.group.kind === 'all' ? 'all' : got.group.county, ref.node).toBe(ref.group);
      if (ref.constraintMedian !== undefined) {
        expect(got.group.constraintMedian).toBeCloseTo(ref.constraintMedian, 10);
        expect(got.group.constraintUpperQuartile).toBeCloseTo(ref.constraintUpperQuartile!, 10);
        expect(got.group.harmonicMedian).toBeCloseTo(ref.harmonicMedian!, 10);
      }
      expect(got.position, ref.node).toBe(ref.position);
    }
  });
});
