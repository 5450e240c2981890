import { batch, effect } from '@preact/signals';
import type { EdgeRole, NodeRole } from '../../core/io/types.ts';
import type { RolesByName } from '../../core/run/columns.ts';
import type { ChangeChoice, ChangeResult } from '../../core/change/index.ts';
import type { ThresholdMode } from '../../core/change/types.ts';
import { InputError } from '../../core/errors.ts';
import type { ChangeSet, TieEdit } from '../../core/model/change.ts';
import type {
  FilePayload,
  LoadSettings,
  ProjectData,
  WorkerError,
  WorkerResponse,
} from '../../worker/protocol.ts';
import { NO_FILTERS } from '../filters/filters.ts';
import { METRIC } from '../metric-ids.ts';
import { nextTask } from '../next-task.ts';
import { rememberedRoles, rememberRoles } from './column-memory.ts';
import { buildProject, completeProject, type Project } from './project.ts';
import { collectPages } from './result-pages.ts';
import type { ColumnsQuestion, JobState, Store } from './store.ts';
import { startWorker, type WorkerClient } from './worker-client.ts';

/** Jobs quicker than this never show a progress bar. */
const SHOW_PROGRESS_AFTER_MS = 300;

export interface Actions {
  load(edges: FilePayload, nodes?: FilePayload, settings?: LoadSettings): void;
  /**
   * Shows a project computed ahead for these files (the build's demo) at once; the worker
   * loads the files in the background, for what-if edits and suggestions.
   */
  loadComputed(data: ProjectData, edges: FilePayload, nodes?: FilePayload): void;
  /** Loads the question's files again with the roles the user chose, and remembers them. */
  remap(
    question: ColumnsQuestion,
    roles: { edgeRoles: RolesByName<EdgeRole>; nodeRoles?: RolesByName<NodeRole> },
  ): void;
  /** Reads the network on screen again with or without recognising municipalities. */
  setRecognise(on: boolean): void;
  /** Recomputes with one more what-if edit. */
  edit(edit: TieEdit): void;
  undo(): void;
  /** The change between two periods of the network on screen, computed by the worker. */
  change(choice: ChangeChoice): Promise<ChangeResult>;
  /** The network on screen (before) against a second file (after). */
  changeFile(after: File, thresholds: ThresholdMode): Promise<ChangeResult>;
  /** Asks the worker for the best new ties for a municipality (once per project). */
  suggest(node: string): void;
  resetEdits(): void;
  cancel(): void;
  dispose(): void;
}

