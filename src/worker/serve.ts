import { suggestTies, type Suggestion } from '../core/analysis/index.ts';
import { InputError } from '../core/errors.ts';
import { isProjectFile, openProjectFile } from './open-project.ts';
import { projectMessages } from './project-pages.ts';
import {
  ColumnsNeeded,
  loadAndCompute,
  recomputeWithEdits,
  type Computed,
  type LoadedBase,
  type Progress,
} from './pipeline.ts';
import type {
  FilePayload,
  LoadSettings,
  ProjectData,
  Stage,
  WorkerError,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

type Files = { edges: FilePayload; nodes?: FilePayload };

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
  /** The files of the network on screen, and of a load waiting for the user's column roles. */
  let loadedFiles: Files | null = null;
  let pendingFiles: Files | null = null;

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
      for (const { message, transfer } of projectMessages(job, project)) post(message, transfer);
    } catch (err) {
      if (err instanceof ColumnsNeeded && !controller.signal.aborted)
        post({ type: 'columns', job, columns: err.columns });
      else post({ type: 'error', job, error: toWorkerError(err, controller.signal) });
    } finally {
      running.delete(job);
    }
  };

  const load = (job: number, files: Files, settings: LoadSettings) => {
    pendingFiles = files;
    void run(job, async (signal) => {
      const loaded = isProjectFile(files.edges)
        ? await openProjectFile(files.edges, signal, progressFor(job))
        : await loadAndCompute(files, settings, signal, progressFor(job));
      base = loaded.base;
      loadedFiles = files;
      return loaded;
    });
  };

  port.addEventListener('message', (event) => {
    const request = event.data;
    switch (request.type) {
      case 'cancel':
        running.get(request.job)?.abort();
        return;
      case 'load':
        load(request.job, { edges: request.edges, nodes: request.nodes }, request.settings);
        return;
      case 'remap': {
        const files = request.files === 'pending' ? pendingFiles : loadedFiles;
        if (files) load(request.job, files, request.settings);
        else post({ type: 'error', job: request.job, error: { kind: 'cancelled' } });
        return;
      }
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
