import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { InputError } from '../../core/errors.ts';
import { CHANGE_TEXT } from '../../i18n/change.ts';
import { formatInputError } from '../../i18n/io.ts';
import { useApp } from '../context.ts';
import { formatCount } from '../format.ts';
import { useParts } from '../parts-context.ts';
import { TIE_STATUSES, TIE_STYLE, tieCounts } from './change-look.ts';
import { dataYears } from './data-years.ts';
import { nextStep, stepYear } from './year-step.ts';
import './change.css';

/**
 * Over the graph while a change is drawn: which tie style is which, and a stepper through the
 * years (each compared with the first) whose arrow keys work while presenting.
 */
export function ChangeLegend() {
  const { store, actions, lang } = useApp();
  const { story } = useParts();
  const c = CHANGE_TEXT[lang];
  const g = c.graph;
  const shown = store.change.value!;
  const { result, baseline } = shown;
  // Every tie's records are read for the years: once per network, not on every step.
  const years = useMemo(() => dataYears(baseline), [baseline]);
  const first = years[0]!;
  const year = stepYear(result, first);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const presenting = story.presenting.value;

  const step = (by: 1 | -1) => {
    const target = nextStep(years, year, by);
    if (target === null || busy) return;
    setBusy(true);
    setError(null);
    actions
      .change({
        from: { from: first, to: first },
        to: { from: target, to: target },
        thresholds: result.thresholds,
        undated: result.undated ?? 'none',
      })
      .then(
        (next) => {
          // A network opened meanwhile has its own change, or none.
          if (store.baseline.peek() === baseline) store.change.value = { result: next, baseline };
        },
        (err: unknown) =>
          setError(err instanceof InputError ? formatInputError(err, lang) : String(err)),
      )
      .finally(() => setBusy(false));
  };

  // In the capture phase, ahead of the presenter's own keys: left and right are the years here.
  useLayoutEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      step(event.key === 'ArrowRight' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  });

  const counts = tieCounts(result);
  return (
    <section class="change-legend" aria-label={c.graph.card} data-testid="change-legend">
      <h3 data-testid="change-legend-heading">
        {g.legend(c.period(result.from), c.period(result.to))}
      </h3>
      <ul>
        {TIE_STATUSES.map((status) => (
          <li key={status}>
            <span
              class={`tie-swatch ${status}`}
              style={{
                borderTopColor: TIE_STYLE[status].colour,
                borderTopWidth: `${Math.max(1, Math.round(2.5 * TIE_STYLE[status].scale))}px`,
              }}
              aria-hidden="true"
            />
            <span>{g.styles[status]}</span>
            <span class="legend-count">{formatCount(counts.get(status)!, lang)}</span>
          </li>
        ))}
      </ul>
      {store.colourBy.value.by === 'position' && <p class="muted small">{g.nodesAfter}</p>}
      <div class="change-stepper" role="group" aria-label={g.stepper}>
        <button
          type="button"
          class="secondary small"
          aria-label={g.previousYear}
          title={g.previousYear}
          disabled={busy || nextStep(years, year, -1) === null}
          onClick={() => step(-1)}
          data-testid="year-previous"
        >
          ←
        </button>
        <output data-testid="year-step" aria-live="polite">
          {busy
            ? c.view.computing
            : year === null
              ? g.stepper
              : g.step(String(year), String(first))}
        </output>
        <button
          type="button"
          class="secondary small"
          aria-label={g.nextYear}
          title={g.nextYear}
          disabled={busy || nextStep(years, year, 1) === null}
          onClick={() => step(1)}
          data-testid="year-next"
        >
          →
        </button>
      </div>
      {presenting && <p class="small">{g.presenterKeys}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!presenting && (
        <button
          type="button"
          class="ghost small"
          onClick={() => (store.change.value = null)}
          data-testid="change-hide"
        >
          {g.hide}
        </button>
      )}
    </section>
  );
}
