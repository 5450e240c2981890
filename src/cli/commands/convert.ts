import { writeFileSync } from 'node:fs';
import { writeNodesCsv } from '../../core/export/csv.ts';
import { writeGexf } from '../../core/export/gexf.ts';
import { writeGraphml } from '../../core/export/graphml.ts';
import type { ExportInput } from '../../core/export/types.ts';
import { writeXlsx } from '../../core/export/xlsx.ts';
import type { EdgeRole, ExplicitRoles } from '../../core/io/types.ts';
import { createProject } from '../../core/project/create-project.ts';
import type { Project } from '../../core/project/types.ts';
import { writeProject } from '../../core/project/write-project.ts';
import type { RunResult } from '../../core/run/run.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { EXPORT_TEXT, exportWords } from '../../i18n/export.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { analyzeJson } from '../json-result.ts';
import { outFormat, type OutFormat } from '../out-format.ts';
import { runInput } from '../run-input.ts';
import { progressBar } from '../progress.ts';

/**
 * `brobyggare convert IN OUT`: reads anything the importer reads, or a project file (with its
 * what-if edits applied, as the app does), computes the metrics and the network positions, and
 * writes OUT in the format its extension names with them (the findings too, in a workbook).
 */
export async function convert(args: CliArgs): Promise<void> {
  const [input, output] = args.inputs;
  if (!input || !output || args.inputs.length !== 2) {
    throw new UsageError(EXPORT_TEXT[args.lang].missingConvertArgs);
  }
  const format = outFormat(
    output,
    ['gexf', 'graphml', 'xlsx', 'csv', 'json', 'project'],
    args.lang,
  );
  const result = await runInput({ ...args, inputs: [input] }, 'planned');
  const { graph, metrics, analysis } = result;
  const exported: ExportInput = {
    graph,
    metrics,
    analysis,
    report: result.loaded.report,
    layout: savedLayout(result),
  };
  const bar = progressBar(args.lang);
  const bytes = await encode(format, exported, result, args, (x) => bar.update('write', x));
  bar.done();
  writeFileSync(output, bytes);
  process.stderr.write(EXPORT_TEXT[args.lang].wroteFile(output, graph.order, graph.size) + '\n');
  if (format === 'csv') process.stderr.write(CLI_TEXT[args.lang].csvNodesOnly + '\n');
}

/** The positions a project file holds, when it holds any. */
function savedLayout(result: RunResult) {
  const positions = result.loaded.project?.positions;
  return positions && Object.keys(positions).length > 0
    ? new Map(Object.entries(positions))
    : undefined;
}

/** A project file read in is written back as it was (its edits still undoable); else a new one. */
function projectOf(result: RunResult, args: CliArgs): Project {
  return (
    result.loaded.project ??
    createProject(result.graph, {
      report: result.loaded.report,
      mapping: { edges: args.edgeRoles as ExplicitRoles<EdgeRole> },
    })
  );
}

async function encode(
  format: OutFormat,
  exported: ExportInput,
  result: RunResult,
  args: CliArgs,
  onProgress: (fraction: number) => void,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'gexf':
      return writeGexf(exported);
    case 'graphml':
      return writeGraphml(exported);
    case 'xlsx':
      return writeXlsx(exported, exportWords(args.lang), onProgress);
    case 'csv':
      return writeNodesCsv(exported);
    case 'project':
      return writeProject(projectOf(result, args));
    case 'json':
      return JSON.stringify(analyzeJson(exported), null, 1) + '\n';
  }
}
