/**
 * A name as a lookup key: NFC, lower case, hyphens, underscores and runs of whitespace as one
 * space ("Upplands-Bro" and "upplands bro" meet), trimmed. Accents are kept: "Överkalix" and
 * "Overkalix" are different keys, so a misspelling is reported rather than silently accepted.
 */
export function placeKey(text: string): string {
  if (isKey(text)) return text;
  return text.normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

/**
 * `placeKey` without accents and invisible characters ("Överkalix" → "overkalix", "Umeå\u200b"
 * → "umea"), for near misses and duplicates.
 */
export function foldKey(text: string): string {
  if (isKey(text)) return text;
  return placeKey(text.normalize('NFD').replace(MARKS, '')).normalize('NFC');
}

/**
 * True for text both keys leave as it is, checked without a regular expression or a new
 * string (ids such as "17" or "aktör" read by the million): printable ASCII without capitals,
 * spaces, hyphens or underscores. Normalising, folding accents and removing format characters
 * change no ASCII; lower-casing changes only capitals; the separators and trimming only white
 * space, hyphens and underscores.
 */
function isKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f || (code >= 0x41 && code <= 0x5a)) return false;
    if (code === 0x2d || code === 0x5f) return false;
  }
  return true;
}

const SEPARATORS = /[\s\u00a0\u2009\u202f_\-\u2010-\u2013]+/g;
/** Accents, and invisible format characters (zero-width space and joiners, soft hyphen, BOM). */
const MARKS = /[\p{M}\p{Cf}]+/gu;
