import ExportWorker from '../../worker/export-entry.ts?worker';
import type {
  ExportMessage,
  ExportRequest,
  ExportResponse,
  GraphJsonParts,
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
    const { graph } = request;
    const message: ExportMessage =
      graph.nodes.length + (graph.edges?.length ?? 0) > AS_TEXT_FROM
        ? { ...request, id, graph: null, graphParts: await graphJson(graph) }
        : { ...request, id };
    if (blob !== undefined) message.blob = blob;
    worker ??= start();
    const w = worker;
    return new Promise<Uint8Array | Blob>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage(message);
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

/** Graphs with more nodes and ties than this go to the worker as JSON text. */
const AS_TEXT_FROM = 5_000;
/** Nodes or ties written between checks of the time spent. */
const SLICE = 500;

/**
 * The graph as pieces of JSON, written a slice at a time, yielding to the browser between
 * slices; the worker joins them.
 */
async function graphJson(graph: ExportRequest['graph']): Promise<GraphJsonParts> {
  const breathe = budgeted();
  const list = async (items: readonly unknown[]) => {
    const parts: string[] = [];
    for (let from = 0; from < items.length; from += SLICE) {
      parts.push(JSON.stringify(items.slice(from, from + SLICE)).slice(1, -1));
      await breathe();
    }
    return parts;
  };
  const { nodes, edges, ...rest } = graph;
  return {
    head: JSON.stringify(rest).slice(1, -1),
    nodes: await list(nodes),
    edges: await list(edges ?? []),
  };
}
