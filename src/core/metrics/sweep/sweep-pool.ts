import {
  partialFor,
  rangeSize,
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
  | { type: 'range'; index: number; from: number; to: number };

/** What a pool's worker answers: each range's own partial, or why it failed. */
export type SweepReply =
  | { type: 'swept'; index: number; sources: number; partial: SweepPartial }
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

/** Ranges per worker: small enough that a busy or slow thread holds up the end little. */
const RANGES_PER_WORKER = 16;

/**
 * Splits the sources into ranges and hands the next range to whichever of `threads` workers is
 * free, so a thread slowed by other work on the machine takes fewer; each range comes back as
 * its own partial, and the partials are added in range order whatever order they arrive in, so
 * two runs on the same machine are equal to the last bit. The pool lives for one sweep; aborting
 * or a failing worker terminates it.
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
  const size = rangeSize(count, threads * RANGES_PER_WORKER);
  const ranges = Math.ceil(count / size);
  let swept = 0;
  let dealt = 0;
  /** Ranges added to the total so far (all below this index), and those that came early. */
  let added = 0;
  const early = new Map<number, SweepPartial>();
  const total = partialFor(g, task);
  const workers: PoolWorker[] = [];
  return new Promise<SweepPartial>((resolve, reject) => {
    const stop = (error: unknown) => {
      for (const w of workers) w.terminate();
      signal?.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (worker: PoolWorker) => {
      if (dealt >= ranges) return;
      const index = dealt++;
      worker.post({
        type: 'range',
        index,
        from: index * size,
        to: Math.min(count, (index + 1) * size),
      });
    };
    for (let t = 0; t < Math.min(threads, ranges); t++) {
      const worker = spawn((reply) => {
        if (reply.type === 'failed') return stop(new Error(reply.message));
        swept += reply.sources;
        onProgress?.(swept / count);
        early.set(reply.index, reply.partial);
        for (let next = early.get(added); next; next = early.get(added)) {
          early.delete(added++);
          addPartial(total, next);
        }
        feed(worker);
        if (added === ranges) {
          for (const w of workers) w.terminate();
          signal?.removeEventListener('abort', onAbort);
          resolve(total);
        }
      }, stop);
      workers.push(worker);
      worker.post({ type: 'start', graph: g, task });
      feed(worker);
    }
    if (ranges === 0) {
      signal?.removeEventListener('abort', onAbort);
      resolve(total);
    }
  });
}

/**
 * The worker side of a pool: answers each request, sweeping each range it is sent into a
 * partial of its own and handing that back (its buffers transferred, not copied).
 */
export function sweepServer(
  reply: (message: SweepReply, transfer?: ArrayBuffer[]) => void,
): (request: SweepRequest) => void {
  let sweep: ((from: number, to: number, acc: SweepPartial) => void) | null = null;
  let fresh: (() => SweepPartial) | null = null;
  return (request) => {
    try {
      if (request.type === 'start') {
        const { graph, task } = request;
        sweep = rangeSweeper(graph, task);
        fresh = () => partialFor(graph, task);
      } else {
        const partial = fresh!();
        sweep!(request.from, request.to, partial);
        const { index, from, to } = request;
        reply({ type: 'swept', index, sources: to - from, partial }, partialBuffers(partial));
      }
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
