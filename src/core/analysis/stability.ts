import { compactFromEdges, type CompactGraph } from '../metrics/compact.ts';
import { constraint } from '../metrics/structure/structural-holes.ts';
import { seededRandom } from '../seeded-random.ts';
import type { RuleSubjects } from './comparison-groups.ts';
import { harmonicOf } from './harmonic-from.ts';
import { IndependentPaths } from './independent-paths.ts';
import { groupThresholds, labelCodes, type GroupThresholds } from './rule.ts';
import { tieCounts, type MeasureColumns } from './rule-measures.ts';
import { shareDecided } from './sequential-share.ts';
import { MIN_STABILITY_RUNS, type RuleParams } from './types.ts';

export interface StabilityOptions {
  signal?: AbortSignal;
  /** Quantiles every perturbed network is compared with; default each network's own. */
  thresholds?: readonly GroupThresholds[];
  onProgress?: (fraction: number) => void;
}

export interface Stability {
  /** Per municipality (like `subjects.municipalities`): share of its runs that kept the label. */
  share: Float64Array;
  /** Per municipality: the perturbed networks its share was counted over (≤ stabilityRuns). */
  runs: Int32Array;
  /** Perturbed networks drawn in all: the most any municipality used. */
  networks: number;
}

/**
 * How often each municipality keeps its label in perturbed networks: each run drops
 * round(dropShare · m) edges chosen uniformly at random (seeded) and labels the municipalities
 * again by the rule, with the perturbed network's own group quantiles.
 *
 * Early stop (sequential-share.ts): after every run from the MIN_STABILITY_RUNS-th on, a
 * municipality whose share is decided — an anytime-valid confidence sequence at error
 * `stabilityError` no longer holds `uncertainBelow`, the one threshold the share is worded by
 * (uncertain or not) — stops counting; its share is that of its runs so far, and `runs` says how many. The runs end when
 * every municipality is decided or after `stabilityRuns`. The runs draw the same edges in the
 * same order as without early stop, so a municipality that is never decided gets the same share
 * as with `stabilityError` 0 (every run counted), and the same seed gives the same figures.
 *
 * Each run reads only what it must, and every value equals, to the last bit, that of a network
 * built again from the kept edges: on an undirected graph the perturbed adjacency is the
 * original's with the dropped ties' slots left out (same order, no rebuild); independent paths
 * are counted only for undecided municipalities that the ensam clause reads them for (a tie,
 * and constraint at or above the upper quartile); harmonic closeness only where the
 * nätverksaktör clause reads it (an undecided municipality with enough regional actors and
 * constraint not below the median) — for every tied member of that municipality's comparison
 * group, whose median it is compared with, and of no other group.
 */
export function stability(
  g: CompactGraph,
  subjects: RuleSubjects,
  labels: Uint8Array,
  params: RuleParams,
  options: StabilityOptions = {},
): Stability {
  const count = subjects.municipalities.length;
  const same = new Float64Array(count);
  const runs = new Int32Array(count);
  const maxRuns = params.stabilityRuns;
  if (maxRuns <= 0) return { share: same.fill(1), runs, networks: 0 };
  if (count === 0) return { share: same, runs, networks: 0 };
  const random = seededRandom(params.seed);
  const order = new Int32Array(g.m);
  const drop = Math.min(g.m, Math.round(params.dropShare * g.m));
  const keep = g.m - drop;
  const alive = new Uint8Array(g.m);
  const mask = g.directed ? null : new SlotMask(g);
  const active = new Uint8Array(count).fill(1);
  let undecided = count;
  let run = 0;
  while (run < maxRuns && undecided > 0) {
    options.signal?.throwIfAborted();
    for (let e = 0; e < g.m; e++) order[e] = e;
    // Partial Fisher–Yates: the last `drop` slots end up a uniform sample of edges to drop.
    for (let e = g.m - 1; e >= keep; e--) {
      const pick = Math.floor(random() * (e + 1));
      const swap = order[e]!;
      order[e] = order[pick]!;
      order[pick] = swap;
    }
    alive.fill(1);
    for (let i = keep; i < g.m; i++) alive[order[i]!] = 0;
    const perturbed = mask ? mask.without(alive) : rebuilt(g, alive);
    const codes = labelsOf(perturbed, subjects, params, active, options.thresholds);
    run++;
    for (let i = 0; i < count; i++) {
      if (!active[i]) continue;
      runs[i] = run;
      if (codes[i] === labels[i]) same[i]!++;
      if (
        run >= MIN_STABILITY_RUNS &&
        shareDecided(same[i]!, run, params.uncertainBelow, params.stabilityError)
      ) {
        active[i] = 0;
        undecided--;
      }
    }
    options.onProgress?.(undecided === 0 ? 1 : run / maxRuns);
  }
  for (let i = 0; i < count; i++) same[i]! /= runs[i]!;
  return { share: same, runs, networks: run };
}

