/// <reference lib="webworker" />
import { partialFor, rangeSweeper, type SweepTask } from '../core/metrics/paths/run-sweeps.ts';
import type { SweepGraph } from '../core/metrics/paths/sweep-graph.ts';
import { partialBuffers, type SweepPartial } from '../core/metrics/paths/sweep-partial.ts';
import type { SweepReply, SweepRequest } from './sweep-pool.ts';

/**
 * One worker of the app's sweep pool: sweeps the source ranges it is sent into one partial
 * and hands that partial back (transferred, not copied) when told to finish.
 */
let sweep: ((from: number, to: number, acc: SweepPartial) => void) | null = null;
let acc: SweepPartial | null = null;

const reply = (message: SweepReply, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.addEventListener('message', (event: MessageEvent<SweepRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'start') {
      const { graph, task }: { graph: SweepGraph; task: SweepTask } = request;
      sweep = rangeSweeper(graph, task);
      acc = partialFor(graph, task);
    } else if (request.type === 'range') {
      sweep!(request.from, request.to, acc!);
      reply({ type: 'swept', sources: request.to - request.from });
    } else {
      reply({ type: 'partial', partial: acc! }, partialBuffers(acc!));
    }
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
