import { analyzeNetwork } from '../core/analysis/index.ts';
import { fromBytes } from '../core/io/byte-source.ts';
import { loadProject } from '../core/load.ts';
import { computeMetrics } from '../core/metrics/index.ts';
import type { BroGraph, ImportReport } from '../core/model/types.ts';
import { applyEdits } from './apply-edits.ts';
import { initialLayout } from './initial-layout.ts';
import type { FilePayload, LoadSettings, ProjectData, Stage, TieEdit } from './protocol.ts';

export type Progress = (stage: Stage, fraction: number) => void;

/** A loaded network the worker keeps so what-if edits can be recomputed against it. */
export interface LoadedBase {
  graph: BroGraph;
  report: ImportReport;
  seed: number;
}

export async function loadAndCompute(
  files: { edges: FilePayload; nodes?: FilePayload },
  settings: LoadSettings,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ base: LoadedBase; project: ProjectData }> {
  const started = performance.now();
  const { graph, report } = await loadProject(
    {
      edges: fromBytes(files.edges.name, new Uint8Array(files.edges.bytes)),
      nodes: files.nodes
        ? fromBytes(files.nodes.name, new Uint8Array(files.nodes.bytes))
        : undefined,
    },
    {
      directed: settings.directed,
      merge: settings.merge,
      edgeRoles: settings.edgeRoles,
      nodeRoles: settings.nodeRoles,
      signal,
      onProgress: (fraction: number) => progress('read', fraction),
    },
  );
  const base: LoadedBase = { graph, report, seed: settings.seed ?? 1 };
  const read = performance.now() - started;
  const project = await compute(base, graph, [], signal, progress, true);
  project.timings.read = read;
  return { base, project };
}

export async function recomputeWithEdits(
  base: LoadedBase,
  edits: TieEdit[],
  signal: AbortSignal,
  progress: Progress,
): Promise<ProjectData> {
  return compute(base, applyEdits(base.graph, edits), edits, signal, progress, false);
}

async function compute(
  base: LoadedBase,
  graph: BroGraph,
  edits: TieEdit[],
  signal: AbortSignal,
  progress: Progress,
  withLayout: boolean,
): Promise<ProjectData> {
  const timings: ProjectData['timings'] = {};
  let t = performance.now();
  const metrics = await computeMetrics(graph, {
    seed: base.seed,
    signal,
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
  return { graph: graph.export(), metrics, analysis, report: base.report, layout, edits, timings };
}
