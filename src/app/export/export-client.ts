import ExportWorker from '../../worker/export-entry.ts?worker';
import {
  jsonListParts,
  jsonRecordParts,
  partBuffers,
  type ExportMessage,
  type ExportRequest,
  type ExportResponse,
  type GraphJsonParts,
} from '../../worker/export-protocol.ts';
import { budgeted } from '../next-task.ts';

export interface ExportClient {
  write(request: Omit<ExportRequest, 'id'>): Promise<Uint8Array>;
  /** The file as a Blob of this type, made by the worker (no copy of its bytes on the page). */
  writeBlob(request: Omit<ExportRequest, 'id'>, type: string): Promise<Blob>;
  /** Starts the worker now, if not yet: its start keeps the page's main thread waiting. */
  warm(): void;
  dispose(): void;
}

/** Runs export writers in their own worker, started on the first export. */
export function createExportClient(): ExportClient {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<
    number,
    { resolve(answer: Uint8Array | Blob): void; reject(e: Error): void }
  >();

  const start = () => {
    const w = new ExportWorker();
    w.addEventListener('message', (event: MessageEvent<ExportResponse>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!pending) return;
      if (!answer.ok) pending.reject(new Error(answer.message));
      else pending.resolve('blob' in answer ? answer.blob : new Uint8Array(answer.bytes));
    });
    return w;
  };

  const send = async (request: Omit<ExportRequest, 'id'>, blob?: string) => {
    const id = next++;
    const { graph, project } = request;
    const breathe = budgeted();
    const message: ExportMessage =
      graph.nodes.length + (graph.edges?.length ?? 0) > AS_TEXT_FROM
        ? { ...request, id, graph: null, graphParts: await graphJson(graph, breathe) }
        : { ...request, id };
    const positions = project?.positions;
    if (positions && Object.keys(positions).length > POSITIONS_AS_TEXT_FROM) {
      message.positionsParts = await jsonRecordParts(positions, breathe);
      message.project = { ...project, positions: {} };
    }
    if (blob !== undefined) message.blob = blob;
    const transfer = partBuffers(
      message.graph === null ? [...message.graphParts.nodes, ...message.graphParts.edges] : [],
      message.positionsParts ?? [],
    );
    worker ??= start();
    const w = worker;
    return new Promise<Uint8Array | Blob>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage(message, transfer);
    });
  };

  return {
    write: (request) => send(request) as Promise<Uint8Array>,
    writeBlob: (request, type) => send(request, type) as Promise<Blob>,
    warm() {
      worker ??= start();
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error('disposed'));
      waiting.clear();
    },
  };
}

/** Graphs with more nodes and ties than this go to the worker as JSON. */
const AS_TEXT_FROM = 5_000;
/** Positions of more actors than this too: a point is an object of its own to copy. */
const POSITIONS_AS_TEXT_FROM = 2_000;

/**
 * The graph as pieces of JSON, written a slice at a time, yielding to the browser between
 * slices; the worker joins them.
 */
async function graphJson(
  graph: ExportRequest['graph'],
  breathe: () => Promise<void>,
): Promise<GraphJsonParts> {
  const { nodes, edges, ...rest } = graph;
  return {
    head: JSON.stringify(rest).slice(1, -1),
    nodes: await jsonListParts(nodes, breathe),
    edges: await jsonListParts(edges ?? [], breathe),
  };
}
