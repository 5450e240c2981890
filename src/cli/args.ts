import { parseArgs } from 'node:util';
import { CLI_TEXT } from '../i18n/cli.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MergeRule } from '../core/model/types.ts';

/** A wrong command line: exit code 2 with the message and the usage text. */
export class UsageError extends Error {}

export interface CliArgs {
  command: string;
  inputs: string[];
  nodes?: string;
  directed: boolean;
  merge: MergeRule;
  /** Recognise Swedish municipalities and regional bodies (off with --no-recognise). */
  recognise: boolean;
  edgeRoles: Record<string, string | number>;
  out?: string;
  edgesOut?: string;
  metrics?: string[];
  /**
   * analyze, convert: on a network past the all-pairs limit, refine the sampled metrics until their
   * error bound ε is at most this (0: every node a source, exact values).
   */
  error?: number;
  project?: 'municipalities';
  lang: Lang;
  seed: number;
  municipality?: string;
  county?: string;
  places?: string;
  k: number;
  reach: 'county' | 'all';
  /** compare: the periods as given ("2016", "2015-2016"), parsed by the command. */
  from?: string;
  to?: string;
  thresholds: 'baseline' | 'own';
  undated: 'both' | 'none';
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  nodes: { type: 'string' },
  directed: { type: 'boolean', default: false },
  source: { type: 'string' },
  target: { type: 'string' },
  strength: { type: 'string' },
  kind: { type: 'string' },
  year: { type: 'string' },
  date: { type: 'string' },
  merge: { type: 'string', default: 'sum' },
  'no-recognise': { type: 'boolean', default: false },
  out: { type: 'string', short: 'o' },
  'edges-out': { type: 'string' },
  metrics: { type: 'string' },
  error: { type: 'string' },
  project: { type: 'string' },
  lang: { type: 'string', default: 'sv' },
  seed: { type: 'string', default: '1' },
  municipality: { type: 'string', short: 'm' },
  county: { type: 'string' },
  places: { type: 'string' },
  k: { type: 'string', default: '5' },
  reach: { type: 'string', default: 'county' },
  from: { type: 'string' },
  to: { type: 'string' },
  thresholds: { type: 'string', default: 'baseline' },
  undated: { type: 'string', default: 'none' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type OptionName = keyof typeof OPTIONS;

const INPUT: readonly OptionName[] = [
  'nodes',
  'directed',
  'source',
  'target',
  'strength',
  'kind',
  'year',
  'date',
  'merge',
  'no-recognise',
];

/** The options each command reads (besides --lang, --help, --version): any other is refused. */
const COMMAND_OPTIONS = new Map<string, readonly OptionName[]>([
  ['analyze', [...INPUT, 'seed', 'out', 'edges-out', 'metrics', 'error', 'project', 'county']],
  ['weak-links', [...INPUT, 'seed', 'out', 'county']],
  ['suggest', [...INPUT, 'seed', 'municipality', 'k', 'reach', 'county']],
  ['report', [...INPUT, 'seed', 'out', 'municipality', 'county', 'places']],
  ['template', ['out']],
  ['convert', [...INPUT, 'seed', 'error']],
  ['compare', [...INPUT, 'seed', 'out', 'from', 'to', 'thresholds', 'undated']],
  ['metrics', []],
]);

const EVERYWHERE: readonly OptionName[] = ['lang', 'help', 'version'];

/** parseArgs's own messages are English only: say the same in the user's language. */
function parseError(err: unknown, lang: Lang): UsageError {
  const { code, message } = err as { code?: string; message: string };
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(CLI_TEXT[lang].unknownOption(option));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(CLI_TEXT[lang].optionNeedsValue(option));
  return new UsageError(CLI_TEXT[lang].badOption(message));
}

/** A column given as a plain non-negative integer is an index; anything else a header name. */
function columnRef(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function readArgs(argv: string[], guessedLang: Lang = 'sv'): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (err) {
    throw parseError(err, guessedLang);
  }
  const { values, positionals, tokens } = parsed;
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(CLI_TEXT[guessedLang].badLang(lang));
  const command = positionals[0] ?? '';
  const allowed = COMMAND_OPTIONS.get(command);
  if (allowed) {
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      const name = token.name as OptionName;
      if (!allowed.includes(name) && !EVERYWHERE.includes(name))
        throw new UsageError(CLI_TEXT[lang].optionNotFor(`--${name}`, command));
    }
  }
  const merge = values.merge;
  if (merge !== 'sum' && merge !== 'count' && merge !== 'max')
    throw new UsageError(CLI_TEXT[lang].badMerge(merge));
  if (values.project !== undefined && values.project !== 'municipalities') {
    throw new UsageError(`--project: ${values.project}`);
  }
  const seed = Number(values.seed);
  const k = Number(values.k);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed: ${values.seed}`);
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k: ${values.k}`);
  // A decimal comma as well: 0,05 is how a Swedish user writes it.
  const error = values.error === undefined ? undefined : Number(values.error.replace(',', '.'));
  if (error !== undefined && !(values.error!.trim() !== '' && error >= 0 && error <= 1))
    throw new UsageError(CLI_TEXT[lang].badError(values.error!));
  const reach = values.reach;
  if (reach !== 'county' && reach !== 'all')
    throw new UsageError(CLI_TEXT[lang].badChoice('--reach', reach, ['county', 'all']));
  const { thresholds, undated } = values;
  if (thresholds !== 'baseline' && thresholds !== 'own')
    throw new UsageError(CLI_TEXT[lang].badChoice('--thresholds', thresholds, ['baseline', 'own']));
  if (undated !== 'both' && undated !== 'none')
    throw new UsageError(CLI_TEXT[lang].badChoice('--undated', undated, ['both', 'none']));
  const edgeRoles: Record<string, string | number> = {};
  for (const role of ['source', 'target', 'strength', 'kind', 'year', 'date'] as const) {
    const v = values[role];
    if (v !== undefined) edgeRoles[role] = columnRef(v);
  }
  return {
    command,
    inputs: positionals.slice(1),
    nodes: values.nodes,
    directed: values.directed,
    merge,
    recognise: !values['no-recognise'],
    edgeRoles,
    out: values.out,
    edgesOut: values['edges-out'],
    metrics: values.metrics
      ?.split(',')
      .map((m) => m.trim())
      .filter(Boolean),
    ...(error !== undefined ? { error } : {}),
    project: values.project,
    lang,
    seed,
    municipality: values.municipality,
    county: values.county,
    places: values.places,
    k,
    reach,
    from: values.from,
    to: values.to,
    thresholds,
    undated,
    help: values.help,
    version: values.version,
  };
}
