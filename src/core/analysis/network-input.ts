import { compactGraph, type CompactGraph } from '../metrics/compact.ts';
import type { BroGraph } from '../model/types.ts';

/** The graph as the analysis reads it: compact arrays plus labels and counties in node order. */
export interface AnalysisNetwork {
  g: CompactGraph;
  labels: string[];
  county: (string | undefined)[];
}

/** `g`, when given, must be `compactGraph(graph)`: the metric run's copy, so it is built once. */
export function analysisNetwork(
  graph: BroGraph,
  g: CompactGraph = compactGraph(graph),
): AnalysisNetwork {
  return {
    g,
    labels: g.ids.map((id) => graph.getNodeAttribute(id, 'label') || id),
    county: g.ids.map((id) => graph.getNodeAttribute(id, 'county')),
  };
}
