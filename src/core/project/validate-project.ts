import { userRecord } from '../model/user-record.ts';
import type { FieldChecks } from './field-checks.ts';
import { validateGraph } from './validate-graph.ts';
import { validateReport } from './validate-report.ts';
import type { JsonObject, Project } from './types.ts';

const EDGE_ROLES = ['source', 'target', 'strength', 'kind', 'year', 'date'] as const;
const NODE_ROLES = ['id', 'label', 'kind', 'county', 'lat', 'lon'] as const;

/** Checks every field of a current-version project; returns it typed. */
export function validateProject(raw: Record<string, unknown>, c: FieldChecks): Project {
  const data = c.object(raw.data, 'data');
  validateGraph(data.graph, 'data.graph', c);
  if (data.report !== null) validateReport(data.report, 'data.report', c);
  strings(data.files, 'data.files', c);

  const mapping = c.object(raw.mapping, 'mapping');
  roles(mapping.edges, EDGE_ROLES, 'mapping.edges', c);
  roles(mapping.nodes, NODE_ROLES, 'mapping.nodes', c);

  const build = c.object(raw.build, 'build');
  c.boolean(build.directed, 'build.directed');
  c.oneOf(build.merge, ['sum', 'count', 'max'], 'build.merge');

  json(c.object(raw.settings, 'settings'), 'settings', c);

  const positions = Object.entries(c.object(raw.positions, 'positions'));
  for (const [id, p] of positions) {
    const point = c.object(p, `positions.${id}`);
    c.number(point.x, `positions.${id}.x`);
    c.number(point.y, `positions.${id}.y`);
  }
  // Keyed by node id: looked up by id later, where "constructor" must find nothing.
  raw.positions = userRecord(positions);

  c.array(raw.views, 'views').forEach((item, i) => {
    const view = c.object(item, `views[${i}]`);
    c.string(view.name, `views[${i}].name`);
    c.string(view.caption, `views[${i}].caption`);
    json(c.object(view.state, `views[${i}].state`), `views[${i}].state`, c);
  });
  return raw as unknown as Project;
}

function strings(value: unknown, at: string, c: FieldChecks): void {
  c.array(value, at).forEach((s, i) => c.string(s, `${at}[${i}]`));
}

function roles(value: unknown, allowed: readonly string[], at: string, c: FieldChecks): void {
  for (const [role, column] of Object.entries(c.object(value, at))) {
    c.oneOf(role, allowed, `${at}.${role}`);
    if (typeof column !== 'string') c.integer(column, `${at}.${role}`);
  }
}

/** Settings and view states nest no deeper than this; the app's own go four levels deep. */
const MAX_DEPTH = 64;

/** Only what JSON itself holds: a file edited by hand can still hold nothing else. */
function json(value: unknown, at: string, c: FieldChecks, depth = 0): asserts value is JsonObject {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return void c.number(value, at);
  if (depth >= MAX_DEPTH) return void c.fail(at, 'too_deep');
  if (Array.isArray(value)) return value.forEach((v, i) => json(v, `${at}[${i}]`, c, depth + 1));
  for (const [k, v] of Object.entries(c.object(value, at))) json(v, `${at}.${k}`, c, depth + 1);
}
