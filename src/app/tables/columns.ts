import type { Finding } from '../../core/analysis/types.ts';
import type { AnalysisStrings } from '../../i18n/analysis.ts';
import type { AppText } from '../../i18n/app.ts';
import { findingSentence } from '../../i18n/finding-sentence.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatValue } from '../format.ts';
import { countyName, kindName, positionName } from '../labels.ts';
import { descriptorOf, metricDefinition, metricName } from '../metrics.ts';
import type { ScopeMembers } from '../../core/scope/scope.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import type { Project } from '../state/project.ts';
import type { Column } from './VirtualTable.tsx';

interface Words {
  t: AppText;
  a: AnalysisStrings;
  lang: Lang;
}

const numberFormat = (lang: Lang, integer: boolean) => (v: string | number) =>
  typeof v === 'number' ? formatValue(v, lang, integer ? 0 : 4) : v;

/** One column per node metric, straight from the descriptors. */
function metricColumns(
  project: Project,
  scope: 'node' | 'edge',
  rows: number[],
  { t, lang }: Words,
): Column[] {
  const table = scope === 'node' ? project.data.metrics.node : project.data.metrics.edge;
  return project.data.metrics.computed.flatMap((id) => {
    const column = table[id];
    const descriptor = descriptorOf(project, id);
    if (!column || descriptor?.scope !== scope) return [];
    const boolean = descriptor.type === 'boolean';
    return [
      {
        id,
        header: metricName(project, id, lang),
        title: metricDefinition(project, id, lang),
        numeric: true,
        value: (r: number) => column[rows[r]!] ?? NaN,
        format: boolean
          ? (v: string | number) => (v === 1 ? t.yes : v === 0 ? t.no : '')
          : numberFormat(lang, descriptor.type === 'integer' || descriptor.type === 'category'),
      },
    ];
  });
}

/** Whether a row's actor is the scope's own or a partner outside it; no column without a scope. */
function scopeColumn(
  members: ScopeMembers | null,
  outside: (r: number) => boolean,
  lang: Lang,
): Column[] {
  if (!members) return [];
  const s = SCOPE_TEXT[lang];
  return [{ id: 'scope', header: s.column, value: (r) => (outside(r) ? s.partner : s.inside) }];
}

export function nodeColumns(
  project: Project,
  rows: number[],
  words: Words,
  members: ScopeMembers | null = null,
): Column[] {
  const { t, a, lang } = words;
  const ids = project.data.metrics.nodeIds;
  const attr = (r: number) => project.graph.getNodeAttributes(ids[rows[r]!]!);
  const position = (r: number) => project.positions.get(ids[rows[r]!]!);
  return [
    { id: 'label', header: t.columns.label, value: (r) => attr(r).label },
    ...scopeColumn(members, (r) => !members!.inside.has(ids[rows[r]!]!), lang),
    { id: 'kind', header: t.columns.kind, value: (r) => kindName(attr(r).kind, t) },
    {
      id: 'county',
      header: t.columns.county,
      value: (r) => (attr(r).county ? countyName(attr(r).county, t) : ''),
    },
    {
      id: 'position',
      header: t.columns.position,
      value: (r) => {
        const p = position(r);
        return p ? positionName(p.position, a) + (p.uncertain ? ` (${a.uncertain})` : '') : '';
      },
    },
    {
      id: 'stability',
      header: t.columns.stability,
      numeric: true,
      value: (r) => position(r)?.stability ?? NaN,
      format: numberFormat(lang, false),
    },
    ...metricColumns(project, 'node', rows, words),
  ];
}

export function edgeColumns(
  project: Project,
  rows: number[],
  words: Words,
  members: ScopeMembers | null = null,
): Column[] {
  const { t, lang } = words;
  const { edgeKeys } = project.data.metrics;
  const key = (r: number) => edgeKeys[rows[r]!]!;
  const label = (node: string) => project.graph.getNodeAttribute(node, 'label');
  const attr = (r: number) => project.graph.getEdgeAttributes(key(r));
  // A tie is marked when one end is a partner outside the county.
  const crosses = (r: number) =>
    project.graph.extremities(key(r)).some((n) => !members!.inside.has(n));
  return [
    { id: 'source', header: t.columns.source, value: (r) => label(project.graph.source(key(r))) },
    { id: 'target', header: t.columns.target, value: (r) => label(project.graph.target(key(r))) },
    ...scopeColumn(members, crosses, lang),
    {
      id: 'strength',
      header: t.columns.strength,
      numeric: true,
      value: (r) => attr(r).strength,
      format: numberFormat(lang, false),
    },
    {
      id: 'records',
      header: t.columns.records,
      numeric: true,
      value: (r) => attr(r).records,
      format: numberFormat(lang, true),
    },
    {
      id: 'kinds',
      header: t.columns.kinds,
      value: (r) => Object.keys(attr(r).byKind).filter(Boolean).join(', '),
    },
    {
      id: 'years',
      header: t.columns.years,
      value: (r) => Object.keys(attr(r).byYear).filter(Boolean).sort().join(', '),
    },
    ...metricColumns(project, 'edge', rows, words),
  ];
}

export function findingColumns(findings: readonly Finding[], words: Words): Column[] {
  const { t, lang } = words;
  const rank = { high: 3, medium: 2, low: 1 } as const;
  return [
    {
      id: 'severity',
      header: t.columns.severity,
      numeric: true,
      value: (r) => rank[findings[r]!.severity],
      format: (v) => t.severities[v === 3 ? 'high' : v === 2 ? 'medium' : 'low'],
    },
    { id: 'finding', header: t.columns.finding, value: (r) => findingSentence(findings[r]!, lang) },
    {
      id: 'kind',
      header: t.columns.kind,
      value: (r) => t.findingGroups[findings[r]!.code] ?? findings[r]!.code,
    },
    {
      id: 'score',
      header: t.columns.score,
      numeric: true,
      value: (r) => findings[r]!.score,
      format: numberFormat(lang, false),
    },
  ];
}
