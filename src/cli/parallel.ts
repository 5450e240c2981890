import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runSweepsInline, type SweepExecutor } from '../core/metrics/sweep/run-sweeps.ts';
import {
  runSweepPool,
  sweepServer,
  type PoolWorker,
  type SweepReply,
  type SweepRequest,
} from '../core/metrics/sweep/sweep-pool.ts';

export interface WorkerSweepOptions {
  /**
   * Threads that sweep, this one among them (its share between its other work) and the rest
   * worker threads; default: every core the OS offers.
   */
  threads?: number;
  /** Below this many nodes the sweep runs in the calling thread: starting workers costs more. */
  minNodes?: number;
  /**
   * Start the workers now, before the graph is read: a worker takes a tenth of a second or more
   * to load its code, which then overlaps the reading instead of delaying the sweeps. Workers
   * left unused (a graph too small for them) do not keep the process alive.
   */
  prestart?: boolean;
}

/**
 * A SweepExecutor for Node: the shared sweep pool on worker_threads and this thread. Measured
 * on two cores: one worker and this thread took 2 % less time than two workers beside this
 * thread (one worker's start less, and no third thread for two cores), the sums the same.
 */
export function workerSweeps(options: WorkerSweepOptions = {}): SweepExecutor {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const minNodes = options.minNodes ?? 2000;
  const ready =
    options.prestart && threads > 1 ? Array.from({ length: threads - 1 }, idleWorker) : [];
  const executor: SweepExecutor = (g, task, run) => {
    if (threads === 1 || g.n < minNodes) return runSweepsInline(g, task, run);
    let spawned = 0;
    return runSweepPool(g, task, threads, run, (onReply, onError): PoolWorker => {
      if (++spawned === threads) return thisThread(onReply);
      const idle = ready.shift();
      const worker = idle?.worker ?? startWorker();
      if (idle) {
        worker.off('error', idle.keep).ref();
        // A worker that failed while idle reports it now, to the pool that takes it.
        if (idle.failed) queueMicrotask(() => onError(idle.failed!));
      }
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
 * The pool's last thread is this one: it sweeps its ranges between its other work (a range a
 * task), so the machine's cores hold the pool's threads and nothing more.
 */
function thisThread(onReply: (reply: SweepReply) => void): PoolWorker {
  let closed = false;
  const queue: SweepRequest[] = [];
  const answer = sweepServer((reply) => {
    if (!closed) onReply(reply);
  });
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    const next = queue.shift();
    if (!next || closed) return;
    answer(next);
    if (queue.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };
  return {
    post(request) {
      queue.push(request);
      schedule();
    },
    terminate() {
      closed = true;
      queue.length = 0;
    },
  };
}

interface IdleWorker {
  worker: Worker;
  failed: Error | null;
  keep: (error: Error) => void;
}

/** A worker started ahead of need: unreferenced (the process may end without it), its errors kept. */
function idleWorker(): IdleWorker {
  const worker = startWorker();
  const idle: IdleWorker = { worker, failed: null, keep: (error) => (idle.failed = error) };
  worker.on('error', idle.keep).unref();
  return idle;
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