/** Connects the store to the compute worker: one job at a time, the newest wins. */
export function createActions(store: Store): Actions {
  let nextJob = 1;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let client: WorkerClient | null = null;
  /** Suggestions belong to one project: answers for an older one are dropped. */
  let suggestJob = 0;
  /** Change jobs waiting for the worker's answer, by job number. */
  const changeJobs = new Map<
    number,
    { resolve: (result: ChangeResult) => void; reject: (error: Error) => void }
  >();
  const pages = collectPages();
  /**
   * The network of a running job already on screen: shown while its path metrics are computed
   * (`before` is what was on screen until then, back if the job fails or is cancelled), or while
   * its sampled metrics are refined (`before` null: the estimate shown stays).
   */
  let shown: {
    job: number;
    built: Promise<Project>;
    before: { project: Project | null; baseline: Project | null } | null;
  } | null = null;

  /** A pending network on screen whose drawing the worker waits for before its sweeps. */
  let awaitingDraw: { job: number; project: Project } | null = null;
  const stopDrawnEffect = effect(() => {
    const drawn = store.drawn.value;
    if (!awaitingDraw || drawn !== awaitingDraw.project) return;
    worker().send({ type: 'drawn', job: awaitingDraw.job });
    awaitingDraw = null;
  });

  const onResponse = (response: WorkerResponse) => {
    const changeJob = changeJobs.get(response.job);
    if (changeJob && (response.type === 'change' || response.type === 'error')) {
      changeJobs.delete(response.job);
      if (response.type === 'change') changeJob.resolve(response.result);
      else changeJob.reject(workerFailure(response.error));
      return;
    }
    if (response.type === 'change') return;
    if (response.type === 'suggestions') {
      if (response.job === suggestJob)
        store.suggestions.value = new Map(store.suggestions.value).set(
          response.node,
          response.suggestions,
        );
      return;
    }
    const job = store.job.value;
    if (!job || response.job !== job.id) return;
    if (response.type === 'progress') {
      store.job.value = { ...job, stage: response.stage, fraction: response.fraction };
      return;
    }
    if (response.type === 'page') {
      pages.add(response.job, response.nodes, response.edges);
      return;
    }
    if (response.type === 'error') {
      clearTimeout(showTimer);
      restoreBeforePending(job.id);
      store.job.value = null;
      if (response.error.kind !== 'cancelled')
        store.importError.value = { error: response.error, fileName: job.fileName, kind: job.kind };
      return;
    }
    if (response.type === 'columns') {
      clearTimeout(showTimer);
      batch(() => {
        store.job.value = null;
        store.columnsQuestion.value = {
          columns: response.columns,
          files: 'pending',
          fileName: job.fileName,
        };
      });
      return;
    }
    const data = pages.complete(response.job, response.project);
    // More results of this job follow: the path metrics, or a narrower estimate.
    const more = !!(data.pending || data.refining);
    const previous = shown?.job === job.id ? shown : null;
    const built =
      data.graphSent && previous
        ? previous.built.then((on) => completeProject(on, data))
        : buildProject(data);
    shown = more
      ? {
          job: job.id,
          built,
          before: data.pending
            ? { project: store.project.peek(), baseline: store.baseline.peek() }
            : null,
        }
      : null;
    void built.then(async (project) => {
      // A result completing the network on screen is shown in a task after its message's: the
      // message (the result's pages put together) and what every view does with the result
      // were one task of 50–60 ms for a large network.
      if (previous) await nextTask();
      // A hidden tab runs no frames: the worker need not wait for a drawing there.
      if (data.pending && globalThis.document?.visibilityState === 'hidden')
        worker().send({ type: 'drawn', job: job.id });
      else if (data.pending) awaitingDraw = { job: job.id, project };
      present(job, project, { fresh: !previous, more });
    });
  };

  /** The load of this job failed or was cancelled: what was on screen before it comes back. */
  const restoreBeforePending = (job: number) => {
    const before = shown?.job === job ? shown.before : null;
    shown = null;
    if (!before) return;
    batch(() => {
      store.project.value = before.project;
      store.baseline.value = before.baseline;
    });
  };

  /**
   * Shows a job's project, unless a newer job or a cancel came while it was being built. With
   * `more`, the job runs on (its progress stays); a project that is not `fresh` completes or
   * refines the one on screen and keeps what the user did meanwhile (selection, filters, scope).
   */
  const present = (
    job: JobState,
    project: Project,
    { fresh, more }: { fresh: boolean; more: boolean } = { fresh: true, more: false },
  ) => {
    if (store.job.value?.id !== job.id) return;
    if (!more) clearTimeout(showTimer);
    batch(() => {
      if (!more) store.job.value = null;
      store.project.value = project;
      store.edits.value = project.data.edits;
      if (!fresh) {
        if (job.kind === 'load') store.baseline.value = project;
        return;
      }
      store.suggestions.value = new Map();
      suggestJob = nextJob++;
      if (job.kind === 'load') {
        store.baseline.value = project;
        store.importError.value = null;
        store.selected.value = null;
        store.focus.value = null;
        store.municipalityMap.value = null;
        store.mentalMap.value = null;
        store.filters.value = NO_FILTERS;
        store.sizeBy.value = project.data.metrics.node[METRIC.degree] ? METRIC.degree : null;
      }
    });
  };

  const worker = () => (client ??= startWorker(onResponse));

  const start = (kind: 'load' | 'edit', fileName: string) => {
    const previous = store.job.value;
    if (previous) worker().send({ type: 'cancel', job: previous.id });
    clearTimeout(showTimer);
    const id = nextJob++;
    store.job.value = { id, kind, stage: 'read', fraction: 0, visible: false, fileName };
    showTimer = setTimeout(() => {
      const job = store.job.value;
      if (job?.id === id) store.job.value = { ...job, visible: true };
    }, SHOW_PROGRESS_AFTER_MS);
    return id;
  };

  const sendEdits = (edits: ChangeSet) => {
    const job = start('edit', '');
    worker().send({ type: 'edit', job, edits });
  };

  return {
    load(edges, nodes, settings = {}) {
      store.columnsQuestion.value = null;
      store.recognise.value = settings.recognise ?? true;
      const job = start('load', nodes ? `${edges.name}, ${nodes.name}` : edges.name);
      const transfer = [edges.bytes, ...(nodes ? [nodes.bytes] : [])];
      const withMemory = { ...settings, rememberedRoles: rememberedRoles(), awaitDrawn: true };
      worker().send({ type: 'load', job, edges, nodes, settings: withMemory }, transfer);
    },
    loadComputed(data, edges, nodes) {
      store.columnsQuestion.value = null;
      store.recognise.value = true;
      start('load', nodes ? `${edges.name}, ${nodes.name}` : edges.name);
      const job = store.job.value!;
      const transfer = [edges.bytes, ...(nodes ? [nodes.bytes] : [])];
      // Its own job number: nothing it answers is shown. Sent once the project is on screen
      // and drawn: starting the worker and its pipeline earlier takes the cores the first
      // frame needs (two cores, and WebGL drawn in software where there is no GPU).
      const quietLoad = () =>
        worker().send(
          { type: 'load', job: nextJob++, edges, nodes, settings: {}, quiet: true },
          transfer,
        );
      void buildProject(data).then((project) => {
        present(job, project);
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(quietLoad, 0)));
      });
    },
    setRecognise(on) {
      const project = store.project.value;
      if (!project) return;
      const columns = project.data.columns;
      const job = start('load', project.files.join(', '));
      store.recognise.value = on;
      worker().send({
        type: 'remap',
        job,
        files: 'loaded',
        settings: {
          awaitDrawn: true,
          recognise: on,
          ...(columns ? { edgeRoles: columns.edges.roles } : {}),
          ...(columns?.nodes ? { nodeRoles: columns.nodes.roles } : {}),
        },
      });
    },
    remap(question, roles) {
      rememberRoles(question.columns, roles);
      store.columnsQuestion.value = null;
      const job = start('load', question.fileName);
      worker().send({
        type: 'remap',
        job,
        files: question.files,
        settings: { ...roles, awaitDrawn: true },
      });
    },
    edit(edit) {
      sendEdits([...store.edits.value, edit]);
    },
    change(choice) {
      const job = nextJob++;
      return new Promise<ChangeResult>((resolve, reject) => {
        changeJobs.set(job, { resolve, reject });
        worker().send({ type: 'change', job, choice });
      });
    },
    async changeFile(after, thresholds) {
      const bytes = await after.arrayBuffer();
      const job = nextJob++;
      return new Promise<ChangeResult>((resolve, reject) => {
        changeJobs.set(job, { resolve, reject });
        worker().send(
          { type: 'change-file', job, after: { name: after.name, bytes }, thresholds },
          [bytes],
        );
      });
    },
    suggest(node) {
      // Suggestions need the network as loaded: not while a job changes it (refining does not).
      const job = store.job.value;
      if (store.suggestions.value.has(node) || (job && job.stage !== 'refine')) return;
      store.suggestions.value = new Map(store.suggestions.value).set(node, 'loading');
      worker().send({ type: 'suggest', job: suggestJob, node });
    },
    undo() {
      sendEdits(store.edits.value.slice(0, -1));
    },
    resetEdits() {
      sendEdits([]);
    },
    cancel() {
      const job = store.job.value;
      if (!job) return;
      worker().send({ type: 'cancel', job: job.id });
      clearTimeout(showTimer);
      restoreBeforePending(job.id);
      store.job.value = null;
    },
    dispose() {
      stopDrawnEffect();
      clearTimeout(showTimer);
      client?.dispose();
      client = null;
    },
  };
}

/** A failed worker job as an Error; bad input keeps its code, so it is worded like any other. */
function workerFailure(error: WorkerError): Error {
  if (error.kind === 'input') return new InputError(error.code, error.location, error.params);
  return new Error(error.kind === 'internal' ? error.message : 'cancelled');
}
