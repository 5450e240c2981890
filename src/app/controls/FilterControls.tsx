import { useMemo } from 'preact/hooks';
import { POSITIONS } from '../../core/analysis/types.ts';
import { useApp } from '../context.ts';
import { useParts } from '../parts-context.ts';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import type { Store } from '../state/store.ts';
import { graphChoices } from '../filters/graph-choices.ts';
import { formatCount } from '../format.ts';
import { countyName, kindName, positionName } from '../labels.ts';
import { METRIC } from '../metric-ids.ts';
import { NO_FILTERS, type Filters } from '../filters/filters.ts';

const ALL = '';

export function FilterControls() {
  const { store, t, a, lang } = useApp();
  const { stage } = useParts();
  const project = store.project.value;
  const filters = store.filters.value;
  const options = useMemo(() => {
    if (!project) return null;
    const component = project.data.metrics.node[METRIC.component];
    const sizes = new Map<number, number>();
    component?.forEach((c) => sizes.set(c, (sizes.get(c) ?? 0) + 1));
    const core = project.data.metrics.node[METRIC.core];
    let maxCore = 0;
    core?.forEach((k) => (maxCore = Math.max(maxCore, k)));
    return {
      ...graphChoices(project.graph),
      components: [...sizes.entries()].sort((a, b) => b[1] - a[1]),
      maxCore,
    };
  }, [project]);
  if (!project || !options) return null;

  const apply = (next: Filters) => {
    store.filters.value = next;
    if (stage.followFilters.peek()) frameVisible(store);
  };
  const set = (patch: Partial<Filters>) => apply({ ...filters, ...patch });
  const one = (value: string) => (value === ALL ? null : new Set([value]));
  const first = (s: ReadonlySet<string> | null) => (s ? ([...s][0] ?? ALL) : ALL);

  return (
    <section class="panel-section" aria-labelledby="filters-title">
      <div class="row between">
        <h2 id="filters-title">{t.filters}</h2>
        {filters !== NO_FILTERS && (
          <button
            type="button"
            class="link small"
            onClick={() => apply(NO_FILTERS)}
            data-testid="clear-filters"
          >
            {t.clearFilters}
          </button>
        )}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={stage.followFilters.value}
          onChange={(e) => (stage.followFilters.value = e.currentTarget.checked)}
          data-testid="follow-filters"
        />
        {PRESENTING_TEXT[lang].fitToFilter}
      </label>
      <label class="field">
        <span>{t.kind}</span>
        <select
          value={first(filters.kinds)}
          onChange={(e) => set({ kinds: one(e.currentTarget.value) })}
          data-testid="filter-kind"
        >
          <option value={ALL}>{t.all}</option>
          {options.kinds.map((k) => (
            <option key={k} value={k}>
              {kindName(k, t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t.county}</span>
        <select
          value={first(filters.counties)}
          onChange={(e) => set({ counties: one(e.currentTarget.value) })}
          data-testid="filter-county"
        >
          <option value={ALL}>{t.all}</option>
          {options.counties.map((c) => (
            <option key={c} value={c}>
              {countyName(c, t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t.position}</span>
        <select
          value={first(filters.positions)}
          onChange={(e) => set({ positions: one(e.currentTarget.value) })}
          data-testid="filter-position"
        >
          <option value={ALL}>{t.all}</option>
          {POSITIONS.map((p) => (
            <option key={p} value={p}>
              {positionName(p, a)}
            </option>
          ))}
          <option value="none">{t.noPosition}</option>
        </select>
      </label>
      <label class="field">
        <span>
          {t.minStrength}: <output>{formatCount(filters.minStrength, lang)}</output>
        </span>
        <input
          type="range"
          min={0}
          max={Math.ceil(options.maxStrength)}
          step={1}
          value={filters.minStrength}
          data-testid="filter-strength"
          onInput={(e) => set({ minStrength: Number(e.currentTarget.value) })}
        />
      </label>
      {options.years && (
        <fieldset class="field years">
          <legend>{t.years}</legend>
          <label>
            <span class="sr-only">{t.yearFrom}</span>
            <input
              type="number"
              min={options.years[0]}
              max={options.years[1]}
              value={filters.years?.[0] ?? options.years[0]}
              aria-label={t.yearFrom}
              data-testid="filter-year-from"
              onChange={(e) =>
                set({
                  years: [Number(e.currentTarget.value), filters.years?.[1] ?? options.years![1]],
                })
              }
            />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span class="sr-only">{t.yearTo}</span>
            <input
              type="number"
              min={options.years[0]}
              max={options.years[1]}
              value={filters.years?.[1] ?? options.years[1]}
              aria-label={t.yearTo}
              data-testid="filter-year-to"
              onChange={(e) =>
                set({
                  years: [filters.years?.[0] ?? options.years![0], Number(e.currentTarget.value)],
                })
              }
            />
          </label>
        </fieldset>
      )}
      {options.components.length > 1 && (
        <label class="field">
          <span>{t.component}</span>
          <select
            value={filters.component === null ? ALL : String(filters.component)}
            onChange={(e) =>
              set({
                component: e.currentTarget.value === ALL ? null : Number(e.currentTarget.value),
              })
            }
            data-testid="filter-component"
          >
            <option value={ALL}>{t.all}</option>
            {options.components.map(([id, size]) => (
              <option key={id} value={String(id)}>
                {t.componentOption(String(id + 1), size)}
              </option>
            ))}
          </select>
        </label>
      )}
      {options.maxCore > 1 && (
        <label class="field">
          <span>
            {t.minCore}: <output>{formatCount(filters.minCore, lang)}</output>
          </span>
          <input
            type="range"
            min={0}
            max={options.maxCore}
            step={1}
            value={filters.minCore}
            data-testid="filter-core"
            onInput={(e) => set({ minCore: Number(e.currentTarget.value) })}
          />
        </label>
      )}
    </section>
  );
}

/** Asks the graph view to bring the nodes that passed the filters into view. */
function frameVisible(store: Store): void {
  const project = store.project.peek();
  const visibility = store.visibility.peek();
  if (!project || !visibility) return;
  const nodes = project.data.metrics.nodeIds.filter((_id, i) => visibility.nodes[i] === 1);
  if (nodes.length > 0) store.flyTo.value = { nodes, nonce: Date.now() };
}
