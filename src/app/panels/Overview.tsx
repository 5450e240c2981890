import { POSITIONS } from '../../core/analysis/types.ts';
import { ruleText } from '../../i18n/rule-words.ts';
import { scopePositions } from '../../core/scope/in-scope.ts';
import { membersOf } from '../scope/scope-members.ts';
import { POSITION_COLOURS } from '../appearance/palette.ts';
import { useApp } from '../context.ts';
import { formatCount } from '../format.ts';
import { positionName } from '../labels.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { WeakLinks } from './WeakLinks.tsx';
import { SampledMetricsNotice } from '../open/mapping/LoadNotes.tsx';

/** What the side panel shows with nothing selected: positions, weak links, the import report. */
export function Overview() {
  const { store, t, a, lang } = useApp();
  const project = store.project.value;
  if (!project) return null;
  const analysis = project.data.analysis;
  const members = membersOf(project, store.scope.value);
  const shown =
    analysis && members ? scopePositions(analysis, members).positions : analysis?.positions;
  const counts = new Map<string, number>();
  for (const p of shown ?? []) counts.set(p.position, (counts.get(p.position) ?? 0) + 1);
  const filters = store.filters.value;

  return (
    <div class="overview">
      <section class="card-section" aria-labelledby="positions-title">
        <h2 id="positions-title">{t.positionsSummary}</h2>
        <ul class="position-summary" data-testid="position-summary">
          {POSITIONS.map((p) => (
            <li key={p}>
              <button
                type="button"
                class="summary-row"
                aria-pressed={filters.positions?.has(p) ?? false}
                onClick={() =>
                  (store.filters.value = {
                    ...filters,
                    positions: filters.positions?.has(p) ? null : new Set([p]),
                  })
                }
              >
                <span
                  class={p === 'ensam' ? 'swatch ring' : 'swatch'}
                  style={{ background: POSITION_COLOURS[p] }}
                  aria-hidden="true"
                />
                <span class="grow">{positionName(p, a)}</span>
                <strong data-testid={`count-${p}`}>
                  {project.data.pending ? '…' : formatCount(counts.get(p) ?? 0, lang)}
                </strong>
              </button>
            </li>
          ))}
        </ul>
        {analysis && (
          <details class="rule">
            <summary>{t.ruleHeading}</summary>
            <p class="small">{ruleText(analysis.descriptor, lang)}</p>
          </details>
        )}
      </section>
      <SampledMetricsNotice />
      <WeakLinks />
      <ImportReportView />
    </div>
  );
}
