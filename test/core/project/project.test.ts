import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { createProject, projectGraph } from '../../../src/core/project/create-project.ts';
import { readProject } from '../../../src/core/project/read-project.ts';
import { PROJECT_VERSION, type Project } from '../../../src/core/project/types.ts';
import { writeProject } from '../../../src/core/project/write-project.ts';
import { PROJECT_MESSAGES } from '../../../src/i18n/export.ts';
import type { GraphAttributes } from '../../../src/core/model/types.ts';
import { loadNetwork } from '../../helpers/load-network.ts';
import { HOSTILE, hostileGraph } from '../export/hostile-graph.ts';
import { sampleReport } from '../export/sample-analysis.ts';

const FILE = 'arbete.brobyggare.json';

/** A file as a person might edit it by hand: any field may be set to anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

function fullProject(): Project {
  const graph = hostileGraph();
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, _a) => (positions[id] = { x: id.length * 1.25, y: -id.length }));
  return createProject(graph, {
    report: sampleReport(),
    mapping: { edges: { source: 'från', target: 2, strength: 'vikt' }, nodes: { id: 'kommun' } },
    settings: {
      colourBy: { by: 'metric', metric: 'constraint_weighted' },
      sizeBy: null,
      layout: 'geographic',
      filters: { kinds: ['municipality'], minStrength: 1.5, years: [2015, 2018] },
    },
    positions,
    views: [
      { name: 'Översikt', caption: HOSTILE[0], state: { camera: { x: 0.5, y: 0.5, ratio: 1 } } },
      {
        name: '=Bron',
        caption: 'Där hänger allt',
        state: { selected: 'Åre', camera: { x: 0.1, y: 0.9, ratio: 0.25 } },
      },
      { name: 'Tom', caption: '', state: {} },
    ],
  });
}

/** Runs `open` and returns the InputError it throws. */
function refusal(open: () => unknown): InputError {
  try {
    open();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the project was accepted');
}

function edited(change: (raw: Raw) => void): string {
  const raw = JSON.parse(writeProject(fullProject()));
  change(raw);
  return JSON.stringify(raw);
}

describe('project file round trip', () => {
  it('reads back exactly what was written: data, report, mapping, settings, positions, views', () => {
    const project = fullProject();
    const read = readProject(writeProject(project), FILE);
    expect(read).toEqual(project);
    expect(read.format).toBe('brobyggare-project');
    expect(read.version).toBe(PROJECT_VERSION);
    expect(read.views.map((v) => v.name)).toEqual(['Översikt', '=Bron', 'Tom']);
  });

  it('rebuilds the same graph: nodes, edges, keys, order and every attribute', () => {
    for (const graph of [hostileGraph(), loadNetwork('lesmis_directed')]) {
      const rebuilt = projectGraph(readProject(writeProject(createProject(graph)), FILE));
      expect(rebuilt.type).toBe(graph.type);
      expect(rebuilt.export()).toEqual(graph.export());
      expect(rebuilt.nodes()).toEqual(graph.nodes());
      expect(rebuilt.edges()).toEqual(graph.edges());
    }
  });

  it('starts empty where nothing was given, with the build options taken from the graph', () => {
    const graph = loadNetwork('lesmis_directed');
    const project = createProject(graph);
    expect(project).toMatchObject({
      data: { report: null, files: ['lesmis_directed'] },
      mapping: { edges: {}, nodes: {} },
      build: { directed: true, merge: 'sum' },
      settings: {},
      positions: {},
      views: [],
    });
    expect(readProject(writeProject(project), FILE)).toEqual(project);
  });

  it('writes a file that reopens even from a graph without its attributes', () => {
    const graph = loadNetwork('florentine');
    graph.replaceAttributes({} as GraphAttributes);
    const project = readProject(writeProject(createProject(graph)), FILE);
    expect(project.data.graph.attributes).toEqual({ files: [], merge: 'sum' });
    expect(projectGraph(project).order).toBe(graph.order);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readProject('\uFEFF' + writeProject(fullProject()), FILE)).toEqual(fullProject());
  });
});

