import { parseArgs } from 'node:util';
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
  edgeRoles: Record<string, string | number>;
  out?: string;
  edgesOut?: string;
  metrics?: string[];
  project?: 'municipalities';
  lang: Lang;
  seed: number;
  municipality?: string;
  county?: string;
  places?: string;
  k: number;
  reach: 'county' | 'all';
  help: boolean;
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
  out: { type: 'string', short: 'o' },
  'edges-out': { type: 'string' },
  metrics: { type: 'string' },
  project: { type: 'string' },
  lang: { type: 'string', default: 'sv' },
  seed: { type: 'string', default: '1' },
  municipality: { type: 'string', short: 'm' },
  county: { type: 'string' },
  places: { type: 'string' },
  k: { type: 'string', default: '5' },
  reach: { type: 'string', default: 'county' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A column given as a plain non-negative integer is an index; anything else a header name. */
function columnRef(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function readArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(`--lang: ${lang}`);
  const merge = values.merge;
  if (merge !== 'sum' && merge !== 'count' && merge !== 'max')
    throw new UsageError(`--merge: ${merge}`);
  if (values.project !== undefined && values.project !== 'municipalities') {
    throw new UsageError(`--project: ${values.project}`);
  }
  const seed = Number(values.seed);
  const k = Number(values.k);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed: ${values.seed}`);
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k: ${values.k}`);
  const reach = values.reach;
  if (reach !== 'county' && reach !== 'all') throw new UsageError(`--reach: ${reach}`);
  const edgeRoles: Record<string, string | number> = {};
  for (const role of ['source', 'target', 'strength', 'kind', 'year', 'date'] as const) {
    const v = values[role];
    if (v !== undefined) edgeRoles[role] = columnRef(v);
  }
  return {
    command: positionals[0] ?? '',
    inputs: positionals.slice(1),
    nodes: values.nodes,
    directed: values.directed,
    merge,
    edgeRoles,
    out: values.out,
    edgesOut: values['edges-out'],
    metrics: values.metrics
      ?.split(',')
      .map((m) => m.trim())
      .filter(Boolean),
    project: values.project,
    lang,
    seed,
    municipality: values.municipality,
    county: values.county,
    places: values.places,
    k,
    reach,
    help: values.help,
  };
}
