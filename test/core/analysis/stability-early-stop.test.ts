import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, EDGE_FILE, NODE_FILE } from '../../../scripts/demo/generate.ts';
import { analyzeNetwork, ruleParams } from '../../../src/core/analysis/analyze.ts';
import { ruleSubjects, type RuleSubjects } from '../../../src/core/analysis/comparison-groups.ts';
import { analysisNetwork } from '../../../src/core/analysis/network-input.ts';
import {
  groupThresholds,
  labelCodes,
  type GroupThresholds,
} from '../../../src/core/analysis/rule.ts';
import { measureRule } from '../../../src/core/analysis/rule-measures.ts';
import { shareDecided, shareInterval } from '../../../src/core/analysis/sequential-share.ts';
import { stability } from '../../../src/core/analysis/stability.ts';
import { MIN_STABILITY_RUNS, type RuleParams } from '../../../src/core/analysis/types.ts';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { loadProject } from '../../../src/core/load.ts';
import type { CompactGraph } from '../../../src/core/metrics/compact.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';
import { stabilityReference } from './stability-reference.ts';

interface Setup {
  g: CompactGraph;
  subjects: RuleSubjects;
  labels: Uint8Array;
  thresholds: GroupThresholds[];
}

function setup(graph: BroGraph, params: RuleParams): Setup {
  const net = analysisNetwork(graph);
  const subjects = ruleSubjects(net.g, net.county, params);
  const measures = measureRule(net.g, subjects.municipalities, params);
  const thresholds = groupThresholds(measures, subjects, params);
  return {
    g: net.g,
    subjects,
    labels: labelCodes(measures, subjects, params, thresholds),
    thresholds,
  };
}

const demoFile = (name: string) => fromBytes(name, readFileSync(join(DEMO_DIR, name)));

describe('stability with early stop, on the demo data', () => {
  const params = ruleParams();
  let graph: BroGraph;
  let demo: Setup;
  /** The stability figures as computed before early stop: all 200 runs, networks rebuilt. */
  let reference: Float64Array;

  beforeAll(async () => {
    graph = (await loadProject({ edges: demoFile(EDGE_FILE), nodes: demoFile(NODE_FILE) })).graph;
    demo = setup(graph, params);
    reference = stabilityReference(demo.g, demo.subjects, demo.labels, params);
  });

  it('gives every share within its stated interval of the share of all 200 runs', () => {
    const result = stability(demo.g, demo.subjects, demo.labels, params);
    expect(result.share).toHaveLength(reference.length);
    for (let i = 0; i < reference.length; i++) {
      const runs = result.runs[i]!;
      expect(runs).toBeGreaterThanOrEqual(MIN_STABILITY_RUNS);
      expect(runs).toBeLessThanOrEqual(params.stabilityRuns);
      const [low, high] = shareInterval(result.share[i]! * runs, runs, params.stabilityError);
      expect(reference[i]).toBeGreaterThanOrEqual(low);
      expect(reference[i]).toBeLessThanOrEqual(high);
      // Uncertain or not, as with all 200 runs.
      expect(result.share[i]! < params.uncertainBelow).toBe(reference[i]! < params.uncertainBelow);
      // A municipality that counted every run has the share of every run, to the last bit.
      if (runs === params.stabilityRuns) expect(result.share[i]).toBe(reference[i]);
    }
    expect(result.networks).toBe(Math.max(...result.runs));
  });

  it('stops early for most municipalities', () => {
    const result = stability(demo.g, demo.subjects, demo.labels, params);
    const early = Array.from(result.runs).filter((r) => r < params.stabilityRuns).length;
    expect(early).toBeGreaterThan(reference.length / 2);
  });

  it('gives exactly the shares of all 200 rebuilt networks when every run is counted', () => {
    const all = stability(demo.g, demo.subjects, demo.labels, { ...params, stabilityError: 0 });
    expect(Array.from(all.share)).toEqual(Array.from(reference));
    expect(all.runs.every((r) => r === params.stabilityRuns)).toBe(true);
  });

  it('gives exactly the old shares against fixed quantiles too', () => {
    // Another period's quantiles, as compare-periods passes them: here shifted from the demo's own.
    const fixed = demo.thresholds.map((t) => ({
      ...t,
      constraintMedian: t.constraintMedian * 0.97,
      harmonicMedian: t.harmonicMedian * 1.03,
    }));
    const every = { ...params, stabilityError: 0 };
    const all = stability(demo.g, demo.subjects, demo.labels, every, { thresholds: fixed });
    const old = stabilityReference(demo.g, demo.subjects, demo.labels, every, {
      thresholds: fixed,
    });
    expect(Array.from(all.share)).toEqual(Array.from(old));
  });

  it('never changes a label', () => {
    const without = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });
    const withStability = analyzeNetwork(graph, NO_METRICS);
    expect(withStability.positions.map((p) => [p.node, p.position])).toEqual(
      without.positions.map((p) => [p.node, p.position]),
    );
    for (const p of withStability.positions) {
      expect(p.uncertain).toBe(p.stability < params.uncertainBelow);
      expect(p.stabilityRuns).toBeLessThanOrEqual(withStability.stabilityNetworks);
    }
  });

  it('keeps counting a borderline municipality to the maximum', () => {
    // A municipality whose share of all 200 runs is well inside (0, 1), with the threshold set
    // at that very share: its interval always holds the threshold, so it is never decided.
    const i = Array.from(reference).findIndex((s) => s > 0.3 && s < 0.95);
    expect(i).toBeGreaterThanOrEqual(0);
    const borderline = { ...params, uncertainBelow: reference[i]! };
    const result = stability(demo.g, demo.subjects, demo.labels, borderline);
    expect(result.runs[i]).toBe(params.stabilityRuns);
    expect(result.networks).toBe(params.stabilityRuns);
    expect(result.share[i]).toBe(reference[i]);
  });
});

