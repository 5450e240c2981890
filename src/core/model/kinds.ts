import { foldKey } from './place-key.ts';
import type { KnownKind } from './types.ts';

/**
 * A kind text from the user's data as a canonical kind: Swedish and English words for the
 * known kinds ("kommun" and "Municipality" are 'municipality', "länsstyrelse" is
 * 'county_board', "Almi" is 'business_support', …), compared case- and accent-insensitively.
 * A text that names several parts ("universitet/högskola") maps when every part maps to the
 * same kind. Anything else is kept verbatim: the user's own categories are data too.
 */
export function normaliseKind(text: string): string {
  const key = foldKey(text);
  const whole = KIND_WORDS.get(key);
  if (whole) return whole;
  const parts = key.split(PART_SEPARATOR).filter((part) => part !== '');
  const kinds = new Set(parts.map((part) => KIND_WORDS.get(part)));
  if (parts.length > 1 && kinds.size === 1) {
    const [only] = kinds;
    if (only) return only;
  }
  return text;
}

const PART_SEPARATOR = /\s*(?:\/|,|&|\+| och | and | eller | or )\s*/;

const SYNONYMS: Record<KnownKind, readonly string[]> = {
  municipality: ['kommun', 'kommuner', 'kommunen', 'municipality', 'municipalities', 'stad'],
  region: [
    'region',
    'regioner',
    'regionen',
    'landsting',
    'landstinget',
    'regionforbund',
    'regionforbundet',
    'region/landsting',
    'regional council',
  ],
  county_board: [
    'lansstyrelse',
    'lansstyrelsen',
    'lansstyrelser',
    'lst',
    'county board',
    'county_board',
    'county administrative board',
  ],
  business_support: [
    'naringsliv',
    'naringslivet',
    'naringslivsframjande',
    'naringslivsorganisation',
    'foretagsframjande',
    'foretagsframjare',
    'almi',
    'business support',
    'business_support',
    'business',
  ],
  higher_education: [
    'universitet',
    'hogskola',
    'hogskolor',
    'larosate',
    'larosaten',
    'akademi',
    'university',
    'universities',
    'college',
    'higher education',
    'higher_education',
  ],
  tourism: [
    'turism',
    'turistorganisation',
    'besoksnaring',
    'destination',
    'destinationsbolag',
    'destinationsorganisation',
    'tourism',
  ],
  leader: ['leader', 'leaderomrade', 'leader omrade', 'leader area', 'lag'],
  national: [
    'nationell',
    'nationell aktor',
    'nationell myndighet',
    'myndighet',
    'statlig myndighet',
    'stat',
    'staten',
    'national',
    'national agency',
    'government agency',
    'agency',
  ],
  other: ['ovrig', 'ovriga', 'annan', 'annat', 'other'],
  unknown: ['okand', 'unknown'],
};

const KIND_WORDS = new Map<string, KnownKind>(
  (Object.entries(SYNONYMS) as [KnownKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((word) => [word, kind] as const),
  ),
);
