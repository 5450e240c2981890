import { analyzeCompact } from '../analysis/analyze.ts';
import type { Analysis, AnalyzeOptions } from '../analysis/types.ts';
import type { ColumnMapping, EdgeRole, ExplicitRoles, NodeRole } from '../io/types.ts';
import { compactFromEdges, compactGraph, type CompactGraph } from '../metrics/compact.ts';
import { computeOnCompact } from '../metrics/index.ts';
import { metricPlan, type PlanLimits } from '../metrics/plan.ts';
import type { SampledMetrics } from '../metrics/paths/pivot-sample.ts';
import type { SweepExecutor } from '../metrics/sweep/run-sweeps.ts';
import type { MetricId } from '../metrics/metric-id.ts';
import type { MetricTable } from '../metrics/types.ts';
import { buildGraph } from '../model/build-graph.ts';
import { applyChanges, type ChangeSet } from '../model/change.ts';
import { lazyEdgeColumns } from '../model/lazy-graph.ts';
import type { BroGraph, BuildOptions, ImportReport } from '../model/types.ts';
import { projectGraph } from '../project/create-project.ts';
import { projectChanges } from '../project/project-changes.ts';
import type { Project } from '../project/types.ts';
import { refineMetrics, type RefinedRound, type RefineGoal } from './refine-metrics.ts';
import { resolveColumns, type LoadColumns, type RememberedRoles } from './columns.ts';
import type { OpenedInput } from './open-input.ts';

/** The stages a run reports progress for ('refine': sampled metrics refined, see refine.ts). */
export type RunStage = 'read' | 'metrics' | 'refine' | 'analysis';

/** What a host supplies besides the input: how sweeps run, how progress is shown, cancelling. */
export interface RunHost {
  /** How shortest-path sweeps run (worker threads in the CLI, Web Workers in the app). */
  sweeps?: SweepExecutor;
  /** Fraction 0..1 of the stage. */
  onProgress?: (stage: RunStage, fraction: number) => void;
  signal?: AbortSignal;
  /** The network is loaded (its import report complete); metrics come next. */
  onLoaded?: (loaded: LoadedNetwork) => void;
  /**
   * The metric plan: ids left out because the network is too large for them, and those
   * estimated from a sample instead (with the method and its error).
   */
  onPlanned?: (skipped: readonly string[], sampled?: SampledMetrics) => void;
  /**
   * The network analysed and its structure metrics, before the path sweeps start (a copy):
   * the app draws the network with these while the rest is computed.
   */
  onStructure?: (graph: BroGraph, metrics: MetricTable) => void;
  /** Each round of refining the sampled metrics (settings.refine); false stops refining. */
  onRefined?: (round: RefinedRound) => void | boolean;
}

/** Which metrics a run computes: every one the network's size allows, those named, or none. */
export type MetricRequest = 'planned' | 'none' | readonly MetricId[];

export interface RunSettings extends BuildOptions {
  edgeRoles?: ExplicitRoles<EdgeRole>;
  nodeRoles?: ExplicitRoles<NodeRole>;
  /** Roles chosen earlier by hand for tables with the same header set. */
  rememberedRoles?: RememberedRoles;
  /** Stop with a question instead of loading when the column roles are unsure. */
  askRoles?: boolean;
  /** Seed of Louvain and of the stability runs; a project file's own seed wins. */
  seed?: number;
  metrics?: MetricRequest;
  /** Where the metric plan turns to sampling and how many sources it samples (tests). */
  sampling?: PlanLimits;
  /**
   * Refine sampled metrics before the analysis, in rounds, up to this goal (refine-metrics.ts):
   * the positions and the output then read the refined values.
   */
  refine?: RefineGoal;
  /** Analyse the Newman-weighted projection onto the municipalities of a two-mode network. */
  transform?: (graph: BroGraph) => BroGraph;
  /** What-if edits applied after loading (a project file brings its own). */
  changes?: ChangeSet;
  analysis?: Pick<AnalyzeOptions, 'simpleRule'> &
    Partial<Omit<AnalyzeOptions, 'signal' | 'onProgress'>>;
}

