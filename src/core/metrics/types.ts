import type { Bilingual } from '../text.ts';
import type { CompactGraph } from './compact.ts';
import type { MetricId } from './metric-id.ts';
import type { SampledMetrics } from './paths/pivot-sample.ts';
import type { SampleSums } from './paths/refine-sample.ts';
import type { SweepExecutor } from './sweep/run-sweeps.ts';

export type MetricScope = 'node' | 'edge' | 'graph';
export type MetricValueType = 'number' | 'integer' | 'boolean' | 'category';

/**
 * One metric, defined once. The CLI's columns and listing, the README's table and the app's
 * menus are generated from these fields.
 */
export interface MetricDescriptor {
  /** Column name, an interface researchers script against: never rename. */
  id: MetricId;
  scope: MetricScope;
  type: MetricValueType;
  names: Bilingual;
  /** One paragraph: formula, weighting, normalisation, disconnected graphs and isolates. */
  definition: Bilingual;
  weighting: 'unweighted' | 'weighted';
  /** Which graphs the metric is computed for. */
  appliesTo: 'all' | 'undirected' | 'directed' | 'two-mode';
}

export interface MetricContext {
  /** Seed for anything random (Louvain). Same seed, same result. */
  seed: number;
  signal?: AbortSignal;
  /** Progress of this family, 0..1. */
  onProgress?: (fraction: number) => void;
  /**
   * Runs shortest-path sweeps, e.g. split across worker threads (CLI) or Web Workers (app);
   * default: in the calling thread.
   */
  sweeps?: SweepExecutor;
  /** Estimate the all-pairs metrics from sweeps out of this many sampled sources. */
  sampleSources?: number;
}

/**
 * Values per column. Node columns are indexed like `CompactGraph.ids`, edge columns like
 * `CompactGraph.edgeKeys`. NaN means "undefined" (written as an empty CSV cell or JSON null);
 * booleans are 0/1 and categories are integer ids.
 */
export interface FamilyResult {
  node?: MetricColumns<Float64Array>;
  edge?: MetricColumns<Float64Array>;
  graph?: MetricColumns<number>;
  notes?: MetricNote[];
  /** When estimated from pivots: the unscaled sums behind the columns, to refine them later. */
  sampleSums?: SampleSums;
}

/**
 * How a metric was computed on this graph where that departs from the descriptor's usual case,
 * so the CLI and the app can say so next to the values: the eigenvector iteration went past
 * NetworkX's 100 iterations (where NetworkX itself would have failed).
 */
export interface MetricNote {
  code: 'iterations_beyond_networkx';
  metric: MetricId;
  iterations: number;
}

/** Values by metric id; only the metrics computed are present. */
export type MetricColumns<V> = Partial<Record<MetricId, V>>;

/** Metrics computed together because they share work (e.g. one BFS sweep per source). */
export interface MetricFamily {
  id: string;
  descriptors: MetricDescriptor[];
  compute(g: CompactGraph, ctx: MetricContext): FamilyResult | Promise<FamilyResult>;
}

/** Everything computed for one graph: plain data, safe to post between threads. */
export interface MetricTable {
  nodeIds: string[];
  edgeKeys: string[];
  edgeSource: string[];
  edgeTarget: string[];
  node: MetricColumns<Float64Array>;
  edge: MetricColumns<Float64Array>;
  /** Graph-level values; null when undefined (e.g. modularity of an empty graph). */
  graph: MetricColumns<number | null>;
  /** Ids of the descriptors whose values are present, in descriptor order. */
  computed: MetricId[];
  /** Present when the all-pairs metrics were estimated from a sample: how, and how well. */
  sampled?: SampledMetrics;
  /**
   * With `sampled`: the sweeps' sums over the pivots, not yet scaled (refine-sample.ts), so a
   * refinement (src/core/run/refine.ts) continues from them instead of sweeping them again.
   */
  sampleSums?: SampleSums;
  /** Departures from a descriptor's usual computation on this graph; absent when none. */
  notes?: MetricNote[];
}
