import type { MetricId } from '../../core/metrics/metric-id.ts';
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { NO_FILTERS, type Filters } from '../filters/filters.ts';
import { computeVisibility, type Visibility } from '../filters/visibility.ts';
import { scopedVisibility } from '../scope/scoped-visibility.ts';
import type { Suggestion } from '../../core/analysis/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LoadColumns } from '../../core/run/columns.ts';
import type { ChangeSet } from '../../core/model/change.ts';
import type { Stage, WorkerError } from '../../worker/protocol.ts';
import type { Project } from './project.ts';
import type { ChangeResult } from '../../core/change/types.ts';
import type { MapView } from '../views/map-view.ts';
import type { OpenedLayer } from '../report/opened-layer.ts';

export type ViewId = 'graph' | 'tables' | 'quadrant' | 'change';
export type LayoutId = 'forceatlas2' | 'geographic' | 'circular' | 'noverlap';

export type ColourBy =
  | { by: 'position' }
  | { by: 'kind' }
  | { by: 'county' }
  | { by: 'community' }
  | { by: 'metric'; metric: MetricId };

export interface JobState {
  id: number;
  kind: 'load' | 'edit';
  stage: Stage;
  fraction: number;
  /** Shown only once the job has run for a while, so quick jobs do not flash a bar. */
  visible: boolean;
  fileName: string;
}

/** A load that stopped to ask which column plays which role, or the user's wish to change them. */
export interface ColumnsQuestion {
  columns: LoadColumns;
  /** Whose files to load again: the stopped load's, or those of the network on screen. */
  files: 'pending' | 'loaded';
  fileName: string;
}

/** The nodes and edges a click on a finding or a table row brought into view. */
export interface Focus {
  nodes: string[];
  edges: string[];
  /** Changes on every request so the camera moves again even to the same place. */
  nonce: number;
}

/** All UI state, as signals. Created once per app instance, never on import. */
export interface Store {
  lang: Signal<Lang>;
  project: Signal<Project | null>;
  /** The project as loaded, before any what-if edit: the "before" of every comparison. */
  baseline: Signal<Project | null>;
  job: Signal<JobState | null>;
  importError: Signal<{ error: WorkerError; fileName: string; kind: 'load' | 'edit' } | null>;
  columnsQuestion: Signal<ColumnsQuestion | null>;
  view: Signal<ViewId>;
  colourBy: Signal<ColourBy>;
  sizeBy: Signal<MetricId | null>;
  layout: Signal<LayoutId>;
  layoutRunning: Signal<boolean>;
  /** Counts finished layout switches (nodes moved, camera reset). */
  layoutSettled: Signal<number>;
  /** The project the graph view has drawn last (set a frame after its first draw). */
  drawn: Signal<Project | null>;
  filters: Signal<Filters>;
  selected: Signal<string | null>;
  focus: Signal<Focus | null>;
  /** A request to move the camera to these nodes (search, table rows). */
  flyTo: Signal<{ nodes: string[]; nonce: number } | null>;
  edits: Signal<ChangeSet>;
  /** Suggested ties per municipality for the current project ('loading' while measured). */
  /** By node id (user text: a Map, never object keys). */
  suggestions: Signal<ReadonlyMap<string, Suggestion[] | 'loading'>>;
  showReport: Signal<boolean>;
  /** Whether the network on screen was read with municipalities recognised (the import report's switch). */
  recognise: Signal<boolean>;
  /** The county (2-digit code) everything shown is narrowed to; positions stay the whole network's. */
  scope: Signal<string | null>;
  /** The municipality map shown large over the graph (a saved view's map), or null. */
  municipalityMap: Signal<MapView | null>;
  /** The mental-map layer the user opened for a municipality: a file's content, never in a link. */
  mentalMap: Signal<OpenedLayer | null>;
  /** The change between two periods drawn on the graph, for the network it was computed on. */
  change: Signal<{ result: ChangeResult; baseline: Project } | null>;
  /** Which nodes and edges pass the filters and lie in the scope (its actors and partners). */
  visibility: ReadonlySignal<Visibility | null>;
  visibleCounts: ReadonlySignal<{ nodes: number; edges: number }>;
}

export function createStore(lang: Lang): Store {
  const project = signal<Project | null>(null);
  const filters = signal<Filters>(NO_FILTERS);
  const scope = signal<string | null>(null);
  const filtered = computed(() =>
    project.value ? computeVisibility(project.value, filters.value) : null,
  );
  const visibility = computed(() =>
    project.value && filtered.value
      ? scopedVisibility(project.value, filtered.value, scope.value)
      : null,
  );
  return {
    lang: signal(lang),
    project,
    baseline: signal(null),
    job: signal(null),
    importError: signal(null),
    columnsQuestion: signal(null),
    view: signal('graph'),
    colourBy: signal({ by: 'position' }),
    sizeBy: signal(null),
    layout: signal('forceatlas2'),
    layoutRunning: signal(false),
    layoutSettled: signal(0),
    drawn: signal(null),
    filters,
    selected: signal(null),
    focus: signal(null),
    flyTo: signal(null),
    edits: signal([]),
    suggestions: signal(new Map()),
    showReport: signal(false),
    recognise: signal(true),
    scope,
    municipalityMap: signal(null),
    mentalMap: signal(null),
    change: signal(null),
    visibility,
    visibleCounts: computed(() => ({
      nodes: visibility.value?.nodeCount ?? 0,
      edges: visibility.value?.edgeCount ?? 0,
    })),
  };
}
