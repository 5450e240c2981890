import type { BroGraph } from '../model/types.ts';
import { compactGraph, type CompactGraph } from './compact.ts';
import { PATH_FAMILIES, SWEEP_FAMILIES } from './families-paths.ts';
import { STRUCTURE_FAMILIES } from './families-structure.ts';
import { earlySweeps, pairedSweeps } from './sweep/paired-sweeps.ts';
import { sweepGraphOf } from './sweep/sweep-graph.ts';
import { ALL_PAIRS_TASK, runSweepsInline, type SweepExecutor } from './sweep/run-sweeps.ts';
import { SHORTEST_PATHS_FAMILY } from './paths/shortest-paths-family.ts';
import { WEIGHTED_PATHS_FAMILY } from './paths/weighted-paths-family.ts';
import { metricEntries, type MetricId } from './metric-id.ts';
import type { SampledMetrics } from './paths/pivot-sample.ts';
import type { MetricDescriptor, MetricFamily, MetricTable } from './types.ts';

export const FAMILIES: readonly MetricFamily[] = [...STRUCTURE_FAMILIES, ...PATH_FAMILIES];
export const DESCRIPTORS: readonly MetricDescriptor[] = FAMILIES.flatMap((f) => f.descriptors);

/** Whether computing these metrics (default: all) runs the all-pairs sweeps. */
export function wantsSweeps(only?: readonly MetricId[]): boolean {
  if (!only) return true;
  const wanted = new Set(only);
  return SWEEP_FAMILIES.some((f) => f.descriptors.some((d) => wanted.has(d.id)));
}

export interface ComputeOptions {
  /** Restrict to these descriptor ids (their whole families are computed). Default: all. */
  only?: readonly MetricId[];
  seed?: number;
  signal?: AbortSignal;
  /** How shortest-path sweeps run (worker threads in the CLI, Web Workers in the app). */
  sweeps?: SweepExecutor;
  /** Estimate the all-pairs metrics from a sample of sources, as planned (see metricPlan). */
  sample?: SampledMetrics;
  /** Overall progress 0..1 and the family being computed. */
  onProgress?: (fraction: number, family: string) => void;
  /**
   * Every column that needs no all-pairs sweep (the structure and spectral families), once they
   * are computed and before the sweep families start: a host can show them while the sweeps run. A copy, which the host may keep or send.
   */
  onStructure?: (table: MetricTable) => void;
}

/** Computes every applicable metric family for the graph into one plain MetricTable. */
export async function computeMetrics(
  graph: BroGraph,
  options: ComputeOptions = {},
): Promise<MetricTable> {
  return computeOnCompact(compactGraph(graph), options);
}

export async function computeOnCompact(
  g: CompactGraph,
  options: ComputeOptions = {},
): Promise<MetricTable> {
  const wanted = options.only ? new Set(options.only) : null;
  const families = FAMILIES.filter((f) => !wanted || f.descriptors.some((d) => wanted.has(d.id)));
  const unweighted = families.includes(SHORTEST_PATHS_FAMILY);
  const weighted = families.includes(WEIGHTED_PATHS_FAMILY);
  // Both all-pairs sweeps in one pool when both path families are computed.
  let sweeps =
    unweighted && weighted ? pairedSweeps(options.sweeps ?? runSweepsInline) : options.sweeps;
  // Sweeps off this thread start now, and the structure families are computed beside them;
  // should one of those fail, the sweeps are stopped too.
  let early: AbortController | null = null;
  if (sweeps && options.sweeps?.offThread?.(g.n) && !options.sample && (unweighted || weighted)) {
    early = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, early.signal]) : early.signal;
    const task = ALL_PAIRS_TASK[unweighted ? 'unweighted' : 'weighted'];
    sweeps = earlySweeps(sweeps, sweepGraphOf(g), task, signal);
  }
  try {
    return await computeFamilies(g, families, sweeps, options);
  } catch (error) {
    early?.abort(error);
    throw error;
  }
}

async function computeFamilies(
  g: CompactGraph,
  families: readonly MetricFamily[],
  sweeps: SweepExecutor | undefined,
  options: ComputeOptions,
): Promise<MetricTable> {
  const table: MetricTable = {
    nodeIds: g.ids,
    edgeKeys: g.edgeKeys,
    edgeSource: Array.from(g.edgeSource, (i) => g.ids[i]!),
    edgeTarget: Array.from(g.edgeTarget, (i) => g.ids[i]!),
    node: {},
    edge: {},
    graph: {},
    computed: [],
  };
  // The families that wait for the sweeps come last, so everything else is computed while the
  // sweeps run (off this thread) instead of after them; the columns keep descriptor order.
  const order = [
    ...families.filter((f) => !SWEEP_FAMILIES.includes(f)),
    ...families.filter((f) => SWEEP_FAMILIES.includes(f)),
  ];
  for (let f = 0; f < order.length; f++) {
    const family = order[f]!;
    options.signal?.throwIfAborted();
    if (f > 0 && SWEEP_FAMILIES.includes(family) && !SWEEP_FAMILIES.includes(order[f - 1]!))
      options.onStructure?.(tableSoFar(table));
    const report = (x: number) => options.onProgress?.((f + x) / order.length, family.id);
    report(0);
    const result = await family.compute(g, {
      seed: options.seed ?? 1,
      signal: options.signal,
      onProgress: report,
      sweeps,
      ...(options.sample ? { sampleSources: options.sample.sources } : {}),
    });
    Object.assign(table.node, result.node);
    Object.assign(table.edge, result.edge);
    for (const [k, v] of metricEntries(result.graph ?? {}))
      table.graph[k] = Number.isFinite(v) ? v : null;
    if (result.notes?.length) table.notes = [...(table.notes ?? []), ...result.notes];
    if (result.sampleSums) table.sampleSums = { ...table.sampleSums, ...result.sampleSums };
  }
  table.computed = computedIn(table);
  const present = new Set<string>(table.computed);
  if (options.sample) {
    const ids = options.sample.ids.filter((id) => present.has(id));
    if (ids.length > 0) table.sampled = { ...options.sample, ids };
  }
  options.onProgress?.(1, '');
  return table;
}

/** The descriptor ids a table holds a column or a value of, in descriptor order. */
function computedIn(table: MetricTable): MetricId[] {
  const present = new Set([
    ...Object.keys(table.node),
    ...Object.keys(table.edge),
    ...Object.keys(table.graph),
  ]);
  return DESCRIPTORS.filter((d) => present.has(d.id)).map((d) => d.id);
}

/** A copy of the table as far as it is computed (its columns copied, so they can be sent). */
function tableSoFar(table: MetricTable): MetricTable {
  const copy = <T extends Float64Array | Float32Array>(columns: Partial<Record<MetricId, T>>) => {
    const out: Partial<Record<MetricId, T>> = {};
    for (const [id, column] of metricEntries(columns)) out[id] = column.slice() as T;
    return out;
  };
  return {
    ...table,
    node: copy(table.node),
    edge: copy(table.edge),
    graph: { ...table.graph },
    ...(table.notes ? { notes: [...table.notes] } : {}),
    computed: computedIn(table),
  };
}
