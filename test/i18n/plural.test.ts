import { describe, expect, it } from 'vitest';
import { APP_TEXT } from '../../src/i18n/app.ts';
import type { Finding } from '../../src/core/analysis/types.ts';
import { findingSentence } from '../../src/i18n/finding-sentence.ts';
import { countOf, nounFor } from '../../src/i18n/plural.ts';

const CHANGE = { one: 'ändring', other: 'ändringar' };

describe('countOf', () => {
  it('chooses the singular for one and the plural otherwise, by the language rules', () => {
    expect(countOf('sv', 1, CHANGE)).toBe('1 ändring');
    expect(countOf('sv', 0, CHANGE)).toBe('0 ändringar');
    expect(countOf('sv', 2, CHANGE)).toBe('2 ändringar');
    expect(nounFor('en', 1, { one: 'node', other: 'nodes' })).toBe('node');
    expect(nounFor('en', 0, { one: 'node', other: 'nodes' })).toBe('nodes');
  });

  it('formats the count for the language', () => {
    expect(countOf('sv', 12345, CHANGE)).toBe('12\u00a0345 ändringar');
    expect(countOf('en', 12345, { one: 'row', other: 'rows' })).toBe('12,345 rows');
  });
});

describe('counted sentences', () => {
  it('say one of a thing in the singular', () => {
    expect(APP_TEXT.sv.editsActive(1)).toBe('Tänk om: 1 ändring');
    expect(APP_TEXT.en.editsActive(1)).toBe('What if: 1 change');
    expect(APP_TEXT.sv.counts(1, 1)).toBe('1 aktör · 1 band');
    expect(APP_TEXT.en.counts(1, 2)).toBe('1 actor · 2 ties');
    expect(APP_TEXT.en.rowsShown(1)).toBe('1 row');
  });

  it('say that one node is cut off by a bridge', () => {
    const bridge = {
      code: 'bridge',
      params: { a: 'Boden', b: 'Luleå', side: 1, municipalities: 1, stranded: [] },
      severity: 'low',
      score: 1,
      nodes: [],
      edges: [],
    } as unknown as Finding;
    expect(findingSentence(bridge, 'en')).toContain(
      'without it 1 node (a municipality) is cut off',
    );
    expect(findingSentence(bridge, 'sv')).toContain('utan det skiljs 1 nod (en kommun) från');
  });
});
