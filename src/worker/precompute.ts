import { fromBytes } from '../core/io/byte-source.ts';
import { openInput } from '../core/run/open-input.ts';
import { run } from '../core/run/run.ts';
import { firstLayout, projectData } from './project-data.ts';
import type { FilePayload, LoadSettings, ProjectData } from './protocol.ts';

/**
 * What the worker would send for these files, computed ahead (the build does this for the
 * demo): the same run, sweeps in this thread, the same first layout. No timings, so the
 * result is the same on every build.
 */
export async function precompute(
  files: { edges: FilePayload; nodes?: FilePayload },
  settings: LoadSettings = {},
): Promise<ProjectData> {
  const source = (file: FilePayload) => fromBytes(file.name, new Uint8Array(file.bytes));
  const opened = await openInput({
    edges: source(files.edges),
    ...(files.nodes ? { nodes: source(files.nodes) } : {}),
  });
  const outcome = await run(opened, settings);
  if (outcome.kind === 'question') throw new Error(`${files.edges.name}: column roles are unsure`);
  return { ...projectData(outcome.result, firstLayout(outcome.result)), timings: {} };
}
