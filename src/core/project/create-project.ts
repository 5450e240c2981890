import Graph from 'graphology';
import '../model/plain-adjacency.ts';
import { userRecord } from '../model/user-record.ts';
import type { BroGraph, ImportReport } from '../model/types.ts';
import type { Point } from '../export/types.ts';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type JsonObject,
  type Project,
  type ProjectBuild,
  type ProjectMapping,
  type SavedView,
} from './types.ts';

export interface ProjectParts<S extends JsonObject, V extends JsonObject> {
  report?: ImportReport | null;
  mapping?: Partial<ProjectMapping>;
  build?: Partial<ProjectBuild>;
  settings?: S;
  positions?: Record<string, Point>;
  views?: SavedView<V>[];
}

/** A project holding the graph; what is not given starts empty. */
export function createProject<S extends JsonObject = JsonObject, V extends JsonObject = JsonObject>(
  graph: BroGraph,
  parts: ProjectParts<S, V> = {},
): Project<S, V> {
  const files = [...(graph.getAttribute('files') ?? [])];
  const merge = graph.getAttribute('merge') ?? 'sum';
  const serialized = graph.export();
  // A graph built without its attributes still makes a file that reopens.
  serialized.attributes = { ...serialized.attributes, files, merge };
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    data: { graph: serialized, report: parts.report ?? null, files },
    mapping: { edges: {}, nodes: {}, ...parts.mapping },
    build: {
      directed: graph.type === 'directed',
      merge,
      ...parts.build,
    },
    settings: parts.settings ?? ({} as S),
    positions: parts.positions ?? {},
    views: parts.views ?? [],
  };
}

/**
 * The project's graph as a graphology graph, with the same node and edge order and keys. The
 * records keyed by user text get no prototype, as in a graph built from a table.
 */
export function projectGraph(project: Project): BroGraph {
  const graph: BroGraph = new Graph(project.data.graph.options);
  graph.import(project.data.graph);
  graph.updateEachNodeAttributes((_, a) => ({ ...a, attributes: plain(a.attributes) }));
  graph.updateEachEdgeAttributes((_, a) => ({
    ...a,
    byKind: plain(a.byKind),
    byYear: plain(a.byYear),
    attributes: plain(a.attributes),
  }));
  return graph;
}

function plain<T>(record: Record<string, T>): Record<string, T> {
  return userRecord(Object.entries(record));
}
