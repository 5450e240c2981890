import { DESCRIPTORS } from '../core/metrics/index.ts';
import type { MetricDescriptor } from '../core/metrics/types.ts';
import type { Lang } from '../i18n/lang.ts';

const BY_ID = new Map<string, MetricDescriptor>();

export function descriptorOf(id: string): MetricDescriptor | undefined {
  if (BY_ID.size === 0) for (const d of DESCRIPTORS) BY_ID.set(d.id, d);
  return BY_ID.get(id);
}

export function metricName(id: string, lang: Lang): string {
  return descriptorOf(id)?.names[lang] ?? id;
}

export function metricDefinition(id: string, lang: Lang): string | undefined {
  return descriptorOf(id)?.definition[lang];
}

/** Node metrics present in a metric table, in descriptor order. */
export function nodeMetricIds(
  computed: readonly string[],
  node: Record<string, Float64Array>,
): string[] {
  return computed.filter((id) => node[id] !== undefined && descriptorOf(id)?.scope === 'node');
}
