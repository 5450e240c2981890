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

  for (const [id, p] of Object.entries(c.object(raw.positions, 'positions'))) {
    const point = c.object(p, `positions.${id}`);
    c.number(point.x, `positions.${id}.x`);
    c.number(point.y, `positions.${id}.y`);
  }

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

/** Only what JSON itself holds: a file edited by hand can still hold nothing else. */
function json(value: unknown, at: string, c: FieldChecks): asserts value is JsonObject {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return void c.number(value, at);
  if (Array.isArray(value)) return value.forEach((v, i) => json(v, `${at}[${i}]`, c));
  for (const [k, v] of Object.entries(c.object(value, at))) json(v, `${at}.${k}`, c);
}
