import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runSweepsInline, type SweepExecutor } from '../core/metrics/sweep/run-sweeps.ts';
import {
  runSweepPool,
  type PoolWorker,
  type SweepRequest,
} from '../core/metrics/sweep/sweep-pool.ts';

export interface WorkerSweepOptions {
  /** Worker threads; default: every core the OS offers. */
  threads?: number;
  /** Below this many nodes the sweep runs in the calling thread: starting workers costs more. */
  minNodes?: number;
}

/** A SweepExecutor for Node: the shared sweep pool on worker_threads. */
export function workerSweeps(options: WorkerSweepOptions = {}): SweepExecutor {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const minNodes = options.minNodes ?? 2000;
  const executor: SweepExecutor = (g, task, run) => {
    if (threads === 1 || g.n < minNodes) return runSweepsInline(g, task, run);
    return runSweepPool(g, task, threads, run, (onReply, onError): PoolWorker => {
      const worker = startWorker();
      worker.on('message', onReply);
      worker.on('error', onError);
      return {
        post: (request: SweepRequest) => worker.postMessage(request),
        terminate: () => void worker.terminate(),
      };
    });
  };
  executor.offThread = (nodes) => threads > 1 && nodes >= minNodes;
  return executor;
}

/**
 * Starts sweep-worker. Under tsx (a checkout without a build) the worker is TypeScript, and
 * Node 20 does not pass the parent's module hooks to worker threads, so the worker registers
 * tsx itself before importing it.
 */
function startWorker(): Worker {
  const entry = new URL('./sweep-worker.ts', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}
