import { fromBytes } from '../core/io/byte-source.ts';
import type { ChangeSet } from '../core/model/change.ts';
import { openInput, type OpenedInput } from '../core/run/open-input.ts';
import { rerun, run, type LoadedNetwork, type RunResult } from '../core/run/run.ts';
import type { MetricTable } from '../core/metrics/types.ts';
import type { SweepExecutor } from '../core/metrics/sweep/run-sweeps.ts';
import type { BroGraph } from '../core/model/types.ts';
import { initialLayout } from './initial-layout.ts';
import { firstLayout, pendingProjectData, projectData } from './project-data.ts';
import type { FilePayload, LoadSettings, ProjectData } from './protocol.ts';
import type { Progress } from './project-data.ts';
import { browserSweeps } from './sweep-pool.ts';

export type { Progress };

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

/**
 * The core run with the worker's sweeps and progress; a question comes back as such. With
 * `onPending`, the network is handed over as soon as it has its structure metrics and first
 * layout, while the sweep workers compute the path metrics; the result then leaves its graph
 * out (`graphSent`).
 */
export async function load(
  opened: OpenedInput,
  settings: LoadSettings,
  signal: AbortSignal,
  progress: Progress,
  onPending?: (project: ProjectData) => void,
  /** Resolves once the page has drawn the pending network: the sweeps start then. */
  drawn?: Promise<void>,
): Promise<
  { question: NonNullable<ProjectData['columns']> } | { result: RunResult; project: ProjectData }
> {
  // The first layout needs only the loaded graph: it is made on this thread while the sweep
  // workers compute the path metrics (this thread only waits for them then), not after.
  const early: {
    loaded?: LoadedNetwork;
    structure?: { graph: BroGraph; metrics: MetricTable };
    layout?: Float32Array;
    sent?: BroGraph;
  } = {};
  const pool = browserSweeps();
  /** Set once the pending network is sent: every sweep waits for the page to have drawn it. */
  let gate: Promise<void> | null = null;
  const sweeps: SweepExecutor = (g, task, options) => {
    if (gate) return gate.then(() => pool(g, task, options));
    const { loaded, structure } = early;
    if (!loaded || !structure || structure.graph !== loaded.graph || early.layout)
      return pool(g, task, options);
    // Without a page to wait for, the sweep workers start while this thread makes the layout.
    const waits = Boolean(onPending && drawn);
    const started = waits ? null : pool(g, task, options);
    progress('layout', 0);
    early.layout = initialLayout(structure.graph, signal);
    if (onPending) {
      onPending(pendingProjectData(loaded, structure.graph, structure.metrics, early.layout));
      early.sent = structure.graph;
    }
    if (!started) {
      // The page draws first, with this thread's layout; then the sweeps take the cores. The
      // progress says so meanwhile, not that the nodes are still being placed.
      gate = drawn!;
      progress('draw', 0);
      return gate.then(() => pool(g, task, options));
    }
    return started;
  };
  const outcome = await run(opened, settings, {
    sweeps,
    signal,
    onProgress: progress,
    onLoaded: (loaded) => {
      if (!loaded.project) early.loaded = loaded;
    },
    onStructure: (graph, metrics) => (early.structure = { graph, metrics }),
  });
  if (outcome.kind === 'question') return { question: outcome.columns };
  const { result } = outcome;
  const layout =
    early.layout && early.loaded?.graph === result.graph
      ? early.layout
      : firstLayout(result, signal, progress);
  return { result, project: projectData(result, layout, early.sent === result.graph) };
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
