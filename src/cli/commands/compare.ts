import { writeFileSync } from 'node:fs';
import { POSITIONS, type Finding } from '../../core/analysis/types.ts';
import {
  municipalityChangeTable,
  tieChangeTable,
  transitionTable,
  flowTable,
} from '../../core/change/change-tables.ts';
import {
  addMissingNodes,
  comparePeriods,
  parseYearSpan,
  periodGraphs,
  type ChangeResult,
  type PeriodInput,
  type PeriodRef,
  type YearSpan,
} from '../../core/change/index.ts';
import { tableCsv } from '../../core/export/csv.ts';
import { writeTablesXlsx } from '../../core/export/xlsx.ts';
import { ANALYSIS_TEXT } from '../../i18n/analysis.ts';
import { CHANGE_TEXT, findingSentence } from '../../i18n/change.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import type { Lang } from '../../i18n/lang.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { InputError } from '../../core/errors.ts';
import { outFormat, type OutFormat } from '../out-format.ts';
import { loadInput } from '../run-input.ts';
import { tableObjects } from '../write-output.ts';
import { progressBar } from '../progress.ts';

/**
 * `brobyggare compare EDGES --from Y --to Y` (periods of the year column) or
 * `brobyggare compare OLD NEW` (two files): the full rule on both periods and what changed. The
 * municipality table goes to stdout or --out (CSV, JSON with ties, transitions and flows, or
 * XLSX with a sheet each); the choices, transitions, moves and findings to stderr.
 */
export async function compare(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const format = args.out ? outFormat(args.out, ['csv', 'json', 'xlsx'], args.lang) : 'csv';
  const [from, to] = await periods(args);
  const bar = progressBar(args.lang);
  const result = comparePeriods(from, to, {
    thresholds: args.thresholds,
    seed: args.seed,
    ...(from.ref.kind === 'years' ? { undated: args.undated } : {}),
    onProgress: (fraction) => bar.update('analysis', fraction),
  });
  bar.done();
  process.stderr.write(summary(result, args.lang).join('\n') + '\n');
  const table = municipalityChangeTable(result);
  if (!args.out) {
    process.stdout.write(tableCsv(table));
    return;
  }
  writeFileSync(args.out, await encode(format, result, args.lang));
  process.stderr.write(t.wrote(args.out, table.rows.length) + '\n');
}

async function periods(args: CliArgs): Promise<[PeriodInput, PeriodInput]> {
  const [edges, second, ...rest] = args.inputs;
  if (rest.length > 0) throw new UsageError(`compare: ${rest.join(' ')}`);
  if (second !== undefined) {
    if (args.from !== undefined || args.to !== undefined)
      throw new UsageError('compare OLD NEW: --from, --to');
    const { loaded: a } = await loadInput(args, edges!);
    const { loaded: b } = await loadInput(args, second);
    addMissingNodes(a.graph, b.graph);
    addMissingNodes(b.graph, a.graph);
    return [
      { ref: { kind: 'file', file: a.report.files[0]!.file }, graph: a.graph },
      { ref: { kind: 'file', file: b.report.files[0]!.file }, graph: b.graph },
    ];
  }
  const spans = [yearSpan('--from', args.from), yearSpan('--to', args.to)];
  if (edges === undefined) throw new UsageError(CLI_TEXT[args.lang].missingInput);
  const { opened, loaded } = await loadInput(args, edges);
  if (opened.kind !== 'tables') throw new InputError('change_needs_rows', { file: opened.file });
  const [a, b] = await periodGraphs(opened, loaded, spans, args.undated);
  return [
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
  ];
}

function yearSpan(flag: string, text: string | undefined): YearSpan {
  if (text === undefined) throw new UsageError(`compare EDGES: ${flag} YEAR[-YEAR]`);
  const span = parseYearSpan(text);
  if (!span) throw new UsageError(`${flag}: ${text}`);
  return span;
}

