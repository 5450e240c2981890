/**
 * A name as a lookup key: NFC, lower case, hyphens, underscores and runs of whitespace as one
 * space ("Upplands-Bro" and "upplands bro" meet), trimmed. Accents are kept: "Överkalix" and
 * "Overkalix" are different keys, so a misspelling is reported rather than silently accepted.
 */
export function placeKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

/**
 * `placeKey` without accents and invisible characters ("Överkalix" → "overkalix", "Umeå\u200b"
 * → "umea"), for near misses and duplicates.
 */
export function foldKey(text: string): string {
  return placeKey(text.normalize('NFD').replace(MARKS, '')).normalize('NFC');
}

const SEPARATORS = /[\s\u00a0\u2009\u202f_\-\u2010-\u2013]+/g;
/** Accents, and invisible format characters (zero-width space and joiners, soft hyphen, BOM). */
const MARKS = /[\p{M}\p{Cf}]+/gu;
