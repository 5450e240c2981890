import {
  partialFor,
  rangeSweeper,
  sourceCount,
  type SweepRunOptions,
  type SweepTask,
} from './run-sweeps.ts';
import type { SweepGraph } from './sweep-graph.ts';
import { addPartial, partialBuffers, type SweepPartial } from './sweep-partial.ts';

/** What a pool sends to one of its workers. */
export type SweepRequest =
  | { type: 'start'; graph: SweepGraph; task: SweepTask }
  | { type: 'range'; from: number; to: number }
  | { type: 'finish' };

/** What a pool's worker answers. */
export type SweepReply =
  | { type: 'swept'; sources: number }
  | { type: 'partial'; partial: SweepPartial }
  | { type: 'failed'; message: string };

/** One worker of a pool, whatever the platform (worker_threads in Node, Web Workers in the app). */
export interface PoolWorker {
  post(request: SweepRequest): void;
  terminate(): void;
}

/** Starts a worker whose replies go to `onReply` and whose crashes go to `onError`. */
export type SpawnWorker = (
  onReply: (reply: SweepReply) => void,
  onError: (error: Error) => void,
) => PoolWorker;

/** Ranges per worker: small enough that the deal spreads dense and sparse parts evenly. */
const RANGES_PER_WORKER = 16;

/**
 * Splits the sources into ranges and deals them to `threads` workers in turn (worker t sweeps
 * ranges t, t + threads, …, one at a time), then adds the partials they return in worker
 * order. A fixed deal and a fixed order of adding make two runs on the same machine equal to
 * the last bit, which work stealing would not. The pool lives for one sweep; aborting or a
 * failing worker terminates it.
 */
export function runSweepPool(
  g: SweepGraph,
  task: SweepTask,
  threads: number,
  run: SweepRunOptions,
  spawn: SpawnWorker,
): Promise<SweepPartial> {
  const { signal, onProgress } = run;
  signal?.throwIfAborted();
  const count = sourceCount(g, task);
  const size = Math.max(1, Math.ceil(count / (threads * RANGES_PER_WORKER)));
  const ranges = Math.ceil(count / size);
  let swept = 0;
  let pending = threads;
  const partials: (SweepPartial | null)[] = Array.from({ length: threads }, () => null);
  const workers: PoolWorker[] = [];
  return new Promise<SweepPartial>((resolve, reject) => {
    const stop = (error: unknown) => {
      for (const w of workers) w.terminate();
      signal?.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const nextRange = Array.from({ length: threads }, (_, t) => t);
    const feed = (worker: PoolWorker, t: number) => {
      const range = nextRange[t]!;
      if (range < ranges) {
        nextRange[t] = range + threads;
        worker.post({ type: 'range', from: range * size, to: Math.min(count, (range + 1) * size) });
      } else {
        worker.post({ type: 'finish' });
      }
    };
    for (let t = 0; t < threads; t++) {
      const worker = spawn((reply) => {
        if (reply.type === 'failed') return stop(new Error(reply.message));
        if (reply.type === 'swept') {
          swept += reply.sources;
          onProgress?.(swept / count);
          return feed(worker, t);
        }
        partials[t] = reply.partial;
        worker.terminate();
        if (--pending === 0) {
          signal?.removeEventListener('abort', onAbort);
          const total = partials[0]!;
          for (let i = 1; i < threads; i++) addPartial(total, partials[i]!);
          resolve(total);
        }
      }, stop);
      workers.push(worker);
      worker.post({ type: 'start', graph: g, task });
      feed(worker, t);
    }
  });
}

/**
 * The worker side of a pool: answers each request, sweeping the ranges it is sent into one
 * partial and handing that back (its buffers transferred, not copied) when told to finish.
 */
export function sweepServer(
  reply: (message: SweepReply, transfer?: ArrayBuffer[]) => void,
): (request: SweepRequest) => void {
  let sweep: ((from: number, to: number, acc: SweepPartial) => void) | null = null;
  let acc: SweepPartial | null = null;
  return (request) => {
    try {
      if (request.type === 'start') {
        sweep = rangeSweeper(request.graph, request.task);
        acc = partialFor(request.graph, request.task);
      } else if (request.type === 'range') {
        sweep!(request.from, request.to, acc!);
        reply({ type: 'swept', sources: request.to - request.from });
      } else {
        reply({ type: 'partial', partial: acc! }, partialBuffers(acc!));
      }
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