/** The loaded network before any what-if edit: what edits are applied to. */
export interface LoadedNetwork {
  graph: BroGraph;
  report: ImportReport;
  /** The tables' columns with the roles used (absent for graph and project files). */
  columns?: LoadColumns;
  /** Whether names and codes were recognised (the build option). */
  recognise: boolean;
  /** The roles used, by column index (absent for project files). */
  mappings?: { edges: ColumnMapping<EdgeRole>; nodes?: ColumnMapping<NodeRole> };
  /** The project file the network came from, and its name. */
  project?: Project;
  projectFile?: string;
  seed: number;
}

export interface RunResult {
  loaded: LoadedNetwork;
  /** The network analysed: the loaded one with the changes applied (and transformed). */
  graph: BroGraph;
  changes: ChangeSet;
  metrics: MetricTable;
  /** Metric ids left out because the network is too large for them. */
  skippedMetrics: string[];
  analysis: Analysis;
  /** Milliseconds per stage. */
  timings: Partial<Record<RunStage, number>>;
}

/** A run either finishes, or stops to ask which column plays which role. */
export type RunOutcome =
  { kind: 'result'; result: RunResult } | { kind: 'question'; columns: LoadColumns };

/**
 * The one path from opened input to findings, for every host: column roles (or a question),
 * the graph and its import report, the what-if changes, the metric plan, the metrics on a
 * compact graph built once, and the analysis fed from that table. Answering a question is
 * calling run again on the same opened input with the roles given: the bytes are not read
 * again.
 */
export async function run(
  opened: OpenedInput,
  settings: RunSettings,
  host: RunHost = {},
): Promise<RunOutcome> {
  const started = performance.now();
  const loaded = await loadNetwork(opened, settings, host);
  if ('question' in loaded) return { kind: 'question', columns: loaded.question };
  const read = performance.now() - started;
  host.onLoaded?.(loaded);
  const changes = opened.kind === 'project' ? projectEdits(opened, loaded) : settings.changes;
  const result = await analyse(loaded, changes ?? [], settings, host);
  result.timings.read = read;
  return { kind: 'result', result };
}

/** The analysis of a loaded network with (other) what-if changes: nothing is read again. */
export async function rerun(
  loaded: LoadedNetwork,
  changes: ChangeSet,
  settings: Pick<RunSettings, AnalyseSettings>,
  host: RunHost = {},
): Promise<RunResult> {
  return analyse(loaded, changes, settings, host);
}

/** The analysis of a graph already in memory (tests, benchmarks, one period of a network). */
export async function runGraph(
  graph: BroGraph,
  settings: Pick<RunSettings, AnalyseSettings | 'seed' | 'changes'> = {},
  host: RunHost = {},
): Promise<RunResult> {
  const loaded: LoadedNetwork = {
    graph,
    report: graphReport(graph),
    seed: settings.seed ?? 1,
    recognise: true,
  };
  return analyse(loaded, settings.changes ?? [], settings, host);
}

/** The run's first half: the opened input as a graph and its import report (or a question). */
export async function loadNetwork(
  opened: OpenedInput,
  settings: RunSettings,
  host: RunHost = {},
): Promise<LoadedNetwork | { question: LoadColumns }> {
  const seed = settings.seed ?? 1;
  host.onProgress?.('read', 0);
  if (opened.kind === 'project') {
    const { project } = opened;
    const savedSeed = project.settings.seed;
    const graph = projectGraph(project);
    return {
      graph,
      report: project.data.report ?? graphReport(graph),
      project,
      projectFile: opened.file,
      recognise: settings.recognise ?? true,
      seed: typeof savedSeed === 'number' && Number.isInteger(savedSeed) ? savedSeed : seed,
    };
  }
  const roles = resolveColumns(opened, settings, settings.rememberedRoles);
  // GEXF and GraphML name their columns' roles themselves: there is nothing to ask.
  if (!opened.fixedRoles && settings.askRoles === true && !roles.sure)
    return { question: roles.columns };
  if ('error' in roles) throw roles.error;
  const { nodeMapping } = roles;
  const { graph, report } = await buildGraph(
    {
      edges: { table: opened.edges, mapping: roles.edgeMapping },
      ...(opened.nodes && nodeMapping
        ? { nodes: { table: opened.nodes, mapping: nodeMapping } }
        : {}),
    },
    {
      directed: settings.directed === true || opened.directed,
      merge: settings.merge ?? 'sum',
      recognise: settings.recognise ?? true,
      ...(settings.lazy ? { lazy: true } : {}),
      onProgress: host.onProgress && ((fraction) => host.onProgress!('read', fraction)),
      signal: host.signal,
    },
  );
  return {
    graph,
    report,
    ...(opened.fixedRoles ? {} : { columns: roles.columns }),
    mappings: { edges: roles.edgeMapping, ...(nodeMapping ? { nodes: nodeMapping } : {}) },
    recognise: settings.recognise ?? true,
    seed,
  };
}

