import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/types.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { scopeFindings, scopeNodeTable, scopePositions } from '../../../src/core/scope/in-scope.ts';
import { scopeSuggestions } from '../../../src/core/scope/scope-suggestions.ts';
import { countyScope, scopeMembers } from '../../../src/core/scope/scope.ts';
import { demoAnalysis } from '../../helpers/demo-analysis.ts';

let graph: BroGraph;
let analysis: Analysis;
beforeAll(async () => {
  ({ graph, analysis } = await demoAnalysis());
});

describe('countyScope', () => {
  it.each(['Västernorrlands län', 'västernorrland', '22', 'Region Västernorrland'])(
    'resolves %s to Västernorrlands län',
    (text) => {
      expect(countyScope(text)).toEqual({
        kind: 'county',
        county: '22',
        name: 'Västernorrlands län',
      });
    },
  );

  it('gives undefined for a name that is no county', () => {
    expect(countyScope('Atlantis')).toBeUndefined();
  });
});

describe('a county scope on the demo network', () => {
  it('holds the county’s actors inside and their partners elsewhere outside', () => {
    const members = scopeMembers(graph, countyScope('22')!);
    expect(members.inside.has('Kramfors')).toBe(true);
    expect(members.inside.has('Region Västernorrland')).toBe(true);
    expect(members.inside.has('Boden')).toBe(false);
    for (const id of members.partners) {
      expect(graph.getNodeAttribute(id, 'county')).not.toBe('22');
      expect(graph.someNeighbor(id, (n) => members.inside.has(n))).toBe(true);
    }
  });

  it('counts only the county’s municipalities, with the whole network’s positions', () => {
    const members = scopeMembers(graph, countyScope('22')!);
    const { positions, counts } = scopePositions(analysis, members);
    expect(positions.map((p) => p.node).sort()).toEqual(
      ['Härnösand', 'Kramfors', 'Sollefteå', 'Sundsvall', 'Timrå', 'Ånge', 'Örnsköldsvik'].sort(),
    );
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(7);
    for (const p of positions) expect(analysis.positions).toContain(p);
  });

  it('keeps only findings that touch the county', () => {
    const members = scopeMembers(graph, countyScope('22')!);
    const findings = scopeFindings(analysis.findings, members);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThan(analysis.findings.length);
    for (const f of findings) expect(f.nodes.some((n) => members.inside.has(n))).toBe(true);
  });

  it('gives node rows of the actors and their partners, partners marked outside', () => {
    const members = scopeMembers(graph, countyScope('22')!);
    const table = {
      headers: ['id', 'label'],
      rows: graph.mapNodes((id, a) => [id, a.label]),
    };
    const scoped = scopeNodeTable(table, members);
    expect(scoped.headers).toEqual(['id', 'label', 'in_scope']);
    expect(scoped.rows).toHaveLength(members.inside.size + members.partners.size);
    expect(scoped.rows).toContainEqual(['Kramfors', 'Kramfors', true]);
    for (const row of scoped.rows.filter((r) => r[2] === false))
      expect(members.partners.has(String(row[0]))).toBe(true);
  });

  it('suggests ties for its lone builders to the county’s own actors or national ones', () => {
    const members = scopeMembers(graph, countyScope('22')!);
    const suggestions = scopeSuggestions(graph, analysis, members, { k: 2 });
    const alone = analysis.positions.filter(
      (p) => p.position === 'ensam' && members.inside.has(p.node),
    );
    expect(new Set(suggestions.map((s) => s.municipality))).toEqual(
      new Set(alone.map((p) => p.node)),
    );
    for (const s of suggestions) {
      const county = graph.getNodeAttribute(s.partner, 'county');
      expect(county === undefined || county === '22').toBe(true);
    }
  });
});
