import type { MetricId } from '../core/metrics/metric-id.ts';

/** Metric columns the view reads by name (ids from the descriptors in src/core/metrics). */
export const METRIC = {
  component: 'component',
  core: 'core',
  community: 'community',
  degree: 'degree',
  strength: 'strength',
  constraint: 'constraint_weighted',
  harmonic: 'harmonic',
} as const satisfies Record<string, MetricId>;

/** The metrics a node card shows first, when the table has them. */
export const KEY_METRICS = [
  'degree',
  'strength',
  'degree_regional',
  'betweenness',
  'harmonic',
  'constraint_weighted',
  'effective_size',
  'core',
  'pagerank',
] as const satisfies readonly MetricId[];
