import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingParams } from '../../src/core/analysis/types.ts';
import { countyName, findingSentence } from '../../src/i18n/finding-sentence.ts';
import { LANGS } from '../../src/i18n/lang.ts';

/** One finding of every code; the mapped type makes a new code without an example a type error. */
const PARAMS: { [C in FindingCode]: FindingParams[C] } = {
  isolated_municipality: { name: 'Överkalix' },
  no_regional_tie: { name: 'Överkalix', municipalities: 2 },
  single_regional_tie: { name: 'Överkalix', actor: 'Region Norrbotten' },
  bridge: {
    a: 'Överkalix',
    b: 'Region Norrbotten',
    side: 3,
    municipalities: 2,
    stranded: ['Överkalix', 'Pajala'],
  },
  local_bridge: { a: 'Överkalix', b: 'Region Norrbotten', span: 4 },
  cut_vertex_separates: { name: 'Region Norrbotten', stranded: ['Överkalix'] },
  weak_critical_tie: {
    a: 'Region Norrbotten',
    b: 'Överkalix',
    strength: 0.5,
    median: 2,
    stranded: ['Överkalix', 'Pajala', 'Kiruna'],
  },
  county_poorly_tied: {
    county: '25',
    municipalities: 14,
    ties: 13,
    density: 0.14,
    parts: 4,
    alone: 2,
  },
  bridges_more: { count: 80, listed: 220 },
  local_bridges_more: { count: 104, betweenActors: 3, listed: 100 },
};

const findings = Object.entries(PARAMS).map(
  ([code, params]) =>
    ({ code, params, severity: 'low', score: 1, nodes: [], edges: [] }) as Finding,
);

describe('findingSentence', () => {
  for (const finding of findings) {
    it(`words ${finding.code} in Swedish and English`, () => {
      const [sv, en] = LANGS.map((lang) => findingSentence(finding, lang));
      for (const sentence of [sv!, en!]) {
        expect(sentence).toMatch(/^\S.*\.$/);
        expect(sentence).not.toMatch(/undefined|NaN|\[object|\$\{/);
        for (const value of Object.values(finding.params).flat())
          if (typeof value === 'string' && value !== '25') expect(sentence).toContain(value);
      }
      expect(sv).not.toBe(en);
    });
  }

  it('names the county from the reference data in both languages', () => {
    const county = findings.find((f) => f.code === 'county_poorly_tied')!;
    expect(findingSentence(county, 'sv')).toContain('Kommunerna i Norrbottens län ');
    expect(findingSentence(county, 'en')).toContain('The municipalities of Norrbottens län ');
    expect(countyName('22', 'en')).toBe('Västernorrlands län');
  });

  it('falls back to the code for a county the reference data does not have', () => {
    expect(countyName('99', 'sv')).toBe('län 99');
    expect(countyName('99', 'en')).toBe('county 99');
  });
});
