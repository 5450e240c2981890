import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, DEMO_EDGES, DEMO_NODES } from '../helpers/run-cli.ts';
import { DESCRIPTORS } from '../../src/core/metrics/index.ts';

const EDGES = DEMO_EDGES;
const NODES = DEMO_NODES;
const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-cli-'));

function parseCsv(text: string): string[][] {
  // Node tables written by the CLI quote only fields with commas, quotes or line breaks; the
  // demo has none of those in the columns checked here.
  return text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
}

describe('brobyggare analyze', () => {
  it('writes a node table with every node metric column and the position, and a summary on stderr', async () => {
    const out = join(tmp, 'demo.csv');
    const r = await cli('analyze', EDGES, '--nodes', NODES, '--out', out);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(header!.slice(0, 4)).toEqual(['id', 'label', 'kind', 'county']);
    const nodeMetrics = DESCRIPTORS.filter(
      (d) => d.scope === 'node' && d.appliesTo !== 'directed' && d.appliesTo !== 'two-mode',
    );
    for (const d of nodeMetrics) expect(header).toContain(d.id);
    for (const col of ['position', 'position_reasons', 'position_stability'])
      expect(header).toContain(col);
    const nodeCount = Number(/(\d+) noder/.exec(r.stderr)?.[1]);
    expect(rows.length).toBe(nodeCount);
    const positions = new Set(rows.map((row) => row[header!.indexOf('position')]));
    expect(positions).toEqual(new Set(['natverksaktor', 'mellanlage', 'ensam', '']));
  });

  it('writes JSON with graph, nodes, edges and report; undefined values are null', async () => {
    const out = join(tmp, 'demo.json');
    const r = await cli(
      'analyze',
      EDGES,
      '--nodes',
      NODES,
      '--out',
      out,
      '--metrics',
      'degree,constraint',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(json)).toEqual(['graph', 'nodes', 'edges', 'report', 'stability']);
    expect(json.stability.maxRuns).toBe(200);
    expect(json.stability.networks).toBeLessThanOrEqual(200);
    for (const n of json.nodes.filter((n: { position: string | null }) => n.position))
      expect(n.position_stability_runs).toBeLessThanOrEqual(json.stability.networks);
    expect(json.nodes.length).toBe(json.report.nodes);
    expect(json.edges.length).toBe(json.report.edges);
    const isolate = json.nodes.find((n: { degree: number }) => n.degree === 0);
    expect(isolate.constraint).toBeNull();
    expect(json.nodes[0]).not.toHaveProperty('betweenness');
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });

  it('reads a Windows-1252 file with decimal commas and leading-zero codes', async () => {
    const file = join(tmp, 'ansi.csv');
    const text =
      'Från;Till;Vikt\r\n0180;Region Stockholm;2,5\r\nÖverkalix;Region Norrbotten;1,5\r\n';
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const r = await cli('analyze', file, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Windows-1252/);
    const rows = parseCsv(r.stdout);
    const labels = rows.slice(1).map((row) => row[1]);
    expect(labels).toContain('Överkalix');
    const strength = rows[0]!.indexOf('strength');
    const stockholm = rows.find((row) => row[0] === '0180');
    expect(stockholm?.[strength]).toBe('2.5');
  });

  it('exits 1 with file, row and column on bad input', async () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, 'a;b\n"x;y\n');
    const r = await cli('analyze', file);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.csv, rad 2/);
  });

  it('exits 1 naming the headers when source and target cannot be found', async () => {
    const file = join(tmp, 'noroles.csv');
    writeFileSync(file, 'Vikt;Kommentar\n1;hej hopp här är text\n2;mer text i en kommentar\n');
    const r = await cli('analyze', file, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Vikt, Kommentar/);
  });

  it('projects a two-mode network onto its municipalities, and refuses one that is not two-mode', async () => {
    const edges = join(ROOT, 'test', 'fixtures', 'networks', 'davis.edges.csv');
    const nodes = join(ROOT, 'test', 'fixtures', 'networks', 'davis.nodes.csv');
    const out = join(tmp, 'davis.json');
    const r = await cli(
      'analyze',
      edges,
      '--nodes',
      nodes,
      '--project',
      'municipalities',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const kinds = readFileSync(nodes, 'utf8')
      .split('\n')
      .filter((l) => l.endsWith(',municipality'));
    expect(json.nodes).toHaveLength(kinds.length);
    expect(json.nodes.every((n: { kind: string }) => n.kind === 'municipality')).toBe(true);
    const others = readFileSync(nodes, 'utf8').trim().split('\n').length - 1 - kinds.length;
    expect(r.stderr).toContain(
      `Projektion på kommunsidan (noder av typ kommun): ${kinds.length} kommuner och ${json.edges.length} band`,
    );
    expect(r.stderr).toContain(`de ${others} noderna på andra sidan ingår inte`);
    expect(
      (await cli('analyze', EDGES, '--nodes', NODES, '--project', 'municipalities')).code,
    ).toBe(1);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli('analyze')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('analyze', EDGES, '--merge', 'mean')).code).toBe(2);
    expect((await cli('analyze', EDGES, '--metrics', 'no_such_metric')).code).toBe(2);
    expect((await cli('suggest', EDGES, '--out', join(tmp, 'x.csv'), '-m', 'Flen')).code).toBe(2);
    expect((await cli('analyze', EDGES, '--out', join(tmp, 'no', 'such', 'x.csv'))).code).toBe(2);
    expect((await cli('analyze', EDGES, '--out', join(tmp, 'x.gexf'))).code).toBe(2);
  });

  it("refuses an option in the user's language, with the option named", async () => {
    const sv = await cli('analyze', EDGES, '--no-such-flag');
    expect(sv.stderr.split('\n')[0]).toBe('brobyggare: okänt alternativ: --no-such-flag');
    const en = await cli('suggest', EDGES, '--edges-out', 'x.csv', '--lang', 'en');
    expect(en.stderr.split('\n')[0]).toBe(
      'brobyggare: --edges-out does not apply to the command suggest',
    );
  });

  it('exits 1 with one line for a missing input file or a folder, before any work', async () => {
    const missing = await cli('analyze', join(tmp, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`brobyggare: ${join(tmp, 'missing.csv')}: filen finns inte\n`);
    const folder = await cli('weak-links', tmp, '--lang', 'en');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`brobyggare: ${tmp}: is a folder, not a file\n`);
  });

  it('recognises no municipality with --no-recognise, and says so', async () => {
    const r = await cli(
      'analyze',
      EDGES,
      '--nodes',
      NODES,
      '--metrics',
      'degree',
      '--no-recognise',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Igenkända i referensdata: 0 kommuner, 0 regionala aktörer');
    expect(r.stderr).toContain('igenkänning av kommuner och regionala aktörer är avstängd');
    // The node table's own kind column still says which nodes are municipalities.
    expect(r.stderr).toContain('Region Gotland” finns inte i nodtabellen');
  });

  it('writes to a device such as /dev/null, and prints its version', async () => {
    expect((await cli('analyze', EDGES, '--metrics', 'degree', '--out', '/dev/null')).code).toBe(0);
    const version = await cli('--version');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it('says on stderr when the weighted eigenvector needed more than NetworkX’s 100 iterations', async () => {
    const edges = join(tmp, 'bipartite.csv');
    const rows = ['Flen', 'Vimmerby'].flatMap((m) =>
      ['Region Sörmland', 'Almi', 'Leader Sörmland'].map((a) => `${m};${a};100`),
    );
    writeFileSync(edges, ['Kommun;Partner;Vikt', ...rows].join('\n') + '\n');
    const r = await cli('analyze', edges, '--metrics', 'eigenvector_weighted', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /Eigenvector centrality \(weighted\): converged only after [\d,]+ iterations; NetworkX gives up after 100/,
    );
    const header = r.stdout.split('\n')[0]!.split(',');
    const column = header.indexOf('eigenvector_weighted');
    for (const line of r.stdout.trimEnd().split('\n').slice(1))
      expect(line.split(',')[column]).not.toBe('');
  });
});

describe('brobyggare weak-links, suggest, metrics', () => {
  it('prints findings as sentences and writes them structured', async () => {
    const out = join(tmp, 'findings.json');
    const r = await cli('weak-links', EDGES, '--nodes', NODES, '--lang', 'en', '--out', out);
    expect(r.code).toBe(0);
    const findings = JSON.parse(readFileSync(out, 'utf8'));
    expect(findings.length).toBeGreaterThan(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(findings.length);
    expect(r.stdout).toContain(findings[0].text.en);
  });

  it('names a county by its name, not its code', async () => {
    const r = await cli('weak-links', EDGES, '--nodes', NODES);
    expect(r.code).toBe(0);
    const county = r.stdout.split('\n').filter((line) => line.includes('Kommunerna i '));
    expect(county.length).toBeGreaterThan(0);
    expect(county.join('\n')).toContain('Kommunerna i Västernorrlands län ');
    expect(r.stdout).not.toMatch(/\blän \d\d\b/);
  });

  it('suggests k ties whose stated position change holds when the tie is added', async () => {
    const r = await cli(
      'suggest',
      EDGES,
      '--nodes',
      NODES,
      '--municipality',
      'overkalix',
      '--k',
      '3',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^\d\. /gm)).toHaveLength(3);
    const first = /^1\. A new tie Överkalix – (.+) \(strength ([\d.]+)\)/m.exec(r.stdout);
    const after = /position: [^;]+ → ([^;]+);/.exec(r.stdout)?.[1];
    expect(first && after).toBeTruthy();
    const [, partner, strength] = first!;
    const edges = join(tmp, 'with-suggestion.csv');
    const original = readFileSync(EDGES, 'utf8');
    writeFileSync(
      edges,
      original + `Överkalix;${partner};Förslag;2018;${strength!.replace('.', ',')};\r\n`,
    );
    const out = join(tmp, 'with-suggestion.json');
    expect((await cli('analyze', edges, '--nodes', NODES, '--out', out)).code).toBe(0);
    const node = JSON.parse(readFileSync(out, 'utf8')).nodes.find(
      (n: { label: string }) => n.label === 'Överkalix',
    );
    const names: Record<string, string> = {
      'network actor': 'natverksaktor',
      intermediate: 'mellanlage',
      'lone community builder': 'ensam',
    };
    expect(node.position).toBe(names[after!]);
    expect((await cli('suggest', EDGES, '--municipality', 'Ingenstans')).code).toBe(2);
  });

  it('lists every metric with its definition in both languages', async () => {
    const sv = await cli('metrics');
    const en = await cli('metrics', '--lang', 'en');
    for (const d of DESCRIPTORS) {
      expect(sv.stdout).toContain(d.definition.sv);
      expect(en.stdout).toContain(d.definition.en);
    }
  });
});
