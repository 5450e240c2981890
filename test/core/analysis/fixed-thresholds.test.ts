import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'reference', 'rule-reference.json'), 'utf8'),
) as {
  networks: {
    nodes: { id: string; kind: string; county: string | null }[];
    edges: [string, string, number][];
  }[];
};
const net = reference.networks[0]!;
const graph = buildGraph(net.nodes, net.edges);

describe('fixed thresholds', () => {
  it('give the same labels and criteria as the network’s own when they are its own', () => {
    const own = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    const fixed = analyzeNetwork(graph, NO_METRICS, {
      stabilityRuns: 0,
      fixedThresholds: own.groups,
    });
    expect(fixed.positions.map((p) => [p.position, p.criteria])).toEqual(
      own.positions.map((p) => [p.position, p.criteria]),
    );
  });

  it('are the ones compared with, in the labels, criteria and groups', () => {
    const own = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    // Unreachable medians: no municipality can be a network actor.
    const strict = own.groups.map((g) => ({
      ...g,
      constraintMedian: -Infinity,
      harmonicMedian: Infinity,
    }));
    const fixed = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0, fixedThresholds: strict });
    expect(own.positions.some((p) => p.position === 'natverksaktor')).toBe(true);
    expect(fixed.positions.some((p) => p.position === 'natverksaktor')).toBe(false);
    expect(fixed.groups.map((g) => g.harmonicMedian)).toEqual(strict.map(() => Infinity));
    const harmonicCriteria = fixed.positions.flatMap((p) =>
      p.criteria.filter((c) => c.code === 'harmonic_at_or_above_median'),
    );
    expect(harmonicCriteria.every((c) => c.threshold === Infinity && !c.held)).toBe(true);
  });
});
