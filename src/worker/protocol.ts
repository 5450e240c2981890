import type { SerializedGraph } from 'graphology-types';
import type { Analysis, Suggestion } from '../core/analysis/types.ts';
import type { InputLocation } from '../core/errors.ts';
import type { ChangeChoice, ChangeResult } from '../core/change/index.ts';
import type { ThresholdMode } from '../core/change/types.ts';
import type { ChangeSet } from '../core/model/change.ts';
import type { LoadColumns } from '../core/run/columns.ts';
import type { RunSettings, RunStage } from '../core/run/run.ts';
import type { MetricDescriptor, MetricTable } from '../core/metrics/types.ts';
import type { JsonObject, ProjectMapping, SavedView } from '../core/project/types.ts';
import type {
  EdgeAttributes,
  GraphAttributes,
  ImportReport,
  NodeAttributes,
} from '../core/model/types.ts';

/** A file's bytes, moved (transferred) to the worker. */
export interface FilePayload {
  name: string;
  bytes: ArrayBuffer;
}

/** The run's settings that can cross to the worker (plain data: no functions). */
export type LoadSettings = LoadRunSettings & {
  /**
   * Wait for a 'drawn' request before the path sweeps of a network shown pending (the app
   * sends one; tests and other hosts need not).
   */
  awaitDrawn?: boolean;
};

type LoadRunSettings = Pick<
  RunSettings,
  | 'directed'
  | 'merge'
  | 'recognise'
  | 'edgeRoles'
  | 'nodeRoles'
  | 'seed'
  | 'askRoles'
  | 'rememberedRoles'
  | 'sampling'
>;

export type WorkerRequest =
  | {
      type: 'load';
      job: number;
      edges: FilePayload;
      nodes?: FilePayload;
      settings: LoadSettings;
      /** Load for later edits and suggestions only: the page shows a copy computed ahead. */
      quiet?: boolean;
    }
  /** Recomputes the last loaded network with these edits applied to it (the full list, so undo is resending a shorter one). */
  | { type: 'edit'; job: number; edits: ChangeSet }
  /** The best new ties for one municipality, measured on the current (edited) network. */
  | { type: 'suggest'; job: number; node: string }
  /**
   * Loads again, with other settings (column roles), the files of the load that stopped to ask
   * ('pending') or of the network on screen ('loaded'): the worker kept their bytes.
   */
  | { type: 'remap'; job: number; files: 'pending' | 'loaded'; settings: LoadSettings }
  /** The change between two periods of the network on screen, from its files (opened once). */
  | { type: 'change'; job: number; choice: ChangeChoice }
  /** The network on screen against a second file, read with the same settings. */
  | { type: 'change-file'; job: number; after: FilePayload; thresholds: ThresholdMode }
  /**
   * The page has drawn the pending network of this load: its path sweeps may take the cores now
   * (drawing in software, the page's first frames would otherwise wait seconds for a core).
   */
  | { type: 'drawn'; job: number }
  | { type: 'cancel'; job: number };

/** The load's steps: the run's, then the first layout, then the wait for the page to draw. */
export type Stage = RunStage | 'layout' | 'draw';

export type WorkerError =
  | {
      kind: 'input';
      code: string;
      location: InputLocation;
      params: Record<string, string | number>;
    }
  | { kind: 'cancelled' }
  | { kind: 'internal'; message: string };

/** Everything the view needs about one computed network: plain data only. */
export interface ProjectData {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  metrics: MetricTable;
  /** The descriptors of the computed metrics, so the view names and defines them without loading the metric code. */
  descriptors: MetricDescriptor[];
  analysis: Analysis | null;
  report: ImportReport;
  /** Initial node positions (null after a what-if edit: the view keeps its own), indexed like metrics.nodeIds: x0, y0, x1, y1, … */
  layout: Float32Array | null;
  edits: ChangeSet;
  /** Milliseconds spent per stage, for the status line and the benchmark. */
  timings: Partial<Record<Stage, number>>;
  /** The loaded tables' columns and the roles used (absent for graph and project files). */
  columns?: LoadColumns;
  /** Metrics left out because the network is too large for them. */
  skippedMetrics?: Pick<MetricDescriptor, 'id' | 'names'>[];
  /**
   * Sent while the path metrics, positions and findings are still computed: the network with
   * its structure metrics and first layout, so the view can draw it. The result follows.
   */
  pending?: true;
  /**
   * The metrics estimated from a sample are being refined: a narrower estimate of this job
   * follows (the last one has positions redone on it, and no `refining`).
   */
  refining?: true;
  /** The graph is that of the pending project of the same load: its nodes and edges are not sent again. */
  graphSent?: true;
  /** What a project file held besides the data, when one was opened: the app restores its view from it. */
  saved?: { file: string; settings: JsonObject; views: SavedView[]; mapping: ProjectMapping };
}

export type WorkerResponse =
  | { type: 'progress'; job: number; stage: Stage; fraction: number }
  /** Part of the graph of the result that follows (sent in pages so no one message is huge). */
  | {
      type: 'page';
      job: number;
      nodes: ProjectData['graph']['nodes'];
      edges: ProjectData['graph']['edges'];
    }
  /** A computed project; its graph's nodes and edges came before it in pages. */
  | { type: 'result'; job: number; project: ProjectData }
  | { type: 'suggestions'; job: number; node: string; suggestions: Suggestion[] }
  /** The load stopped: the user is to say which column plays which role, then 'remap'. */
  | { type: 'columns'; job: number; columns: LoadColumns }
  | { type: 'change'; job: number; result: ChangeResult }
  | { type: 'error'; job: number; error: WorkerError };
