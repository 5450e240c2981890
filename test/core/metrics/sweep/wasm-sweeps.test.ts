import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  partialFor,
  rangeSweeper,
  type SweepKernels,
  type SweepTask,
} from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { stepLengths } from '../../../../src/core/metrics/sweep/step-lengths.ts';
import {
  pullStepFits,
  pullStepSweep,
  pullStepWorkspace,
} from '../../../../src/core/metrics/sweep/step-sweep.ts';
import {
  batchStepSweep,
  batchStepWorkspace,
} from '../../../../src/core/metrics/sweep/batch-step-sweep.ts';
import {
  wasmBatchStepSweeper,
  wasmPullStepSweeper,
} from '../../../../src/core/metrics/sweep/wasm-sweeps.ts';
import type { SweepGraph } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import {
  PARTIAL_FIELDS,
  weightedOf,
  type SweepPartial,
} from '../../../../src/core/metrics/sweep/sweep-partial.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';
import { undirectedSweepGraph } from '../../../helpers/sweep-graph.ts';
import { compileSweeps, WASM_MODULE, wasmModuleText } from '../../../../scripts/build-wasm.ts';

// The WebAssembly kernels (assembly/sweeps.ts) against the TypeScript ones they mirror. The
// weighted pull sweep and the batched step sweep take the same steps and add in the same order
// as theirs: the same bits. The batched BFS takes 64 sources a batch instead of 32, so a node's
// dependencies are added in other groups: equal within 1e-9 relative (in practice a few ulps).
// Swept from every node, the weighted sweep is the batched step sweep in WebAssembly and the
// pull sweep in TypeScript: the same sums in another order, equal within 1e-12 relative.

/**
 * An undirected graph of `n` nodes and the given ties, a repeated pair summed as on import
 * (`sum`) or kept at its first strength, so that strengths 1–10 stay whole steps of at most
 * 2520 and the pull sweep is the one taken.
 */
function graphOf(n: number, ties: [number, number, number][], sum = false): SweepGraph {
  const at = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const strength: number[] = [];
  for (const [a, b, s] of ties) {
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const e = at.get(key);
    if (e !== undefined) {
      if (sum) strength[e]! += s;
      continue;
    }
    at.set(key, source.length);
    source.push(a);
    target.push(b);
    strength.push(s);
  }
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return undirectedSweepGraph(ids, source, target, strength);
}

/** The bench network's kind (bench/generate.ts), smaller: random rows of strength 1–5, summed. */
function benchStyle(seed: number, n: number, rows: number): SweepGraph {
  const rand = seededRandom(seed);
  const pick = () => Math.floor(rand() * n);
  const ties: [number, number, number][] = [];
  for (let r = 0; r < rows; r++) ties.push([pick(), pick(), 1 + Math.floor(rand() * 5)]);
  return graphOf(n, ties, true);
}

/** Sweeps the sources in the given ranges with one set of kernels, as a pool's worker would. */
function sweep(g: SweepGraph, task: SweepTask, kernels: SweepKernels, cuts: number[]) {
  const acc = partialFor(g, task);
  const run = rangeSweeper(g, task, kernels);
  const count = task.sources?.length ?? g.n;
  const bounds = [0, ...cuts.map((c) => Math.min(c, count)).sort((a, b) => a - b), count];
  for (let i = 1; i < bounds.length; i++) run(bounds[i - 1]!, bounds[i]!, acc);
  return acc;
}

