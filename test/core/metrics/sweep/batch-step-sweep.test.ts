import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  batchStepSweep,
  batchStepWorkspace,
  STEP_BATCH,
  stepClasses,
} from '../../../../src/core/metrics/sweep/batch-step-sweep.ts';
import {
  dijkstraSweep,
  dijkstraWorkspace,
} from '../../../../src/core/metrics/sweep/dijkstra-sweep.ts';
import { partialFor, rangeSweeper } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { stepLengths } from '../../../../src/core/metrics/sweep/step-lengths.ts';
import { pullStepSweep, pullStepWorkspace } from '../../../../src/core/metrics/sweep/step-sweep.ts';
import { sweepGraphOf, type SweepGraph } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { poolRanges } from '../../../../src/core/metrics/sweep/sweep-pool.ts';
import {
  PARTIAL_FIELDS,
  type SweepPartial,
} from '../../../../src/core/metrics/sweep/sweep-partial.ts';
import { wasmBatchStepSweeper } from '../../../../src/core/metrics/sweep/wasm-sweeps.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';
import { undirectedSweepGraph } from '../../../helpers/sweep-graph.ts';

// The batched exact weighted sweep (128 sources a batch) against one search per source: the
// pull sweep (pullStepSweep, by source) and Dijkstra with a heap give the sums the batches must
// add up to; the WebAssembly kernel must give its TypeScript reference's sums to the last bit,
// also when a batch outgrows the room it is first given and is run again.

const WEIGHTED = { weighted: true, edges: false };

/** An undirected graph of `n` nodes and the given ties (a repeated pair kept once). */
function graphOf(n: number, ties: readonly (readonly [number, number, number])[]): SweepGraph {
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const strength: number[] = [];
  for (const [a, b, s] of ties) {
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    source.push(a);
    target.push(b);
    strength.push(s);
  }
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return undirectedSweepGraph(ids, source, target, strength);
}

/**
 * `n` nodes with `ties` random ties of strength 1–`strongest` among the first `linked` (the rest
 * isolated), in `parts` separate parts.
 */
function randomGraph(
  seed: number,
  n: number,
  ties: number,
  linked: number,
  parts: number,
  strongest = 5,
): SweepGraph {
  const rand = seededRandom(seed);
  const per = Math.max(2, Math.floor(linked / parts));
  const list: [number, number, number][] = [];
  for (let e = 0; e < ties; e++) {
    const part = Math.floor(rand() * parts);
    const a = part * per + Math.floor(rand() * per);
    const b = part * per + Math.floor(rand() * per);
    const s = 1 + Math.floor(rand() * strongest);
    if (a < linked && b < linked) list.push([a, b, s]);
  }
  return graphOf(n, list);
}

/** Each source swept alone by the TypeScript pull sweep, sums by source: the reference. */
function oneByOne(g: SweepGraph): SweepPartial {
  const { steps, scale } = stepLengths(g.strength)!;
  const acc = partialFor(g, WEIGHTED);
  pullStepSweep(g, steps, scale, 0, g.n, acc, pullStepWorkspace(g, steps), true);
  return acc;
}

/** Splits 0 .. n at the cuts. */
function rangesOf(n: number, cuts: readonly number[]): [number, number][] {
  const bounds = [0, ...cuts.map((c) => Math.min(c, n)).sort((a, b) => a - b), n];
  return bounds.slice(1).map((to, i) => [bounds[i]!, to]);
}

/** The batched sweep from every node, in the given ranges: the TypeScript kernel or the wasm. */
function batched(
  g: SweepGraph,
  kernel: 'js' | 'wasm',
  ranges: [number, number][],
  small = false,
): SweepPartial {
  const { steps, scale } = stepLengths(g.strength)!;
  const acc = partialFor(g, WEIGHTED);
  const ws = batchStepWorkspace(g, steps);
  const run =
    kernel === 'wasm'
      ? wasmBatchStepSweeper(
          g,
          steps,
          scale,
          // Room for a few settled pairs and steps only: batches run again in more.
          small ? { events: STEP_BATCH, rounds: 3, dags: 2, pairs: 2 } : undefined,
        )
      : (from: number, to: number, into: SweepPartial) => batchStepSweep(scale, from, to, into, ws);
  for (const [from, to] of ranges) run(from, to, acc);
  return acc;
}

