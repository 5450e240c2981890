import { compactGraph, type CompactGraph } from '../metrics/compact.ts';
import type { BroGraph } from '../model/types.ts';

/** The graph as the analysis reads it: compact arrays plus labels and counties in node order. */
export interface AnalysisNetwork {
  g: CompactGraph;
  labels: string[];
  county: (string | undefined)[];
}

export function analysisNetwork(graph: BroGraph): AnalysisNetwork {
  const g = compactGraph(graph);
  return {
    g,
    labels: g.ids.map((id) => graph.getNodeAttribute(id, 'label') || id),
    county: g.ids.map((id) => graph.getNodeAttribute(id, 'county')),
  };
}
