import { breakdownText } from '../io/result-tables.ts';
import type { PositionResult } from '../analysis/types.ts';
import { reasonCodes } from '../analysis/reasons.ts';
import type { MetricId } from '../metrics/metric-id.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph } from '../model/types.ts';
import { metricColumns, metricType } from './metric-columns.ts';
import type { ExportInput } from './types.ts';

export type ValueType = 'string' | 'double' | 'int' | 'boolean';
export type Value = string | number | boolean;

/** One typed attribute column of nodes or edges; `value` is undefined where the cell is empty. */
export interface Column {
  name: string;
  type: ValueType;
  value(key: string): Value | undefined;
}

/**
 * Names the writers use themselves (the id and label, layout, drawing, the edge weight). A user
 * column with one of these names, or with a metric's name, is written as `data_<name>`, so a
 * researcher's own "degree" never hides the computed one.
 */
const RESERVED = ['id', 'label', 'x', 'y', 'z', 'r', 'g', 'b', 'color', 'size', 'weight'];

/**
 * The node columns of every export, in one order: kind and county, the metrics, the network
 * position, then the other known attributes and the user's own columns. Known attributes no
 * node has (no coordinates in the data, say) are left out rather than written empty.
 */
export function nodeColumns(input: ExportInput): Column[] {
  const { graph, metrics, analysis } = input;
  const known = (name: OptionalAttribute, type: ValueType) =>
    graph.someNode((_, a) => a[name] !== undefined) ? [nodeAttribute(graph, name, type)] : [];
  const fixed: Column[] = [
    nodeAttribute(graph, 'kind', 'string'),
    ...known('county', 'string'),
    ...metricColumnsOf(metrics, 'node'),
    ...sampledColumns(metrics),
    ...(analysis ? positionColumns(analysis.positions) : []),
    ...known('code', 'string'),
    ...known('lat', 'double'),
    ...known('lon', 'double'),
    ...known('recognised', 'string'),
  ];
  const names = graph.mapNodes((_, a) => a.attributes);
  return [
    ...fixed,
    ...userColumns(names, fixed, (key) => graph.getNodeAttribute(key, 'attributes')),
  ];
}

/** The edge columns: records and the kind and year breakdowns, the metrics, the user's columns. */
export function edgeColumns(input: ExportInput): Column[] {
  const { graph, metrics } = input;
  const fixed: Column[] = [
    { name: 'records', type: 'int', value: (key) => graph.getEdgeAttribute(key, 'records') },
    { name: 'kinds', type: 'string', value: (key) => breakdown(graph, key, 'byKind') },
    { name: 'years', type: 'string', value: (key) => breakdown(graph, key, 'byYear') },
    ...metricColumnsOf(metrics, 'edge'),
  ];
  const names = graph.mapEdges((_, a) => a.attributes);
  return [
    ...fixed,
    ...userColumns(names, fixed, (key) => graph.getEdgeAttribute(key, 'attributes')),
  ];
}

