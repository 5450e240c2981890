import { suggestTies, type Suggestion } from '../core/analysis/index.ts';
import { InputError } from '../core/errors.ts';
import { isProjectFile, openProjectFile } from './open-project.ts';
import {
  loadAndCompute,
  recomputeWithEdits,
  type Computed,
  type LoadedBase,
  type Progress,
} from './pipeline.ts';
import type { ProjectData, Stage, WorkerError, WorkerRequest, WorkerResponse } from './protocol.ts';

/** The part of a worker's global scope the server uses (a test can pass a fake). */
export interface Port {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const PROGRESS_INTERVAL_MS = 50;
const SUGGESTIONS = 5;

/**
 * Answers load / edit / cancel requests. The last successfully loaded network is kept for
 * what-if edits; a failed or cancelled load leaves it untouched.
 */
export function serve(port: Port): void {
  const running = new Map<number, AbortController>();
  let base: LoadedBase | null = null;
  let latest: Computed | null = null;

  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    port.postMessage(message, transfer);

  const progressFor = (job: number): Progress => {
    let last = 0;
    let lastStage: Stage | null = null;
    return (stage, fraction) => {
      const now = performance.now();
      if (stage === lastStage && now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;
      last = now;
      lastStage = stage;
      post({ type: 'progress', job, stage, fraction });
    };
  };

  const run = async (
    job: number,
    work: (signal: AbortSignal) => Promise<{ computed: Computed; project: ProjectData }>,
  ) => {
    const controller = new AbortController();
    running.set(job, controller);
    try {
      const { computed, project } = await work(controller.signal);
      latest = computed;
      post({ type: 'result', job, project }, transferables(project));
    } catch (err) {
      post({ type: 'error', job, error: toWorkerError(err, controller.signal) });
    } finally {
      running.delete(job);
    }
  };

  port.addEventListener('message', (event) => {
    const request = event.data;
    switch (request.type) {
      case 'cancel':
        running.get(request.job)?.abort();
        return;
      case 'load':
        void run(request.job, async (signal) => {
          const loaded = isProjectFile(request.edges)
            ? await openProjectFile(request.edges, signal, progressFor(request.job))
            : await loadAndCompute(request, request.settings, signal, progressFor(request.job));
          base = loaded.base;
          return loaded;
        });
        return;
      case 'suggest': {
        post({
          type: 'suggestions',
          job: request.job,
          node: request.node,
          suggestions: suggest(latest, request.node),
        });
        return;
      }
      case 'edit': {
        const current = base;
        void run(request.job, (signal) => {
          if (!current) throw new Error('No network loaded');
          return recomputeWithEdits(current, request.edits, signal, progressFor(request.job));
        });
        return;
      }
    }
  });
}

/** Suggestions are an extra: a municipality the rule cannot measure simply gets none. */
function suggest(latest: Computed | null, node: string): Suggestion[] {
  if (!latest) return [];
  try {
    return suggestTies(latest.graph, latest.analysis, node, { k: SUGGESTIONS });
  } catch {
    return [];
  }
}

function toWorkerError(err: unknown, signal: AbortSignal): WorkerError {
  if (signal.aborted) return { kind: 'cancelled' };
  if (err instanceof InputError)
    return { kind: 'input', code: err.code, location: err.location, params: err.params };
  return { kind: 'internal', message: err instanceof Error ? err.message : String(err) };
}

/** The buffers of the typed arrays in a project, each once (a buffer can be transferred only once). */
function transferables(project: ProjectData): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: Float64Array | Float32Array) => {
    if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  Object.values(project.metrics.node).forEach(add);
  Object.values(project.metrics.edge).forEach(add);
  if (project.layout) add(project.layout);
  return [...buffers];
}