/** The kept edges as a network of their own (directed graphs, whose adjacency merges pairs). */
function rebuilt(g: CompactGraph, alive: Uint8Array): CompactGraph {
  const kept: number[] = [];
  for (let e = 0; e < g.m; e++) if (alive[e]) kept.push(e);
  return compactFromEdges({
    directed: g.directed,
    ids: g.ids,
    kind: g.kind,
    edgeKeys: kept.map((e) => g.edgeKeys[e]!),
    source: Int32Array.from(kept, (e) => g.edgeSource[e]!),
    target: Int32Array.from(kept, (e) => g.edgeTarget[e]!),
    strength: Float64Array.from(kept, (e) => g.edgeStrength[e]!),
  });
}

/**
 * An undirected graph's adjacency without the dropped edges, into buffers allocated once: the
 * kept slots in their original order, which is the order compactFromEdges gives the kept edges.
 */
class SlotMask {
  private readonly g: CompactGraph;
  private readonly offsets: Int32Array;
  private readonly neighbors: Int32Array;
  private readonly weights: Float64Array;
  private readonly edgeOf: Int32Array;

  constructor(g: CompactGraph) {
    this.g = g;
    this.offsets = new Int32Array(g.n + 1);
    this.neighbors = new Int32Array(g.neighbors.length);
    this.weights = new Float64Array(g.neighbors.length);
    this.edgeOf = new Int32Array(g.neighbors.length);
  }

  without(alive: Uint8Array): CompactGraph {
    const { g, offsets, neighbors, weights, edgeOf } = this;
    let at = 0;
    for (let v = 0; v < g.n; v++) {
      offsets[v] = at;
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
        const e = g.edgeOf[k]!;
        if (!alive[e]) continue;
        neighbors[at] = g.neighbors[k]!;
        weights[at] = g.weights[k]!;
        edgeOf[at++] = e;
      }
    }
    offsets[g.n] = at;
    const csr = {
      offsets,
      neighbors: neighbors.subarray(0, at),
      weights: weights.subarray(0, at),
      edgeOf: edgeOf.subarray(0, at),
    };
    return {
      ...g,
      m: at / 2,
      ...csr,
      outOffsets: csr.offsets,
      outNeighbors: csr.neighbors,
      outWeights: csr.weights,
      outEdgeOf: csr.edgeOf,
      inOffsets: csr.offsets,
      inNeighbors: csr.neighbors,
      inWeights: csr.weights,
      inEdgeOf: csr.edgeOf,
    };
  }
}

/**
 * The perturbed network's label of every `active` municipality (others: whatever is cheapest),
 * reading only the measures those labels depend on (see `stability`).
 */
function labelsOf(
  g: CompactGraph,
  subjects: RuleSubjects,
  params: RuleParams,
  active: Uint8Array,
  fixed: readonly GroupThresholds[] | undefined,
): Uint8Array {
  const { municipalities, groupOf, groups, allGroup } = subjects;
  const count = municipalities.length;
  const { degree, regionalActors } = tieCounts(g, municipalities);
  const constraintAll = constraint(g, true, municipalities);
  const measures: MeasureColumns = {
    degree,
    regionalActors,
    independentPaths: new Float64Array(count),
    constraint: Float64Array.from(municipalities, (v) => constraintAll[v]!),
    harmonic: new Float64Array(count),
  };
  // Harmonic closeness is 0 here until read; the constraint quantiles do not depend on it.
  const thresholds = fixed ?? groupThresholds(measures, subjects, params);
  const paths = new IndependentPaths(g);
  const harmonicGroups = new Uint8Array(groups.length);
  let anyHarmonic = false;
  for (let i = 0; i < count; i++) {
    if (!active[i] || degree[i] === 0) continue;
    const t = thresholds[groupOf[i]!]!;
    const c = measures.constraint[i]!;
    if (c >= t.constraintUpperQuartile) {
      measures.independentPaths[i] = paths.count(municipalities[i]!, params.minIndependentPaths);
      if (measures.independentPaths[i]! < params.minIndependentPaths) continue;
    }
    if (regionalActors[i]! >= params.minRegionalActors && !(c < t.constraintMedian)) {
      harmonicGroups[groupOf[i]!] = 1;
      anyHarmonic = true;
    }
  }
  if (!anyHarmonic) return labelCodes(measures, subjects, params, thresholds);
  // The members whose harmonic closeness is read: with fixed quantiles only the municipalities
  // compared, else every tied member of a group whose median is read ("all municipalities"
  // holds every municipality).
  const read: number[] = [];
  for (let i = 0; i < count; i++) {
    const group = groupOf[i]!;
    const wanted = fixed
      ? active[i] && harmonicGroups[group]
      : degree[i]! > 0 && (harmonicGroups[group] || (allGroup >= 0 && harmonicGroups[allGroup]));
    if (wanted) read.push(i);
  }
  const h = harmonicOf(
    g,
    Int32Array.from(read, (i) => municipalities[i]!),
  );
  read.forEach((i, at) => (measures.harmonic[i] = h[at]!));
  if (fixed) return labelCodes(measures, subjects, params, thresholds);
  const withHarmonic = groupThresholds(measures, subjects, params);
  return labelCodes(
    measures,
    subjects,
    params,
    thresholds.map((t, group) => ({ ...t, harmonicMedian: withHarmonic[group]!.harmonicMedian })),
  );
}
