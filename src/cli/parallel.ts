import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  runSweepsInline,
  type SweepExecutor,
  type SweepTask,
} from '../core/metrics/paths/run-sweeps.ts';
import type { SweepGraph } from '../core/metrics/paths/sweep-graph.ts';
import { addPartial, type SweepPartial } from '../core/metrics/paths/sweep-partial.ts';

export type SweepRequest = { type: 'range'; from: number; to: number } | { type: 'finish' };
export type SweepReply =
  { type: 'swept'; sources: number } | { type: 'partial'; partial: SweepPartial };

export interface WorkerSweepOptions {
  /** Worker threads; default: every core the OS offers. */
  threads?: number;
  /** Below this many nodes the sweep runs in the calling thread: starting workers costs more. */
  minNodes?: number;
}

/** Ranges per thread: enough that a thread finishing early takes over others' work. */
const RANGES_PER_THREAD = 16;

/**
 * A SweepExecutor for Node: splits the sources into ranges, hands them out to a pool of
 * worker_threads as each finishes its last one, and adds the partials the threads return.
 * The pool lives for one sweep; aborting terminates it.
 */
export function workerSweeps(options: WorkerSweepOptions = {}): SweepExecutor {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const minNodes = options.minNodes ?? 2000;
  return (g, task, run) => {
    if (threads === 1 || g.n < minNodes) return runSweepsInline(g, task, run);
    return runPool(g, task, threads, run.signal, run.onProgress);
  };
}

function runPool(
  g: SweepGraph,
  task: SweepTask,
  threads: number,
  signal: AbortSignal | undefined,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<SweepPartial> {
  signal?.throwIfAborted();
  const size = Math.max(1, Math.ceil(g.n / (threads * RANGES_PER_THREAD)));
  let next = 0;
  let swept = 0;
  let pending = threads;
  let total: SweepPartial | null = null;
  const workers: Worker[] = [];
  return new Promise<SweepPartial>((resolve, reject) => {
    const stop = (error: unknown) => {
      for (const w of workers) void w.terminate();
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (worker: Worker) => {
      if (next < g.n) {
        const from = next;
        next = Math.min(g.n, next + size);
        worker.postMessage({ type: 'range', from, to: next } satisfies SweepRequest);
      } else {
        worker.postMessage({ type: 'finish' } satisfies SweepRequest);
      }
    };
    for (let t = 0; t < threads; t++) {
      const worker = startWorker({ graph: g, task });
      workers.push(worker);
      worker.on('error', stop);
      worker.on('message', (reply: SweepReply) => {
        if (reply.type === 'swept') {
          swept += reply.sources;
          onProgress?.(swept / g.n);
          feed(worker);
          return;
        }
        if (total) addPartial(total, reply.partial);
        else total = reply.partial;
        void worker.terminate();
        if (--pending === 0) {
          signal?.removeEventListener('abort', onAbort);
          resolve(total);
        }
      });
      feed(worker);
    }
  });
}

/**
 * Starts sweep-worker. Under tsx (a checkout without a build) the worker is TypeScript, and
 * Node 20 does not pass the parent's module hooks to worker threads, so the worker registers
 * tsx itself before importing it.
 */
function startWorker(workerData: { graph: SweepGraph; task: SweepTask }): Worker {
  const entry = new URL('./sweep-worker.ts', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}
