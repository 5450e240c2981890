import { statSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import { wantsSweeps } from '../core/metrics/index.ts';
import { projectMunicipalities } from '../core/model/projection.ts';
import type { PlanLimits } from '../core/metrics/plan.ts';
import { openInput } from '../core/run/open-input.ts';
import { loadNetwork, run, type MetricRequest, type RunResult } from '../core/run/run.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import { UsageError, type CliArgs } from './args.ts';
import { fileSource } from './file-source.ts';
import { workerSweeps } from './parallel.ts';
import { printReport } from './print-report.ts';
import { progressBar } from './progress.ts';

/**
 * The core run on the files named on the command line, with the sweeps on worker threads, a
 * progress bar on a terminal, and the import report on stderr as soon as the graph is built.
 */
export async function runInput(args: CliArgs, metrics: MetricRequest): Promise<RunResult> {
  const [edges] = args.inputs;
  if (!edges) throw new UsageError(CLI_TEXT[args.lang].missingInput);
  const bar = progressBar(args.lang);
  const sweeps = workerSweeps({ prestart: prestartWorkers(edges, metrics) });
  try {
    const opened = await openInput({
      edges: readable(edges),
      ...(args.nodes ? { nodes: readable(args.nodes) } : {}),
    });
    const outcome = await run(
      opened,
      {
        directed: args.directed,
        merge: args.merge,
        recognise: args.recognise,
        // Metrics and analysis run on the compact graph: graphology's structure is made only
        // if a command asks for more than the node and edge tables.
        lazy: true,
        edgeRoles: args.edgeRoles,
        seed: args.seed,
        metrics,
        ...planLimits(),
        ...(args.error !== undefined ? { refine: { epsilon: args.error } } : {}),
        ...(args.project === 'municipalities' ? { transform: projectMunicipalities } : {}),
      },
      {
        sweeps,
        onProgress: bar.update,
        onLoaded: (loaded) => {
          bar.clear();
          printReport(loaded.report, args.lang);
        },
        onPlanned: (skipped, sampled) => {
          if (skipped.length)
            process.stderr.write(CLI_TEXT[args.lang].skippedLarge(skipped) + '\n');
          if (sampled) process.stderr.write(CLI_TEXT[args.lang].sampledLarge(sampled) + '\n');
        },
        onRefined: (round) => {
          // Round 1 is the estimate the plan already stated.
          if (round.round === 1) return;
          bar.clear();
          process.stderr.write(CLI_TEXT[args.lang].refinedRound(round) + '\n');
        },
      },
    );
    // The CLI never asks for column roles: without askRoles a run always has a result.
    if (outcome.kind !== 'result') throw new Error('unexpected column question');
    return outcome.result;
  } finally {
    bar.done();
  }
}

/**
 * Whether to start the sweep workers before reading: when the metrics asked for run the
 * all-pairs sweeps and the edge file is large enough to hold a network that needs workers.
 */
function prestartWorkers(edges: string, metrics: MetricRequest): boolean {
  if (metrics === 'none' || (metrics !== 'planned' && !wantsSweeps(metrics))) return false;
  try {
    return statSync(edges).size >= PRESTART_BYTES;
  } catch {
    return false;
  }
}

/** An edge file this large has at least a few thousand rows (a row is rarely under 20 bytes). */
const PRESTART_BYTES = 64 * 1024;

/**
 * Where the plan samples and how many sources, from BROBYGGARE_ALL_PAIRS_LIMIT and
 * BROBYGGARE_SAMPLE_SOURCES: for tests and benchmarks, which need a small network past the limit.
 */
function planLimits(): { sampling?: PlanLimits } {
  const limit = Number(process.env['BROBYGGARE_ALL_PAIRS_LIMIT'] ?? NaN);
  const sources = Number(process.env['BROBYGGARE_SAMPLE_SOURCES'] ?? NaN);
  const sampling: PlanLimits = {
    ...(Number.isFinite(limit) ? { allPairsLimit: limit } : {}),
    ...(Number.isInteger(sources) && sources > 0 ? { sources } : {}),
  };
  return Object.keys(sampling).length > 0 ? { sampling } : {};
}

/** A file on disk as a byte source; a missing file or a folder is bad input, said plainly. */
function readable(path: string) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError('file_not_found', { file: path });
  }
  if (!stats.isFile()) throw new InputError('not_a_file', { file: path });
  return fileSource(path);
}

/**
 * The run's first half on the command line's files: the opened input (kept, so a command can
 * read its tables again without the bytes) and the loaded network, its report on stderr.
 */
export async function loadInput(args: CliArgs, edges: string) {
  const opened = await openInput({
    edges: readable(edges),
    ...(args.nodes ? { nodes: readable(args.nodes) } : {}),
  });
  const loaded = await loadNetwork(opened, {
    directed: args.directed,
    merge: args.merge,
    recognise: args.recognise,
    edgeRoles: args.edgeRoles,
    seed: args.seed,
  });
  // The CLI never asks for column roles: without askRoles a load always has a network.
  if (!('graph' in loaded)) throw new Error('unexpected column question');
  printReport(loaded.report, args.lang);
  return { opened, loaded };
}
