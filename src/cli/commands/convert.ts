import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeNetwork } from '../../core/analysis/index.ts';
import { writeNodesCsv } from '../../core/export/csv.ts';
import { writeGexf } from '../../core/export/gexf.ts';
import { writeGraphml } from '../../core/export/graphml.ts';
import type { ExportInput } from '../../core/export/types.ts';
import { writeXlsx } from '../../core/export/xlsx.ts';
import type { EdgeRole, ExplicitRoles } from '../../core/io/types.ts';
import { computeForCli } from '../compute-metrics.ts';
import { createProject, projectGraph } from '../../core/project/create-project.ts';
import { readProject } from '../../core/project/read-project.ts';
import { PROJECT_EXTENSION, type Project } from '../../core/project/types.ts';
import { writeProject } from '../../core/project/write-project.ts';
import { EXPORT_TEXT, exportWords } from '../../i18n/export.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { loadInput } from '../load-input.ts';
import { printReport } from '../print-report.ts';
import { analyzeJson } from '../json-result.ts';

export type ConvertFormat = 'gexf' | 'graphml' | 'xlsx' | 'csv' | 'json' | 'project';

/** The output format by the file's extension; a project file before plain JSON. */
export function convertFormat(path: string, args: CliArgs): ConvertFormat {
  const name = path.toLowerCase();
  if (name.endsWith(PROJECT_EXTENSION)) return 'project';
  for (const format of ['gexf', 'graphml', 'xlsx', 'csv', 'json'] as const) {
    if (name.endsWith(`.${format}`)) return format;
  }
  throw new UsageError(EXPORT_TEXT[args.lang].unknownOutput(path));
}

/**
 * `brobyggare convert IN OUT`: reads anything the importer reads, or a project file, computes
 * every metric and the network positions, and writes OUT in the format its extension names
 * with them (the findings too, in a workbook).
 */
export async function convert(args: CliArgs): Promise<void> {
  const [input, output] = args.inputs;
  if (!input || !output || args.inputs.length !== 2) {
    throw new UsageError(EXPORT_TEXT[args.lang].missingConvertArgs);
  }
  const format = convertFormat(output, args);
  const source = await readInput(args, input);
  if (source.report) printReport(source.report, args.lang);
  const metrics = await computeForCli(source.graph, args);
  const exported: ExportInput = {
    graph: source.graph,
    metrics,
    analysis: analyzeNetwork(source.graph, metrics, { seed: args.seed }),
    report: source.report,
    layout: source.project?.positions,
  };
  writeFileSync(
    output,
    await encode(format, exported, source.project ?? newProject(args, exported), args),
  );
  process.stderr.write(
    EXPORT_TEXT[args.lang].wroteFile(output, source.graph.order, source.graph.size) + '\n',
  );
}

async function readInput(args: CliArgs, input: string) {
  if (!input.toLowerCase().endsWith(PROJECT_EXTENSION)) {
    return { ...(await loadInput(args)), project: undefined };
  }
  if (!existsSync(input)) throw new UsageError(`${input}: no such file`);
  const project = readProject(readFileSync(input, 'utf8'), basename(input));
  return { graph: projectGraph(project), report: project.data.report, project };
}

function newProject(args: CliArgs, exported: ExportInput): Project {
  return createProject(exported.graph, {
    report: exported.report,
    mapping: { edges: args.edgeRoles as ExplicitRoles<EdgeRole> },
  });
}

async function encode(
  format: ConvertFormat,
  exported: ExportInput,
  project: Project,
  args: CliArgs,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'gexf':
      return writeGexf(exported);
    case 'graphml':
      return writeGraphml(exported);
    case 'xlsx':
      return writeXlsx(exported, exportWords(args.lang));
    case 'csv':
      return writeNodesCsv(exported);
    case 'project':
      return writeProject(project);
    case 'json':
      return JSON.stringify(analyzeJson(exported), null, 1) + '\n';
  }
}
