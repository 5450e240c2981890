import { readFileSync } from 'node:fs';
import type { Port } from '../../src/worker/serve.ts';
import { serve } from '../../src/worker/serve.ts';
import type {
  FilePayload,
  ProjectData,
  WorkerRequest,
  WorkerResponse,
} from '../../src/worker/protocol.ts';

/** A port that records what the worker posts and lets the test send requests. */
export function fakePort() {
  const posted: WorkerResponse[] = [];
  let listener: ((event: MessageEvent<WorkerRequest>) => void) | null = null;
  const waiting: { job: number; resolve: (m: WorkerResponse) => void }[] = [];
  const port: Port = {
    postMessage(message) {
      posted.push(message);
      if (message.type === 'progress' || message.type === 'page') return;
      // The network shown while its path metrics are computed: the result follows.
      if (message.type === 'result' && message.project.pending) return;
      const at = waiting.findIndex((w) => w.job === message.job);
      if (at >= 0) waiting.splice(at, 1)[0]!.resolve(message);
    },
    addEventListener(_type, l) {
      listener = l;
    },
  };
  serve(port);
  return {
    posted,
    /** Sends a request that gets no answer of its own (cancel). */
    tell(request: WorkerRequest): void {
      listener!({ data: request } as MessageEvent<WorkerRequest>);
    },
    /** Sends a request and resolves with the job's final message (result, columns, error, suggestions). */
    send(request: WorkerRequest): Promise<WorkerResponse> {
      const done = new Promise<WorkerResponse>((resolve) =>
        waiting.push({ job: request.job, resolve }),
      );
      listener!({ data: request } as MessageEvent<WorkerRequest>);
      return done;
    },
  };
}

/**
 * The project a result message carries, with its graph put back together from the pages (sent
 * before it, or before the pending project it completes).
 */
export function assembled(posted: WorkerResponse[], result: WorkerResponse): ProjectData {
  if (result.type !== 'result') throw new Error(`expected a result, got ${result.type}`);
  const pages = posted.filter(
    (m): m is Extract<WorkerResponse, { type: 'page' }> =>
      m.type === 'page' && m.job === result.job,
  );
  const project = structuredClone(result.project);
  project.graph.nodes = pages.flatMap((p) => p.nodes);
  project.graph.edges = pages.flatMap((p) => p.edges);
  return project;
}

export function payload(path: string, name = path.split('/').pop()!): FilePayload {
  const bytes = readFileSync(path);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
}