/** Booleans as XML Schema writes them; numbers in JavaScript's shortest exact form. */
export function valueText(value: Value): string {
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/** Graph-level metric values that are defined, typed like the other columns. */
export function graphValues(
  metrics: MetricTable | null | undefined,
): [MetricId, ValueType, number][] {
  return metricColumns(metrics, 'graph').flatMap((id) => {
    const v = metrics!.graph[id];
    return v === null || v === undefined || !Number.isFinite(v) ? [] : [[id, numberType(id), v]];
  });
}

type OptionalAttribute = 'county' | 'code' | 'lat' | 'lon' | 'recognised';

function nodeAttribute(graph: BroGraph, name: 'kind' | OptionalAttribute, type: ValueType): Column {
  return {
    name,
    type,
    value: (key) => {
      const v = graph.getNodeAttribute(key, name);
      return typeof v === 'number' && !Number.isFinite(v) ? undefined : (v ?? undefined);
    },
  };
}

function breakdown(graph: BroGraph, key: string, name: 'byKind' | 'byYear'): string | undefined {
  return breakdownText(graph.getEdgeAttribute(key, name)) || undefined;
}

function numberType(id: MetricId): ValueType {
  const type = metricType(id);
  if (type === 'boolean') return 'boolean';
  return type === 'integer' || type === 'category' ? 'int' : 'double';
}

/**
 * On a network past the all-pairs limit, how the sampled metric columns were estimated and
 * their error bound, the same on every row: `sampled_method` (pivots), `sampled_sources` (of
 * the nodes) and `sampled_epsilon` (ε at 95 %; 0 when every node was a source).
 */
function sampledColumns(metrics: MetricTable | null | undefined): Column[] {
  const sampled = metrics?.sampled;
  if (!sampled) return [];
  return [
    { name: 'sampled_method', type: 'string', value: () => sampled.method },
    { name: 'sampled_sources', type: 'int', value: () => sampled.sources },
    { name: 'sampled_epsilon', type: 'double', value: () => sampled.epsilon },
  ];
}

/** Typed metric columns reading the table by row; one row lookup shared by every column. */
function metricColumnsOf(
  metrics: MetricTable | null | undefined,
  scope: 'node' | 'edge',
): Column[] {
  if (!metrics) return [];
  const row = new Map<string, number>();
  (scope === 'node' ? metrics.nodeIds : metrics.edgeKeys).forEach((key, i) => row.set(key, i));
  return metricColumns(metrics, scope).map((id) => {
    const values = metrics[scope][id]!;
    const type = numberType(id);
    return {
      name: id,
      type,
      value: (key: string) => {
        const i = row.get(key);
        const v = i === undefined ? NaN : values[i]!;
        if (!Number.isFinite(v)) return undefined;
        return type === 'boolean' ? v !== 0 : v;
      },
    };
  });
}

/** The decisive criteria's codes ('|'-separated), `not_` where the condition failed. */
function decisive(p: PositionResult | undefined): string | undefined {
  return p ? reasonCodes(p.position, p.criteria).join('|') : undefined;
}

function positionColumns(positions: readonly PositionResult[]): Column[] {
  const byNode = new Map(positions.map((p) => [p.node, p]));
  return [
    { name: 'position', type: 'string', value: (key) => byNode.get(key)?.position },
    { name: 'position_reasons', type: 'string', value: (key) => decisive(byNode.get(key)) },
    { name: 'position_stability', type: 'double', value: (key) => byNode.get(key)?.stability },
    {
      name: 'position_stability_runs',
      type: 'int',
      value: (key) => byNode.get(key)?.stabilityRuns,
    },
    { name: 'position_uncertain', type: 'boolean', value: (key) => byNode.get(key)?.uncertain },
  ];
}

/**
 * The user's own columns, in first-seen order. A column is an integer column when every value
 * is a whole number within 32 bits (Gephi's int), a double column when every value is a number,
 * else text (numbers then written as they read).
 */
function userColumns(
  records: readonly Record<string, string | number>[],
  taken: readonly Column[],
  recordOf: (key: string) => Record<string, string | number>,
): Column[] {
  const types = new Map<string, ValueType>();
  for (const record of records) {
    for (const [name, v] of Object.entries(record)) {
      types.set(name, widen(types.get(name), v));
    }
  }
  const used = new Set([...RESERVED, ...taken.map((c) => c.name)]);
  return [...types].map(([name, type]) => {
    const column = freeName(name, used);
    used.add(column);
    return {
      name: column,
      type,
      value: (key: string) => {
        const v = recordOf(key)[name];
        return v === undefined ? undefined : type === 'string' ? String(v) : v;
      },
    };
  });
}

function widen(type: ValueType | undefined, v: string | number): ValueType {
  if (typeof v === 'string' || type === 'string') return 'string';
  const int = Number.isInteger(v) && Math.abs(v) <= 0x7fffffff;
  return int && type !== 'double' ? 'int' : 'double';
}

function freeName(name: string, used: ReadonlySet<string>): string {
  if (name !== '' && !used.has(name)) return name;
  let candidate = `data_${name}`;
  for (let n = 2; used.has(candidate); n++) candidate = `data_${name}_${n}`;
  return candidate;
}
