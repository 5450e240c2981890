/**
 * Cells read in place from a line of text, without a string per cell (RowOptions.plainRow):
 * each function looks at text[start, end) and answers as the general path would for the
 * cell's string.
 */

/**
 * True when the cell is one the importer keeps exactly as written: not empty, printable ASCII
 * at both ends, no leading apostrophe, no control character. trimCell (clean-cell.ts) then
 * returns it unchanged, and so does withoutControls (model/control-characters.ts).
 */
export function isKeptAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (first <= 0x20 || first >= 0x7f || first === APOSTROPHE) return false;
  if (last <= 0x20 || last >= 0x7f) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
}

const APOSTROPHE = 0x27;

/**
 * The number a cell of 1 to 15 decimal digits spells (leading zeros allowed: "05" is 5, as
 * parseNumber reads it), exact in a double; else -1.
 */
export function digitsAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A year cell as the edge reader takes it without a note: 0 when empty, the year when it is
 * four plain digits from 1000 to 2999 ("2017"), else -1 (left to the general path).
 */
export function yearAt(text: string, start: number, end: number): number {
  if (end === start) return 0;
  if (end - start !== 4) return -1;
  const first = text.charCodeAt(start);
  if (first !== 49 && first !== 50) return -1;
  return digitsAt(text, start, end);
}
