import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesFor } from '../../src/core/metrics/paths/pivot-sample.ts';
import { cli, cliWithEnv, DEMO_EDGES, DEMO_NODES } from '../helpers/run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-sampled-'));
/** The demo network (212 nodes) past the all-pairs limit, sampled from 20 sources. */
const PAST_LIMIT = { BROBYGGARE_ALL_PAIRS_LIMIT: '0', BROBYGGARE_SAMPLE_SOURCES: '20' };
const NODES = 212;

interface NodeRow {
  id: string;
  betweenness: number;
  harmonic: number;
  sampled_method?: string;
  sampled_sources?: number;
  sampled_epsilon?: number;
}

async function analyzeJson(env: Record<string, string>, name: string, ...extra: string[]) {
  const out = join(tmp, name);
  const r = await cliWithEnv(
    env,
    'analyze',
    DEMO_EDGES,
    '--nodes',
    DEMO_NODES,
    '--lang',
    'en',
    '--out',
    out,
    ...extra,
  );
  expect(r.code).toBe(0);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  return { r, json, text: readFileSync(out, 'utf8') };
}

describe('analyze past the all-pairs limit', () => {
  it('names the method and its error in the JSON and on every row, without refining', async () => {
    const { r, json } = await analyzeJson(PAST_LIMIT, 'plain.json');
    expect(json.sampled).toMatchObject({ method: 'pivots', sources: 20, nodes: NODES });
    expect(json.sampled.epsilon).toBeGreaterThan(0.4);
    expect(json.sampled.exact).toBe(false);
    expect(json.sampled.ids).toContain('betweenness');
    const row = json.nodes[0] as NodeRow;
    expect(row.sampled_method).toBe('pivots');
    expect(row.sampled_sources).toBe(20);
    expect(row.sampled_epsilon).toBe(json.sampled.epsilon);
    expect(r.stderr).toContain('--error');
    expect(r.stderr).not.toContain('Refined estimate');
    expect(r.stderr).toMatch(/Estimated from random sources \(pivots\).*20 of 212 nodes/);
  });

  it('refines in rounds to the error asked for, saying each round on stderr', async () => {
    const { r, json } = await analyzeJson(PAST_LIMIT, 'refined.json', '--error', '0.2');
    const sources = sourcesFor(0.2, NODES);
    expect(json.sampled.sources).toBe(sources);
    expect(json.sampled.epsilon).toBeLessThanOrEqual(0.2);
    const rounds = [...r.stderr.matchAll(/Refined estimate, round (\d+) of (\d+): (\d+) of 212/g)];
    expect(rounds.map((m) => Number(m[3]))).toEqual([40, 80, sources]);
    expect(rounds.map((m) => m[2])).toEqual(['4', '4', '4']);
    expect(r.stderr).toMatch(new RegExp(`${sources} of 212 nodes, error bound ε = 0\\.`));
    expect((json.nodes[0] as NodeRow).sampled_sources).toBe(sources);
    const again = await analyzeJson(PAST_LIMIT, 'refined-again.json', '--error', '0,2');
    expect(again.text).toBe(readFileSync(join(tmp, 'refined.json'), 'utf8'));
  });

  it('gives the exact values with --error 0, and says they are exact', async () => {
    const { r, json } = await analyzeJson(PAST_LIMIT, 'exact.json', '--error', '0');
    expect(json.sampled).toMatchObject({ sources: NODES, epsilon: 0, exact: true });
    expect(r.stderr).toContain('exact values (every node)');
    const exact = await analyzeJson({}, 'all-pairs.json');
    expect(exact.json.sampled).toBeUndefined();
    expect(exact.json.nodes[0].sampled_method).toBeUndefined();
    const byId = new Map((exact.json.nodes as NodeRow[]).map((n) => [n.id, n]));
    for (const n of json.nodes as NodeRow[]) {
      expect(n.betweenness).toBeCloseTo(byId.get(n.id)!.betweenness, 12);
      expect(n.harmonic).toBeCloseTo(byId.get(n.id)!.harmonic, 9);
    }
    const positions = (rows: { id: string; position: string | null }[]) =>
      rows.map((n) => `${n.id}:${n.position}`);
    expect(positions(json.nodes)).toEqual(positions(exact.json.nodes));
  });

  it('writes the method and error as CSV columns', async () => {
    const r = await cliWithEnv(PAST_LIMIT, 'analyze', DEMO_EDGES, '--nodes', DEMO_NODES);
    expect(r.code).toBe(0);
    const [header, first] = r.stdout.split('\n').map((l) => l.split(','));
    const at = header!.indexOf('sampled_method');
    expect(at).toBeGreaterThan(header!.indexOf('harmonic'));
    expect(header!.slice(at, at + 3)).toEqual([
      'sampled_method',
      'sampled_sources',
      'sampled_epsilon',
    ]);
    expect(first!.slice(at, at + 2)).toEqual(['pivots', '20']);
  });

  it('refines on convert as on analyze', async () => {
    const out = join(tmp, 'converted.json');
    const r = await cliWithEnv(
      PAST_LIMIT,
      'convert',
      DEMO_EDGES,
      out,
      '--nodes',
      DEMO_NODES,
      '--error',
      '0.2',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.sampled.sources).toBe(sourcesFor(0.2, NODES));
  });

  it('refuses a bad --error, and --error on a command that does not compute metrics', async () => {
    for (const bad of ['x', '-0.1', '2', ' ']) {
      const r = await cli('analyze', DEMO_EDGES, `--error=${bad}`, '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--error must be a number from 0 to 1');
    }
    const r = await cli('weak-links', DEMO_EDGES, '--error', '0.1');
    expect(r.code).toBe(2);
  });
});
