import { useState } from 'preact/hooks';
import { POSITION_COLOURS, RING_COLOUR } from '../appearance/palette.ts';
import { useApp } from '../context.ts';
import { formatValue } from '../format.ts';
import { countyName, positionName } from '../labels.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import { membersOf } from '../scope/scope-members.ts';
import { GoalQuadrant } from './GoalQuadrant.tsx';

const W = 640;
const H = 420;
const PAD = { left: 64, right: 24, top: 20, bottom: 56 };

/** The rule's two main measures as axes, with the rule's thresholds for one comparison group. */
export function QuadrantView() {
  const { store, t, a, lang } = useApp();
  const project = store.project.value;
  const analysis = project?.data.analysis;
  const [groupKey, setGroupKey] = useState('');
  if (!project || !analysis) return null;

  const groups = analysis.groups;
  const keyOf = (g: (typeof groups)[number]) =>
    g.kind === 'county' ? `county:${g.county}` : 'all';
  // A county scope shows its own municipalities, against their county's thresholds unless
  // another comparison group is chosen.
  const members = membersOf(project, store.scope.value);
  const chosen = groupKey || (members ? `county:${store.scope.value}` : '');
  const group = groups.find((g) => keyOf(g) === chosen) ?? groups[0];
  const points = analysis.positions.filter(
    (p) => (!group || keyOf(p.group) === keyOf(group)) && (!members || members.inside.has(p.node)),
  );
  const xs = points.map((p) => p.measures.regionalActors);
  const ys = points.map((p) => p.measures.constraint).filter(Number.isFinite);
  const xMax = Math.max(analysis.rule.minRegionalActors + 1, ...xs);
  const yMax = Math.max(0.1, ...ys, group?.constraintUpperQuartile ?? 0) * 1.05;
  const sx = (x: number) => PAD.left + (x / (xMax + 0.5)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (y / yMax) * (H - PAD.top - PAD.bottom);
  const threshold = sx(analysis.rule.minRegionalActors - 0.5);

  return (
    <div class="quadrant-view">
      <div class="quadrant-controls">
        <label class="field inline">
          <span>{t.quadrantGroup}</span>
          <select
            value={group ? keyOf(group) : ''}
            onChange={(e) => setGroupKey(e.currentTarget.value)}
            data-testid="quadrant-group"
          >
            {groups.map((g) => (
              <option key={keyOf(g)} value={keyOf(g)}>
                {g.kind === 'county' ? countyName(g.county, t) : t.allMunicipalities}
              </option>
            ))}
          </select>
        </label>
        <p class="muted small">{t.quadrantHint}</p>
        {members && (
          <p class="muted small" data-testid="quadrant-scope-note">
            {SCOPE_TEXT[lang].quadrantNote(countyName(store.scope.value!, t))}
          </p>
        )}
      </div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="quadrant"
        role="img"
        aria-label={t.quadrant}
        data-testid="quadrant"
      >
        <line
          x1={PAD.left}
          y1={H - PAD.bottom}
          x2={W - PAD.right}
          y2={H - PAD.bottom}
          class="axis"
        />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} class="axis" />
        {Array.from({ length: Math.floor(xMax) + 1 }, (_, x) => (
          <text key={x} x={sx(x)} y={H - PAD.bottom + 16} class="tick" text-anchor="middle">
            {x}
          </text>
        ))}
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <text key={f} x={PAD.left - 8} y={sy(f * yMax) + 4} class="tick" text-anchor="end">
            {formatValue(f * yMax, lang, 2)}
          </text>
        ))}
        <line x1={threshold} y1={PAD.top} x2={threshold} y2={H - PAD.bottom} class="threshold" />
        {group && (
          <>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={sy(group.constraintMedian)}
              y2={sy(group.constraintMedian)}
              class="threshold"
            />
            <text
              x={W - PAD.right}
              y={sy(group.constraintMedian) - 4}
              class="tick"
              text-anchor="end"
            >
              {t.median}
            </text>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={sy(group.constraintUpperQuartile)}
              y2={sy(group.constraintUpperQuartile)}
              class="threshold dotted"
            />
            <text
              x={W - PAD.right}
              y={sy(group.constraintUpperQuartile) - 4}
              class="tick"
              text-anchor="end"
            >
              {t.upperQuartile}
            </text>
          </>
        )}
        {points.map((p, i) => {
          const y = Number.isFinite(p.measures.constraint) ? p.measures.constraint : yMax;
          const spread = ((i * 7) % 11) / 11 - 0.5;
          return (
            <circle
              key={p.node}
              cx={sx(p.measures.regionalActors + spread * 0.3)}
              cy={sy(y)}
              r={6}
              fill={POSITION_COLOURS[p.position]}
              stroke={p.position === 'ensam' ? RING_COLOUR : '#fff'}
              stroke-width={p.position === 'ensam' ? 2.5 : 1}
              class="point"
              tabIndex={0}
              onClick={() => (store.selected.value = p.node)}
            >
              <title>{`${p.label}: ${positionName(p.position, a)}`}</title>
            </circle>
          );
        })}
        <text x={(W + PAD.left) / 2} y={H - 12} class="axis-label" text-anchor="middle">
          {t.quadrantX}
        </text>
        <text
          x={16}
          y={(H - PAD.bottom + PAD.top) / 2}
          class="axis-label"
          text-anchor="middle"
          transform={`rotate(-90 16 ${(H - PAD.bottom + PAD.top) / 2})`}
        >
          {t.quadrantY}
        </text>
      </svg>
      <GoalQuadrant />
    </div>
  );
}
