import { useEffect, useState } from 'preact/hooks';
import { POSITIONS } from '../../core/analysis/types.ts';
import type { ChangeResult, ThresholdMode, UndatedChoice } from '../../core/change/types.ts';
import { InputError } from '../../core/errors.ts';
import { CHANGE_TEXT } from '../../i18n/change.ts';
import { formatInputError } from '../../i18n/io.ts';
import { useApp } from '../context.ts';
import { countyName, positionName } from '../labels.ts';
import { Alluvial } from './Alluvial.tsx';
import { FilePicker } from '../open/FilePicker.tsx';
import type { Project } from '../state/project.ts';
import { dataYears } from './data-years.ts';

type Outcome = { result: ChangeResult } | { error: string } | 'computing';

/** Two periods of the network on screen side by side: transitions, moves and the rule's criteria. */
export function ChangeView() {
  const { store, lang } = useApp();
  const v = CHANGE_TEXT[lang].view;
  const project = store.project.value;
  if (!project) return null;
  // A project file holds a network, not the dated records the periods are read from.
  if (project.data.saved) return <p class="change-view muted">{v.noFiles}</p>;
  const years = dataYears(project);
  // A new network starts again from its own first and last year.
  return <ChangePeriods key={project.files.join('|')} project={project} years={years} />;
}

