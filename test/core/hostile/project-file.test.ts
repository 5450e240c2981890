import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { MAX_PROJECT_BYTES } from '../../../src/core/io/limits.ts';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import { createProject, projectGraph } from '../../../src/core/project/create-project.ts';
import { readProject, readProjectBytes } from '../../../src/core/project/read-project.ts';
import { writeProject } from '../../../src/core/project/write-project.ts';
import { formatInputError } from '../../../src/i18n/io.ts';
import { edgeInput } from '../model/tables.ts';

const FILE = 'hand.brobyggare.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

async function written(directed = false): Promise<Raw> {
  const { graph } = await buildGraph(
    {
      edges: edgeInput([
        ['A', 'B', '2'],
        ['B', 'constructor', '1'],
        ['__proto__', 'A', '1', 'toString', '2017'],
      ]),
    },
    { directed },
  );
  return JSON.parse(writeProject(createProject(graph, { positions: { A: { x: 1, y: 2 } } })));
}

function refusal(text: string): InputError {
  try {
    readProject(text, FILE);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the project was accepted');
}

describe('hand-edited project files', () => {
  const cases: [string, (raw: Raw) => void, string, string][] = [
    [
      'a directed edge in an undirected project',
      (r) => (r.data.graph.edges[0].undirected = false),
      'data.graph.edges[0].undirected',
      'not_allowed',
    ],
    [
      'a parallel edge',
      (r) => r.data.graph.edges.push({ ...r.data.graph.edges[0], key: 'x' }),
      'data.graph.edges[3]',
      'parallel_edge',
    ],
    [
      'a reversed parallel edge',
      (r) => {
        const e = r.data.graph.edges[0];
        r.data.graph.edges.push({ ...e, key: 'x', source: e.target, target: e.source });
      },
      'data.graph.edges[3]',
      'parallel_edge',
    ],
    [
      'a multigraph',
      (r) => (r.data.graph.options.multi = true),
      'data.graph.options.multi',
      'not_allowed',
    ],
    [
      'a self-loop',
      (r) => (r.data.graph.edges[0].target = r.data.graph.edges[0].source),
      'data.graph.edges[0].target',
      'self_loop',
    ],
    [
      'a strength of 1e308',
      (r) => (r.data.graph.edges[1].attributes.strength = 1e308),
      'data.graph.edges[1].attributes.strength',
      'out_of_range',
    ],
    [
      'a latitude of 1000',
      (r) => (r.data.graph.nodes[0].attributes.lat = 1000),
      'data.graph.nodes[0].attributes.lat',
      'out_of_range',
    ],
    [
      'a longitude of -181',
      (r) => (r.data.graph.nodes[1].attributes.lon = -181),
      'data.graph.nodes[1].attributes.lon',
      'out_of_range',
    ],
  ];
  for (const [what, change, field, problem] of cases) {
    it(`refuses ${what}, naming file and field`, async () => {
      const raw = await written();
      change(raw);
      const error = refusal(JSON.stringify(raw));
      expect(error.code).toBe('project_invalid');
      expect(error.location).toEqual({ file: FILE });
      expect(error.params).toEqual({ field, problem });
      expect(formatInputError(error, 'en')).not.toMatch(/undefined|\n/);
      expect(formatInputError(error, 'sv')).not.toMatch(/undefined|\n/);
    });
  }

  it('refuses settings nested 100,000 deep, naming the field at the limit', async () => {
    const raw = await written();
    raw.settings.deep = 'DEEP';
    const depth = 100_000;
    const text = JSON.stringify(raw).replace('"DEEP"', `${'['.repeat(depth)}1${']'.repeat(depth)}`);
    expect(refusal(text).params).toEqual({
      field: `settings.deep${'[0]'.repeat(63)}`,
      problem: 'too_deep',
    });
  });

  it('refuses an undirected edge in a directed project', async () => {
    const raw = await written(true);
    raw.data.graph.edges[2].undirected = true;
    expect(refusal(JSON.stringify(raw)).params).toEqual({
      field: 'data.graph.edges[2].undirected',
      problem: 'not_allowed',
    });
  });

  it('refuses a file over the limit before decoding it', () => {
    const bytes = { byteLength: MAX_PROJECT_BYTES + 1 } as Uint8Array;
    expect(() => readProjectBytes(bytes, FILE)).toThrow(
      expect.objectContaining({
        code: 'file_too_large',
        location: { file: FILE },
        params: { size: MAX_PROJECT_BYTES + 1, limit: MAX_PROJECT_BYTES },
      }),
    );
  });

  it('reopens Object.prototype names as plain ids and keys', async () => {
    const raw = await written();
    const project = readProject(JSON.stringify(raw), FILE);
    const graph = projectGraph(project);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.neighbors('constructor')).toEqual(['B']);
    expect(project.positions.constructor).toBeUndefined();
    expect(project.positions.A).toEqual({ x: 1, y: 2 });
    const edge = graph.getEdgeAttributes(graph.edge('__proto__', 'A')!);
    expect(Object.entries(edge.byKind)).toEqual([['toString', 1]]);
    expect(edge.byKind.constructor).toBeUndefined();
  });
});
