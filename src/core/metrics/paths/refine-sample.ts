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

/** Node columns by metric id, indexed like the graph's nodes. */
export type NodeColumns = Partial<Record<MetricId, Float64Array>>;

/** One step per tie (BFS), or distance 1/strength (Dijkstra). */
export type Weighting = 'unweighted' | 'weighted';

/**
 * The sums of the sweeps from the first `sources` pivots of the seeded order (pivotOrder),
 * not yet scaled up to all sources: what a refinement continues from.
 */
export interface PivotSums {
  /** The seed of the pivot order: sums continue only with the same order. */
  seed: number;
  sources: number;
  partial: SweepPartial;
}

/** The sums behind a sampled estimate, per weighting swept. */
export type SampleSums = Partial<Record<Weighting, PivotSums>>;

export interface PivotSweepOptions {
  weighting: Weighting;
  seed: number;
  /** Runs the sweep (worker threads, Web Workers); default: in the calling thread. */
  sweeps?: SweepExecutor;
  signal?: AbortSignal;
  /** Fraction 0..1 of the new pivots swept. */
  onProgress?: (fraction: number) => void;
}

/**
 * The sums over the first `k` pivots: those in `from` and a sweep from the pivots after them
 * (`from` is left as it was). Without `from`, the sweep from the first k pivots only.
 */
export async function sweepPivots(
  g: CompactGraph,
  from: PivotSums | null,
  k: number,
  options: PivotSweepOptions,
): Promise<PivotSums> {
  const weighted = options.weighting === 'weighted';
  const done = from?.sources ?? 0;
  const sg = sweepGraphOf(g);
  const task = { weighted, edges: false };
  if (from && from.seed !== options.seed) throw new Error('pivot sums of another seed');
  if (k <= done) return from ?? { seed: options.seed, sources: 0, partial: partialFor(sg, task) };
  const sources = pivotOrder(g.n, k, options.seed).slice(done).sort();
  const swept = await (options.sweeps ?? runSweepsInline)(
    sg,
    { ...task, sources },
    { signal: options.signal, onProgress: options.onProgress },
  );
  if (!from) return { seed: options.seed, sources: k, partial: swept };
  const partial = partialFor(sg, task);
  addPartial(partial, from.partial);
  addPartial(partial, swept);
  return { seed: options.seed, sources: k, partial };
}

/** The sums scaled up to all n sources: the estimate of the sweep from every node. */
export function scaledSums(g: CompactGraph, sums: PivotSums): SweepPartial {
  const partial = emptyPartial(g.n, 0);
  addPartial(partial, sums.partial);
  scaleToAllSources(partial, pivotOrder(g.n, sums.sources, sums.seed), g.n);
  return partial;
}

const IDS: Record<Weighting, MetricId[]> = {
  unweighted: ['betweenness', 'closeness', 'harmonic', 'harmonic_normalized'],
  weighted: ['betweenness_weighted', 'closeness_weighted', 'harmonic_weighted'],
};

/** The node columns the path families give from a (scaled) sweep, by weighting. */
export function pathColumns(p: SweepPartial, n: number, weighting: Weighting): NodeColumns {
  if (weighting === 'weighted')
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

/** One round of a progressive estimate: the estimate from every source swept so far. */
export interface SampleRound {
  /** 1, 2, … */
  round: number;
  /** How the estimate was made and its error bound (sources swept so far, ε at 95 %). */
  sampled: SampledMetrics;
  /** The node columns, as the path families give them. */
  node: NodeColumns;
  /** The sums behind them, unscaled: a later refinement continues from these. */
  sums: SampleSums;
}

export interface RefineOptions {
  /** The sweeps refined together, each round: one step per tie, distance 1/strength, or both. */
  weightings: readonly Weighting[];
  seed: number;
  /** Sources swept in all after each round, increasing (capped at n); e.g. [200, 400, 800]. */
  rounds: readonly number[];
  /**
   * The sums already swept (from a run's metric table, say), the same number of pivots for each
   * weighting: rounds continue from them, and a round asking for no more pivots sweeps nothing.
   */
  from?: SampleSums;
  /** Runs each round's sweeps (worker threads, Web Workers); default: in the calling thread. */
  sweeps?: SweepExecutor;
  signal?: AbortSignal;
  /** Fraction 0..1 of the round under way (numbered 1, 2, …). */
  onProgress?: (fraction: number, round: number) => void;
  /** Each round's estimate, as soon as it is known; return false to stop refining. */
  onRound: (round: SampleRound) => void | boolean;
}

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
  const { weightings, seed, signal, onRound } = options;
  const n = g.n;
  const targets = options.rounds.map((k) => Math.min(n, Math.max(0, Math.floor(k))));
  for (let i = 1; i < targets.length; i++)
    if (targets[i]! < targets[i - 1]!) throw new Error('rounds must not decrease');
  const sums: SampleSums = { ...options.from };
  const counts = new Set(weightings.map((w) => sums[w]?.sources ?? 0));
  if (counts.size > 1) throw new Error('the sums to continue from differ in sources');
  let done = [...counts][0] ?? 0;
  let last: SampleRound | null = null;
  for (let r = 0; r < targets.length; r++) {
    signal?.throwIfAborted();
    const k = targets[r]!;
    if (k <= done && last) continue;
    for (let w = 0; w < weightings.length; w++) {
      const weighting = weightings[w]!;
      const progress = options.onProgress;
      sums[weighting] = await sweepPivots(g, sums[weighting] ?? null, k, {
        weighting,
        seed,
        sweeps: options.sweeps,
        signal,
        onProgress: progress && ((x) => progress((w + x) / weightings.length, r + 1)),
      });
    }
    done = Math.max(done, k);
    const node: NodeColumns = {};
    for (const w of weightings) Object.assign(node, pathColumns(scaledSums(g, sums[w]!), n, w));
    last = {
      round: r + 1,
      sampled: sampledMetrics(
        weightings.flatMap((w) => IDS[w]),
        n,
        done,
      ),
      node,
      sums: { ...sums },
    };
    if (onRound(last) === false) break;
  }
  return last;
}
