import { analyzeNetwork, applyChange } from '../core/analysis/index.ts';
import type { Analysis } from '../core/analysis/types.ts';
import { fromBytes } from '../core/io/byte-source.ts';
import { loadProject } from '../core/load.ts';
import { computeMetrics, DESCRIPTORS } from '../core/metrics/index.ts';
import { metricPlan } from '../core/metrics/plan.ts';
import type { BroGraph, ImportReport } from '../core/model/types.ts';
import { initialLayout } from './initial-layout.ts';
import type { LoadColumns } from './columns.ts';
import type { FilePayload, LoadSettings, ProjectData, Stage, TieEdit } from './protocol.ts';
import { readColumns, rolesByName } from './read-columns.ts';
import { browserSweeps } from './sweep-pool.ts';

export type Progress = (stage: Stage, fraction: number) => void;

/** A loaded network the worker keeps so what-if edits can be recomputed against it. */
export interface LoadedBase {
  graph: BroGraph;
  report: ImportReport;
  seed: number;
}

/** The network as last computed (with the edits applied), kept for suggestions. */
export interface Computed {
  graph: BroGraph;
  analysis: Analysis;
}

export async function loadAndCompute(
  files: { edges: FilePayload; nodes?: FilePayload },
  settings: LoadSettings,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ base: LoadedBase; computed: Computed; project: ProjectData }> {
  const started = performance.now();
  const sources = {
    edges: fromBytes(files.edges.name, new Uint8Array(files.edges.bytes)),
    nodes: files.nodes ? fromBytes(files.nodes.name, new Uint8Array(files.nodes.bytes)) : undefined,
  };
  const columns = await readColumns(sources, settings, settings.rememberedRoles);
  if (columns && !columns.sure && settings.askRoles) throw new ColumnsNeeded(columns.columns);
  signal.throwIfAborted();
  const { graph, report, edgeMapping, nodeMapping } = await loadProject(sources, {
    directed: settings.directed,
    merge: settings.merge,
    edgeRoles: columns?.edgeRoles ?? settings.edgeRoles,
    nodeRoles: columns?.nodeRoles ?? settings.nodeRoles,
    signal,
    onProgress: (fraction: number) => progress('read', fraction),
  });
  const base: LoadedBase = { graph, report, seed: settings.seed ?? 1 };
  const read = performance.now() - started;
  const result = await compute(base, graph, [], signal, progress, true);
  result.project.timings.read = read;
  if (columns) {
    const { edges, nodes } = columns.columns;
    result.project.columns = {
      edges: { ...edges, roles: rolesByName(edgeMapping, edges.headers) },
      ...(nodes && nodeMapping
        ? { nodes: { ...nodes, roles: rolesByName(nodeMapping, nodes.headers) } }
        : {}),
    };
  }
  return { base, ...result };
}

/** The load stops to ask the user which column plays which role. */
export class ColumnsNeeded extends Error {
  readonly columns: LoadColumns;

  constructor(columns: LoadColumns) {
    super('column roles needed');
    this.columns = columns;
  }
}

export async function recomputeWithEdits(
  base: LoadedBase,
  edits: TieEdit[],
  signal: AbortSignal,
  progress: Progress,
): Promise<{ computed: Computed; project: ProjectData }> {
  return compute(base, applyEdits(base.graph, edits), edits, signal, progress, false);
}

/** Applies the edits one at a time, so a later edit can undo an earlier one. */
function applyEdits(graph: BroGraph, edits: readonly TieEdit[]): BroGraph {
  return edits.reduce(
    (g, edit) =>
      applyChange(
        g,
        edit.op === 'add'
          ? {
              add: [{ source: edit.source, target: edit.target, strength: edit.strength }],
              remove: [],
            }
          : { add: [], remove: [{ source: edit.source, target: edit.target }] },
      ),
    graph,
  );
}

async function compute(
  base: LoadedBase,
  graph: BroGraph,
  edits: TieEdit[],
  signal: AbortSignal,
  progress: Progress,
  withLayout: boolean,
): Promise<{ computed: Computed; project: ProjectData }> {
  const timings: ProjectData['timings'] = {};
  let t = performance.now();
  const plan = metricPlan(graph, undefined);
  const metrics = await computeMetrics(graph, {
    only: plan.only,
    seed: base.seed,
    signal,
    sweeps: browserSweeps(),
    onProgress: (fraction) => progress('metrics', fraction),
  });
  timings.metrics = performance.now() - t;
  t = performance.now();
  const analysis = await analyzeNetwork(graph, metrics, {
    seed: base.seed,
    signal,
    onProgress: (fraction) => progress('analysis', fraction),
  });
  timings.analysis = performance.now() - t;
  t = performance.now();
  progress('layout', 0);
  const layout = withLayout ? initialLayout(graph, signal) : null;
  timings.layout = performance.now() - t;
  return {
    computed: { graph, analysis },
    project: {
      graph: graph.export(),
      metrics,
      descriptors: DESCRIPTORS.filter((d) => metrics.computed.includes(d.id)),
      analysis,
      report: base.report,
      layout,
      edits,
      timings,
      skippedMetrics: DESCRIPTORS.filter((d) => plan.skipped.includes(d.id)).map(
        ({ id, names }) => ({ id, names }),
      ),
    },
  };
}
