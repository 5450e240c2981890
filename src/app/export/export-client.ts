import ExportWorker from '../../worker/export-entry.ts?worker';
import type { ExportRequest, ExportResponse } from '../../worker/export-protocol.ts';

export interface ExportClient {
  write(request: Omit<ExportRequest, 'id'>): Promise<Uint8Array>;
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
    write(request) {
      const id = next++;
      worker ??= start();
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ ...request, id });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error('disposed'));
      waiting.clear();
    },
  };
}
