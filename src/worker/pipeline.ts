import { fromBytes } from '../core/io/byte-source.ts';
import type { ChangeSet } from '../core/model/change.ts';
import { openInput, type OpenedInput } from '../core/run/open-input.ts';
import { rerun, run, type LoadedNetwork, type RunResult } from '../core/run/run.ts';
import { seedLayout } from './initial-layout.ts';
import { firstLayout, projectData, savedLayout } from './project-data.ts';
import type { FilePayload, LoadSettings, ProjectData } from './protocol.ts';
import type { Progress } from './project-data.ts';
import { browserSweeps } from './sweep-pool.ts';

export type { Progress };

/**
 * From this many nodes a load shows its network before its metrics, and its laid-out positions
 * after them: the metrics and the layout take seconds there. Smaller networks come whole.
 */
export const EARLY_NETWORK_NODES = 2000;

/** A finished load: the result, its data for the page, and its layout when that is still to come. */
export type Loaded = {
  result: RunResult;
  project: ProjectData;
  /** Set when the network was shown early: the result's graph is that one, its positions come later. */
  early?: { sameGraph: boolean; layout: () => Float32Array };
};

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
 * The core run with the worker's sweeps and progress; a question comes back as such. A large
 * network goes to `onNetwork` as soon as it is loaded, with first positions and no metrics.
 */
export async function load(
  opened: OpenedInput,
  settings: LoadSettings,
  signal: AbortSignal,
  progress: Progress,
  onNetwork?: (project: ProjectData) => void,
): Promise<{ question: NonNullable<ProjectData['columns']> } | Loaded> {
  let early: Float32Array | null = null;
  const outcome = await run(opened, settings, {
    sweeps: browserSweeps(),
    signal,
    onProgress: progress,
    onLoaded: (loaded) => {
      if (!onNetwork || loaded.graph.order < EARLY_NETWORK_NODES) return;
      early = savedPositions(loaded) ?? seedLayout(loaded.graph);
      // A copy goes: the first positions are the result's too, and a buffer moves only once.
      onNetwork(networkData(loaded, early.slice()));
    },
  });
  if (outcome.kind === 'question') return { question: outcome.columns };
  const { result } = outcome;
  if (!early)
    return { result, project: projectData(result, firstLayout(result, signal, progress)) };
  const sameGraph = result.graph === result.loaded.graph;
  return {
    result,
    project: projectData(result, sameGraph ? early : firstLayout(result, signal, progress)),
    early: { sameGraph, layout: () => firstLayout(result, signal, progress) },
  };
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

/** A project file's saved positions in graph.nodes() order, or null. */
function savedPositions(loaded: LoadedNetwork): Float32Array | null {
  return loaded.project ? savedLayout(loaded.project, loaded.graph.nodes()) : null;
}

/** A loaded network as the page draws it before its metrics: the graph, positions, no metrics. */
function networkData(loaded: LoadedNetwork, layout: Float32Array): ProjectData {
  const { graph } = loaded;
  const nodeIds = graph.nodes();
  return {
    graph: graph.export(),
    metrics: {
      nodeIds,
      edgeKeys: graph.edges(),
      edgeSource: graph.mapEdges((_e, _a, source) => source),
      edgeTarget: graph.mapEdges((_e, _a, _s, target) => target),
      node: {},
      edge: {},
      graph: {},
      computed: [],
    },
    descriptors: [],
    analysis: null,
    report: loaded.report,
    layout,
    edits: [],
    timings: {},
    ...(loaded.columns ? { columns: loaded.columns } : {}),
  };
}
