import { DESCRIPTORS } from '../metrics/index.ts';
import type { MetricId } from '../metrics/metric-id.ts';
import type { MetricTable, MetricValueType } from '../metrics/types.ts';

/** The metric columns present in the table for one scope, in descriptor order (as every listing). */
export function metricColumns(
  metrics: MetricTable | null | undefined,
  scope: 'node' | 'edge' | 'graph',
): MetricId[] {
  if (!metrics) return [];
  const present = metrics[scope];
  return DESCRIPTORS.filter((d) => d.scope === scope && d.id in present).map((d) => d.id);
}

/** The descriptor's value type of a metric column. */
export function metricType(id: MetricId): MetricValueType {
  return DESCRIPTORS.find((d) => d.id === id)!.type;
}
