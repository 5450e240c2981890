import { COLUMNS_TEXT } from '../../../i18n/columns.ts';
import { formatNumber } from '../../../i18n/lang.ts';
import { useApp } from '../../context.ts';
import './mapping.css';

/** Opens the mapping dialog for the network on screen, with the roles its load used. */
export function ChangeColumnsButton() {
  const { store, lang } = useApp();
  const project = store.project.value;
  const columns = project?.data.columns;
  if (!project || !columns || store.job.value) return null;
  return (
    <button
      type="button"
      class="ghost small"
      data-testid="change-columns"
      onClick={() =>
        (store.columnsQuestion.value = {
          columns,
          files: 'loaded',
          fileName: project.files.join(', '),
        })
      }
    >
      {COLUMNS_TEXT[lang].changeColumns}
    </button>
  );
}

/** Says which metrics a large network was computed without, by name in the UI language. */
export function SkippedMetricsNotice() {
  const { store, lang } = useApp();
  const skipped = store.project.value?.data.skippedMetrics ?? [];
  if (!skipped.length) return null;
  const names = skipped.map((metric) => metric.names[lang]).join(', ');
  return (
    <p class="notice small" role="note" data-testid="skipped-metrics">
      {COLUMNS_TEXT[lang].skippedMetrics(names)}
    </p>
  );
}

/**
 * Says which metrics of a large network are estimates, from how many sources and within what
 * error, and whether a narrower estimate is on its way.
 */
export function SampledMetricsNotice() {
  const { store, lang } = useApp();
  const project = store.project.value;
  const sampled = project?.data.metrics.sampled;
  if (!project || !sampled) return null;
  const names = sampled.ids.map((id) => project.descriptors.get(id)?.names[lang] ?? id).join(', ');
  const exact = sampled.epsilon === 0 || sampled.sources >= sampled.nodes;
  return (
    <p class="notice small" role="note" data-testid="sampled-metrics">
      {exact
        ? COLUMNS_TEXT[lang].sampledExact(names, formatNumber(sampled.nodes, lang, 0))
        : COLUMNS_TEXT[lang].sampledMetrics({
            names,
            sources: formatNumber(sampled.sources, lang, 0),
            nodes: formatNumber(sampled.nodes, lang, 0),
            confidence: formatNumber(sampled.confidence * 100, lang, 0),
            epsilon: formatNumber(sampled.epsilon, lang, 4),
            refining: !!project.data.refining,
          })}
    </p>
  );
}
