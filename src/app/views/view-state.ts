import type { MetricId } from '../../core/metrics/metric-id.ts';
import type { Filters } from '../filters/filters.ts';
import type { ColourBy, LayoutId } from '../state/store.ts';
import type { MapView } from './map-view.ts';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What a saved step, a link and a project remember of the view (never the data). */
export interface ViewState {
  camera: CameraState | null;
  layout: LayoutId;
  colourBy: ColourBy;
  sizeBy: MetricId | null;
  filters: Filters;
  selected: string | null;
  /** The nodes and ties of a highlighted finding. */
  focus: { nodes: string[]; edges: string[] } | null;
  /** The county (2-digit code) the view is narrowed to, or null for the whole network. */
  scope: string | null;
  /** The municipality map shown large over the graph, or null when none is open. */
  map: MapView | null;
}

export const LAYOUT_IDS: readonly LayoutId[] = [
  'forceatlas2',
  'geographic',
  'circular',
  'noverlap',
];
