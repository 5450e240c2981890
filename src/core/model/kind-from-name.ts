import { foldKey, placeKey } from './place-key.ts';
import type { KnownKind } from './types.ts';

/** A kind read from a word in an actor's name, and the word that gave it away. */
export interface NameKind {
  kind: KnownKind;
  /** The word of the name that matched, in lower case ("mittuniversitetet", "högskolan"). */
  word: string;
}

/**
 * The kind an actor's name says it is, when its data gives none: "Mittuniversitetet" and
 * "Högskolan Väst" are lärosäten, "Höga Kusten Leader" a Leader area, "Tillväxtverket" and
 * "Energimyndigheten" national bodies (the best-known agencies by name, any "…myndigheten"), "Almi Mitt" and "Sundsvalls Näringsliv" business support,
 * "Visit Sundsvall" tourism. Whole words only, compared case- and accent-insensitively; a name
 * that points two ways ("Region Leader", "Universitetsholding Turism") gives nothing. A guess,
 * stated in the import report with its word; the user's kind column always wins.
 */
export function kindFromName(name: string): NameKind | undefined {
  // Every kind word has letters: a name of digits alone (most ids of a numbered network, one
  // per node) has none, and is not split into words.
  if (isDigits(name)) return undefined;
  const words = placeKey(name).split(/[\s,.;:()/&+]+/);
  let found: NameKind | undefined;
  for (const word of words) {
    const kind = wordKind(foldKey(word));
    if (kind === undefined) continue;
    if (found && found.kind !== kind) return undefined;
    found ??= { kind, word };
  }
  return found;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function wordKind(word: string): KnownKind | undefined {
  if (word === '') return undefined;
  const exact = WORDS.get(word);
  if (exact) return exact;
  for (const [ending, kind, except] of ENDINGS)
    if (word.endsWith(ending) && !except.some((e) => word.endsWith(e))) return kind;
  return undefined;
}

/** Whole words that name a kind. */
const WORDS = new Map<string, KnownKind>([
  ['leader', 'leader'],
  ['almi', 'business_support'],
  ['nyforetagarcentrum', 'business_support'],
  ['visit', 'tourism'],
  ['destination', 'tourism'],
  ['turism', 'tourism'],
  ['university', 'higher_education'],
  ['universitet', 'higher_education'],
  ['hogskola', 'higher_education'],
  ['hogskolan', 'higher_education'],
  ['regionforbund', 'region'],
  ['regionforbundet', 'region'],
  ['lansstyrelse', 'county_board'],
  ['lansstyrelsen', 'county_board'],
  ...[
    'tillvaxtverket',
    'tillvaxtanalys',
    'trafikverket',
    'naturvardsverket',
    'boverket',
    'jordbruksverket',
    'skatteverket',
    'livsmedelsverket',
    'migrationsverket',
    'sjofartsverket',
    'riksantikvarieambetet',
    'lantmateriet',
    'skogsstyrelsen',
    'arbetsformedlingen',
    'forsakringskassan',
    'vinnova',
    'formas',
    'skr',
  ].map((word) => [word, 'national'] as const),
]);

/**
 * Word endings that name a kind, with the endings that look alike but do not: a folkhögskola is
 * adult education, not a lärosäte.
 */
const ENDINGS: readonly (readonly [string, KnownKind, readonly string[]])[] = [
  ['universitetet', 'higher_education', []],
  ['universitet', 'higher_education', []],
  ['hogskolan', 'higher_education', ['folkhogskolan']],
  ['hogskola', 'higher_education', ['folkhogskola']],
  ['myndigheten', 'national', []],
  ['naringsliv', 'business_support', []],
  ['naringslivet', 'business_support', []],
  ['turism', 'tourism', []],
];
