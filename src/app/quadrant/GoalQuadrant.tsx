import { useMemo, useState } from 'preact/hooks';
import { placeInQuadrants } from '../../core/analysis/quadrant.ts';
import type { GoalAxis, QuadrantId, QuadrantPlacement } from '../../core/analysis/types.ts';
import { useApp } from '../context.ts';
import { formatValue } from '../format.ts';
import type { Project } from '../state/project.ts';

const CELLS: { id: QuadrantId; row: 'networked' | 'alone'; goal: 'coherent' | 'not_coherent' }[] = [
  { id: 'networked_not_coherent', row: 'networked', goal: 'not_coherent' },
  { id: 'networked_coherent', row: 'networked', goal: 'coherent' },
  { id: 'alone_not_coherent', row: 'alone', goal: 'not_coherent' },
  { id: 'alone_coherent', row: 'alone', goal: 'coherent' },
];

/** Målbild × network position: only the network axis is measured, and the view says so. */
export function GoalQuadrant() {
  const { store, t, a, lang } = useApp();
  const project = store.project.value;
  const attributes = useMemo(() => (project ? goalAttributes(project) : []), [project]);
  const [chosen, setChosen] = useState('');
  const [coherentFrom, setCoherentFrom] = useState('');
  if (!project?.data.analysis || attributes.length === 0) return null;

  const attribute = attributes.find((x) => x.name === chosen);
  let axis: GoalAxis | null = null;
  if (attribute?.type === 'numeric') axis = { attribute: attribute.name, type: 'numeric' };
  else if (attribute)
    axis = {
      attribute: attribute.name,
      type: 'categories',
      order: attribute.values,
      coherentFrom: coherentFrom || attribute.values[Math.floor(attribute.values.length / 2)]!,
    };
  const result = axis ? placeInQuadrants(project.graph, project.data.analysis, axis) : null;
  const inCell = (id: QuadrantId) => result?.placements.filter((p) => p.quadrant === id) ?? [];
  const middle =
    result?.placements.filter((p) => p.position === 'mellanlage' && p.goal !== 'unknown') ?? [];

  return (
    <section class="goal-quadrant" aria-labelledby="goal-title">
      <h2 id="goal-title">{t.malbild}</h2>
      <p class="muted small">{t.malbildHint}</p>
      <div class="row">
        <label class="field inline">
          <span class="sr-only">{t.malbild}</span>
          <select
            value={chosen}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data-testid="goal-attribute"
          >
            <option value="">{t.malbildNone}</option>
            {attributes.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        {attribute?.type === 'categories' && axis?.type === 'categories' && (
          <label class="field inline">
            <span>{a.goalNames.coherent} ≥</span>
            <select
              value={axis.coherentFrom}
              onChange={(e) => setCoherentFrom(e.currentTarget.value)}
            >
              {attribute.values.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        )}
        {result?.threshold !== undefined && (
          <span class="muted small">
            {t.threshold(`${a.goalNames.coherent} ≥ ${formatValue(result.threshold, lang)}`)}
          </span>
        )}
      </div>
      {result && (
        <>
          <div class="two-by-two" data-testid="goal-quadrant">
            <span class="axis-y">{t.networkAxis}</span>
            <span class="axis-x low">{a.goalNames.notCoherent}</span>
            <span class="axis-x high">{a.goalNames.coherent}</span>
            {CELLS.map((cell) => (
              <Cell
                key={cell.id}
                name={a.quadrantNames[cell.id]}
                places={inCell(cell.id)}
                area={cell.id}
              />
            ))}
            {middle.length > 0 && (
              <div class="middle-band">
                <strong>{a.positionNames.mellanlage}</strong>:{' '}
                {middle.map((p) => p.label).join(', ')}
              </div>
            )}
          </div>
          <p class="muted small">{a.quadrantNote(result.axis.attribute)}</p>
        </>
      )}
    </section>
  );
}

function Cell({
  name,
  places,
  area,
}: {
  name: string;
  places: QuadrantPlacement[];
  area: QuadrantId;
}) {
  return (
    <div class={`cell ${area}`}>
      <h3>
        {name} <span class="muted">({places.length})</span>
      </h3>
      <p class="small">{places.map((p) => p.label).join(', ')}</p>
    </div>
  );
}

interface GoalAttribute {
  name: string;
  type: 'numeric' | 'categories';
  /** Category values in Swedish order (categories only). */
  values: string[];
}

/** Municipality attributes that could be a målbild: numbers, or a few categories. */
function goalAttributes(project: Project): GoalAttribute[] {
  const seen = new Map<string, { numbers: number; texts: Set<string> }>();
  for (const p of project.data.analysis?.positions ?? []) {
    for (const [name, value] of Object.entries(
      project.graph.getNodeAttribute(p.node, 'attributes'),
    )) {
      const entry = seen.get(name) ?? { numbers: 0, texts: new Set<string>() };
      if (typeof value === 'number') entry.numbers++;
      else entry.texts.add(value);
      seen.set(name, entry);
    }
  }
  const collator = new Intl.Collator('sv', { numeric: true });
  return [...seen.entries()].flatMap(([name, { numbers, texts }]): GoalAttribute[] => {
    if (numbers > 0 && texts.size === 0) return [{ name, type: 'numeric', values: [] }];
    if (texts.size >= 2 && texts.size <= 7)
      return [{ name, type: 'categories', values: [...texts].sort(collator.compare) }];
    return [];
  });
}
