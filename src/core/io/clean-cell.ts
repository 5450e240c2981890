/**
 * A cell value as the importer keeps it: surrounding white space removed, including no-break
 * and other Unicode spaces (String.prototype.trim covers them). Most cells are ASCII without
 * surrounding space, so those are returned untouched without calling trim.
 */
export function trimCell(value: string): string {
  const length = value.length;
  if (length === 0) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) {
    return first === APOSTROPHE ? unneutralise(value) : value;
  }
  return unneutralise(value.trim());
}

const APOSTROPHE = 0x27;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * Our exports put an apostrophe before a text cell that a spreadsheet would evaluate as a
 * formula (CSV injection); reading such a cell back removes it, so ids round-trip.
 */
function unneutralise(value: string): string {
  return value.charCodeAt(0) === APOSTROPHE && NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Trimmed and NFC-normalised (macOS writes "Umeå" decomposed). */
export function cleanText(value: string): string {
  const trimmed = trimCell(value);
  return !isAscii(trimmed) ? trimmed.normalize('NFC') : trimmed;
}

const NON_ASCII = /[\u0080-\uffff]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}
