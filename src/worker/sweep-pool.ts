import { runSweepsInline, type SweepExecutor } from '../core/metrics/sweep/run-sweeps.ts';
import { runSweepPool, type SweepReply } from '../core/metrics/sweep/sweep-pool.ts';
import SweepWorker from './sweep-worker.ts?worker';

export interface BrowserSweepOptions {
  /** Web Workers; default: the browser's core count, at most four. */
  threads?: number;
  /** Below this many nodes the sweep runs in the calling worker: starting workers costs more. */
  minNodes?: number;
}

const MAX_THREADS = 4;

/** A SweepExecutor for the browser: the shared sweep pool on nested module workers. */
export function browserSweeps(options: BrowserSweepOptions = {}): SweepExecutor {
  const threads = Math.max(
    1,
    options.threads ?? Math.min(MAX_THREADS, globalThis.navigator?.hardwareConcurrency || 1),
  );
  const minNodes = options.minNodes ?? 2000;
  return (g, task, run) => {
    if (threads === 1 || g.n < minNodes || typeof Worker === 'undefined')
      return runSweepsInline(g, task, run);
    return runSweepPool(g, task, threads, run, (onReply, onError) => {
      const worker = new SweepWorker();
      worker.addEventListener('message', (event: MessageEvent<SweepReply>) => onReply(event.data));
      worker.addEventListener('error', (event) => onError(new Error(event.message)));
      return {
        post: (request) => worker.postMessage(request),
        terminate: () => worker.terminate(),
      };
    });
  };
}
