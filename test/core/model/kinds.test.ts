import { describe, expect, it } from 'vitest';
import { normaliseKind } from '../../../src/core/model/kinds.ts';

describe('normaliseKind', () => {
  it.each([
    ['Kommun', 'municipality'],
    ['kommun', 'municipality'],
    ['Municipality', 'municipality'],
    ['municipality', 'municipality'],
    ['Region', 'region'],
    ['Landsting', 'region'],
    ['Länsstyrelse', 'county_board'],
    ['LANSSTYRELSEN', 'county_board'],
    ['county_board', 'county_board'],
    ['Näringsliv', 'business_support'],
    ['Företagsfrämjande', 'business_support'],
    ['Almi', 'business_support'],
    ['Universitet', 'higher_education'],
    ['Högskola', 'higher_education'],
    ['Universitet/högskola', 'higher_education'],
    ['Turism', 'tourism'],
    ['Destination', 'tourism'],
    ['Leader', 'leader'],
    ['Nationell myndighet', 'national'],
    ['Myndighet', 'national'],
  ])('%s → %s', (text, kind) => {
    expect(normaliseKind(text)).toBe(kind);
  });

  it('keeps unknown and mixed kinds verbatim', () => {
    expect(normaliseKind('Idéburen förening')).toBe('Idéburen förening');
    expect(normaliseKind('Kommun/Region')).toBe('Kommun/Region');
  });
});
