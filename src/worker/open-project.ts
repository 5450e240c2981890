import { PROJECT_EXTENSION, type Project } from '../core/project/types.ts';
import { projectGraph } from '../core/project/create-project.ts';
import { readProject } from '../core/project/read-project.ts';
import type { ImportReport } from '../core/model/types.ts';
import { initialLayout } from './initial-layout.ts';
import { recomputeWithEdits, type Computed, type LoadedBase, type Progress } from './pipeline.ts';
import type { FilePayload, ProjectData, TieEdit } from './protocol.ts';

/** A project file is recognised by its name, or by being a JSON object that says it is one. */
export function isProjectFile(file: FilePayload): boolean {
  if (file.name.toLowerCase().endsWith(PROJECT_EXTENSION)) return true;
  if (!file.name.toLowerCase().endsWith('.json')) return false;
  const head = new TextDecoder().decode(
    new Uint8Array(file.bytes, 0, Math.min(200, file.bytes.byteLength)),
  );
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"brobyggare-project"/.test(head);
}

/**
 * Opens a .brobyggare.json file: its graph is used as built (no re-import), its what-if edits
 * are applied, metrics and analysis recomputed (the same for the same graph and seed), and its
 * positions, settings and views handed back so the view reopens exactly as saved.
 */
export async function openProjectFile(
  file: FilePayload,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ base: LoadedBase; computed: Computed; project: ProjectData }> {
  progress('read', 0);
  const saved = readProject(new TextDecoder().decode(file.bytes), file.name);
  const graph = projectGraph(saved);
  const base: LoadedBase = {
    graph,
    report: saved.data.report ?? emptyReport(saved),
    seed: typeof saved.settings.seed === 'number' ? saved.settings.seed : 1,
  };
  signal.throwIfAborted();
  const { computed, project } = await recomputeWithEdits(base, edits(saved), signal, progress);
  project.layout = savedLayout(saved, project.metrics.nodeIds) ?? initialLayout(graph, signal);
  project.saved = {
    file: file.name,
    settings: saved.settings,
    views: saved.views,
    mapping: saved.mapping,
  };
  return { base, computed, project };
}

/** The saved positions in metric-table order, or null when a node has none. */
function savedLayout(saved: Project, nodeIds: readonly string[]): Float32Array | null {
  const out = new Float32Array(nodeIds.length * 2);
  for (let i = 0; i < nodeIds.length; i++) {
    const point = saved.positions[nodeIds[i]!];
    if (!point) return null;
    out[2 * i] = point.x;
    out[2 * i + 1] = point.y;
  }
  return out;
}

function edits(saved: Project): TieEdit[] {
  const list = saved.settings.edits;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): TieEdit[] => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return [];
    const { op, source, target, strength } = item;
    if (typeof source !== 'string' || typeof target !== 'string') return [];
    if (op === 'remove') return [{ op, source, target }];
    if (op === 'add' && typeof strength === 'number' && strength > 0)
      return [{ op, source, target, strength }];
    return [];
  });
}

/** A project written without its import report (e.g. by hand) still opens, with counts from the graph. */
function emptyReport(saved: Project): ImportReport {
  return {
    files: [],
    rowsRead: 0,
    rowsUsed: 0,
    rowsMerged: 0,
    rowsSkipped: 0,
    nodes: saved.data.graph.nodes.length,
    edges: saved.data.graph.edges.length,
    selfLoops: 0,
    recognised: { municipalities: 0, regionalActors: 0 },
    nearMisses: [],
    warnings: [],
  };
}
