import { describe, expect, it } from 'vitest';
import {
  addMissingNodes,
  comparePeriods,
  periodGraphs,
  type ChangeResult,
  type UndatedChoice,
} from '../../../src/core/change/index.ts';
import { InputError } from '../../../src/core/errors.ts';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { loadProject } from '../../../src/core/load.ts';
import { openAndLoad } from '../../helpers/open-and-load.ts';
import { buildGraph } from '../analysis/build-graph.ts';
import { edgesCsv, NODES_CSV, ROWS } from './constructed.ts';

const Y2016 = { from: 2016, to: 2016 };
const Y2018 = { from: 2018, to: 2018 };

async function fromYearColumn(undated: UndatedChoice, thresholds: 'baseline' | 'own' = 'baseline') {
  const input = {
    edges: fromText('edges.csv', edgesCsv(ROWS)),
    nodes: fromText('nodes.csv', NODES_CSV),
  };
  const { opened, loaded } = await openAndLoad(input);
  const [a, b] = await periodGraphs(opened, loaded, [Y2016, Y2018], undated);
  const result = comparePeriods(
    { ref: { kind: 'years', years: Y2016 }, graph: a!.graph },
    { ref: { kind: 'years', years: Y2018 }, graph: b!.graph },
    { thresholds, undated, stabilityRuns: 20 },
  );
  return { result, rows: [a!.rows, b!.rows] };
}

async function fromTwoFiles(undated: UndatedChoice) {
  const rowsOf = (year: string) =>
    ROWS.filter((r) => r[3] === year || (r[3] === '' && undated === 'both'));
  const load = (name: string, year: string) =>
    loadProject({
      edges: fromText(name, edgesCsv(rowsOf(year))),
      nodes: fromText('nodes.csv', NODES_CSV),
    });
  const [a, b] = [await load('2016.csv', '2016'), await load('2018.csv', '2018')];
  addMissingNodes(a.graph, b.graph);
  addMissingNodes(b.graph, a.graph);
  return comparePeriods(
    { ref: { kind: 'file', file: '2016.csv' }, graph: a.graph },
    { ref: { kind: 'file', file: '2018.csv' }, graph: b.graph },
    { stabilityRuns: 20 },
  );
}

const byNode = (result: ChangeResult, node: string) =>
  result.municipalities.find((m) => m.node === node)!;