const bits = (a: Float64Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

function expectSameBits(wasm: SweepPartial, js: SweepPartial) {
  for (const key of PARTIAL_FIELDS) expect(bits(wasm[key]), key).toEqual(bits(js[key]));
}

function expectClose(wasm: SweepPartial, js: SweepPartial, within = 1e-9) {
  for (const key of PARTIAL_FIELDS) {
    for (let i = 0; i < js[key].length; i++) {
      const want = js[key][i]!;
      const diff = Math.abs(want - wasm[key][i]!) / Math.max(1, Math.abs(want));
      expect(diff, `${key}[${i}]`).toBeLessThan(within);
    }
  }
}

/** The weighted pull sweep from every node (sums by source) in one kernel, in ranges. */
function pullSweep(g: SweepGraph, kernels: SweepKernels, cuts: number[]) {
  const { steps, scale } = stepLengths(g.strength)!;
  const acc = partialFor(g, WEIGHTED);
  const ws = pullStepWorkspace(g, steps);
  const run =
    kernels === 'wasm'
      ? wasmPullStepSweeper(g, steps, scale, true)
      : (from: number, to: number, into: SweepPartial) =>
          pullStepSweep(g, steps, scale, from, to, into, ws, true);
  const bounds = [0, ...cuts.map((c) => Math.min(c, g.n)).sort((a, b) => a - b), g.n];
  for (let i = 1; i < bounds.length; i++) run(bounds[i - 1]!, bounds[i]!, acc);
  return acc;
}

/** The batched step sweep from every node (sums by target) in one kernel, in ranges. */
function batchSweep(g: SweepGraph, kernels: SweepKernels, cuts: number[]) {
  const { steps, scale } = stepLengths(g.strength)!;
  const acc = partialFor(g, WEIGHTED);
  const ws = batchStepWorkspace(g, steps);
  const run =
    kernels === 'wasm'
      ? wasmBatchStepSweeper(g, steps, scale)
      : (from: number, to: number, into: SweepPartial) => batchStepSweep(scale, from, to, into, ws);
  const bounds = [0, ...cuts.map((c) => Math.min(c, g.n)).sort((a, b) => a - b), g.n];
  for (let i = 1; i < bounds.length; i++) run(bounds[i - 1]!, bounds[i]!, acc);
  return acc;
}

/** The sums a sweep from every node adds by source (betweenness aside). */
const BY_SOURCE = ['distanceSum', 'reachedBy', 'harmonic', 'eccentricity'] as const;

const WEIGHTED = { weighted: true, edges: false };
const UNWEIGHTED = { weighted: false, edges: true };

const tie = (n: number) => fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 10 }));
const network = fc.integer({ min: 1, max: 90 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    ties: fc.array(tie(n), { maxLength: 4 * n, size: 'max' }),
    cuts: fc.array(fc.nat(n), { maxLength: 3 }),
  }),
);

