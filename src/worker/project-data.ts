import { DESCRIPTORS } from '../core/metrics/index.ts';
import type { Project } from '../core/project/types.ts';
import type { RunResult } from '../core/run/run.ts';
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

/** Everything the view needs about one run, as plain data. */
export function projectData(result: RunResult, layout: Float32Array | null): ProjectData {
  const { loaded, metrics } = result;
  const saved = loaded.project;
  return {
    graph: result.graph.export(),
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
