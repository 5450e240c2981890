import { isMetricId } from '../../core/metrics/metric-id.ts';
import { useApp } from '../context.ts';
import { METRIC } from '../metric-ids.ts';
import { metricName, nodeMetricIds } from '../metrics.ts';
import type { ColourBy } from '../state/store.ts';

const FIXED = ['position', 'kind', 'county', 'community'] as const;

export function AppearanceControls() {
  const { store, t, lang } = useApp();
  const project = store.project.value;
  if (!project) return null;
  const metrics = nodeMetricIds(project);
  const colourBy = store.colourBy.value;
  const colourValue = colourBy.by === 'metric' ? `metric:${colourBy.metric}` : colourBy.by;
  const hasCommunity = project.data.metrics.node[METRIC.community] !== undefined;

  return (
    <section class="panel-section" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t.appearance}</h2>
      <label class="field">
        <span>{t.colourBy}</span>
        <select
          value={colourValue}
          data-testid="colour-by"
          onChange={(event) => {
            const value = event.currentTarget.value;
            const metric = value.startsWith('metric:') ? value.slice(7) : null;
            if (metric !== null && isMetricId(metric))
              store.colourBy.value = { by: 'metric', metric };
            else store.colourBy.value = { by: value } as ColourBy;
          }}
        >
          {FIXED.filter((by) => by !== 'community' || hasCommunity).map((by) => (
            <option key={by} value={by}>
              {t.colourOptions[by]}
            </option>
          ))}
          <optgroup label={t.metric}>
            {metrics.map((id) => (
              <option key={id} value={`metric:${id}`}>
                {metricName(project, id, lang)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label class="field">
        <span>{t.sizeBy}</span>
        <select
          value={store.sizeBy.value ?? ''}
          data-testid="size-by"
          onChange={(event) => {
            const value = event.currentTarget.value;
            store.sizeBy.value = isMetricId(value) ? value : null;
          }}
        >
          <option value="">{t.sizeNone}</option>
          {metrics.map((id) => (
            <option key={id} value={id}>
              {metricName(project, id, lang)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