describe('the WebAssembly sweeps on random networks', () => {
  it('the weighted pull sweep gives the TypeScript sums to the last bit', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        expect(pullStepFits(g, stepLengths(g.strength)!.steps)).toBe(true);
        expectSameBits(pullSweep(g, 'wasm', cuts), pullSweep(g, 'js', cuts));
      }),
      { numRuns: 150 },
    );
  });

  it('the batched step sweep gives the TypeScript sums to the last bit', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        expectSameBits(batchSweep(g, 'wasm', cuts), batchSweep(g, 'js', cuts));
      }),
      { numRuns: 150 },
    );
  });

  it('the weighted sweep from every node gives the TypeScript sums within 1e-12', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        expectClose(sweep(g, WEIGHTED, 'wasm', cuts), sweep(g, WEIGHTED, 'js', cuts), 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('the pull sweep from a list of sources (sums by target) gives the same bits', () => {
    fc.assert(
      fc.property(network, fc.integer({ min: 1, max: 1000 }), ({ n, ties, cuts }, seed) => {
        const g = graphOf(n, ties);
        const rand = seededRandom(seed);
        const sources = Int32Array.from({ length: Math.ceil(n / 3) }, () => Math.floor(rand() * n));
        const task = { ...WEIGHTED, sources };
        expectSameBits(sweep(g, task, 'wasm', cuts), sweep(g, task, 'js', cuts));
      }),
      { numRuns: 100 },
    );
  });

  it('the batched BFS gives the TypeScript sums within 1e-9', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        expectClose(sweep(g, UNWEIGHTED, 'wasm', cuts), sweep(g, UNWEIGHTED, 'js', cuts));
      }),
      { numRuns: 150 },
    );
  });

  it('the batched BFS gives the TypeScript distance sums to the last bit', () => {
    // Each source's distance, harmonic and reach sums and eccentricity are its own, whatever
    // batch it is swept in: the same additions in the same order.
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        const wasm = sweep(g, UNWEIGHTED, 'wasm', cuts);
        const js = sweep(g, UNWEIGHTED, 'js', cuts);
        for (const key of BY_SOURCE) expect(bits(wasm[key]), key).toEqual(bits(js[key]));
      }),
      { numRuns: 150 },
    );
  });

  it('a paired sweep gives both families’ sums', () => {
    fc.assert(
      fc.property(network, ({ n, ties, cuts }) => {
        const g = graphOf(n, ties);
        const task = { ...UNWEIGHTED, withWeighted: true };
        const wasm = sweep(g, task, 'wasm', cuts);
        const js = sweep(g, task, 'js', cuts);
        expectClose(wasm, js);
        expectClose(weightedOf(wasm)!, weightedOf(js)!, 1e-12);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the WebAssembly sweeps on a network like the bench’s', () => {
  const g = benchStyle(14, 1500, 7500);
  const cuts = [64, 640, 1000];

  it('takes the pull sweep there', () => {
    const exact = stepLengths(g.strength);
    expect(exact).not.toBeNull();
    expect(pullStepFits(g, exact!.steps)).toBe(true);
  });

  it('the weighted pull sweep gives the same bits', () => {
    expectSameBits(pullSweep(g, 'wasm', cuts), pullSweep(g, 'js', cuts));
  });

  it('the batched step sweep gives the same bits', () => {
    expectSameBits(batchSweep(g, 'wasm', cuts), batchSweep(g, 'js', cuts));
  });

  it('the weighted sweep from every node gives the same sums within 1e-12', () => {
    expectClose(sweep(g, WEIGHTED, 'wasm', cuts), sweep(g, WEIGHTED, 'js', cuts), 1e-12);
  });

  it('the batched BFS gives the same sums within 1e-9, the distance sums to the last bit', () => {
    const wasm = sweep(g, UNWEIGHTED, 'wasm', cuts);
    const js = sweep(g, UNWEIGHTED, 'js', cuts);
    expectClose(wasm, js);
    for (const key of BY_SOURCE) expect(bits(wasm[key]), key).toEqual(bits(js[key]));
  });
});

describe('the batched BFS on long paths', () => {
  // 100 nodes tied at random, then a path of 300 on from the last of them: a batch of sources
  // on the path reaches its nodes at up to 64 levels each, more entries and recorded slots than
  // a batch is first given room for, so that batch is run again in a roomier memory partway
  // through a range, after batches whose sums must be carried over.
  const rand = seededRandom(7);
  const ties: [number, number, number][] = [];
  for (let e = 0; e < 300; e++) ties.push([Math.floor(rand() * 100), Math.floor(rand() * 100), 1]);
  for (let v = 100; v < 400; v++) ties.push([v - 1, v, 1]);
  const g = graphOf(400, ties);

  it.each([[[]], [[150]]])(
    'gives the TypeScript sums when a batch outgrows its room (cuts %j)',
    (cuts) => {
      expectClose(sweep(g, UNWEIGHTED, 'wasm', cuts), sweep(g, UNWEIGHTED, 'js', cuts));
    },
  );
});

describe('the committed WebAssembly module', () => {
  it('is what assembly/sweeps.ts compiles to (npm run build:wasm)', () => {
    expect(readFileSync(WASM_MODULE, 'utf8')).toBe(wasmModuleText(compileSweeps()));
  }, 60_000);
});
