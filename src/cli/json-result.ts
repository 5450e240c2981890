import { edgesTable, nodesTable } from '../core/export/tables.ts';
import type { ExportInput } from '../core/export/types.ts';
import { tableObjects } from './write-output.ts';

/**
 * What `analyze --out x.json` and `convert IN x.json` write:
 * `{graph, nodes: [{id, …}], edges: [{source, target, strength, …}], report}`, undefined values
 * null; with positions also `stability`: the perturbed networks drawn (`networks`), the most
 * (`maxRuns`), the early stop's error and the seed.
 */
export function analyzeJson(input: ExportInput) {
  const { analysis } = input;
  return {
    graph: input.metrics?.graph ?? {},
    nodes: tableObjects(nodesTable(input)),
    edges: tableObjects(edgesTable(input)),
    report: input.report ?? null,
    ...(analysis
      ? {
          stability: {
            networks: analysis.stabilityNetworks,
            maxRuns: analysis.rule.stabilityRuns,
            error: analysis.rule.stabilityError,
            seed: analysis.rule.seed,
          },
        }
      : {}),
  };
}