describe('comparePeriods on constructed periods', () => {
  it('a municipality with no ties that gains two regional partners becomes nätverksaktör', async () => {
    const { result } = await fromYearColumn('none');
    const m = byNode(result, 'Mnew');
    expect([m.from, m.to, m.move]).toEqual(['ensam', 'natverksaktor', 'up']);
    expect(m.deltas.regionalActors).toBe(2);
    expect([m.partnersAdded, m.partnersRemoved]).toEqual([['A', 'B'], []]);
    expect(m.criteriaChanged).toContain('has_tie');
    expect(m.criteriaChanged).toContain('regional_actors');
    const added = result.ties.filter((t) => t.status === 'added');
    expect(added.map((t) => [t.source, t.target, t.strengthFrom, t.strengthTo])).toEqual([
      ['Mnew', 'A', undefined, 1],
      ['Mnew', 'B', undefined, 1],
    ]);
  });

  it('one that loses its only non-bridge tie becomes ensam', async () => {
    const { result } = await fromYearColumn('none');
    const m = byNode(result, 'Mlose');
    expect(m.from).not.toBe('ensam');
    expect([m.to, m.move]).toEqual(['ensam', 'down']);
    expect(m.measuresFrom.independentPaths).toBe(2);
    expect(m.measuresTo.independentPaths).toBe(1);
    expect([m.partnersAdded, m.partnersRemoved]).toEqual([[], ['M2']]);
    expect(m.criteriaChanged).toContain('independent_paths');
    expect(result.ties.filter((t) => t.status === 'removed')).toEqual([
      { source: 'Mlose', target: 'M2', status: 'removed', strengthFrom: 1 },
    ]);
    const appeared = result.findings.appeared.filter((f) => f.nodes.includes('Mlose'));
    expect(appeared.length).toBeGreaterThan(0);
  });

  it('one strengthened tie changes nothing', async () => {
    const { result } = await fromYearColumn('none');
    const m = byNode(result, 'Mstrong');
    expect(m.from).toBe(m.to);
    expect(m.move).toBe('same');
    expect(m.criteriaChanged).toEqual([]);
    expect([m.partnersAdded, m.partnersRemoved]).toEqual([[], []]);
    // Its harmonic closeness still moves: Mnew joins the network it reaches.
    expect([m.deltas.regionalActors, m.deltas.constraint]).toEqual([0, 0]);
    expect(result.ties.filter((t) => t.status === 'strengthened')).toEqual([
      { source: 'Mstrong', target: 'C', status: 'strengthened', strengthFrom: 1, strengthTo: 3 },
    ]);
    expect(result.ties.filter((t) => t.status === 'weakened')).toEqual([]);
  });

  it('counts the transitions and the flows from the moves and ties', async () => {
    const { result } = await fromYearColumn('none');
    expect(result.transitions).toHaveLength(9);
    for (const t of result.transitions) {
      const moved = result.municipalities.filter((m) => m.from === t.from && m.to === t.to);
      expect(t.count).toBe(moved.length);
    }
    const a = result.actors.find((x) => x.id === 'A')!;
    // A's ties to municipalities: M1, M3, Mlose in both years, and Mnew in 2018.
    expect([a.flowFrom, a.flowTo, a.reachedFrom, a.reachedTo]).toEqual([3, 4, 3, 4]);
    const c = result.actors.find((x) => x.id === 'C')!;
    expect([c.flowFrom, c.flowTo, c.reachedFrom, c.reachedTo]).toEqual([4, 6, 4, 4]);
    expect(result.counties).toEqual([]);
  });

  it('states its choices', async () => {
    const { result } = await fromYearColumn('none', 'own');
    expect(result.thresholds).toBe('own');
    expect(result.undated).toBe('none');
    expect(result.from).toEqual({ kind: 'years', years: Y2016 });
  });

  it('compares the second period with the first period’s quantiles by default', async () => {
    const baseline = (await fromYearColumn('none')).result;
    const own = (await fromYearColumn('none', 'own')).result;
    expect(baseline.after.groups).toEqual(baseline.before.groups);
    expect(own.after.groups).not.toEqual(own.before.groups);
  });

  it.each(['both', 'none'] as const)(
    'a year column and two files give the same result (undated: %s)',
    async (undated) => {
      const years = (await fromYearColumn(undated)).result;
      const files = await fromTwoFiles(undated);
      expect(files.municipalities).toEqual(years.municipalities);
      expect(files.ties).toEqual(years.ties);
      expect(files.transitions).toEqual(years.transitions);
      expect(files.actors).toEqual(years.actors);
      expect(files.findings).toEqual(years.findings);
    },
  );

  it('undated records follow the stated choice', async () => {
    const both = await fromYearColumn('both');
    const none = await fromYearColumn('none');
    const undatedTie = (r: ChangeResult) =>
      r.ties.find((t) => t.source === 'Mstrong' && t.target === 'B');
    expect(undatedTie(both.result)).toEqual({
      source: 'Mstrong',
      target: 'B',
      status: 'unchanged',
      strengthFrom: 1,
      strengthTo: 1,
    });
    expect(undatedTie(none.result)).toBeUndefined();
    expect(both.rows).toEqual([
      { rows: 14, undated: 1 },
      { rows: 16, undated: 1 },
    ]);
    expect(none.rows).toEqual([
      { rows: 13, undated: 0 },
      { rows: 15, undated: 0 },
    ]);
  });

  it('refuses a period with no rows', async () => {
    const input = { edges: fromText('edges.csv', edgesCsv(ROWS)) };
    const { opened, loaded } = await openAndLoad(input);
    const error = await periodGraphs(
      opened,
      loaded,
      [Y2016, { from: 2030, to: 2031 }],
      'none',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      code: 'period_empty',
      location: { file: 'edges.csv' },
      params: { from: 2030, to: 2031 },
    });
  });
});

describe('flows per county', () => {
  it('sum the ties from regional actors to the county’s municipalities, and count those reached', () => {
    const nodes = [
      { id: 'Kiruna', kind: 'municipality', county: '25' },
      { id: 'Pajala', kind: 'municipality', county: '25' },
      { id: 'Region Norrbotten', kind: 'region', county: '25' },
      { id: 'Almi', kind: 'business_support', county: '25' },
    ];
    const before = buildGraph(nodes, [
      ['Kiruna', 'Region Norrbotten', 2],
      ['Kiruna', 'Pajala', 5],
    ]);
    const after = buildGraph(nodes, [
      ['Kiruna', 'Region Norrbotten', 1],
      ['Pajala', 'Almi', 3],
      ['Almi', 'Region Norrbotten', 4],
    ]);
    const result = comparePeriods(
      { ref: { kind: 'file', file: 'a' }, graph: before },
      { ref: { kind: 'file', file: 'b' }, graph: after },
      { stabilityRuns: 0 },
    );
    expect(result.counties).toEqual([
      {
        id: '25',
        label: 'Norrbottens län',
        flowFrom: 2,
        flowTo: 4,
        reachedFrom: 1,
        reachedTo: 2,
      },
    ]);
    expect(result.actors.map((a) => [a.id, a.kind, a.flowFrom, a.flowTo])).toEqual([
      ['Almi', 'business_support', 0, 3],
      ['Region Norrbotten', 'region', 2, 1],
    ]);
  });
});
