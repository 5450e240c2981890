import type { Position } from '../../core/analysis/types.ts';
import type { MetricId } from '../../core/metrics/metric-id.ts';
import type { Project } from '../state/project.ts';
import type { ColourBy } from '../state/store.ts';
import { METRIC } from '../metric-ids.ts';
import {
  ACTOR_FILL,
  CATEGORY_COLOURS,
  MISSING_COLOUR,
  OTHER_COLOUR,
  POSITION_COLOURS,
  sequential,
} from './palette.ts';

/** One legend row. `key` is what the label is made from (a position, a kind, a county code, …). */
export interface LegendEntry {
  key: string;
  colour: string;
  ring: boolean;
  count: number;
}

export interface Legend {
  kind: 'categories' | 'scale';
  entries: LegendEntry[];
  /** For a metric scale: the range shown. */
  min?: number;
  max?: number;
}

/** How each node looks, per metric-table row. */
export interface Appearance {
  fill: string[];
  /** Ring width as a share of the radius (0 = none). */
  ring: Float32Array;
  size: Float32Array;
  legend: Legend;
}

const MIN_SIZE = 4.5;
const MAX_SIZE = 16;
const RING = 0.35;
const MAX_CATEGORIES = 12;

/** A node's network position, where it has one (a municipality). */
export type PositionOf = (id: string) => Position | undefined;

/**
 * How the nodes look. `positionOf` gives the positions a colouring by position shows: the
 * project's own, or (while a change is drawn) those of the later period.
 */
export function computeAppearance(
  project: Project,
  colourBy: ColourBy,
  sizeBy: MetricId | null,
  positionOf: PositionOf = (id) => project.positions.get(id)?.position,
): Appearance {
  const n = project.data.metrics.nodeIds.length;
  const ring = new Float32Array(n);
  const colouring = colourNodes(project, colourBy, ring, positionOf);
  return { fill: colouring.fill, ring, size: sizes(project, sizeBy, n), legend: colouring.legend };
}

function colourNodes(
  project: Project,
  colourBy: ColourBy,
  ring: Float32Array,
  positionOf: PositionOf,
): { fill: string[]; legend: Legend } {
  const { nodeIds } = project.data.metrics;
  switch (colourBy.by) {
    case 'position':
      return byPosition(nodeIds, positionOf, ring);
    case 'kind':
      return byCategory(nodeIds.map((id) => project.graph.getNodeAttribute(id, 'kind')));
    case 'county':
      return byCategory(nodeIds.map((id) => project.graph.getNodeAttribute(id, 'county') ?? ''));
    case 'community':
      return byCategory(columnAsCategories(project, METRIC.community));
    case 'metric':
      return byScale(project.data.metrics.node[colourBy.metric]);
  }
}

function byPosition(
  nodeIds: readonly string[],
  positionOf: PositionOf,
  ring: Float32Array,
): { fill: string[]; legend: Legend } {
  const counts = new Map<string, number>();
  const fill = nodeIds.map((id, i) => {
    const position = positionOf(id);
    const key = position ?? 'none';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!position) {
      ring[i] = RING;
      return ACTOR_FILL;
    }
    if (position === 'ensam') ring[i] = RING;
    return POSITION_COLOURS[position];
  });
  const order: (Position | 'none')[] = ['natverksaktor', 'mellanlage', 'ensam', 'none'];
  return {
    fill,
    legend: {
      kind: 'categories',
      entries: order
        .filter((key) => counts.has(key))
        .map((key) => ({
          key,
          colour: key === 'none' ? ACTOR_FILL : POSITION_COLOURS[key],
          ring: key === 'none' || key === 'ensam',
          count: counts.get(key) ?? 0,
        })),
    },
  };
}

function byCategory(values: string[]): { fill: string[]; legend: Legend } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const colourOf = new Map<string, string>();
  ranked
    .slice(0, MAX_CATEGORIES)
    .forEach(([value], i) => colourOf.set(value, CATEGORY_COLOURS[i]!));
  const entries: LegendEntry[] = ranked
    .slice(0, MAX_CATEGORIES)
    .map(([key, count]) => ({ key, colour: colourOf.get(key)!, ring: false, count }));
  const rest = ranked.slice(MAX_CATEGORIES).reduce((sum, [, count]) => sum + count, 0);
  if (rest > 0)
    entries.push({ key: '\u0000other', colour: OTHER_COLOUR, ring: false, count: rest });
  return {
    fill: values.map((v) => colourOf.get(v) ?? OTHER_COLOUR),
    legend: { kind: 'categories', entries },
  };
}

function byScale(column: Float64Array | undefined): { fill: string[]; legend: Legend } {
  const values = column ? Array.from(column) : [];
  const { min, max } = extent(values);
  const span = max - min || 1;
  return {
    fill: values.map((v) => (Number.isFinite(v) ? sequential((v - min) / span) : MISSING_COLOUR)),
    legend: { kind: 'scale', entries: [], min, max },
  };
}

function columnAsCategories(project: Project, metric: MetricId): string[] {
  const column = project.data.metrics.node[metric];
  return project.data.metrics.nodeIds.map((_id, i) => {
    const v = column?.[i];
    return v === undefined || !Number.isFinite(v) ? '' : String(v);
  });
}

function sizes(project: Project, sizeBy: MetricId | null, n: number): Float32Array {
  const out = new Float32Array(n).fill((MIN_SIZE + MAX_SIZE) / 3);
  const column = sizeBy ? project.data.metrics.node[sizeBy] : undefined;
  if (!column) return out;
  const { min, max } = extent(Array.from(column));
  const span = max - min || 1;
  for (let i = 0; i < n; i++) {
    const v = column[i]!;
    out[i] = Number.isFinite(v)
      ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((v - min) / span)
      : MIN_SIZE;
  }
  return out;
}

function extent(values: number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: 0, max: 0 };
}
