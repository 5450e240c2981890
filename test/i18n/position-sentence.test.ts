import { describe, expect, it } from 'vitest';
import type { Criterion, CriterionCode } from '../../src/core/analysis/types.ts';
import { ANALYSIS_TEXT, type GroupRef } from '../../src/i18n/analysis.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { criterionPhrase } from '../../src/i18n/position-sentence.ts';

/** Every criterion as measured; the Record makes a new code without an example a type error. */
const CRITERIA: Record<CriterionCode, Omit<Criterion, 'code' | 'held'>> = {
  has_tie: { value: 0, threshold: 1, comparison: '>=', clause: 'ensam' },
  regional_actors: { value: 1, threshold: 2, comparison: '>=', clause: 'natverksaktor' },
  constraint_below_median: {
    value: 0.61,
    threshold: 0.42,
    comparison: '<',
    clause: 'natverksaktor',
  },
  harmonic_at_or_above_median: {
    value: 7.25,
    threshold: 6.5,
    comparison: '>=',
    clause: 'natverksaktor',
  },
  independent_paths: { value: 1, threshold: 2, comparison: '>=', clause: 'ensam' },
  constraint_at_or_above_upper_quartile: {
    value: 0.61,
    threshold: 0.55,
    comparison: '>=',
    clause: 'ensam',
  },
};

const GROUPS: GroupRef[] = [{ kind: 'county', county: '22' }, { kind: 'all' }];

describe('criterion phrases', () => {
  for (const [code, measured] of Object.entries(CRITERIA)) {
    it(`word ${code} in Swedish and English, held or not, for either group`, () => {
      for (const held of [true, false])
        for (const group of GROUPS) {
          const criterion = { code: code as CriterionCode, held, ...measured };
          const [sv, en] = LANGS.map((lang) => criterionPhrase(lang, criterion, group));
          for (const phrase of [sv!, en!]) {
            expect(phrase.length).toBeGreaterThan(10);
            expect(phrase).not.toMatch(/undefined|NaN|\[object|\$\{/);
          }
          expect(sv).not.toBe(en);
        }
    });
  }

  it('have a name for every criterion in both languages', () => {
    for (const lang of LANGS)
      for (const code of Object.keys(CRITERIA) as CriterionCode[])
        expect(ANALYSIS_TEXT[lang].criterionNames[code]).toMatch(/\S/);
  });
});
