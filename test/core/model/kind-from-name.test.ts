import { describe, expect, it } from 'vitest';
import { kindFromName } from '../../../src/core/model/kind-from-name.ts';

describe('kindFromName', () => {
  it.each([
    ['Mittuniversitetet', 'higher_education', 'mittuniversitetet'],
    ['Umeå universitet', 'higher_education', 'universitet'],
    ['Luleå tekniska universitet', 'higher_education', 'universitet'],
    ['Högskolan Väst', 'higher_education', 'högskolan'],
    ['Mälardalens högskola', 'higher_education', 'högskola'],
    ['Höga Kusten Leader', 'leader', 'leader'],
    ['Leader Mittland', 'leader', 'leader'],
    ['Tillväxtverket', 'national', 'tillväxtverket'],
    ['Energimyndigheten', 'national', 'energimyndigheten'],
    ['Almi Mitt', 'business_support', 'almi'],
    ['Sundsvalls Näringsliv', 'business_support', 'näringsliv'],
    ['Visit Sundsvall', 'tourism', 'visit'],
    ['Länsstyrelsen i Jämtlands län', 'county_board', 'länsstyrelsen'],
  ])('%s is %s (word %s)', (name, kind, word) => {
    expect(kindFromName(name)).toEqual({ kind, word });
  });

  it.each([
    'Kramfors kommun',
    'Sollefteå folkhögskola',
    'Föreningen Nätverket',
    'Vattenkraftverket',
    'Sundsvall Energi AB',
    '',
    '__proto__',
    'constructor',
  ])('%s gives no kind', (name) => {
    expect(kindFromName(name)).toBeUndefined();
  });

  it('gives nothing when the name points two ways', () => {
    expect(kindFromName('Leader Visit Höga Kusten')).toBeUndefined();
  });
});
