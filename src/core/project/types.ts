import type { SerializedGraph } from 'graphology-types';
import type { EdgeRole, ExplicitRoles, NodeRole } from '../io/types.ts';
import type {
  EdgeAttributes,
  GraphAttributes,
  ImportReport,
  MergeRule,
  NodeAttributes,
} from '../model/types.ts';
import type { Point } from '../export/types.ts';

export const PROJECT_FORMAT = 'brobyggare-project';
/** The version this code writes and the newest it reads. Raise it with a migration step. */
export const PROJECT_VERSION = 1;
/** What a project file's name ends with. */
export const PROJECT_EXTENSION = '.brobyggare.json';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A named step of a presentation: the app's view state (camera, filters, …) and a caption. */
export interface SavedView<S extends JsonObject = JsonObject> {
  name: string;
  caption: string;
  state: S;
}

/** Which input columns played which role, as given by hand or confirmed in the mapping dialog. */
export interface ProjectMapping {
  edges: ExplicitRoles<EdgeRole>;
  nodes: ExplicitRoles<NodeRole>;
}

export interface ProjectBuild {
  directed: boolean;
  merge: MergeRule;
}

export type ProjectGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Everything that reopens a piece of work exactly. The data is the built graph itself (not the
 * source files), so opening a project needs no re-import. Metrics are not stored: they are
 * recomputed, and are the same for the same graph and seed. `settings` and each view's `state`
 * belong to the app, which types them; the file only requires that they are JSON objects.
 */
export interface Project<S extends JsonObject = JsonObject, V extends JsonObject = JsonObject> {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  data: {
    graph: ProjectGraph;
    report: ImportReport | null;
    /** The source files the data was read from. */
    files: string[];
  };
  mapping: ProjectMapping;
  build: ProjectBuild;
  settings: S;
  /** Layout coordinates by node id. */
  positions: Record<string, Point>;
  views: SavedView<V>[];
}
