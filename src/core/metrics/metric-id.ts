/**
 * Every metric's id, in descriptor order: the column names researchers script against. Closed,
 * so that a misspelt id does not compile; input from users is checked with `isMetricId`.
 */
export const METRIC_IDS = [
  'nodes',
  'edges',
  'density',
  'degree',
  'strength',
  'in_degree',
  'out_degree',
  'in_strength',
  'out_strength',
  'degree_municipalities',
  'degree_regional',
  'distinct_regional_kinds',
  'degree_centralization',
  'clustering',
  'clustering_weighted',
  'average_clustering',
  'transitivity',
  'constraint',
  'constraint_weighted',
  'effective_size',
  'effective_size_weighted',
  'efficiency',
  'core',
  'cut_vertex',
  'component',
  'components',
  'bridge',
  'local_bridge_span',
  'ei_index',
  'brokerage_coordinator',
  'brokerage_gatekeeper',
  'brokerage_representative',
  'brokerage_itinerant',
  'brokerage_liaison',
  'brokerage_total',
  'community',
  'modularity',
  'betweenness',
  'closeness',
  'harmonic',
  'harmonic_normalized',
  'edge_betweenness',
  'diameter',
  'average_path_length',
  'bip_degree',
  'bip_closeness',
  'bip_betweenness',
  'betweenness_weighted',
  'closeness_weighted',
  'harmonic_weighted',
  'eigenvector',
  'eigenvector_weighted',
  'pagerank',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** The columns present, in the order they were written (keys are metric ids by their type). */
export function metricEntries<V>(columns: Partial<Record<MetricId, V>>): [MetricId, V][] {
  return Object.entries(columns) as [MetricId, V][];
}

export function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}
