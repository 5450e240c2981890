import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  batchBfsSweep,
  batchBfsWorkspace,
} from '../../../../src/core/metrics/sweep/batch-bfs-sweep.ts';
import { bfsSweep, bfsWorkspace } from '../../../../src/core/metrics/sweep/bfs-sweep.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf, type SweepGraph } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';
import { undirectedSweepGraph } from '../../../helpers/sweep-graph.ts';

const SYMMETRIC = NETWORKS.filter(
  (name) => sweepGraphOf(compactGraph(loadNetwork(name))).symmetric,
);

// The batched search (32 sources at a time) must give the sums of one search per source, in
// ranges that split batches anywhere.
describe.each(SYMMETRIC)('the batched BFS on %s', (name) => {
  it('gives the sums of one search per source', () => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const task = { weighted: false, edges: true };
    const one = partialFor(g, task);
    bfsSweep(g, 0, g.n, one, bfsWorkspace(g), true);
    const batched = partialFor(g, task);
    const ws = batchBfsWorkspace(g);
    const cut = Math.min(g.n, 7);
    batchBfsSweep(g, 0, cut, batched, ws);
    batchBfsSweep(g, cut, g.n, batched, ws);
    for (const key of Object.keys(one) as (keyof typeof one)[]) {
      for (let i = 0; i < one[key].length; i++)
        expect(Math.abs(one[key][i]! - batched[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});

describe('symmetric networks', () => {
  it('exist among the reference networks', () => {
    expect(SYMMETRIC.length).toBeGreaterThan(0);
  });
});

/**
 * An undirected graph of `n` nodes with up to `ties` random ties among the first `linked` nodes
 * (the rest isolated), in `parts` separate parts.
 */
function randomGraph(seed: number, n: number, ties: number, linked: number, parts: number) {
  const rand = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const per = Math.max(2, Math.floor(linked / parts));
  for (let e = 0; e < ties; e++) {
    const part = Math.floor(rand() * parts);
    const a = part * per + Math.floor(rand() * per);
    const b = part * per + Math.floor(rand() * per);
    if (a === b || a >= linked || b >= linked || seen.has(Math.min(a, b) * n + Math.max(a, b)))
      continue;
    seen.add(Math.min(a, b) * n + Math.max(a, b));
    source.push(a);
    target.push(b);
  }
  return undirectedSweepGraph(ids, source, target, new Float64Array(source.length).fill(1));
}

const RANDOM: [string, SweepGraph][] = [
  ['150 nodes, one part', randomGraph(1, 150, 450, 150, 1)],
  ['97 nodes, sparse (long paths)', randomGraph(2, 97, 110, 97, 1)],
  ['100 nodes in four parts and ten isolated', randomGraph(3, 100, 400, 90, 4)],
  ['45 nodes, dense (many equal paths)', randomGraph(4, 45, 600, 45, 1)],
];

describe.each(RANDOM)('the batched BFS on a random graph, %s', (_, g) => {
  it('gives the sums of one search per source', () => {
    const task = { weighted: false, edges: true };
    const one = partialFor(g, task);
    bfsSweep(g, 0, g.n, one, bfsWorkspace(g), true);
    const batched = partialFor(g, task);
    const ws = batchBfsWorkspace(g);
    for (const [from, to] of [
      [0, 5],
      [5, 40],
      [40, g.n],
    ] as const)
      batchBfsSweep(g, Math.min(from, g.n), Math.min(to, g.n), batched, ws);
    for (const key of Object.keys(one) as (keyof typeof one)[]) {
      for (let i = 0; i < one[key].length; i++) {
        const want = one[key][i]!;
        const diff = Math.abs(want - batched[key][i]!) / Math.max(1, Math.abs(want));
        expect(diff, `${key}[${i}]`).toBeLessThan(1e-12);
      }
    }
  });
});
