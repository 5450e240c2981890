import { edgesTable, nodesTable } from '../core/export/tables.ts';
import type { ExportInput } from '../core/export/types.ts';
import { tableObjects } from './write-output.ts';

/**
 * What `analyze --out x.json` and `convert IN x.json` write:
 * `{graph, nodes: [{id, …}], edges: [{source, target, strength, …}], report}`, undefined values null.
 */
export function analyzeJson(input: ExportInput) {
  return {
    graph: input.metrics?.graph ?? {},
    nodes: tableObjects(nodesTable(input)),
    edges: tableObjects(edgesTable(input)),
    report: input.report ?? null,
  };
}
