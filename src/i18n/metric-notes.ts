import type { MetricNote, MetricTable } from '../core/metrics/types.ts';
import type { Lang } from './lang.ts';
import { formatNumber } from './lang.ts';

const TEXT: Record<Lang, (name: string, iterations: string) => string> = {
  sv: (name, iterations) =>
    `${name}: konvergerade först efter ${iterations} iterationer; NetworkX ger upp efter 100 (PowerIterationFailedConvergence) och ger inga värden.`,
  en: (name, iterations) =>
    `${name}: converged only after ${iterations} iterations; NetworkX gives up after 100 (PowerIterationFailedConvergence) and gives no values.`,
};

/** A note on how a metric was computed, as one sentence; `name` is the metric's shown name. */
export function metricNoteText(note: MetricNote, name: string, lang: Lang): string {
  return TEXT[lang](name, formatNumber(note.iterations, lang, 0));
}

/** The table's notes on one metric, as sentences. */
export function metricNotesOf(
  metrics: MetricTable,
  id: string,
  name: string,
  lang: Lang,
): string[] {
  return (metrics.notes ?? [])
    .filter((n) => n.metric === id)
    .map((n) => metricNoteText(n, name, lang));
}
