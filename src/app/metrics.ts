import type { MetricId } from '../core/metrics/metric-id.ts';
import type { MetricDescriptor } from '../core/metrics/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { metricNotesOf } from '../i18n/metric-notes.ts';
import type { Project } from './state/project.ts';

export function descriptorOf(project: Project, id: string): MetricDescriptor | undefined {
  return project.descriptors.get(id);
}

export function metricName(project: Project, id: string, lang: Lang): string {
  return project.descriptors.get(id)?.names[lang] ?? id;
}

/** The descriptor's definition, followed by how it was computed on this network when that departs from it. */
export function metricDefinition(project: Project, id: string, lang: Lang): string | undefined {
  const descriptor = project.descriptors.get(id);
  if (!descriptor) return undefined;
  const notes = metricNotesOf(project.data.metrics, id, descriptor.names[lang], lang);
  return [descriptor.definition[lang], ...notes].join('\n\n');
}

/** Node metrics present in the project's metric table, in descriptor order. */
export function nodeMetricIds(project: Project): MetricId[] {
  const { computed, node } = project.data.metrics;
  return computed.filter(
    (id) => node[id] !== undefined && project.descriptors.get(id)?.scope === 'node',
  );
}
