/// <reference lib="webworker" />
import { sweepServer, type SweepRequest } from '../core/metrics/sweep/sweep-pool.ts';

/** One worker of the app's sweep pool. */
const answer = sweepServer((message, transfer = []) => self.postMessage(message, transfer));
self.addEventListener('message', (event: MessageEvent<SweepRequest>) => answer(event.data));
