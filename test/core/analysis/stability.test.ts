import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'reference', 'rule-reference.json'), 'utf8'),
) as {
  networks: {
    nodes: { id: string; kind: string; county: string | null }[];
    edges: [string, string, number][];
  }[];
};

const stabilities = (seed: number, network = 0) => {
  const net = reference.networks[network]!;
  return analyzeNetwork(buildGraph(net.nodes, net.edges), NO_METRICS, { seed }).positions.map(
    (p) => p.stability,
  );
};

describe('stability', () => {
  it('is the same for the same input and seed', () => {
    expect(stabilities(7)).toEqual(stabilities(7));
  });

  it('depends on the seed', () => {
    const a = reference.networks.flatMap((_, i) => stabilities(1, i));
    const b = reference.networks.flatMap((_, i) => stabilities(2, i));
    expect(a).not.toEqual(b);
  });

  it('is a share of runs, and 1 where dropping ties cannot change the label', () => {
    const analysis = analyzeNetwork(constructedNetwork(), NO_METRICS, { stabilityRuns: 50 });
    for (const p of analysis.positions) {
      expect(p.stabilityRuns).toBeLessThanOrEqual(50);
      const same = p.stability * p.stabilityRuns;
      expect(same).toBeCloseTo(Math.round(same), 9);
      expect(p.uncertain).toBe(p.stability < 0.8);
    }
    const of = (node: string) => analysis.positions.find((p) => p.node === node)!;
    // Losing ties never gives an isolate a tie, nor a single-tie municipality a second path.
    expect(of('Miso').stability).toBe(1);
    expect(of('Mthread').stability).toBe(1);
    expect(of('Mpend').stability).toBe(1);
  });

  it('marks labels below the threshold as uncertain', () => {
    const analysis = analyzeNetwork(constructedNetwork(), NO_METRICS, {
      stabilityRuns: 40,
      uncertainBelow: 1,
    });
    const shaky = analysis.positions.filter((p) => p.stability < 1);
    expect(shaky.length).toBeGreaterThan(0);
    for (const p of shaky) expect(p.uncertain).toBe(true);
  });

  it('stops when aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() =>
      analyzeNetwork(constructedNetwork(), NO_METRICS, { signal: controller.signal }),
    ).toThrow();
  });
});
