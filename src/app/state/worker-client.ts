import AnalysisWorker from '../../worker/entry.ts?worker';
import type { WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';

export interface WorkerClient {
  send(request: WorkerRequest, transfer?: Transferable[]): void;
  dispose(): void;
}

/** Starts the compute worker; every response goes to `onResponse`. */
export function startWorker(onResponse: (response: WorkerResponse) => void): WorkerClient {
  const worker = new AnalysisWorker();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
    onResponse(event.data),
  );
  return {
    send: (request, transfer = []) => worker.postMessage(request, transfer),
    dispose: () => worker.terminate(),
  };
}
