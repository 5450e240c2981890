import { boundedEditDistance } from './edit-distance.ts';
import { foldKey, placeKey } from './place-key.ts';
import { SWEDEN_DATA } from './sweden-data.ts';
import type { County, Municipality, SwedenData } from './sweden-types.ts';

export type { County, Municipality, SwedenData } from './sweden-types.ts';

/** What a name was recognised as in the Swedish reference data. */
export type Recognition =
  | { kind: 'municipality'; municipality: Municipality }
  | { kind: 'region' | 'county_board'; county: County };

/** Lookups in the reference data; build once per import with `swedenIndex()`. */
export interface SwedenIndex {
  municipalities: readonly Municipality[];
  counties: readonly County[];
  pilots: readonly string[];
  municipalityByCode(code: string): Municipality | undefined;
  countyByCode(code: string): County | undefined;
  /**
   * A municipality by 4-digit code or name, any case, with or without "kommun", "kommuns",
   * "stad" (and the genitive they take: "Flens kommun", "Falu kommun", "Stockholms stad");
   * or a regional body named unambiguously ("Region Norrbotten", "Länsstyrelsen i
   * Norrbottens län", "Västra Götalandsregionen"). "Region Gotland" is the municipality
   * Gotland, which is its own region.
   */
  recognise(text: string): Recognition | undefined;
  /** A county by code ("25", "1"), name ("Norrbottens län", "Norrbotten") or regional body. */
  countyOf(text: string): County | undefined;
  /**
   * The municipality a name that `recognise` missed probably means: the same name but for
   * accents ("Overkalix"), or within one edit (names of 5–8 letters) or two (9 or more).
   * Names with digits, of fewer than 4 letters, or of more than two words are never flagged,
   * so ordinary actor names pass.
   */
  nearMiss(text: string): Municipality | undefined;
}

/** Builds the lookup tables (290 municipalities, 21 counties: a fraction of a millisecond). */
export function swedenIndex(data: SwedenData = SWEDEN_DATA): SwedenIndex {
  const byCode = new Map(data.municipalities.map((m) => [m.code, m]));
  const byName = new Map(data.municipalities.map((m) => [placeKey(m.name), m]));
  for (const [alias, name] of IRREGULAR_GENITIVES) {
    const municipality = byName.get(name);
    if (municipality) byName.set(alias, municipality);
  }
  const countyByCode = new Map(data.counties.map((c) => [c.code, c]));
  const countyNames = new Map<string, County>();
  const actors = new Map<string, Recognition>();
  for (const county of data.counties) {
    const names = countyNameForms(county);
    for (const name of names) countyNames.set(name, county);
    const own = data.municipalities.filter((m) => m.county === county.code);
    // A county with a single municipality (Gotland) has no regional body apart from it.
    const region: Recognition =
      own.length === 1
        ? { kind: 'municipality', municipality: own[0]! }
        : { kind: 'region', county };
    for (const phrase of regionPhrases(county, names)) actors.set(phrase, region);
    for (const phrase of countyBoardPhrases(names)) {
      actors.set(phrase, { kind: 'county_board', county });
    }
    countyNames.set(placeKey(county.region), county);
  }
  const folded = data.municipalities.map((m) => ({ municipality: m, key: foldKey(m.name) }));

  const municipalityOf = (key: string): Municipality | undefined => {
    if (FOUR_DIGITS.test(key)) return byCode.get(key);
    const direct = byName.get(key);
    if (direct) return direct;
    const base = withoutSuffix(key);
    if (base === undefined) return undefined;
    return byName.get(base) ?? (base.endsWith('s') ? byName.get(base.slice(0, -1)) : undefined);
  };

  return {
    municipalities: data.municipalities,
    counties: data.counties,
    pilots: data.pilots,
    municipalityByCode: (code) => byCode.get(code),
    countyByCode: (code) => countyByCode.get(code),
    recognise(text) {
      const key = placeKey(text);
      if (key === '') return undefined;
      const municipality = municipalityOf(key);
      if (municipality) return { kind: 'municipality', municipality };
      return actors.get(key);
    },
    countyOf(text) {
      const trimmed = text.trim();
      // Digits as written: "-1" is no county, though its key ("1") would be Stockholm's.
      if (ONE_OR_TWO_DIGITS.test(trimmed)) return countyByCode.get(trimmed.padStart(2, '0'));
      const key = placeKey(text);
      if (/\d/.test(key)) return undefined;
      return countyNames.get(key) ?? countyNames.get(key.replace(ENGLISH_COUNTY, ''));
    },
    nearMiss(text) {
      const key = placeKey(text);
      if (key === '' || /\d/.test(key) || municipalityOf(key) || actors.has(key)) return undefined;
      const name = foldKey(withoutSuffix(key) ?? key);
      if (name.length < 4 || name.split(' ').length > 2) return undefined;
      const exact = folded.find((f) => f.key === name);
      if (exact) return exact.municipality;
      const max = name.length >= 9 ? 2 : name.length >= 5 ? 1 : 0;
      let best: Municipality | undefined;
      let bestDistance = max + 1;
      for (const f of folded) {
        const distance = boundedEditDistance(name, f.key, Math.min(max, bestDistance - 1));
        if (distance < bestDistance) {
          best = f.municipality;
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}

const FOUR_DIGITS = /^\d{4}$/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const MUNICIPALITY_SUFFIX = / (?:kommun|kommuns|stad|stads|municipality)$/;
const ENGLISH_COUNTY = / county$/;

/** Genitives that are not the name plus "s": "Falu kommun" is Falun. */
const IRREGULAR_GENITIVES: readonly [string, string][] = [['falu', 'falun']];

/** Names a county goes by, as keys: "norrbottens län", "norrbottens", "norrbotten". */
const COUNTY_ALIASES: Record<string, readonly string[]> = {
  '04': ['sörmland', 'sörmlands län'],
  '23': ['jämtland härjedalen', 'jämtland härjedalens län'],
};

function withoutSuffix(key: string): string | undefined {
  const base = key.replace(MUNICIPALITY_SUFFIX, '');
  return base === key || base === '' ? undefined : base;
}

function countyNameForms(county: County): string[] {
  const full = placeKey(county.name);
  const genitive = full.replace(/ län$/, '');
  const short = genitive.endsWith('s') ? genitive.slice(0, -1) : genitive;
  return [...new Set([full, genitive, short, ...(COUNTY_ALIASES[county.code] ?? [])])];
}

function regionPhrases(county: County, names: readonly string[]): string[] {
  const phrases = [placeKey(county.region)];
  for (const name of names) {
    phrases.push(`region ${name}`, `landstinget ${name}`, `landstinget i ${name}`);
    phrases.push(`regionförbundet ${name}`, `regionförbundet i ${name}`);
    if (name.endsWith(' län')) phrases.push(`${name}s landsting`);
  }
  if (county.code === '14') phrases.push('vgr', 'västra götalandsregionen');
  return phrases;
}

function countyBoardPhrases(names: readonly string[]): string[] {
  const phrases: string[] = [];
  for (const name of names) {
    phrases.push(`länsstyrelsen ${name}`, `länsstyrelsen i ${name}`);
    phrases.push(`county administrative board of ${name}`);
    if (name.endsWith(' län')) phrases.push(`${name}s länsstyrelse`);
  }
  return phrases;
}
