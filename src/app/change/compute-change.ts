import {
  comparePeriods,
  periodGraphs,
  type ChangeResult,
  type ThresholdMode,
  type UndatedChoice,
  type YearSpan,
} from '../../core/change/index.ts';
import { fromBytes } from '../../core/io/byte-source.ts';
import { loadProject } from '../../core/load.ts';
import type { FilePayload } from '../../worker/protocol.ts';
import type { Project } from '../state/project.ts';

export interface ChangeChoice {
  from: YearSpan;
  to: YearSpan;
  thresholds: ThresholdMode;
  undated: UndatedChoice;
}

/** The years the network's ties have records in, ascending. */
export function dataYears(project: Project): number[] {
  const years = new Set<number>();
  project.graph.forEachEdge((_, attr) => {
    for (const year of Object.keys(attr.byYear)) if (year !== '') years.add(Number(year));
  });
  return [...years].sort((a, b) => a - b);
}

/**
 * Reads the files again per period with the columns, direction and merge rule the network on
 * screen was loaded with, and compares the periods. Runs on the main thread: the worker's
 * protocol has no change job yet.
 */
export async function computeChange(
  sources: { edges: FilePayload; nodes?: FilePayload },
  project: Project,
  choice: ChangeChoice,
): Promise<ChangeResult> {
  const source = (f: FilePayload) => fromBytes(f.name, new Uint8Array(f.bytes));
  const input = {
    edges: source(sources.edges),
    ...(sources.nodes ? { nodes: source(sources.nodes) } : {}),
  };
  const columns = project.data.columns;
  const loaded = await loadProject(input, {
    directed: project.graph.type === 'directed',
    merge: project.graph.getAttribute('merge'),
    ...(columns ? { edgeRoles: columns.edges.roles } : {}),
    ...(columns?.nodes ? { nodeRoles: columns.nodes.roles } : {}),
  });
  const [a, b] = await periodGraphs(input, loaded, [choice.from, choice.to], choice.undated);
  return comparePeriods(
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
    { thresholds: choice.thresholds, undated: choice.undated },
  );
}
