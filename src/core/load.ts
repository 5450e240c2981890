import { InputError } from './errors.ts';
import type { ColumnMapping, EdgeRole, NodeRole } from './io/types.ts';
import type { BroGraph, ImportReport } from './model/types.ts';
import { openInput, type RunFiles } from './run/open-input.ts';
import { loadNetwork, type RunSettings, type RunStage } from './run/run.ts';

export interface LoadOptions extends Pick<
  RunSettings,
  'directed' | 'merge' | 'edgeRoles' | 'nodeRoles'
> {
  onProgress?: (fraction: number, stage: RunStage) => void;
  signal?: AbortSignal;
}

export interface LoadedProject {
  graph: BroGraph;
  report: ImportReport;
  edgeMapping: ColumnMapping<EdgeRole>;
  nodeMapping?: ColumnMapping<NodeRole>;
}

/**
 * The first half of the core run on its own: an edge file (and a node file) in any supported
 * format read into the graph and its import report, with the roles used — for tests, benchmarks
 * and tools that want the graph without metrics. A project file is refused: it is a network
 * already built, opened by the run. Throws InputError for a file that cannot be read at all.
 */
export async function loadProject(
  input: RunFiles,
  options: LoadOptions = {},
): Promise<LoadedProject> {
  const opened = await openInput(input);
  if (opened.kind === 'project')
    throw new InputError('not_delimited', { file: opened.file }, { format: 'json' });
  const loaded = await loadNetwork(opened, options, {
    onProgress: options.onProgress && ((stage, fraction) => options.onProgress!(fraction, stage)),
    signal: options.signal,
  });
  if (!('graph' in loaded)) throw new Error('unreachable: no question without askRoles');
  return {
    graph: loaded.graph,
    report: loaded.report,
    edgeMapping: loaded.mappings!.edges,
    ...(loaded.mappings?.nodes ? { nodeMapping: loaded.mappings.nodes } : {}),
  };
}
