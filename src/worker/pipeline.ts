import { fromBytes } from '../core/io/byte-source.ts';
import { DESCRIPTORS } from '../core/metrics/index.ts';
import type { ChangeSet } from '../core/model/change.ts';
import { openInput, type OpenedInput } from '../core/run/open-input.ts';
import { rerun, run, type RunResult } from '../core/run/run.ts';
import type { Project } from '../core/project/types.ts';
import { initialLayout } from './initial-layout.ts';
import type { FilePayload, LoadSettings, ProjectData, Stage } from './protocol.ts';
import { browserSweeps } from './sweep-pool.ts';

export type Progress = (stage: Stage, fraction: number) => void;

/** The bytes the page sent, opened once: a load that stops to ask for roles resumes from here. */
export function openFiles(files: {
  edges: FilePayload;
  nodes?: FilePayload;
}): Promise<OpenedInput> {
  const source = (file: FilePayload) => fromBytes(file.name, new Uint8Array(file.bytes));
  return openInput({
    edges: source(files.edges),
    ...(files.nodes ? { nodes: source(files.nodes) } : {}),
  });
}

/** The core run with the worker's sweeps and progress; a question comes back as such. */
export async function load(
  opened: OpenedInput,
  settings: LoadSettings,
  signal: AbortSignal,
  progress: Progress,
): Promise<
  { question: NonNullable<ProjectData['columns']> } | { result: RunResult; project: ProjectData }
> {
  const outcome = await run(opened, settings, {
    sweeps: browserSweeps(),
    signal,
    onProgress: progress,
  });
  if (outcome.kind === 'question') return { question: outcome.columns };
  const { result } = outcome;
  return { result, project: projectData(result, firstLayout(result, signal, progress)) };
}

/** The loaded network again with these edits (the full list: undo is resending a shorter one). */
export async function edit(
  current: RunResult,
  edits: ChangeSet,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ result: RunResult; project: ProjectData }> {
  const result = await rerun(
    current.loaded,
    edits,
    {},
    { sweeps: browserSweeps(), signal, onProgress: progress },
  );
  return { result, project: projectData(result, null) };
}

/** A project file's saved positions, else a fresh layout. */
function firstLayout(result: RunResult, signal: AbortSignal, progress: Progress): Float32Array {
  progress('layout', 0);
  const project = result.loaded.project;
  return (
    (project && savedLayout(project, result.metrics.nodeIds)) ?? initialLayout(result.graph, signal)
  );
}

/** The saved positions in metric-table order, or null when a node has none. */
function savedLayout(saved: Project, nodeIds: readonly string[]): Float32Array | null {
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
function projectData(result: RunResult, layout: Float32Array | null): ProjectData {
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
