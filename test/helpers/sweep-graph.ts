import { compactFromEdges } from '../../src/core/metrics/compact.ts';
import { sweepGraphOf, type SweepGraph } from '../../src/core/metrics/sweep/sweep-graph.ts';

/**
 * The sweep graph of an undirected network given as parallel tie arrays (each pair once, as
 * the import leaves it), its nodes of kind "other" and its ties keyed by position.
 */
export function undirectedSweepGraph(
  ids: readonly string[],
  source: readonly number[],
  target: readonly number[],
  strength: ArrayLike<number>,
): SweepGraph {
  return sweepGraphOf(
    compactFromEdges({
      directed: false,
      ids: [...ids],
      kind: ids.map(() => 'other'),
      edgeKeys: source.map((_, e) => String(e)),
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      strength: Float64Array.from(strength),
    }),
  );
}
