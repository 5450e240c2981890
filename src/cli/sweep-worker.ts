import { parentPort } from 'node:worker_threads';
import { sweepServer, type SweepRequest } from '../core/metrics/sweep/sweep-pool.ts';

/** One thread of the CLI's sweep pool. */
const port = parentPort!;
const answer = sweepServer((message, transfer = []) => port.postMessage(message, transfer));
port.on('message', (request: SweepRequest) => answer(request));
