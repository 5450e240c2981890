import { useState } from 'preact/hooks';
import { positionSentence } from '../../i18n/position-sentence.ts';
import { useApp } from '../context.ts';
import { formatShare, formatValue } from '../format.ts';
import { countyName, kindName, positionName } from '../labels.ts';
import { KEY_METRICS } from '../metric-ids.ts';
import { metricDefinition, metricName } from '../metrics.ts';
import { POSITION_COLOURS } from '../appearance/palette.ts';
import { nodeMetric, type Project } from '../state/project.ts';
import { Suggestions } from './Suggestions.tsx';
import { TiesList } from './TiesList.tsx';
import { MunicipalityMapSection } from '../report/MunicipalityMapSection.tsx';
import { addTie } from './what-if.ts';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import { NodeChange } from '../change/NodeChange.tsx';

/** Everything about one node: who it is, its position and why, its metrics and ties. */
export function NodeCard({ node, project }: { node: string; project: Project }) {
  const { store, t, a, lang } = useApp();
  const attr = project.graph.getNodeAttributes(node);
  const position = project.positions.get(node);
  const rule = project.data.analysis?.rule;
  const baseline = store.baseline.value;
  const before = baseline?.positions.get(node);
  const edited = store.edits.value.length > 0;
  const metrics = KEY_METRICS.filter((id) => project.data.metrics.node[id] !== undefined);

  return (
    <article class="card" aria-labelledby="card-title" data-testid="node-card">
      <header class="card-header">
        <div>
          <h2 id="card-title">{attr.label}</h2>
          <p class="muted">
            {kindName(attr.kind, t)}
            {attr.county ? ` · ${countyName(attr.county, t)}` : ''}
          </p>
        </div>
        <button
          type="button"
          class="ghost icon"
          aria-label={t.close}
          onClick={() => (store.selected.value = null)}
        >
          ×
        </button>
      </header>

      {edited && baseline && <WhatIfResult node={node} project={project} baseline={baseline} />}
      <NodeChange node={node} />

      <section class="card-section" aria-labelledby="card-position">
        <h3 id="card-position">{t.positionHeading}</h3>
        {position ? (
          <>
            <p class="position-badge" data-testid="card-position">
              <span
                class={position.position === 'ensam' ? 'swatch ring' : 'swatch'}
                style={{ background: POSITION_COLOURS[position.position] }}
                aria-hidden="true"
              />
              <strong>{positionName(position.position, a)}</strong>
              {position.uncertain && <span class="tag">{t.uncertain}</span>}
            </p>
            {edited && before && before.position !== position.position && (
              <p class="changed" data-testid="position-changed">
                {t.positionChanged(
                  positionName(before.position, a),
                  positionName(position.position, a),
                )}
              </p>
            )}
            <p class="reasons" data-testid="card-reasons">
              {positionSentence(position, lang)}
            </p>
            {position.stabilityRuns > 0 && (
              <p class="muted small" data-testid="card-stability">
                {t.stability(
                  formatShare(position.stability, lang),
                  position.stabilityRuns,
                  formatShare(rule?.dropShare ?? 0, lang),
                )}
                {rule && position.stabilityRuns < rule.stabilityRuns
                  ? ' ' +
                    t.stabilityStopped(
                      rule.stabilityRuns,
                      formatShare(rule.uncertainBelow, lang),
                      !position.uncertain,
                    )
                  : ''}
              </p>
            )}
            <p class="muted small">
              {t.comparisonGroup(
                position.group.kind === 'county'
                  ? countyName(position.group.county, t)
                  : t.allMunicipalities,
              )}
            </p>
          </>
        ) : (
          <p class="muted">{project.data.pending ? t.pendingAnalysis : t.notClassified}</p>
        )}
      </section>

      <section class="card-section" aria-labelledby="card-metrics">
        <h3 id="card-metrics">{t.keyMetrics}</h3>
        <dl class="metrics" data-testid="card-metrics">
          {metrics.map((id) => {
            const now = nodeMetric(project, id, node);
            const was = edited && baseline ? nodeMetric(baseline, id, node) : now;
            const changed = !Object.is(now, was) && Math.abs(now - was) > 1e-12;
            return (
              <div key={id} class={changed ? 'metric changed' : 'metric'}>
                <dt title={metricDefinition(project, id, lang)} tabIndex={0}>
                  {metricName(project, id, lang)}
                </dt>
                <dd>
                  {changed && <span class="was">{formatValue(was, lang)} → </span>}
                  {formatValue(now, lang)}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <TiesList node={node} project={project} />
      {attr.kind === 'municipality' && <Suggestions node={node} />}
      {attr.kind === 'municipality' && <MunicipalityMapSection node={node} project={project} />}
      <AddTie node={node} project={project} />
    </article>
  );
}

function AddTie({ node, project }: { node: string; project: Project }) {
  const { store, actions, t } = useApp();
  const [partner, setPartner] = useState('');
  const collator = new Intl.Collator('sv');
  const candidates = project.graph
    .filterNodes((other) => other !== node && !project.graph.areNeighbors(node, other))
    .map((id) => ({
      id,
      label: project.graph.getNodeAttribute(id, 'label'),
      kind: project.graph.getNodeAttribute(id, 'kind'),
    }))
    .sort(
      (a, b) =>
        Number(a.kind === 'municipality') - Number(b.kind === 'municipality') ||
        collator.compare(a.label, b.label),
    );

  return (
    <section class="card-section" aria-labelledby="card-whatif">
      <h3 id="card-whatif">{t.whatIf}</h3>
      <p class="muted small">{t.whatIfHint}</p>
      <div class="row">
        <label class="grow">
          <span class="sr-only">{t.addTieTo}</span>
          <select
            value={partner}
            onChange={(e) => setPartner(e.currentTarget.value)}
            data-testid="add-tie-partner"
          >
            <option value="">{t.choosePartner}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="secondary"
          disabled={!partner}
          data-testid="add-tie"
          onClick={(e) => {
            addTie(
              store,
              actions,
              { op: 'add', source: node, target: partner, strength: 1 },
              e.currentTarget,
            );
            setPartner('');
          }}
        >
          {t.addTie}
        </button>
      </div>
    </section>
  );
}

/** The what-if's effect on this node, first on the card: its position and the measures that moved. */
function WhatIfResult({
  node,
  project,
  baseline,
}: {
  node: string;
  project: Project;
  baseline: Project;
}) {
  const { store, a, lang } = useApp();
  const p = PRESENTING_TEXT[lang];
  const last = store.edits.value.at(-1);
  const name = (id: string) =>
    project.graph.hasNode(id) ? project.graph.getNodeAttribute(id, 'label') : id;
  const before = baseline.positions.get(node);
  const after = project.positions.get(node);
  const moved = KEY_METRICS.filter((id) => {
    const now = nodeMetric(project, id, node);
    const was = nodeMetric(baseline, id, node);
    return Number.isFinite(now) && Number.isFinite(was) && Math.abs(now - was) > 1e-12;
  });
  return (
    <section
      class="card-section what-if-result"
      aria-label={p.beforeAfter}
      data-testid="what-if-result"
    >
      <h3>{p.beforeAfter}</h3>
      {last && (
        <p data-testid="what-if-tie">
          {p.lastTie(name(last.source), name(last.target), last.op === 'add')}
        </p>
      )}
      {before && after && (
        <p data-testid="what-if-position">
          <strong>{positionName(before.position, a)}</strong> →{' '}
          <strong>{positionName(after.position, a)}</strong>
        </p>
      )}
      {moved.length > 0 && (
        <ul class="what-if-metrics">
          {moved.map((id) => (
            <li key={id}>
              {metricName(project, id, lang)}: {formatValue(nodeMetric(baseline, id, node), lang)} →{' '}
              {formatValue(nodeMetric(project, id, node), lang)}
            </li>
          ))}
        </ul>
      )}
      <p class="muted small">{p.undoHint}</p>
    </section>
  );
}
