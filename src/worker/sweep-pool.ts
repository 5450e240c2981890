import {
  runSweepsInline,
  type SweepExecutor,
  type SweepTask,
} from '../core/metrics/paths/run-sweeps.ts';
import type { SweepGraph } from '../core/metrics/paths/sweep-graph.ts';
import { addPartial, type SweepPartial } from '../core/metrics/paths/sweep-partial.ts';

export type SweepRequest =
  | { type: 'start'; graph: SweepGraph; task: SweepTask }
  | { type: 'range'; from: number; to: number }
  | { type: 'finish' };
export type SweepReply =
  | { type: 'swept'; sources: number }
  | { type: 'partial'; partial: SweepPartial }
  | { type: 'failed'; message: string };

export interface BrowserSweepOptions {
  /** Web Workers; default: the browser's core count, at most four. */
  threads?: number;
  /** Below this many nodes the sweep runs in the calling worker: starting workers costs more. */
  minNodes?: number;
}

const MAX_THREADS = 4;
/** Ranges per thread: enough that a worker finishing early takes over others' work. */
const RANGES_PER_THREAD = 16;

/**
 * A SweepExecutor for the browser: splits the sources into ranges, hands them out to a pool of
 * nested module workers as each finishes its last one, and adds the partials they return.
 * The pool lives for one sweep; aborting terminates it.
 */
export function browserSweeps(options: BrowserSweepOptions = {}): SweepExecutor {
  const threads = Math.max(
    1,
    options.threads ?? Math.min(MAX_THREADS, globalThis.navigator?.hardwareConcurrency || 1),
  );
  const minNodes = options.minNodes ?? 2000;
  return (g, task, run) => {
    if (threads === 1 || g.n < minNodes || typeof Worker === 'undefined')
      return runSweepsInline(g, task, run);
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
      for (const w of workers) w.terminate();
      signal?.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const send = (worker: Worker, request: SweepRequest) => worker.postMessage(request);
    const feed = (worker: Worker) => {
      if (next < g.n) {
        const from = next;
        next = Math.min(g.n, next + size);
        send(worker, { type: 'range', from, to: next });
      } else {
        send(worker, { type: 'finish' });
      }
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(new URL('./sweep-worker.ts', import.meta.url), { type: 'module' });
      workers.push(worker);
      worker.addEventListener('error', (event) => stop(new Error(event.message)));
      worker.addEventListener('message', (event: MessageEvent<SweepReply>) => {
        const reply = event.data;
        if (reply.type === 'failed') return stop(new Error(reply.message));
        if (reply.type === 'swept') {
          swept += reply.sources;
          onProgress?.(swept / g.n);
          feed(worker);
          return;
        }
        if (total) addPartial(total, reply.partial);
        else total = reply.partial;
        worker.terminate();
        if (--pending === 0) {
          signal?.removeEventListener('abort', onAbort);
          resolve(total);
        }
      });
      send(worker, { type: 'start', graph: g, task });
      feed(worker);
    }
  });
}