function ChangePeriods({ project, years }: { project: Project; years: number[] }) {
  const { lang, a, t, actions, store } = useApp();
  const c = CHANGE_TEXT[lang];
  const v = c.view;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const byYears = years.length >= 2;
  const [span, setSpanOnly] = useState({ a0: first, a1: first, b0: last, b1: last });
  /** The second file compared with the network on screen; null: periods of the year column. */
  const [after, setAfter] = useState<File | null>(null);
  const setSpan = (next: typeof span) => {
    setAfter(null);
    setSpanOnly(next);
  };
  const [thresholds, setThresholds] = useState<ThresholdMode>('baseline');
  const [undated, setUndated] = useState<UndatedChoice>('none');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = after
    ? `file-${after.name}-${after.lastModified}-${thresholds}`
    : `${span.a0}-${span.a1}-${span.b0}-${span.b1}-${thresholds}-${undated}`;

  useEffect(() => {
    let current = true;
    if (!after && !byYears) {
      setOutcome(null);
      return;
    }
    setOutcome('computing');
    const choice = {
      from: { from: Math.min(span.a0, span.a1), to: Math.max(span.a0, span.a1) },
      to: { from: Math.min(span.b0, span.b1), to: Math.max(span.b0, span.b1) },
      thresholds,
      undated,
    };
    (after ? actions.changeFile(after, thresholds) : actions.change(choice)).then(
      (result) => {
        if (!current) return;
        setOutcome({ result });
        // The graph draws the periods chosen here, on the network the worker compared.
        const baseline = store.baseline.peek();
        if (baseline) store.change.value = { result, baseline };
      },
      (err: unknown) => {
        if (!current) return;
        setOutcome({
          error: err instanceof InputError ? formatInputError(err, lang) : String(err),
        });
      },
    );
    return () => {
      current = false;
    };
    // The key stands for every choice; a new load remounts this component.
  }, [key]);

  const yearSelect = (label: string, value: number, set: (y: number) => void, id: string) => (
    <label class="field inline">
      <span>{label}</span>
      <select
        value={String(value)}
        onChange={(e) => set(Number(e.currentTarget.value))}
        data-testid={id}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  const names = Object.fromEntries(POSITIONS.map((p) => [p, positionName(p, a)])) as Record<
    (typeof POSITIONS)[number],
    string
  >;
  const labelOf = (id: string) =>
    project.graph.hasNode(id) ? project.graph.getNodeAttribute(id, 'label') || id : id;
  const result =
    typeof outcome === 'object' && outcome && 'result' in outcome ? outcome.result : null;
  const moved = result
    ? [...result.municipalities].sort(
        (x, y) =>
          Number(x.move === 'same') - Number(y.move === 'same') ||
          x.label.localeCompare(y.label, lang),
      )
    : [];

  return (
    <div class="change-view" data-testid="change-view">
      <p class="muted small">{v.intro}</p>
      {!byYears && <p class="muted">{v.noYears}</p>}
      <div class="change-controls">
        {byYears && (
          <>
            <fieldset>
              <legend>{v.periodFrom}</legend>
              {yearSelect(v.yearsFrom, span.a0, (y) => setSpan({ ...span, a0: y }), 'change-a0')}
              {yearSelect(v.yearsTo, span.a1, (y) => setSpan({ ...span, a1: y }), 'change-a1')}
            </fieldset>
            <fieldset>
              <legend>{v.periodTo}</legend>
              {yearSelect(v.yearsFrom, span.b0, (y) => setSpan({ ...span, b0: y }), 'change-b0')}
              {yearSelect(v.yearsTo, span.b1, (y) => setSpan({ ...span, b1: y }), 'change-b1')}
            </fieldset>
          </>
        )}
        <FilePicker
          label={v.afterFile}
          accept=".csv,.tsv,.txt,.xlsx,.gexf,.graphml"
          testId="change-after-file"
          onFile={setAfter}
        />
        <label class="field inline">
          <span>{v.thresholdsLabel}</span>
          <select
            value={thresholds}
            onChange={(e) => setThresholds(e.currentTarget.value as ThresholdMode)}
          >
            {(['baseline', 'own'] as const).map((m) => (
              <option key={m} value={m}>
                {v.thresholdOptions[m]}
              </option>
            ))}
          </select>
        </label>
        <label class="field inline">
          <span>{v.undatedLabel}</span>
          <select
            value={undated}
            onChange={(e) => setUndated(e.currentTarget.value as UndatedChoice)}
          >
            {(['none', 'both'] as const).map((m) => (
              <option key={m} value={m}>
                {v.undatedOptions[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {outcome === 'computing' && <p class="muted">{v.computing}</p>}
      {typeof outcome === 'object' && outcome && 'error' in outcome && (
        <p class="error" role="alert" data-testid="change-error">
          {outcome.error}
        </p>
      )}
      {result && (
        <>
          <h3 data-testid="change-heading">
            {c.comparing(c.period(result.from), c.period(result.to))}
          </h3>
          <p class="muted small">
            {c.thresholds[result.thresholds]} {result.undated ? c.undated[result.undated] : ''}
          </p>
          <button
            type="button"
            class="secondary small change-show"
            onClick={() => (store.view.value = 'graph')}
            data-testid="change-show-graph"
          >
            {c.graph.showOnGraph}
          </button>
          <Alluvial
            transitions={result.transitions}
            names={names}
            label={v.alluvial}
            before={c.period(result.from)}
            after={c.period(result.to)}
          />
          <table class="change-transitions">
            <caption>{c.transitionsHeading}</caption>
            <thead>
              <tr>
                <th />
                {POSITIONS.map((p) => (
                  <th key={p} scope="col">
                    {names[p]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {POSITIONS.map((from) => (
                <tr key={from}>
                  <th scope="row">{names[from]}</th>
                  {POSITIONS.map((to) => (
                    <td key={to} data-testid={`transition-${from}-${to}`}>
                      {result.transitions.find((t) => t.from === from && t.to === to)!.count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="small">
            {v.tieCounts}:{' '}
            {(['added', 'removed', 'strengthened', 'weakened', 'unchanged'] as const)
              .map((s) => `${c.tieStatus[s]} ${result.ties.filter((t) => t.status === s).length}`)
              .join(', ')}
          </p>
          <table class="change-table" data-testid="change-table">
            <thead>
              <tr>
                <th>{v.municipality}</th>
                <th>{v.county}</th>
                <th>{v.before}</th>
                <th>{v.after}</th>
                <th>{v.move}</th>
                <th>{v.criteriaChanged}</th>
                <th>{v.regionalActorsDelta}</th>
                <th>{v.tieCounts}</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((m) => (
                <tr key={m.node} class={`move-${m.move}`}>
                  <td>{m.label}</td>
                  <td>{countyName(m.county, t)}</td>
                  <td>{names[m.from]}</td>
                  <td>{names[m.to]}</td>
                  <td>{c.moves[m.move]}</td>
                  <td>{m.criteriaChanged.map((code) => a.criterionNames[code]).join('; ')}</td>
                  <td>
                    {m.deltas.regionalActors > 0
                      ? `+${m.deltas.regionalActors}`
                      : m.deltas.regionalActors}
                  </td>
                  <td>
                    {[
                      ...m.partnersAdded.map((p) => `+${labelOf(p)}`),
                      ...m.partnersRemoved.map((p) => `−${labelOf(p)}`),
                    ].join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
