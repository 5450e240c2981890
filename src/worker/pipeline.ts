import { fromBytes } from '../core/io/byte-source.ts';
import type { ChangeSet } from '../core/model/change.ts';
import { openInput, type OpenedInput } from '../core/run/open-input.ts';
import { rerun, run, type RunResult } from '../core/run/run.ts';
import { firstLayout, projectData } from './project-data.ts';
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
