import { edgesTable, nodesTable } from '../core/export/tables.ts';
import type { ExportInput } from '../core/export/types.ts';
import type { SampledMetrics } from '../core/metrics/paths/pivot-sample.ts';
import { tableObjects } from './write-output.ts';

/**
 * What `analyze --out x.json` and `convert IN x.json` write:
 * `{graph, nodes: [{id, …}], edges: [{source, target, strength, …}], report}`, undefined values
 * null; on a network past the all-pairs limit also `sampled`: which metrics were estimated, how
 * (method 'pivots', sources of nodes) and their error bound ε at the confidence; with positions also `stability`: the perturbed networks drawn (`networks`), the most
 * (`maxRuns`), the early stop's error and the seed.
 */
export function analyzeJson(input: ExportInput) {
  const { analysis } = input;
  const sampled = input.metrics?.sampled;
  return {
    graph: input.metrics?.graph ?? {},
    nodes: tableObjects(nodesTable(input)),
    edges: tableObjects(edgesTable(input)),
    report: input.report ?? null,
    ...(sampled ? { sampled: sampledJson(sampled) } : {}),
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

/** The estimate's method and error, without the sums a refinement continues from. */
function sampledJson(s: SampledMetrics) {
  const { method, ids, sources, nodes, confidence, epsilon } = s;
  return { method, ids, sources, nodes, confidence, epsilon, exact: epsilon === 0 };
}