const bits = (a: Float64Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

function expectSameBits(a: SweepPartial, b: SweepPartial) {
  for (const key of PARTIAL_FIELDS) expect(bits(a[key]), key).toEqual(bits(b[key]));
}

function expectClose(got: SweepPartial, want: SweepPartial, within: number) {
  for (const key of PARTIAL_FIELDS) {
    expect(got[key].length, key).toBe(want[key].length);
    for (let i = 0; i < want[key].length; i++) {
      const w = want[key][i]!;
      const diff = Math.abs(w - got[key][i]!) / Math.max(1, Math.abs(w));
      expect(diff, `${key}[${i}]`).toBeLessThan(within);
    }
  }
}

const GRAPHS: [string, SweepGraph][] = [
  ['one node', graphOf(1, [])],
  ['two nodes and a tie', graphOf(2, [[0, 1, 3]])],
  ['two nodes, no tie', graphOf(2, [])],
  [
    'a path of five',
    graphOf(5, [
      [0, 1, 1],
      [1, 2, 2],
      [2, 3, 3],
      [3, 4, 4],
    ]),
  ],
  ['150 nodes, one part', randomGraph(1, 150, 600, 150, 1)],
  ['300 nodes in four parts and 20 isolated', randomGraph(2, 300, 1200, 280, 4)],
  ['97 nodes, sparse (long paths)', randomGraph(3, 97, 110, 97, 1)],
  ['45 nodes, dense (many equal paths)', randomGraph(4, 45, 600, 45, 1, 2)],
  ['200 nodes, strengths 1–10 (2520 steps)', randomGraph(5, 200, 900, 200, 1, 10)],
];

describe.each(GRAPHS)('the batched step sweep on %s', (_, g) => {
  const all = rangesOf(g.n, []);
  // Ranges shorter than a batch, across batches, and one source alone.
  const cut = rangesOf(g.n, [1, 7, 70, 200, 201]);

  it('gives the sums of one search per source within 1e-12', () => {
    const want = oneByOne(g);
    expectClose(batched(g, 'js', all), want, 1e-12);
    expectClose(batched(g, 'js', cut), want, 1e-12);
  });

  it('in WebAssembly, the TypeScript kernel’s sums to the last bit', () => {
    expectSameBits(batched(g, 'wasm', all), batched(g, 'js', all));
    expectSameBits(batched(g, 'wasm', cut), batched(g, 'js', cut));
  });

  it('in WebAssembly, the same bits when its batches outgrow their room', () => {
    expectSameBits(batched(g, 'wasm', cut, true), batched(g, 'js', cut));
  });

  it('as a range sweeper, in the ranges of a pool of 2 or 8 threads, the same sums', () => {
    const want = oneByOne(g);
    for (const threads of [2, 8]) {
      const bounds = poolRanges(g.n, threads);
      const acc = partialFor(g, WEIGHTED);
      const run = rangeSweeper(g, WEIGHTED, 'wasm');
      for (let i = 1; i < bounds.length; i++) run(bounds[i - 1]!, bounds[i]!, acc);
      expectClose(acc, want, 1e-12);
    }
  });
});

describe('the batched step sweep on random networks', () => {
  const tie = (n: number) =>
    fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 10 }));
  const network = fc.integer({ min: 1, max: 160 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      ties: fc.array(tie(n), { maxLength: 3 * n }),
      cuts: fc.array(fc.nat(n), { maxLength: 3 }),
    }),
  );

  it('gives one search per source’s sums, and the same bits in WebAssembly', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        const ranges = rangesOf(n, cuts);
        const js = batched(g, 'js', ranges);
        expectClose(js, oneByOne(g), 1e-12);
        expectSameBits(batched(g, 'wasm', ranges), js);
      }),
      { numRuns: 60 },
    );
  });
});

// Networks from the reference set that are undirected with whole strengths.
const SYMMETRIC_STEPPED = NETWORKS.filter((name) => {
  const g = sweepGraphOf(compactGraph(loadNetwork(name)));
  return g.symmetric && stepLengths(g.strength) !== null;
});

describe.each(SYMMETRIC_STEPPED)('the batched step sweep on %s', (name) => {
  it('gives the sums of Dijkstra with a heap', () => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const heap = partialFor(g, WEIGHTED);
    dijkstraSweep(g, 0, g.n, heap, dijkstraWorkspace(g, 'heap'));
    // Dijkstra adds distance sums by target, the batches too: the same sums, to rounding.
    for (const got of [batched(g, 'js', rangesOf(g.n, [10])), batched(g, 'wasm', [[0, g.n]])]) {
      for (const key of PARTIAL_FIELDS) {
        for (let i = 0; i < heap[key].length; i++)
          expect(Math.abs(heap[key][i]! - got[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
      }
    }
  });
});

describe('a weighted sweep from a list of sources', () => {
  it('is not batched: one search per source, sums by target', () => {
    const g = randomGraph(6, 200, 800, 200, 1);
    const { steps, scale } = stepLengths(g.strength)!;
    const sources = Int32Array.from({ length: 150 }, (_, i) => (i * 7) % g.n);
    const want = partialFor(g, WEIGHTED);
    const ws = pullStepWorkspace(g, steps);
    for (const s of sources) pullStepSweep(g, steps, scale, s, s + 1, want, ws, false);
    for (const kernels of ['wasm', 'js'] as const) {
      const got = partialFor(g, WEIGHTED);
      rangeSweeper(g, { ...WEIGHTED, sources }, kernels)(0, sources.length, got);
      expectSameBits(got, want);
    }
  });
});

describe('the slots by length', () => {
  it('hold each node’s slots, each class the slots of its length, shortest class first', () => {
    const g = randomGraph(7, 60, 200, 60, 1, 10);
    const { steps } = stepLengths(g.strength)!;
    const classes = stepClasses(g, steps);
    const c = classes.steps.length;
    expect(Array.from(classes.steps)).toEqual([...new Set(steps)].sort((a, b) => a - b));
    for (let v = 0; v < g.n; v++) {
      const want: string[] = [];
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++)
        want.push(`${g.target[k]}:${steps[k]}`);
      const got: string[] = [];
      for (let j = 0; j < c; j++) {
        const from = classes.start[v * (c + 1) + j]!;
        const to = classes.start[v * (c + 1) + j + 1]!;
        for (let k = from; k < to; k++) got.push(`${classes.target[k]}:${classes.steps[j]}`);
      }
      expect(got.sort()).toEqual(want.sort());
    }
  });
});
