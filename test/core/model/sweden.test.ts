import { describe, expect, it } from 'vitest';
import { swedenIndex, type Recognition } from '../../../src/core/model/sweden.ts';

const sweden = swedenIndex();

function named(r: Recognition | undefined): string | undefined {
  if (!r) return undefined;
  return r.kind === 'municipality'
    ? `municipality ${r.municipality.code}`
    : `${r.kind} ${r.county.code}`;
}

describe('recognise', () => {
  it.each([
    ['0180', 'municipality 0180'],
    ['Stockholm', 'municipality 0180'],
    ['STOCKHOLM', 'municipality 0180'],
    ['Stockholms stad', 'municipality 0180'],
    ['Falu kommun', 'municipality 2080'],
    ['Ale kommun', 'municipality 1440'],
    ['Flens kommun', 'municipality 0482'],
    ['Kramfors kommun', 'municipality 2282'],
    ['Överkalix kommuns', 'municipality 2513'],
    ['Upplands Väsby', 'municipality 0114'],
    ['upplands-väsby kommun', 'municipality 0114'],
    ['Upplands Bro', 'municipality 0139'],
    ['Malung-Sälens kommun', 'municipality 2023'],
    ['Gotland', 'municipality 0980'],
    ['Gotlands kommun', 'municipality 0980'],
    ['Region Gotland', 'municipality 0980'],
    ['0980', 'municipality 0980'],
    ['Region Norrbotten', 'region 25'],
    ['region norrbotten', 'region 25'],
    ['Länsstyrelsen i Norrbottens län', 'county_board 25'],
    ['Länsstyrelsen Norrbotten', 'county_board 25'],
    ['Länsstyrelsen Gotland', 'county_board 09'],
    ['Västra Götalandsregionen', 'region 14'],
    ['Region Stockholm', 'region 01'],
    ['Region Sörmland', 'region 04'],
    ['Region Jämtland Härjedalen', 'region 23'],
    ['Region Kalmar län', 'region 08'],
  ])('%s is %s', (text, expected) => {
    expect(named(sweden.recognise(text))).toBe(expected);
  });

  it('recognises names written decomposed (NFD), as macOS writes them', () => {
    const decomposed = 'Umeå'.normalize('NFD');
    expect(decomposed).not.toBe('Umeå');
    expect(named(sweden.recognise(decomposed))).toBe('municipality 2480');
    expect(named(sweden.recognise('Överkalix'.normalize('NFD')))).toBe('municipality 2513');
  });

  it.each(['180', '18O', 'Overkalix', 'Stockholms', 'Region', 'Almi', 'Tillväxtverket', ''])(
    'does not recognise %j',
    (text) => {
      expect(sweden.recognise(text)).toBeUndefined();
    },
  );
});

describe('nearMiss', () => {
  it.each([
    ['Ovekalix', 'Överkalix'],
    ['Overkalix', 'Överkalix'],
    ['Goteborg', 'Göteborg'],
    ['Kramfor', 'Kramfors'],
    ['Härjedalenn kommun', 'Härjedalen'],
    ['Skinskatteberg', 'Skinnskatteberg'],
  ])('%s suggests %s', (text, suggestion) => {
    expect(sweden.nearMiss(text)?.name).toBe(suggestion);
  });

  it.each([
    'Överkalix',
    'Region Norrbotten',
    'Almi Företagspartner Nord',
    'Tillväxtverket',
    'Leader Polaris',
    'Mittuniversitetet',
    'Besöksnäring Kalmar',
    'Aktör 17',
    'Kilo',
  ])('leaves %s alone', (text) => {
    expect(sweden.nearMiss(text)).toBeUndefined();
  });
});

describe('countyOf', () => {
  it.each([
    ['25', '25'],
    ['1', '01'],
    ['01', '01'],
    ['Norrbottens län', '25'],
    ['Norrbotten', '25'],
    ['norrbottens', '25'],
    ['Västra Götaland', '14'],
    ['Region Norrbotten', '25'],
    ['Sörmland', '04'],
    ['Stockholm county', '01'],
  ])('%s is %s', (text, code) => {
    expect(sweden.countyOf(text)?.code).toBe(code);
  });

  it.each(['26', 'Narnia', ''])('does not know %j', (text) => {
    expect(sweden.countyOf(text)).toBeUndefined();
  });
});
