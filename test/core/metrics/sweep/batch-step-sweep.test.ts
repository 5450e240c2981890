import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  batchStepSweep,
  batchStepWorkspace,
} from '../../../../src/core/metrics/sweep/batch-step-sweep.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { stepLengths } from '../../../../src/core/metrics/sweep/step-lengths.ts';
import {
  pullStepSweep,
  pullStepWorkspace,
  stepSweep,
  stepWorkspace,
} from '../../../../src/core/metrics/sweep/step-sweep.ts';
import { sweepGraphOf, type SweepGraph } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';

/**
 * An undirected graph of `n` nodes: `ties` random ties with strengths drawn from `strengths`,
 * only among the first `linked` nodes (the rest isolated), and in `parts` separate parts.
 */
function randomGraph(
  seed: number,
  n: number,
  ties: number,
  strengths: number[],
  { linked = n, parts = 1 } = {},
): SweepGraph {
  const rand = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const seen = new Set<string>();
  const source: number[] = [];
  const target: number[] = [];
  const strength: number[] = [];
  const per = Math.max(2, Math.floor(linked / parts));
  for (let e = 0; e < ties; e++) {
    const part = Math.floor(rand() * parts);
    const a = part * per + Math.floor(rand() * per);
    const b = part * per + Math.floor(rand() * per);
    if (a === b || a >= linked || b >= linked) continue;
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    source.push(a);
    target.push(b);
    strength.push(strengths[Math.floor(rand() * strengths.length)]!);
  }
  return sweepGraphOf(
    compactFromEdges({
      directed: false,
      ids,
      kind: ids.map(() => 'other'),
      edgeKeys: source.map((_, e) => String(e)),
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      strength: Float64Array.from(strength),
    }),
  );
}

/** A ring of `n` nodes with chords, every tie equally strong: many routes of equal length. */
function evenGraph(n: number): SweepGraph {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const source: number[] = [];
  const target: number[] = [];
  for (let i = 0; i < n; i++) {
    source.push(i);
    target.push((i + 1) % n);
    if (i % 3 === 0) {
      source.push(i);
      target.push((i + 5) % n);
    }
  }
  return sweepGraphOf(
    compactFromEdges({
      directed: false,
      ids,
      kind: ids.map(() => 'other'),
      edgeKeys: source.map((_, e) => String(e)),
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      strength: Float64Array.from(source, (_, e) => (e % 2 === 0 ? 2 : 4)),
    }),
  );
}

const CASES: [string, () => SweepGraph][] = [
  ['random, strengths 1–5, 150 nodes', () => randomGraph(1, 150, 600, [1, 2, 3, 4, 5])],
  ['random, strengths 1–2 (many ties), 77 nodes', () => randomGraph(2, 77, 300, [1, 2])],
  ['random, strengths 1 and 3, sparse, 45 nodes', () => randomGraph(3, 45, 60, [1, 3])],
  [
    'four parts and isolated nodes, 100 nodes',
    () => randomGraph(4, 100, 400, [1, 2, 4], { linked: 90, parts: 4 }),
  ],
  ['random, strengths 1–10, 64 nodes', () => randomGraph(5, 64, 250, [1, 2, 3, 5, 7, 10])],
  ['even ring with chords, 97 nodes', () => evenGraph(97)],
  ['one node', () => randomGraph(6, 1, 0, [1])],
  ['three isolated nodes', () => randomGraph(7, 3, 0, [1])],
  ...NETWORKS.map((name): [string, () => SweepGraph] => [
    name,
    () => sweepGraphOf(compactGraph(loadNetwork(name))),
  ]).filter(([, make]) => {
    const g = make();
    return g.symmetric && stepLengths(g.strength) !== null;
  }),
];

// The batched step sweep (32 sources at a time) must give the sums of one step sweep per
// source — the pull sweep's and the push sweep's — in ranges that split batches anywhere.
describe.each(CASES)('the batched step sweep on %s', (_, make) => {
  it('gives the sums of one sweep per source', () => {
    const g = make();
    const exact = stepLengths(g.strength)!;
    const task = { weighted: true, edges: false };
    const pull = partialFor(g, task);
    pullStepSweep(
      g,
      exact.steps,
      exact.scale,
      0,
      g.n,
      pull,
      pullStepWorkspace(g, exact.steps),
      true,
    );
    const push = partialFor(g, task);
    stepSweep(g, exact.steps, exact.scale, 0, g.n, push, stepWorkspace(g, exact.steps));
    const batched = partialFor(g, task);
    const ws = batchStepWorkspace(g, exact.steps);
    const cut = Math.min(g.n, 7);
    const cut2 = Math.min(g.n, 40);
    batchStepSweep(g, exact.scale, 0, cut, batched, ws);
    batchStepSweep(g, exact.scale, cut, cut2, batched, ws);
    batchStepSweep(g, exact.scale, cut2, g.n, batched, ws);
    for (const ref of [pull, push]) {
      for (const key of Object.keys(ref) as (keyof typeof ref)[]) {
        for (let i = 0; i < ref[key].length; i++) {
          const want = ref[key][i]!;
          const diff = Math.abs(want - batched[key][i]!) / Math.max(1, Math.abs(want));
          expect(diff, `${key}[${i}]`).toBeLessThan(1e-12);
        }
      }
    }
  });
});

describe('the batched step sweep’s test graphs', () => {
  it('have shortest paths of equal length and nodes between them', () => {
    const g = randomGraph(2, 77, 300, [1, 2]);
    const exact = stepLengths(g.strength)!;
    const acc = partialFor(g, { weighted: true, edges: false });
    const ws = batchStepWorkspace(g, exact.steps);
    batchStepSweep(g, exact.scale, 0, g.n, acc, ws);
    expect(acc.betweenness.some((b) => b > 0 && !Number.isInteger(b))).toBe(true);
  });
});
