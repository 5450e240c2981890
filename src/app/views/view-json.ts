import { isMetricId } from '../../core/metrics/metric-id.ts';
import type { JsonObject, JsonValue } from '../../core/project/types.ts';
import { NO_FILTERS, type Filters } from '../filters/filters.ts';
import type { ColourBy, LayoutId } from '../state/store.ts';
import { MAP_MODES, type MapMode, type MapView } from './map-view.ts';
import { LAYOUT_IDS, type CameraState, type ViewState } from './view-state.ts';

/** A view as JSON, for the project file and IndexedDB. */
export function viewToJson(view: ViewState): JsonObject {
  const f = view.filters;
  return {
    camera: view.camera ? { ...view.camera } : null,
    layout: view.layout,
    colourBy: { ...view.colourBy },
    sizeBy: view.sizeBy,
    filters: {
      kinds: f.kinds ? [...f.kinds] : null,
      counties: f.counties ? [...f.counties] : null,
      positions: f.positions ? [...f.positions] : null,
      minStrength: f.minStrength,
      years: f.years ? [...f.years] : null,
      component: f.component,
      minCore: f.minCore,
    },
    selected: view.selected,
    focus: view.focus ? { nodes: [...view.focus.nodes], edges: [...view.focus.edges] } : null,
    scope: view.scope,
    map: view.map ? { node: view.map.node, mode: view.map.mode } : null,
  };
}

/** Reads a view back; what is missing or malformed falls back to the default view. */
export function viewFromJson(json: JsonValue | undefined): ViewState {
  const o = asObject(json);
  const f = asObject(o.filters);
  const years = numbers(f.years);
  const focus = asObject(o.focus);
  return {
    camera: camera(o.camera),
    layout: LAYOUT_IDS.includes(o.layout as LayoutId) ? (o.layout as LayoutId) : 'forceatlas2',
    colourBy: colourBy(o.colourBy),
    sizeBy: typeof o.sizeBy === 'string' && isMetricId(o.sizeBy) ? o.sizeBy : null,
    filters: normaliseFilters({
      kinds: stringSet(f.kinds),
      counties: stringSet(f.counties),
      positions: stringSet(f.positions),
      minStrength: finite(f.minStrength) ?? NO_FILTERS.minStrength,
      years: years.length === 2 ? [years[0]!, years[1]!] : null,
      component: finite(f.component) ?? null,
      minCore: finite(f.minCore) ?? NO_FILTERS.minCore,
    }),
    selected: typeof o.selected === 'string' ? o.selected : null,
    focus: o.focus ? { nodes: strings(focus.nodes), edges: strings(focus.edges) } : null,
    scope: typeof o.scope === 'string' && /^\d{2}$/.test(o.scope) ? o.scope : null,
    map: mapView(o.map),
  };
}

/** The filters object itself when nothing is filtered, so "no filters" stays recognisable. */
export function normaliseFilters(filters: Filters): Filters {
  const same = (Object.keys(NO_FILTERS) as (keyof Filters)[]).every(
    (k) => filters[k] === NO_FILTERS[k],
  );
  return same ? NO_FILTERS : filters;
}

export function colourBy(value: JsonValue | undefined): ColourBy {
  const o = asObject(value);
  if (o.by === 'metric' && typeof o.metric === 'string' && isMetricId(o.metric))
    return { by: 'metric', metric: o.metric };
  if (o.by === 'kind' || o.by === 'county' || o.by === 'community' || o.by === 'position')
    return { by: o.by };
  return { by: 'position' };
}

/** A saved map: a non-empty node id and a known mode (sectors when the mode is unknown). */
function mapView(value: JsonValue | undefined): MapView | null {
  const o = asObject(value);
  if (typeof o.node !== 'string' || o.node === '') return null;
  return { node: o.node, mode: readMapMode(o.mode) };
}

export function readMapMode(value: JsonValue | undefined): MapMode {
  return MAP_MODES.includes(value as MapMode) ? (value as MapMode) : 'sectors';
}

function camera(value: JsonValue | undefined): CameraState | null {
  const o = asObject(value);
  const [x, y, ratio, angle] = [o.x, o.y, o.ratio, o.angle].map(finite);
  return x !== undefined && y !== undefined && ratio !== undefined && ratio > 0
    ? { x, y, ratio, angle: angle ?? 0 }
    : null;
}

function asObject(value: JsonValue | undefined): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

function finite(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function strings(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function numbers(value: JsonValue | undefined): number[] {
  return Array.isArray(value)
    ? value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    : [];
}

function stringSet(value: JsonValue | undefined): ReadonlySet<string> | null {
  return Array.isArray(value) ? new Set(strings(value)) : null;
}
