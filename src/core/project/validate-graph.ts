import { MAX_STRENGTH, MIN_STRENGTH } from '../io/limits.ts';
import type { FieldChecks } from './field-checks.ts';
import type { ProjectGraph } from './types.ts';

const MERGE_RULES = ['sum', 'count', 'max'] as const;
const GRAPH_TYPES = ['directed', 'undirected'] as const;
const RECOGNISED = ['municipality', 'regional_actor'] as const;

/**
 * Checks a serialised graph against the model's attribute types and the importer's guarantees
 * (finite numbers, strengths within MIN_STRENGTH…MAX_STRENGTH, coordinates in degrees, edges
 * between listed nodes, unique keys, one edge per pair and no self-loop, every edge of the
 * graph's type), so a damaged or hand-edited file is refused with the exact field rather than
 * breaking a metric later (a self-loop gives clustering above 1).
 */
export function validateGraph(value: unknown, field: string, c: FieldChecks): ProjectGraph {
  const graph = c.object(value, field);
  const options = c.object(graph.options, `${field}.options`);
  const type = c.oneOf(options.type, GRAPH_TYPES, `${field}.options.type`);
  if (c.optional(options.multi, c.boolean, `${field}.options.multi`)) {
    c.fail(`${field}.options.multi`, 'not_allowed');
  }
  c.optional(options.allowSelfLoops, c.boolean, `${field}.options.allowSelfLoops`);
  const attributes = c.object(graph.attributes, `${field}.attributes`);
  c.array(attributes.files, `${field}.attributes.files`).forEach((f, i) =>
    c.string(f, `${field}.attributes.files[${i}]`),
  );
  c.oneOf(attributes.merge, MERGE_RULES, `${field}.attributes.merge`);

  const nodes = new Set<string>();
  c.array(graph.nodes, `${field}.nodes`).forEach((item, i) => {
    const at = `${field}.nodes[${i}]`;
    const node = c.object(item, at);
    const key = c.string(node.key, `${at}.key`);
    if (nodes.has(key)) c.fail(`${at}.key`, 'duplicate');
    nodes.add(key);
    validateNodeAttributes(node.attributes, `${at}.attributes`, c);
  });

  const edges = new Set<string>();
  const pairs = new Set<string>();
  c.array(graph.edges, `${field}.edges`).forEach((item, i) => {
    const at = `${field}.edges[${i}]`;
    const edge = c.object(item, at);
    const key = c.optional(edge.key, c.string, `${at}.key`);
    if (key !== undefined && edges.has(key)) c.fail(`${at}.key`, 'duplicate');
    if (key !== undefined) edges.add(key);
    const [source, target] = (['source', 'target'] as const).map((end) => {
      const id = c.string(edge[end], `${at}.${end}`);
      if (!nodes.has(id)) c.fail(`${at}.${end}`, 'unknown_node');
      return id;
    }) as [string, string];
    if (source === target) c.fail(`${at}.target`, 'self_loop');
    const undirected = c.optional(edge.undirected, c.boolean, `${at}.undirected`);
    if (undirected !== undefined && undirected !== (type === 'undirected')) {
      c.fail(`${at}.undirected`, 'not_allowed');
    }
    const ends = type === 'undirected' && target < source ? [target, source] : [source, target];
    const pair = JSON.stringify(ends);
    if (pairs.has(pair)) c.fail(at, 'parallel_edge');
    pairs.add(pair);
    validateEdgeAttributes(edge.attributes, `${at}.attributes`, c);
  });
  return graph as unknown as ProjectGraph;
}

function validateNodeAttributes(value: unknown, at: string, c: FieldChecks): void {
  const a = c.object(value, at);
  c.string(a.label, `${at}.label`);
  c.string(a.kind, `${at}.kind`);
  c.optional(a.county, c.string, `${at}.county`);
  c.optional(a.code, c.string, `${at}.code`);
  within(c.optional(a.lat, c.number, `${at}.lat`), 90, `${at}.lat`, c);
  within(c.optional(a.lon, c.number, `${at}.lon`), 180, `${at}.lon`, c);
  c.optional(a.recognised, (v, f) => c.oneOf(v, RECOGNISED, f), `${at}.recognised`);
  userAttributes(a.attributes, `${at}.attributes`, c);
}

function validateEdgeAttributes(value: unknown, at: string, c: FieldChecks): void {
  const a = c.object(value, at);
  const strength = c.number(a.strength, `${at}.strength`);
  if (strength <= 0) c.fail(`${at}.strength`, 'not_allowed');
  if (strength < MIN_STRENGTH || strength > MAX_STRENGTH) c.fail(`${at}.strength`, 'out_of_range');
  if (c.integer(a.records, `${at}.records`) < 1) c.fail(`${at}.records`, 'not_allowed');
  for (const name of ['byKind', 'byYear'] as const) {
    const counts = c.object(a[name], `${at}.${name}`);
    for (const [k, v] of Object.entries(counts)) c.integer(v, `${at}.${name}.${k}`);
  }
  userAttributes(a.attributes, `${at}.attributes`, c);
}

/** Degrees: a latitude within ±90, a longitude within ±180. */
function within(value: number | undefined, limit: number, at: string, c: FieldChecks): void {
  if (value !== undefined && Math.abs(value) > limit) c.fail(at, 'out_of_range');
}

function userAttributes(value: unknown, at: string, c: FieldChecks): void {
  for (const [name, v] of Object.entries(c.object(value, at))) {
    if (typeof v !== 'string') c.number(v, `${at}.${name}`);
  }
}
