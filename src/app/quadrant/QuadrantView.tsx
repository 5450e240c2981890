import { useMemo, useState } from 'preact/hooks';
import { POSITION_COLOURS, RING_COLOUR } from '../appearance/palette.ts';
import { useApp } from '../context.ts';
import { formatValue } from '../format.ts';
import { countyName, positionName } from '../labels.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import { membersOf } from '../scope/scope-members.ts';
import { GoalQuadrant } from './GoalQuadrant.tsx';
import { placeQuadrantLabels, type LineName, type QuadrantDot } from './quadrant-labels.ts';

const W = 640;
const H = 420;
const PAD = { left: 64, right: 24, top: 20, bottom: 56 };
/** The tick values' font size (.quadrant .tick). */
const TICK_SIZE = 11;

/** The rule's two main measures as axes, with the rule's thresholds for one comparison group. */
export function QuadrantView() {
  const { store, t, a, lang } = useApp();
  const project = store.project.value;
  const analysis = project?.data.analysis;
  const [groupKey, setGroupKey] = useState('');
  const measure = useTextMeasure();
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
  const selected = store.selected.value;
  const dots = points.map((p, i): QuadrantDot & { position: typeof p } => {
    const y = Number.isFinite(p.measures.constraint) ? p.measures.constraint : yMax;
    const spread = ((i * 7) % 11) / 11 - 0.5;
    return {
      id: p.node,
      label: p.label,
      x: sx(p.measures.regionalActors + spread * 0.3),
      y: sy(y),
      r: 6,
      // The selected point first, then the lone builders the view is about, then the rest.
      priority: p.node === selected ? 3 : p.position === 'ensam' ? 2 : 1,
      position: p,
    };
  });
  const lineNames: LineName[] = [
    {
      id: 'line:actors',
      text: t.quadrantActorsLine(analysis.rule.minRegionalActors),
      x: threshold + 4,
      y: PAD.top + 8,
      at: 'start',
    },
  ];
  if (group)
    lineNames.push(
      {
        id: 'line:median',
        text: t.median,
        x: W - PAD.right - 2,
        y: sy(group.constraintMedian) - 9,
        at: 'end',
      },
      {
        id: 'line:quartile',
        text: t.upperQuartile,
        x: PAD.left + 4,
        y: sy(group.constraintUpperQuartile) - 9,
        at: 'start',
      },
    );
  const xTicks = Array.from({ length: Math.floor(xMax) + 1 }, (_, x) => x);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const tickBoxes = [
    ...xTicks.map((x) => {
      const w = measure(String(x), TICK_SIZE);
      return { x: sx(x) - w / 2, y: H - PAD.bottom + 4, w, h: TICK_SIZE + 2 };
    }),
    ...yTicks.map((y) => {
      const w = measure(formatValue(y, lang, 2), TICK_SIZE);
      return { x: PAD.left - 8 - w, y: sy(y) - TICK_SIZE + 3, w, h: TICK_SIZE + 2 };
    }),
  ];
  const labels = placeQuadrantLabels(dots, lineNames, { width: W, height: H }, measure, tickBoxes);

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
        {xTicks.map((x) => (
          <text key={x} x={sx(x)} y={H - PAD.bottom + 16} class="tick" text-anchor="middle">
            {x}
          </text>
        ))}
        {yTicks.map((y) => (
          <text key={y} x={PAD.left - 8} y={sy(y) + 4} class="tick" text-anchor="end">
            {formatValue(y, lang, 2)}
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
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={sy(group.constraintUpperQuartile)}
              y2={sy(group.constraintUpperQuartile)}
              class="threshold dotted"
            />
          </>
        )}
        {labels.lines.map((l) => (
          <text
            key={l.id}
            x={l.textX}
            y={l.baseline}
            class="tick threshold-label"
            data-testid="quadrant-line-label"
          >
            {l.text}
          </text>
        ))}
        {dots.map(({ position: p, x, y, r }) => {
          return (
            <circle
              key={p.node}
              cx={x}
              cy={y}
              r={r}
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
        {labels.points.map((l) => (
          <text
            key={l.id}
            x={l.textX}
            y={l.baseline}
            class="point-label"
            aria-hidden="true"
            data-testid="quadrant-label"
          >
            {l.text}
          </text>
        ))}
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

/** Text widths as the SVG draws them: the page's font, measured once per name and size. */
function useTextMeasure(): (text: string, size: number) => number {
  return useMemo(() => {
    const context = document.createElement('canvas').getContext('2d');
    const font = getComputedStyle(document.body).fontFamily;
    return (text: string, size: number) => {
      if (!context) return text.length * size * 0.6;
      context.font = `${size}px ${font}`;
      return context.measureText(text).width;
    };
  }, []);
}
