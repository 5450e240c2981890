import type { CompactGraph } from '../compact.ts';
import type { MetricId } from '../metric-id.ts';
import { partialFor, runSweepsInline, type SweepExecutor } from '../sweep/run-sweeps.ts';
import { sweepGraphOf } from '../sweep/sweep-graph.ts';
import { addPartial, emptyPartial, type SweepPartial } from '../sweep/sweep-partial.ts';
import { closenessScores, normalisedBetweenness, normalisedHarmonic } from './path-scores.ts';
import {
  pivotOrder,
  sampledMetrics,
  scaleToAllSources,
  type SampledMetrics,
} from './pivot-sample.ts';

/** One round of a progressive estimate: the estimate from every source swept so far. */
export interface SampleRound {
  /** 1, 2, … */
  round: number;
  /** How the estimate was made and its error bound (sources swept so far, ε at 95 %). */
  sampled: SampledMetrics;
  /** The node columns, as the path families give them (harmonic_normalized unweighted only). */
  node: Partial<Record<MetricId, Float64Array>>;
  /** The sums behind them, scaled up to all n sources. */
  partial: SweepPartial;
}

export interface RefineOptions {
  /** Distance 1/strength instead of one step per tie. */
  weighted: boolean;
  seed: number;
  /** Sources swept in all after each round, increasing (capped at n); e.g. [200, 400, 800]. */
  rounds: readonly number[];
  /** Runs each round's sweep (worker threads, Web Workers); default: in the calling thread. */
  sweeps?: SweepExecutor;
  signal?: AbortSignal;
  /** Each round's estimate, as soon as it is known; return false to stop refining. */
  onRound: (round: SampleRound) => void | boolean;
}

const UNWEIGHTED_IDS: MetricId[] = ['betweenness', 'closeness', 'harmonic', 'harmonic_normalized'];
const WEIGHTED_IDS: MetricId[] = [
  'betweenness_weighted',
  'closeness_weighted',
  'harmonic_weighted',
];

/**
 * Betweenness and closeness estimated from pivots (see SampledMetrics) and refined in rounds:
 * each round sweeps from the next pivots of one seeded random order of the nodes, adds them to
 * the sums so far and reports the estimate from all pivots swept, with its error bound, which
 * narrows as 1/√k. Every round's pivots so far are a uniform sample without replacement, so the
 * bound holds for each round's estimate (for all rounds at once, ask for the confidence of one
 * round raised to the number of rounds). Round r with k pivots picks the same pivots as a
 * one-off sample of k with the same seed. Resolves with the last round reported.
 */
export async function refineSampledSweep(
  g: CompactGraph,
  options: RefineOptions,
): Promise<SampleRound | null> {
  const { weighted, seed, signal, onRound } = options;
  const sweeps = options.sweeps ?? runSweepsInline;
  const n = g.n;
  const targets = options.rounds.map((k) => Math.min(n, Math.max(0, Math.floor(k))));
  for (let i = 1; i < targets.length; i++)
    if (targets[i]! < targets[i - 1]!) throw new Error('rounds must not decrease');
  const order = pivotOrder(n, targets.at(-1) ?? 0, seed);
  const sg = sweepGraphOf(g);
  const raw = partialFor(sg, { weighted, edges: false });
  const ids = weighted ? WEIGHTED_IDS : UNWEIGHTED_IDS;
  let done = 0;
  let last: SampleRound | null = null;
  for (let r = 0; r < targets.length; r++) {
    signal?.throwIfAborted();
    const k = targets[r]!;
    if (k === done && last) continue;
    if (k > done) {
      const sources = order.slice(done, k).sort();
      addPartial(raw, await sweeps(sg, { weighted, edges: false, sources }, { signal }));
      done = k;
    }
    const partial = emptyPartial(n, 0);
    addPartial(partial, raw);
    scaleToAllSources(partial, order.slice(0, done), n);
    last = {
      round: r + 1,
      sampled: sampledMetrics(ids, n, done),
      node: columns(partial, n, weighted),
      partial,
    };
    if (onRound(last) === false) break;
  }
  return last;
}

function columns(p: SweepPartial, n: number, weighted: boolean): SampleRound['node'] {
  if (weighted)
    return {
      betweenness_weighted: normalisedBetweenness(p.betweenness, n),
      closeness_weighted: closenessScores(p, n),
      harmonic_weighted: p.harmonic,
    };
  return {
    betweenness: normalisedBetweenness(p.betweenness, n),
    closeness: closenessScores(p, n),
    harmonic: p.harmonic,
    harmonic_normalized: normalisedHarmonic(p.harmonic, n),
  };
}
