import { DESCRIPTORS } from '../core/metrics/index.ts';
import type { Project } from '../core/project/types.ts';
import type { MetricTable } from '../core/metrics/types.ts';
import type { BroGraph } from '../core/model/types.ts';
import type { LoadedNetwork, RunResult } from '../core/run/run.ts';
import { initialLayout } from './initial-layout.ts';
import type { ProjectData, Stage } from './protocol.ts';

export type Progress = (stage: Stage, fraction: number) => void;

/** A project file's saved positions, else a fresh layout. */
export function firstLayout(
  result: RunResult,
  signal?: AbortSignal,
  progress?: Progress,
): Float32Array {
  progress?.('layout', 0);
  const project = result.loaded.project;
  return (
    (project && savedLayout(project, result.metrics.nodeIds)) ?? initialLayout(result.graph, signal)
  );
}

/** The saved positions in metric-table order, or null when a node has none. */
export function savedLayout(saved: Project, nodeIds: readonly string[]): Float32Array | null {
  const positions = new Map(Object.entries(saved.positions));
  const out = new Float32Array(nodeIds.length * 2);
  for (let i = 0; i < nodeIds.length; i++) {
    const point = positions.get(nodeIds[i]!);
    if (!point) return null;
    out[2 * i] = point.x;
    out[2 * i + 1] = point.y;
  }
  return out;
}

/**
 * What the view draws while the path metrics are computed: the network, its structure metrics
 * and its first layout; positions and findings come with the result.
 */
export function pendingProjectData(
  loaded: LoadedNetwork,
  graph: BroGraph,
  metrics: MetricTable,
  layout: Float32Array,
): ProjectData {
  return {
    ...projectData(
      { loaded, graph, metrics, analysis: null, changes: [], timings: {}, skippedMetrics: [] },
      layout,
    ),
    pending: true,
  };
}

/**
 * Everything the view needs about one run, as plain data. With `graphSent`, the graph's nodes
 * and edges are left out: the view has them from the pending project of the same load.
 */
export function projectData(
  result: Pick<
    RunResult,
    'loaded' | 'graph' | 'metrics' | 'changes' | 'timings' | 'skippedMetrics'
  > & { analysis: ProjectData['analysis'] },
  layout: Float32Array | null,
  graphSent = false,
): ProjectData {
  const { loaded } = result;
  // The sums behind estimated columns stay in the worker, for refining them.
  const { sampleSums, ...metrics } = result.metrics;
  void sampleSums;
  const saved = loaded.project;
  return {
    graph: graphSent
      ? {
          options: {
            type: result.graph.type,
            multi: result.graph.multi,
            allowSelfLoops: result.graph.allowSelfLoops,
          },
          attributes: { ...result.graph.getAttributes() },
          nodes: [],
          edges: [],
        }
      : result.graph.export(),
    ...(graphSent ? { graphSent: true } : {}),
    metrics,
    descriptors: DESCRIPTORS.filter((d) => metrics.computed.includes(d.id)),
    analysis: result.analysis,
    report: loaded.report,
    layout,
    edits: [...result.changes],
    timings: result.timings,
    ...(loaded.columns ? { columns: loaded.columns } : {}),
    skippedMetrics: DESCRIPTORS.filter((d) => result.skippedMetrics.includes(d.id)).map(
      ({ id, names }) => ({ id, names }),
    ),
    ...(saved
      ? {
          saved: {
            file: loaded.projectFile ?? '',
            settings: saved.settings,
            views: saved.views,
            mapping: saved.mapping,
          },
        }
      : {}),
  };
}
