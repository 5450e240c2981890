import type { Analysis } from '../core/analysis/types.ts';
import type { Point } from '../core/export/types.ts';
import type { MetricTable } from '../core/metrics/types.ts';
import type { ImportReport } from '../core/model/types.ts';
import type { ProjectParts } from '../core/project/create-project.ts';
import type { JsonObject, ProjectGraph } from '../core/project/types.ts';
import type { Lang } from '../i18n/lang.ts';

export type ExportFormat =
  | 'nodes-csv'
  | 'nodes-csv-excel'
  | 'edges-csv'
  | 'findings-csv'
  | 'xlsx'
  | 'gexf'
  | 'graphml'
  | 'project';

/** Everything a file export needs, as plain data (copied to the export worker). */
export interface ExportRequest {
  id: number;
  format: ExportFormat;
  graph: ProjectGraph;
  metrics: MetricTable | null;
  analysis: Analysis | null;
  report: ImportReport | null;
  layout: Map<string, Point> | null;
  colors: Map<string, string> | null;
  sizes: Map<string, number> | null;
  lang: Lang;
  /** For 'project': the parts besides the graph. */
  project?: ProjectParts<JsonObject, JsonObject>;
}

/**
 * A request as posted: a large graph goes as pieces of its JSON text, written by the page in
 * slices (a copy of 60,000 node and tie objects took the page's thread for a fifth of a second
 * at once) and joined by the worker (joining megabytes of text was a long task of its own).
 * With `blob`, the answer is a Blob of that type, made by the worker (copying the bytes into a
 * Blob took the page's thread tens of milliseconds).
 */
export type ExportMessage = (
  ExportRequest | (Omit<ExportRequest, 'graph'> & { graph: null; graphParts: GraphJsonParts })
) & { blob?: string };

/** A graph's JSON as `{head,"nodes":[nodes…],"edges":[edges…]}`, each list in slices. */
export interface GraphJsonParts {
  /** The graph's other fields, as JSON object members without the braces ('' if none). */
  head: string;
  /** Slices of the node list, each JSON array members without the brackets. */
  nodes: string[];
  edges: string[];
}

/** The graph's JSON text from its parts. */
export function graphJsonText({ head, nodes, edges }: GraphJsonParts): string {
  const list = (parts: string[]) => `[${parts.filter((p) => p !== '').join(',')}]`;
  return `{${head ? `${head},` : ''}"nodes":${list(nodes)},"edges":${list(edges)}}`;
}

export type ExportResponse =
  | { id: number; ok: true; bytes: ArrayBuffer }
  | { id: number; ok: true; blob: Blob }
  | { id: number; ok: false; message: string };