describe('project file refusals name the file and the reason', () => {
  it('not JSON', () => {
    const error = refusal(() => readProject('{"format": "brobyggare-project", ', FILE));
    expect(error.code).toBe('project_not_json');
    expect(error.location.file).toBe(FILE);
    expect(String(error.params.reason)).not.toBe('');
  });

  it('JSON that is not a project', () => {
    for (const text of ['[1,2]', '"x"', '{"nodes": []}', '{"format": "gephi", "version": 1}']) {
      expect(refusal(() => readProject(text, FILE)).code).toBe('project_wrong_format');
    }
  });

  it('a newer version than this code reads', () => {
    const error = refusal(() =>
      readProject(
        edited((raw) => (raw.version = PROJECT_VERSION + 1)),
        FILE,
      ),
    );
    expect(error.code).toBe('project_newer_version');
    expect(error.params).toEqual({ version: PROJECT_VERSION + 1, supported: PROJECT_VERSION });
  });

  const damaged: [string, (raw: Raw) => void, string, string][] = [
    ['version not a whole number', (r) => (r.version = '1'), 'version', 'not_integer'],
    ['version before the first', (r) => (r.version = 0), 'version', 'not_allowed'],
    ['no views', (r) => delete r.views, 'views', 'missing'],
    ['no settings', (r) => delete r.settings, 'settings', 'missing'],
    ['settings not an object', (r) => (r.settings = []), 'settings', 'not_object'],
    ['view without caption', (r) => delete r.views[1].caption, 'views[1].caption', 'missing'],
    ['view state not an object', (r) => (r.views[0].state = 'x'), 'views[0].state', 'not_object'],
    [
      'position not a number',
      (r) => (r.positions['Åre'].x = 'left'),
      'positions.Åre.x',
      'not_number',
    ],
    [
      'node label missing',
      (r) => delete r.data.graph.nodes[2].attributes.label,
      'data.graph.nodes[2].attributes.label',
      'missing',
    ],
    [
      'node key twice',
      (r) => (r.data.graph.nodes[3].key = r.data.graph.nodes[2].key),
      'data.graph.nodes[3].key',
      'duplicate',
    ],
    [
      'edge to an unknown node',
      (r) => (r.data.graph.edges[4].target = 'nowhere'),
      'data.graph.edges[4].target',
      'unknown_node',
    ],
    [
      'strength zero',
      (r) => (r.data.graph.edges[0].attributes.strength = 0),
      'data.graph.edges[0].attributes.strength',
      'not_allowed',
    ],
    [
      'strength text',
      (r) => (r.data.graph.edges[0].attributes.strength = '2,5'),
      'data.graph.edges[0].attributes.strength',
      'not_number',
    ],
    [
      'user attribute an object',
      (r) => (r.data.graph.nodes[0].attributes.attributes.population = {}),
      'data.graph.nodes[0].attributes.attributes.population',
      'not_number',
    ],
    [
      'graph type mixed',
      (r) => (r.data.graph.options.type = 'mixed'),
      'data.graph.options.type',
      'not_allowed',
    ],
    ['merge rule unknown', (r) => (r.build.merge = 'mean'), 'build.merge', 'not_allowed'],
    [
      'mapping role unknown',
      (r) => (r.mapping.edges.weight = 'vikt'),
      'mapping.edges.weight',
      'not_allowed',
    ],
    [
      'report count text',
      (r) => (r.data.report.rowsRead = '17'),
      'data.report.rowsRead',
      'not_integer',
    ],
    [
      'warning rows not numbers',
      (r) => (r.data.report.warnings[0].rows = ['12']),
      'data.report.warnings[0].rows[0]',
      'not_integer',
    ],
  ];
  for (const [what, change, field, problem] of damaged) {
    it(`damaged: ${what}`, () => {
      const error = refusal(() => readProject(edited(change), FILE));
      expect(error.code).toBe('project_invalid');
      expect(error.location.file).toBe(FILE);
      expect(error.params).toEqual({ field, problem });
    });
  }

  it('every refusal has a sentence in both languages', () => {
    const codes = [
      'project_not_json',
      'project_wrong_format',
      'project_newer_version',
      'project_invalid',
    ];
    for (const lang of ['sv', 'en'] as const) {
      for (const code of codes) {
        const text = PROJECT_MESSAGES[lang][code]!({
          reason: 'r',
          version: 3,
          supported: 1,
          field: 'views',
          problem: 'missing',
        });
        expect(text).not.toContain('undefined');
      }
    }
    expect(PROJECT_MESSAGES.sv.project_invalid!({ field: 'views', problem: 'missing' })).toContain(
      '”views” saknas',
    );
  });
});
