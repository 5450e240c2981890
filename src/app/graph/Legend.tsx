import type { Legend as LegendData, LegendEntry } from '../appearance/appearance.ts';
import { useApp } from '../context.ts';
import { formatCount, formatValue } from '../format.ts';
import { countyName, kindName, positionName } from '../labels.ts';
import type { AnalysisStrings } from '../../i18n/analysis.ts';
import type { Position } from '../../core/analysis/types.ts';
import { metricName } from '../metrics.ts';
import type { AppText } from '../../i18n/app.ts';
import type { ColourBy } from '../state/store.ts';
import { useSignal } from '@preact/signals';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';

/** `partners`: how many faded partners outside a chosen county are drawn besides its actors. */
export function Legend({
  legend,
  partners = null,
}: {
  legend: LegendData;
  partners?: number | null;
}) {
  const { store, t, a, lang } = useApp();
  const colourBy = store.colourBy.value;
  const open = useSignal(true);
  const p = PRESENTING_TEXT[lang];
  // Folded away, the legend is one small button in the corner and leaves the graph free.
  if (!open.value)
    return (
      <button
        type="button"
        class="legend-toggle secondary"
        onClick={() => (open.value = true)}
        data-testid="legend-show"
      >
        {p.showLegend}
      </button>
    );
  return (
    <section class="legend" aria-label={t.legend} data-testid="legend">
      <button
        type="button"
        class="legend-close ghost"
        aria-label={p.hideLegend}
        title={p.hideLegend}
        onClick={() => (open.value = false)}
        data-testid="legend-hide"
      >
        ×
      </button>
      <h3>
        {colourBy.by === 'metric'
          ? metricName(store.project.value!, colourBy.metric, lang)
          : t.colourOptions[colourBy.by]}
      </h3>
      {legend.kind === 'scale' ? (
        <div class="scale">
          <span>{formatValue(legend.min, lang)}</span>
          <span class="scale-bar" aria-hidden="true" />
          <span>{formatValue(legend.max, lang)}</span>
        </div>
      ) : (
        <ul>
          {legend.entries.map((entry) => (
            <li key={entry.key}>
              <span
                class={entry.ring ? 'swatch ring' : 'swatch'}
                style={{ background: entry.colour }}
                aria-hidden="true"
              />
              <span class="legend-label">{entryLabel(entry, colourBy, t, a)}</span>
              <span class="legend-count">{formatCount(entry.count, lang)}</span>
            </li>
          ))}
        </ul>
      )}
      {partners !== null && (
        <p class="small muted" data-testid="legend-partners">
          {SCOPE_TEXT[lang].legendPartners(formatCount(partners, lang))}
        </p>
      )}
    </section>
  );
}

export function entryLabel(
  entry: LegendEntry,
  colourBy: ColourBy,
  t: AppText,
  a: AnalysisStrings,
): string {
  if (entry.key === '\u0000other') return t.legendOther;
  switch (colourBy.by) {
    case 'position':
      return entry.key === 'none' ? t.noPosition : positionName(entry.key as Position, a);
    case 'kind':
      return kindName(entry.key, t);
    case 'county':
      return countyName(entry.key, t);
    case 'community':
      return entry.key === '' ? t.legendMissing : t.community(String(Number(entry.key) + 1));
    default:
      return entry.key;
  }
}
