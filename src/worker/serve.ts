import { suggestTies, type Suggestion } from '../core/analysis/index.ts';
import { changeOfRun } from '../core/change/change-of-run.ts';
import { changeOfFile } from './change-file.ts';
import { InputError } from '../core/errors.ts';
import type { OpenedInput } from '../core/run/open-input.ts';
import type { RunResult } from '../core/run/run.ts';
import { edit, load, openFiles, type Progress } from './pipeline.ts';
import { projectData } from './project-data.ts';
import { browserSweeps } from './sweep-pool.ts';
import { refineRun } from '../core/run/refine.ts';
import { projectMessages } from './project-pages.ts';
import type {
  FilePayload,
  LoadSettings,
  ProjectData,
  Stage,
  WorkerError,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

/** The network on screen: its opened files, its run and the settings it was read with. */
interface Loaded {
  opened: OpenedInput;
  result: RunResult;
  settings: LoadSettings;
}

/** The part of a worker's global scope the server uses (a test can pass a fake). */
export interface Port {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const PROGRESS_INTERVAL_MS = 50;
/**
 * The longest the sweeps wait for the page to draw a pending network: a safety net only (a page
 * in a hidden tab says so at once, as it draws nothing).
 */
const DRAWN_TIMEOUT_MS = 20_000;
/**
 * The error bound (95 %) the app refines estimated betweenness and closeness to: a hundredth
 * of the normalised scale would take most of an exact run on the networks that are sampled.
 */
const REFINE_EPSILON = 0.02;
const SUGGESTIONS = 5;

/**
 * Answers load / remap / edit / suggest / cancel requests. The network on screen is kept for
 * what-if edits and suggestions; a failed or cancelled load leaves it untouched. Files are
 * opened once: a load that stops to ask for column roles, and a remap of the network on
 * screen, resume from the opened input without reading the bytes again.
 */
export function serve(port: Port): void {
  const running = new Map<number, AbortController>();
  let current: Loaded | null = null;
  /** Loads waiting for the page to draw their pending network, by job. */
  const drawnGates = new Map<number, () => void>();
  /** A load whose estimated metrics are refined once its job has ended. */
  let refineNext: Loaded | null = null;
  let pending: OpenedInput | null = null;
  /** The last load, settled: requests about the network on screen wait for it (a quiet load may still run). */
  let loaded: Promise<void> = Promise.resolve();
  /** Counts loads, so a quiet load that ends after a newer one does not replace its network. */
  let loads = 0;

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

  const track = async (job: number, work: (signal: AbortSignal) => Promise<void>) => {
    const controller = new AbortController();
    running.set(job, controller);
    try {
      await work(controller.signal);
    } catch (err) {
      post({ type: 'error', job, error: toWorkerError(err, controller.signal) });
    } finally {
      running.delete(job);
    }
  };

  const show = (job: number, project: ProjectData) => {
    for (const { message, transfer } of projectMessages(job, project)) post(message, transfer);
  };

  const loadOpened = (
    job: number,
    opened: () => Promise<OpenedInput>,
    settings: LoadSettings,
    quiet = false,
  ) => {
    const mine = ++loads;
    return track(job, async (signal) => {
      const input = await opened();
      pending = input;
      const progress: Progress = quiet ? () => {} : progressFor(job);
      // A network in view is shown while its path metrics are computed (not a quiet load's).
      const onPending = quiet
        ? undefined
        : (project: ProjectData) => {
            if (!signal.aborted) show(job, project);
          };
      // The page says when it has drawn the pending network (at once in a hidden tab, which
      // runs no frames); a page that never says so holds the sweeps up for 20 s at most.
      const drawn =
        quiet || !settings.awaitDrawn
          ? undefined
          : new Promise<void>((resolve) => {
              const done = () => {
                clearTimeout(timer);
                drawnGates.delete(job);
                resolve();
              };
              const timer = setTimeout(done, DRAWN_TIMEOUT_MS);
              drawnGates.set(job, done);
            });
      const outcome = await load(input, settings, signal, progress, onPending, drawn);
      if (quiet) {
        if (!('question' in outcome) && mine === loads)
          current = { opened: input, result: outcome.result, settings };
        return;
      }
      if ('question' in outcome) {
        if (!signal.aborted) post({ type: 'columns', job, columns: outcome.question });
        return;
      }
      current = { opened: input, result: outcome.result, settings };
      pending = null;
      if (outcome.result.metrics.sampled) {
        show(job, { ...outcome.project, refining: true });
        refineNext = current;
      } else show(job, outcome.project);
    }).then(() => {
      const base = refineNext;
      refineNext = null;
      if (base && !quiet) refine(job, base);
    });
  };

  /**
   * A large network's estimated metrics, refined in rounds after its load (the load's job runs
   * on, so the page can cancel it): each round is shown, and the last with positions redone on
   * it. Requests about the network do not wait for it.
   */
  const refine = (job: number, base: Loaded) =>
    void track(job, async (signal) => {
      const refined = await refineRun(
        base.result,
        { epsilon: REFINE_EPSILON },
        {
          sweeps: browserSweeps(),
          signal,
          onProgress: progressFor(job),
          onRefined: (round) => {
            // Round 1 is the estimate on screen; the last is shown with its positions below.
            if (round.round > 1 && round.round < round.rounds)
              show(job, {
                ...projectData({ ...base.result, metrics: round.metrics }, null, true),
                refining: true,
              });
          },
        },
      );
      if (current === base) current = { ...base, result: refined };
      show(job, projectData(refined, null, true));
    });

  port.addEventListener('message', (event) => {
    const request = event.data;
    switch (request.type) {
      case 'cancel':
        running.get(request.job)?.abort();
        drawnGates.get(request.job)?.();
        return;
      case 'drawn':
        drawnGates.get(request.job)?.();
        return;
      case 'load': {
        const files: { edges: FilePayload; nodes?: FilePayload } = {
          edges: request.edges,
          ...(request.nodes ? { nodes: request.nodes } : {}),
        };
        loaded = loadOpened(request.job, () => openFiles(files), request.settings, request.quiet);
        return;
      }
      case 'remap': {
        const input = request.files === 'pending' ? pending : (current?.opened ?? null);
        if (input) loaded = loadOpened(request.job, async () => input, request.settings);
        else post({ type: 'error', job: request.job, error: { kind: 'cancelled' } });
        return;
      }
      case 'suggest':
        void loaded.then(() =>
          post({
            type: 'suggestions',
            job: request.job,
            node: request.node,
            suggestions: suggest(current?.result ?? null, request.node),
          }),
        );
        return;
      default:
        void loaded.then(() => answer(request));
    }
  });

  /** Requests about the network on screen, once the last load has settled. */
  const answer = (request: Extract<WorkerRequest, { type: 'change' | 'change-file' | 'edit' }>) => {
    switch (request.type) {
      case 'change': {
        const base = current;
        void track(request.job, async (signal) => {
          if (!base) throw new Error('No network loaded');
          const result = await changeOfRun(base.opened, base.result.loaded, request.choice, {
            signal,
          });
          post({ type: 'change', job: request.job, result });
        });
        return;
      }
      case 'change-file': {
        const base = current;
        void track(request.job, async () => {
          if (!base) throw new Error('No network loaded');
          const result = await changeOfFile(
            { opened: base.opened, loaded: base.result.loaded, settings: base.settings },
            request.after,
            request.thresholds,
          );
          post({ type: 'change', job: request.job, result });
        });
        return;
      }
      case 'edit': {
        const base = current;
        void track(request.job, async (signal) => {
          if (!base) throw new Error('No network loaded');
          const edited = await edit(base.result, request.edits, signal, progressFor(request.job));
          current = { ...base, result: edited.result };
          show(request.job, edited.project);
        });
        return;
      }
    }
  };
}

/** Suggestions are an extra: a municipality the rule cannot measure simply gets none. */
function suggest(result: RunResult | null, node: string): Suggestion[] {
  if (!result) return [];
  try {
    return suggestTies(result.graph, result.analysis, node, { k: SUGGESTIONS });
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
