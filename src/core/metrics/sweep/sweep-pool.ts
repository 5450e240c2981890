import {
  partialFor,
  rangeSweeper,
  sourceCount,
  type SweepRunOptions,
  type SweepTask,
} from './run-sweeps.ts';
import type { SweepGraph } from './sweep-graph.ts';
import { WASM_STEP_BATCH } from './wasm-sweeps.ts';
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

/** Each range takes about 1/(RANGE_SHARE · threads) of the sources still left. */
const RANGE_SHARE = 8;

/** Ranges sent to each worker at a time: the one it sweeps and the next. */
const QUEUED = 2;

/**
 * Ranges are whole batches while enough sources are left: of the WebAssembly batched step
 * sweep's 128 sources, which holds two of the batched BFS's 64 (and four of the TypeScript
 * one's 32). The step sweep takes a range's last 64 or fewer sources one at a time, slower.
 */
const BATCH = WASM_STEP_BATCH;

/**
 * Where the pool's ranges start, and the count at the end: each range a share of the sources
 * still left (guided scheduling), so the ranges shrink towards the end and the last ones, which
 * a thread slowed by other work on the machine may hold up while the others wait, are short.
 * Fixed by the source count and the number of threads alone, so the partials add up in the same
 * order on every run.
 */
export function poolRanges(count: number, threads: number): number[] {
  const bounds = [0];
  const whole = count >= BATCH * threads;
  for (let at = 0; at < count;) {
    let size = Math.ceil((count - at) / (threads * RANGE_SHARE));
    if (whole) size = Math.max(BATCH, Math.ceil(size / BATCH) * BATCH);
    at = Math.min(count, at + size);
    bounds.push(at);
  }
  return bounds;
}

/**
 * Splits the sources into ranges (poolRanges) and hands the next range to whichever of
 * `threads` workers is free, so a thread slowed by other work on the machine takes fewer; each range comes back as
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
  const bounds = poolRanges(count, threads);
  const ranges = bounds.length - 1;
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
        from: bounds[index]!,
        to: bounds[index + 1]!,
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
      // Each worker holds one range beyond the one it sweeps, so it need not wait for this
      // thread (which may be busy computing other metrics) to hand it the next.
      for (let k = 0; k < QUEUED; k++) feed(worker);
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
