import { DESCRIPTORS } from '../metrics/index.ts';
import type { MetricTable, MetricValueType } from '../metrics/types.ts';

const TYPE_OF = new Map(DESCRIPTORS.map((d) => [d.id, d.type]));

/**
 * The metric columns present in the table for one scope: in descriptor order (the order of
 * every other listing), then any column without a descriptor in the table's own order.
 */
export function metricColumns(
  metrics: MetricTable | null | undefined,
  scope: 'node' | 'edge' | 'graph',
): string[] {
  if (!metrics) return [];
  const present = Object.keys(metrics[scope]);
  const described = DESCRIPTORS.filter((d) => d.scope === scope && present.includes(d.id)).map(
    (d) => d.id,
  );
  return [...described, ...present.filter((id) => !TYPE_OF.has(id))];
}

/** The descriptor's value type of a metric column; plain numbers when it has no descriptor. */
export function metricType(id: string): MetricValueType {
  return TYPE_OF.get(id) ?? 'number';
}
