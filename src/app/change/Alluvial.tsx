import { POSITIONS, type Position } from '../../core/analysis/types.ts';
import type { Transition } from '../../core/change/types.ts';
import { POSITION_COLOURS } from '../appearance/palette.ts';

const W = 680;
const H = 300;
const BAR = 18;
const GAP = 10;
const LEFT = 200;
const RIGHT = W - 200 - BAR;

interface Props {
  transitions: readonly Transition[];
  names: Record<Position, string>;
  label: string;
  before: string;
  after: string;
}

/** Positions before (left) and after (right), with a band per pair as wide as its count. */
export function Alluvial({ transitions, names, label, before, after }: Props) {
  const total = transitions.reduce((s, t) => s + t.count, 0);
  if (total === 0) return null;
  const unit = (H - 40 - GAP * (POSITIONS.length - 1)) / total;
  const count = (p: Position, side: 'from' | 'to') =>
    transitions.filter((t) => t[side] === p).reduce((s, t) => s + t.count, 0);
  const tops = (side: 'from' | 'to') => {
    const out = new Map<Position, number>();
    let y = 30;
    for (const p of POSITIONS) {
      out.set(p, y);
      y += count(p, side) * unit + GAP;
    }
    return out;
  };
  const leftTop = tops('from');
  const rightTop = tops('to');
  // Bands leave each left bar in the order of their right bar, so they do not cross needlessly.
  const leftUsed = new Map<Position, number>();
  const rightUsed = new Map<Position, number>();
  const bands = POSITIONS.flatMap((from) =>
    POSITIONS.map((to) => {
      const t = transitions.find((x) => x.from === from && x.to === to)!;
      const h = t.count * unit;
      const y0 = leftTop.get(from)! + (leftUsed.get(from) ?? 0);
      const y1 = rightTop.get(to)! + (rightUsed.get(to) ?? 0);
      leftUsed.set(from, (leftUsed.get(from) ?? 0) + h);
      rightUsed.set(to, (rightUsed.get(to) ?? 0) + h);
      return { t, h, y0, y1 };
    }),
  );
  const x0 = LEFT + BAR;
  const x1 = RIGHT;
  const mid = (x0 + x1) / 2;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="alluvial" role="img" aria-label={label}>
      <text x={LEFT + BAR / 2} y={16} text-anchor="middle" class="axis-label">
        {before}
      </text>
      <text x={RIGHT + BAR / 2} y={16} text-anchor="middle" class="axis-label">
        {after}
      </text>
      {bands
        .filter((b) => b.t.count > 0)
        .map(({ t, h, y0, y1 }) => (
          <path
            key={`${t.from}-${t.to}`}
            d={`M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${x0},${y0 + h} Z`}
            fill={POSITION_COLOURS[t.from]}
            fill-opacity={t.from === t.to ? 0.25 : 0.5}
          >
            <title>{`${names[t.from]} → ${names[t.to]}: ${t.count}`}</title>
          </path>
        ))}
      {POSITIONS.map((p) => (
        <g key={p}>
          <rect
            x={LEFT}
            y={leftTop.get(p)!}
            width={BAR}
            height={count(p, 'from') * unit}
            fill={POSITION_COLOURS[p]}
          />
          <text
            x={LEFT - 6}
            y={leftTop.get(p)! + (count(p, 'from') * unit) / 2}
            class="tick"
            text-anchor="end"
            dominant-baseline="middle"
          >
            {`${names[p]} ${count(p, 'from')}`}
          </text>
          <rect
            x={RIGHT}
            y={rightTop.get(p)!}
            width={BAR}
            height={count(p, 'to') * unit}
            fill={POSITION_COLOURS[p]}
          />
          <text
            x={RIGHT + BAR + 6}
            y={rightTop.get(p)! + (count(p, 'to') * unit) / 2}
            class="tick"
            dominant-baseline="middle"
          >
            {`${count(p, 'to')} ${names[p]}`}
          </text>
        </g>
      ))}
    </svg>
  );
}