/** The settings the analysis of a loaded network reads. */
type AnalyseSettings = 'metrics' | 'transform' | 'analysis' | 'sampling' | 'refine';

async function analyse(
  loaded: LoadedNetwork,
  changes: ChangeSet,
  settings: Pick<RunSettings, AnalyseSettings>,
  host: RunHost,
): Promise<RunResult> {
  const timings: RunResult['timings'] = {};
  const edited = changes.length > 0 ? applyChanges(loaded.graph, changes) : loaded.graph;
  const graph = settings.transform ? settings.transform(edited) : edited;
  host.signal?.throwIfAborted();
  let t = performance.now();
  const request = settings.metrics ?? 'planned';
  const plan =
    request === 'none'
      ? { only: [], skipped: [] }
      : metricPlan(graph, request === 'planned' ? undefined : [...request], settings.sampling);
  host.onPlanned?.(plan.skipped, plan.sample);
  const g = compactOf(graph);
  const computed = await computeOnCompact(g, {
    ...(plan.only ? { only: plan.only } : {}),
    ...(plan.sample ? { sample: plan.sample } : {}),
    seed: loaded.seed,
    signal: host.signal,
    sweeps: host.sweeps,
    onProgress: host.onProgress && ((fraction) => host.onProgress!('metrics', fraction)),
    ...(host.onStructure ? { onStructure: (table) => host.onStructure!(graph, table) } : {}),
  });
  timings.metrics = performance.now() - t;
  t = performance.now();
  const metrics = settings.refine
    ? await refineMetrics(g, computed, settings.refine, {
        sweeps: host.sweeps,
        signal: host.signal,
        onProgress: host.onProgress && ((fraction) => host.onProgress!('refine', fraction)),
        onRound: host.onRefined,
      })
    : computed;
  if (metrics !== computed) timings.refine = performance.now() - t;
  t = performance.now();
  const analysis = analyzeCompact(graph, g, metrics, {
    ...settings.analysis,
    seed: loaded.seed,
    signal: host.signal,
    onProgress: host.onProgress && ((fraction) => host.onProgress!('analysis', fraction)),
  });
  timings.analysis = performance.now() - t;
  return {
    loaded,
    graph,
    changes,
    metrics,
    skippedMetrics: plan.skipped,
    analysis,
    timings,
  };
}

/** The compact graph, straight from the import's columns when graphology's was not made. */
export function compactOf(graph: BroGraph): CompactGraph {
  const columns = lazyEdgeColumns(graph);
  if (!columns) return compactGraph(graph);
  const { directed, ids, nodes, source, target, strength } = columns;
  const edgeKeys: string[] = new Array<string>(source.length);
  for (let e = 0; e < source.length; e++) edgeKeys[e] = String(e);
  return compactFromEdges({
    directed,
    ids: [...ids],
    kind: nodes.map((a) => a.kind),
    edgeKeys,
    // Shared with the lazy graph: neither the compact graph nor any metric writes to them.
    source,
    target,
    strength,
  });
}

function projectEdits(opened: Extract<OpenedInput, { kind: 'project' }>, loaded: LoadedNetwork) {
  return projectChanges(opened.project, loaded.graph, opened.file);
}

/** A network without an import report (a project written by hand, a graph built in memory). */
function graphReport(graph: BroGraph): ImportReport {
  return {
    files: [],
    rowsRead: 0,
    rowsUsed: 0,
    rowsMerged: 0,
    rowsSkipped: 0,
    nodes: graph.order,
    edges: graph.size,
    selfLoops: 0,
    recognised: { municipalities: 0, regionalActors: 0 },
    nearMisses: [],
    warnings: [],
  };
}
