import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { BroGraph } from '../../src/core/model/types.ts';
import { analyzeJson } from '../../src/cli/json-result.ts';
import type { LoadSettings, ProjectData } from '../../src/worker/protocol.ts';
import { assembled, fakePort, payload } from '../helpers/fake-port.ts';
import { NETWORKS } from '../helpers/load-network.ts';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brobyggare.js');
const NETWORK_DIR = join(ROOT, 'test', 'fixtures', 'networks');
const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-parity-'));

async function cli(...args: string[]) {
  await exec(process.execPath, [BIN, ...args], { cwd: ROOT });
}

/** The app's worker, in Node with a fake port: the project it hands the page. */
async function app(edges: string, nodes: string | undefined, settings: LoadSettings) {
  const port = fakePort();
  const reply = await port.send({
    type: 'load',
    job: 1,
    edges: payload(edges),
    ...(nodes ? { nodes: payload(nodes) } : {}),
    settings,
  });
  return assembled(port.posted, reply);
}

/** What the CLI writes for the same result: the JSON of `analyze --out x.json`. */
function asCliJson(project: ProjectData) {
  const graph: BroGraph = new Graph(project.graph.options);
  graph.import(project.graph);
  const json = analyzeJson({
    graph,
    metrics: project.metrics,
    analysis: project.analysis,
    report: project.report,
  });
  return JSON.parse(JSON.stringify(json));
}

const CASES = [
  {
    name: 'demo',
    edges: join(ROOT, 'data/demo/samarbeten.csv'),
    nodes: join(ROOT, 'data/demo/aktorer.csv'),
    directed: false,
  },
  ...NETWORKS.map((name) => ({
    name,
    edges: join(NETWORK_DIR, `${name}.edges.csv`),
    nodes: join(NETWORK_DIR, `${name}.nodes.csv`),
    directed: name.endsWith('_directed'),
  })),
];

describe('the CLI and the app run the same core', () => {
  it.each(CASES)(
    '$name: identical node tables, findings and import reports',
    async ({ name, edges, nodes, directed }) => {
      const out = join(tmp, `${name}.json`);
      const findingsOut = join(tmp, `${name}.findings.json`);
      const flags = ['--nodes', nodes, ...(directed ? ['--directed'] : [])];
      await cli('analyze', edges, ...flags, '--out', out);
      await cli('weak-links', edges, ...flags, '--out', findingsOut);
      const project = await app(edges, nodes, { directed });

      const fromCli = JSON.parse(readFileSync(out, 'utf8'));
      const fromApp = asCliJson(project);
      expect(fromApp.nodes).toEqual(fromCli.nodes);
      expect(fromApp.edges).toEqual(fromCli.edges);
      expect(fromApp.graph).toEqual(fromCli.graph);
      expect(fromApp.report).toEqual(fromCli.report);
      const cliFindings = JSON.parse(readFileSync(findingsOut, 'utf8')).map(
        ({ text: _sentences, ...finding }: { text: unknown }) => finding,
      );
      expect(JSON.parse(JSON.stringify(project.analysis?.findings))).toEqual(cliFindings);
    },
  );

  it('a project file with what-if edits gives the same result in convert and in the app', async () => {
    const saved = join(tmp, 'demo.brobyggare.json');
    await cli(
      'convert',
      join(ROOT, 'data/demo/samarbeten.csv'),
      saved,
      '--nodes',
      join(ROOT, 'data/demo/aktorer.csv'),
    );
    const project = JSON.parse(readFileSync(saved, 'utf8'));
    project.settings.edits = [
      { op: 'add', source: 'Kramfors', target: 'Region Västernorrland', strength: 3 },
      {
        op: 'remove',
        source: project.data.graph.edges[0].source,
        target: project.data.graph.edges[0].target,
      },
    ];
    const edited = join(tmp, 'edited.brobyggare.json');
    writeFileSync(edited, JSON.stringify(project));
    const out = join(tmp, 'edited.json');
    await cli('convert', edited, out);
    const fromApp = await app(edited, undefined, {});
    expect(fromApp.edits).toEqual(project.settings.edits);
    const fromCli = JSON.parse(readFileSync(out, 'utf8'));
    expect(asCliJson(fromApp).nodes).toEqual(fromCli.nodes);
    expect(fromCli.edges.length).toBe(project.data.graph.edges.length);
  });
});