describe('stability with early stop, constructed cases', () => {
  it('stops a clearly stable network early, after the same runs for the same seed', () => {
    // Losing ties never gives an isolate a tie, nor a single-tie municipality a second path.
    const graph = constructedNetwork();
    const params = ruleParams();
    const net = setup(graph, params);
    const result = stability(net.g, net.subjects, net.labels, params);
    const ids = Array.from(net.subjects.municipalities, (v) => net.g.ids[v]!);
    for (const node of ['Miso', 'Mthread', 'Mpend']) {
      const i = ids.indexOf(node);
      expect(result.share[i]).toBe(1);
      expect(result.runs[i]).toBeGreaterThanOrEqual(MIN_STABILITY_RUNS);
      expect(result.runs[i]).toBeLessThan(params.stabilityRuns);
    }
    expect(stability(net.g, net.subjects, net.labels, params)).toEqual(result);
  });

  it('ends every run once every municipality is decided', () => {
    // Two municipalities tied to nothing but each other: dropping ties never adds paths to an
    // actor, so both stay ensam in every run and the runs end together.
    const graph = buildGraph(
      [
        { id: 'K1', kind: 'municipality' },
        { id: 'K2', kind: 'municipality' },
        { id: 'R', kind: 'region' },
        { id: 'S', kind: 'region' },
      ],
      [
        ['K1', 'K2', 1],
        ['R', 'S', 1],
      ],
    );
    const analysis = analyzeNetwork(graph, NO_METRICS);
    expect(analysis.positions.map((p) => p.position)).toEqual(['ensam', 'ensam']);
    expect(analysis.stabilityNetworks).toBeLessThan(analysis.rule.stabilityRuns);
    for (const p of analysis.positions) {
      expect(p.stability).toBe(1);
      expect(p.stabilityRuns).toBe(analysis.stabilityNetworks);
    }
  });

  it('gives a directed network the same shares as rebuilding it, every run counted', () => {
    const nodes = [
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id, kind: 'municipality', county: '01' })),
      ...['R1', 'R2', 'R3'].map((id) => ({ id, kind: 'region' })),
    ];
    const edges: [string, string, number][] = [
      ['A', 'R1', 2],
      ['R1', 'A', 1],
      ['A', 'R2', 1],
      ['B', 'R1', 3],
      ['C', 'B', 1],
      ['C', 'R3', 2],
      ['D', 'R2', 1],
      ['D', 'R3', 1],
      ['E', 'D', 2],
      ['F', 'E', 1],
      ['R1', 'R2', 1],
      ['R3', 'R2', 2],
      ['F', 'R3', 1],
      ['B', 'A', 1],
    ];
    const params = { ...ruleParams(), stabilityError: 0, stabilityRuns: 60 };
    const net = setup(buildGraph(nodes, edges, true), params);
    expect(net.g.directed).toBe(true);
    const all = stability(net.g, net.subjects, net.labels, params);
    const old = stabilityReference(net.g, net.subjects, net.labels, params);
    expect(Array.from(all.share)).toEqual(Array.from(old));
  });
});

describe('the confidence sequence', () => {
  it('holds the observed share, and narrows as runs add up', () => {
    for (const [same, runs] of [
      [0, 20],
      [20, 20],
      [150, 200],
      [37, 50],
    ] as const) {
      const [low, high] = shareInterval(same, runs, 0.05);
      expect(low).toBeLessThanOrEqual(same / runs);
      expect(high).toBeGreaterThanOrEqual(same / runs);
    }
    const [low50, high50] = shareInterval(40, 50, 0.05);
    const [low200, high200] = shareInterval(160, 200, 0.05);
    expect(high200 - low200).toBeLessThan(high50 - low50);
  });

  it('decides a share exactly when its interval no longer holds the threshold', () => {
    for (let runs = 1; runs <= 120; runs += 7) {
      for (let same = 0; same <= runs; same++) {
        const [low, high] = shareInterval(same, runs, 0.05);
        const outside = 0.8 < low || 0.8 > high;
        expect(shareDecided(same, runs, 0.8, 0.05)).toBe(outside);
      }
    }
  });

  it('never decides with error 0', () => {
    expect(shareDecided(200, 200, 0.8, 0)).toBe(false);
  });
});
