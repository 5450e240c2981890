import ExportWorker from '../../worker/export-entry.ts?worker';
import type { ExportMessage, ExportRequest, ExportResponse } from '../../worker/export-protocol.ts';
import { budgeted } from '../next-task.ts';

export interface ExportClient {
  write(request: Omit<ExportRequest, 'id'>): Promise<Uint8Array>;
  /** Starts the worker now, if not yet: its start keeps the page's main thread waiting. */
  warm(): void;
  dispose(): void;
}

/** Runs export writers in their own worker, started on the first export. */
export function createExportClient(): ExportClient {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve(b: Uint8Array): void; reject(e: Error): void }>();

  const start = () => {
    const w = new ExportWorker();
    w.addEventListener('message', (event: MessageEvent<ExportResponse>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!pending) return;
      if (answer.ok) pending.resolve(new Uint8Array(answer.bytes));
      else pending.reject(new Error(answer.message));
    });
    return w;
  };

  return {
    async write(request) {
      const id = next++;
      const { graph } = request;
      const message: ExportMessage =
        graph.nodes.length + (graph.edges?.length ?? 0) > AS_TEXT_FROM
          ? { ...request, id, graph: null, graphText: await graphJson(graph) }
          : { ...request, id };
      worker ??= start();
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage(message);
      });
    },
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

/** The graph as JSON, written a slice at a time, yielding to the browser between slices. */
async function graphJson(graph: ExportRequest['graph']): Promise<string> {
  const breathe = budgeted();
  const list = async (items: readonly unknown[]) => {
    const parts: string[] = [];
    for (let from = 0; from < items.length; from += SLICE) {
      parts.push(JSON.stringify(items.slice(from, from + SLICE)).slice(1, -1));
      await breathe();
    }
    return `[${parts.join(',')}]`;
  };
  const { nodes, edges, ...rest } = graph;
  const head = JSON.stringify(rest).slice(1, -1);
  const body = `"nodes":${await list(nodes)},"edges":${await list(edges ?? [])}`;
  return `{${head ? `${head},` : ''}${body}}`;
}