async function encode(
  format: OutFormat,
  result: ChangeResult,
  lang: Lang,
): Promise<string | Uint8Array> {
  const municipalities = municipalityChangeTable(result);
  if (format === 'csv') return tableCsv(municipalities);
  const ties = tieChangeTable(result.ties);
  const transitions = transitionTable(result);
  const actors = flowTable(result.actors, true);
  const counties = flowTable(result.counties, false);
  if (format === 'xlsx')
    return writeTablesXlsx([
      { name: 'municipalities', table: municipalities },
      { name: 'ties', table: ties },
      { name: 'transitions', table: transitions },
      { name: 'actors', table: actors },
      { name: 'counties', table: counties },
    ]);
  const findings = (list: Finding[]) =>
    list.map((f) => ({
      code: f.code,
      severity: f.severity,
      nodes: f.nodes,
      edges: f.edges,
      params: f.params,
      sentence: findingSentence(f, lang),
    }));
  const json = {
    from: periodId(result.from),
    to: periodId(result.to),
    thresholds: result.thresholds,
    ...(result.undated ? { undated: result.undated } : {}),
    municipalities: tableObjects(municipalities),
    ties: tableObjects(ties),
    transitions: tableObjects(transitions),
    actors: tableObjects(actors),
    counties: tableObjects(counties),
    findings: {
      appeared: findings(result.findings.appeared),
      resolved: findings(result.findings.resolved),
    },
  };
  return JSON.stringify(json, null, 1) + '\n';
}

/** "2016", "2015-2016" or the file name: plain ASCII for machine readers. */
function periodId(ref: PeriodRef): string {
  if (ref.kind === 'file') return ref.file;
  const { from, to } = ref.years;
  return from === to ? String(from) : `${from}-${to}`;
}

/** The highest-ranked findings on stderr; --out holds them all. */
const SHOWN_FINDINGS = 10;

function summary(result: ChangeResult, lang: Lang): string[] {
  const c = CHANGE_TEXT[lang];
  const names = ANALYSIS_TEXT[lang].positionNames;
  const lines = [
    c.comparing(c.period(result.from), c.period(result.to)),
    `  ${c.thresholds[result.thresholds]}`,
    ...(result.undated ? [`  ${c.undated[result.undated]}`] : []),
    c.transitionsHeading,
  ];
  const width = Math.max(...POSITIONS.map((p) => names[p].length));
  lines.push(`  ${''.padEnd(width)}  ${POSITIONS.map((p) => names[p].padStart(width)).join('  ')}`);
  for (const from of POSITIONS) {
    const counts = POSITIONS.map((to) =>
      String(result.transitions.find((x) => x.from === from && x.to === to)!.count).padStart(width),
    );
    lines.push(`  ${names[from].padEnd(width)}  ${counts.join('  ')}`);
  }
  const moved = result.municipalities.filter((m) => m.move !== 'same');
  lines.push(c.movedHeading);
  if (moved.length === 0) lines.push(`  ${c.noneMoved}`);
  for (const m of moved) {
    const partners = [
      ...m.partnersAdded.map((p) => `+${p}`),
      ...m.partnersRemoved.map((p) => `−${p}`),
    ];
    const ties = partners.length ? `; ${c.partners(partners.join(', '))}` : '';
    lines.push(`  ${m.label}: ${names[m.from]} → ${names[m.to]} (${c.moves[m.move]}${ties})`);
  }
  const statuses = (['added', 'removed', 'strengthened', 'weakened', 'unchanged'] as const).map(
    (s) => `${c.tieStatus[s]} ${result.ties.filter((x) => x.status === s).length}`,
  );
  lines.push(`${c.tiesHeading}: ${statuses.join(', ')}`);
  for (const [heading, list] of [
    [c.findingsAppeared, result.findings.appeared],
    [c.findingsResolved, result.findings.resolved],
  ] as const) {
    lines.push(`${heading}: ${list.length}`);
    for (const f of list.slice(0, SHOWN_FINDINGS)) lines.push(`  - ${findingSentence(f, lang)}`);
    if (list.length > SHOWN_FINDINGS) lines.push(`  ${c.more(list.length - SHOWN_FINDINGS)}`);
  }
  return lines;
}
