import { existsSync } from 'node:fs';
import { loadProject } from '../core/load.ts';
import type { CliArgs } from './args.ts';
import { UsageError } from './args.ts';
import { fileSource } from './file-source.ts';
import { progressBar } from './progress.ts';

/** Reads the edge (and node) files named on the command line into a graph and its report. */
export async function loadInput(args: CliArgs) {
  const edges = args.inputs[0];
  if (!edges) throw new UsageError('EDGES');
  for (const f of [edges, args.nodes]) {
    if (f !== undefined && !existsSync(f)) throw new UsageError(`${f}: no such file`);
  }
  const edgeSource = fileSource(edges);
  const nodeSource = args.nodes ? fileSource(args.nodes) : undefined;
  const bar = progressBar(edgeSource.size + (nodeSource?.size ?? 0));
  try {
    return await loadProject(
      { edges: edgeSource, nodes: nodeSource },
      {
        directed: args.directed,
        merge: args.merge,
        edgeRoles: args.edgeRoles,
        onProgress: bar.update,
      },
    );
  } finally {
    bar.done();
  }
}
