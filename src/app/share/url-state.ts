import { isMetricId } from '../../core/metrics/metric-id.ts';
import { NO_FILTERS, type Filters } from '../filters/filters.ts';
import { colourBy as readColourBy, normaliseFilters } from '../views/view-json.ts';
import type { MapMode } from '../views/map-view.ts';
import { LAYOUT_IDS, type ViewState } from '../views/view-state.ts';
import type { DataIdentity } from './data-identity.ts';
import type { LayoutId } from '../state/store.ts';

/** The version this code writes. Raise it with an upgrade step from the previous one. */
export const URL_STATE_VERSION = 1;

/** What a link carries: the view, never the data. */
export interface UrlState {
  view: ViewState;
  caption: string;
  /** The step of the story shown, if any. */
  step: number | null;
  /** Which locally kept project the view belongs to (null: the demo or an embed's data). */
  project: string | null;
  /** The user's data the view was made on (null: the demo or an embed's data). */
  data: DataIdentity | null;
}

/**
 * UPGRADES[v] rewrites a version-v link's parameters as version v+1. Version 1 is the first;
 * when the format changes, add the step from the old version here, so every link ever shared
 * keeps opening the same view.
 */
const UPGRADES: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

/** Camera numbers keep six significant digits: far below a pixel, and the link stays short. */
const DIGITS = 6;

/** The state as a URL hash ("v=1&c=…"), compact: defaults are left out. */
export function encodeUrlState(state: UrlState): string {
  const { view } = state;
  const params = new URLSearchParams();
  params.set('v', String(URL_STATE_VERSION));
  if (state.project) params.set('p', state.project);
  if (state.data) {
    for (const file of state.data.files) params.append('df', file);
    params.set('dn', String(state.data.nodes));
    params.set('de', String(state.data.edges));
    params.set('dh', state.data.fingerprint);
  }
  if (view.camera) {
    const { x, y, ratio, angle } = view.camera;
    params.set('c', [x, y, ratio, angle].map((n) => Number(n.toPrecision(DIGITS))).join(','));
  }
  if (view.layout !== 'forceatlas2') params.set('l', view.layout);
  if (view.colourBy.by !== 'position')
    params.set(
      'col',
      view.colourBy.by === 'metric' ? `m.${view.colourBy.metric}` : view.colourBy.by,
    );
  params.set('sz', view.sizeBy ?? '-');
  if (view.selected !== null) params.set('sel', view.selected);
  if (view.focus) params.set('fo', JSON.stringify([view.focus.nodes, view.focus.edges]));
  const filters = encodeFilters(view.filters);
  if (filters) params.set('f', filters);
  if (view.scope !== null) params.set('sc', view.scope);
  if (view.map) params.set('km', `${MAP_MODE_CODE.get(view.map.mode)}:${view.map.node}`);
  if (state.caption) params.set('cap', state.caption);
  if (state.step !== null) params.set('s', String(state.step));
  return params.toString();
}

/**
 * Reads a hash written by any version so far; null when there is no state, or it comes from a
 * newer Brobyggare than this one (then the app simply opens as usual).
 */
export function decodeUrlState(hash: string): UrlState | null {
  let params = new URLSearchParams(hash.replace(/^#/, ''));
  const version = Number(params.get('v'));
  if (!Number.isInteger(version) || version < 1 || version > URL_STATE_VERSION) return null;
  for (let v = version; v < URL_STATE_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) return null;
    params = upgrade(params);
  }
  return readCurrent(params);
}

function readCurrent(params: URLSearchParams): UrlState {
  const layout = params.get('l') ?? 'forceatlas2';
  const col = params.get('col') ?? 'position';
  const size = params.get('sz');
  const colourMetric = col.startsWith('m.') ? col.slice(2) : null;
  const step = Number(params.get('s'));
  return {
    view: {
      camera: readCamera(params.get('c')),
      layout: LAYOUT_IDS.includes(layout as LayoutId) ? (layout as LayoutId) : 'forceatlas2',
      colourBy:
        colourMetric !== null
          ? readColourBy({ by: 'metric', metric: colourMetric })
          : readColourBy({ by: col }),
      sizeBy: size !== null && isMetricId(size) ? size : null,
      filters: decodeFilters(params.get('f')),
      selected: params.get('sel'),
      focus: readFocus(params.get('fo')),
      scope: /^\d{2}$/.test(params.get('sc') ?? '') ? params.get('sc') : null,
      map: readMap(params.get('km')),
    },
    caption: params.get('cap') ?? '',
    step: params.has('s') && Number.isInteger(step) && step >= 0 ? step : null,
    project: params.get('p'),
    data: readData(params),
  };
}

/** The map as "s:<node id>" (sectors) or "g:<node id>" (geographic); the id may hold any text. */
const MAP_MODE_CODE = new Map<MapMode, string>([
  ['sectors', 's'],
  ['geographic', 'g'],
]);

function readMap(text: string | null): ViewState['map'] {
  const match = /^([a-z]):(.+)$/s.exec(text ?? '');
  if (!match) return null;
  const mode = [...MAP_MODE_CODE].find(([, code]) => code === match[1])?.[0];
  return mode ? { node: match[2]!, mode } : null;
}

function readData(params: URLSearchParams): DataIdentity | null {
  const fingerprint = params.get('dh');
  const nodes = Number(params.get('dn'));
  const edges = Number(params.get('de'));
  if (!fingerprint || !Number.isInteger(nodes) || !Number.isInteger(edges)) return null;
  return { files: params.getAll('df'), nodes, edges, fingerprint };
}

function readCamera(text: string | null): ViewState['camera'] {
  if (!text) return null;
  const [x, y, ratio, angle] = text.split(',').map(Number);
  if (![x, y, ratio, angle].every((n) => n !== undefined && Number.isFinite(n))) return null;
  return ratio! > 0 ? { x: x!, y: y!, ratio: ratio!, angle: angle! } : null;
}

function readFocus(text: string | null): ViewState['focus'] {
  const parsed = parseJson(text);
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [nodes, edges] = parsed.map((list: unknown) =>
    Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [],
  );
  return { nodes: nodes!, edges: edges! };
}

/** Filters as short JSON; undefined when nothing is filtered. */
function encodeFilters(f: Filters): string | undefined {
  const out: Record<string, unknown> = {};
  if (f.kinds) out.k = [...f.kinds];
  if (f.counties) out.c = [...f.counties];
  if (f.positions) out.p = [...f.positions];
  if (f.minStrength !== NO_FILTERS.minStrength) out.s = f.minStrength;
  if (f.years) out.y = [...f.years];
  if (f.component !== null) out.co = f.component;
  if (f.minCore !== NO_FILTERS.minCore) out.kc = f.minCore;
  return Object.keys(out).length > 0 ? JSON.stringify(out) : undefined;
}

function decodeFilters(text: string | null): Filters {
  const parsed = parseJson(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return NO_FILTERS;
  const o = parsed as Record<string, unknown>;
  const set = (v: unknown) =>
    Array.isArray(v) ? new Set(v.filter((s): s is string => typeof s === 'string')) : null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const years = Array.isArray(o.y) ? o.y.map(num) : [];
  return normaliseFilters({
    kinds: set(o.k),
    counties: set(o.c),
    positions: set(o.p),
    minStrength: num(o.s) ?? NO_FILTERS.minStrength,
    years:
      years.length === 2 && years[0] !== null && years[1] !== null ? [years[0]!, years[1]!] : null,
    component: num(o.co),
    minCore: num(o.kc) ?? NO_FILTERS.minCore,
  });
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
