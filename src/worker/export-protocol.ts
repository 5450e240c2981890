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
 * A request as posted: a large graph goes as pieces of its JSON, written by the page in slices
 * (a copy of 60,000 node and tie objects took the page's thread for a fifth of a second at once)
 * and joined by the worker (joining megabytes of text was a long task of its own). The pieces
 * are UTF-8 bytes, transferred, not copied: copying them as strings took the page's thread
 * about 30 ms for a 10,000-node network. A project's positions of as many actors go the same
 * way (`positionsParts`, and `project.positions` empty): copying a record of 10,000 points
 * took another 20 ms. With `blob`, the answer is a Blob of that type, made by the worker
 * (copying the bytes into a Blob took the page's thread tens of milliseconds).
 */
export type ExportMessage = (
  ExportRequest | (Omit<ExportRequest, 'graph'> & { graph: null; graphParts: GraphJsonParts })
) & { blob?: string; positionsParts?: Uint8Array[] };

/** A graph's JSON as `{head,"nodes":[nodes…],"edges":[edges…]}`, each list in slices. */
export interface GraphJsonParts {
  /** The graph's other fields, as JSON object members without the braces ('' if none). */
  head: string;
  /** Slices of the node list, each JSON array members without the brackets, as UTF-8. */
  nodes: Uint8Array[];
  edges: Uint8Array[];
}

/** Items written between checks of the time spent. */
const SLICE = 500;

/**
 * Text written a slice of `count` items at a time (`slice(from, to)`, members without their
 * brackets), each slice as UTF-8 bytes, calling `breathe` after each (so the caller can yield
 * to the browser).
 */
async function slicedBytes(
  count: number,
  slice: (from: number, to: number) => string,
  breathe: () => Promise<void>,
): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let from = 0; from < count; from += SLICE) {
    parts.push(encoder.encode(slice(from, Math.min(from + SLICE, count))));
    await breathe();
  }
  return parts;
}

/** A list's JSON array members in slices of UTF-8 bytes (see slicedBytes). */
export function jsonListParts(
  items: readonly unknown[],
  breathe: () => Promise<void>,
): Promise<Uint8Array[]> {
  return slicedBytes(
    items.length,
    (from, to) => JSON.stringify(items.slice(from, to)).slice(1, -1),
    breathe,
  );
}

/** A record's JSON object members (`"key":value`) in slices of UTF-8 bytes (see slicedBytes). */
export function jsonRecordParts(
  record: Readonly<Record<string, unknown>>,
  breathe: () => Promise<void>,
): Promise<Uint8Array[]> {
  const keys = Object.keys(record);
  const member = (key: string) => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`;
  return slicedBytes(
    keys.length,
    (from, to) => keys.slice(from, to).map(member).join(','),
    breathe,
  );
}

/** The text of slices of members, joined by commas (empty slices left out). */
function joinedText(parts: readonly Uint8Array[]): string {
  const filled = parts.filter((p) => p.length > 0);
  const bytes = new Uint8Array(filled.reduce((sum, p) => sum + p.length + 1, 0));
  let at = 0;
  for (const part of filled) {
    if (at > 0) bytes[at++] = 0x2c;
    bytes.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(bytes.subarray(0, at));
}

/** The graph's JSON text from its parts. */
export function graphJsonText({ head, nodes, edges }: GraphJsonParts): string {
  return `{${head ? `${head},` : ''}"nodes":[${joinedText(nodes)}],"edges":[${joinedText(edges)}]}`;
}

/**
 * The record jsonRecordParts wrote, without a prototype (an actor called "__proto__" or
 * "constructor" is a key like any other).
 */
export function jsonRecord<T>(parts: readonly Uint8Array[]): Record<string, T> {
  const parsed = JSON.parse(`{${joinedText(parts)}}`) as Record<string, T>;
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(parsed)) record[key] = value;
  return record;
}

/** The buffers of these parts, to transfer with the message that carries them. */
export function partBuffers(...lists: (readonly Uint8Array[])[]): ArrayBuffer[] {
  return lists.flatMap((parts) => parts.map((p) => p.buffer as ArrayBuffer));
}

export type ExportResponse =
  | { id: number; ok: true; bytes: ArrayBuffer }
  | { id: number; ok: true; blob: Blob }
  | { id: number; ok: false; message: string };
