import { parentPort, workerData } from 'node:worker_threads';
import { partialFor, rangeSweeper, type SweepTask } from '../core/metrics/paths/run-sweeps.ts';
import type { SweepGraph } from '../core/metrics/paths/sweep-graph.ts';
import { partialBuffers } from '../core/metrics/paths/sweep-partial.ts';
import type { SweepReply, SweepRequest } from './parallel.ts';

/**
 * One thread of the CLI's sweep pool: sweeps the source ranges it is sent into one partial
 * and hands that partial back (transferred, not copied) when told to finish.
 */
const { graph, task } = workerData as { graph: SweepGraph; task: SweepTask };
const port = parentPort!;
const sweep = rangeSweeper(graph, task);
const acc = partialFor(graph, task);

port.on('message', (request: SweepRequest) => {
  if (request.type === 'range') {
    sweep(request.from, request.to, acc);
    port.postMessage({ type: 'swept', sources: request.to - request.from } satisfies SweepReply);
  } else {
    port.postMessage({ type: 'partial', partial: acc } satisfies SweepReply, partialBuffers(acc));
  }
});
