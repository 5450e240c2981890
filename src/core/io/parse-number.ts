/**
 * Numbers as Swedish and English spreadsheets write them. Policy:
 *
 * - A single comma or a single point is the decimal separator: "2,5" and "2.5" are 2.5, and
 *   "1,234" is 1.234 (Swedish data writes decimal commas; English thousands need a point too).
 * - Thousands separators are accepted only in proper groups of three: spaces (also no-break,
 *   narrow no-break and thin spaces) as in "1 234,5"; commas when a decimal point follows or
 *   when there are several of them ("1,234.5", "1,234,567"); points likewise ("1.234,5").
 * - A leading + or - (or the typographic minus U+2212) and an exponent ("1e3") are allowed.
 * - Anything else — empty, words, "NaN", "Infinity", hexadecimal, "1,2,3" — is undefined, as is
 *   any value that overflows. The result is never NaN or ±Infinity.
 */
export function parseNumber(text: string): number | undefined {
  const simple = simpleDecimal(text);
  if (simple !== undefined) return simple;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;

  let sign = '';
  let rest = trimmed;
  const first = rest.charCodeAt(0);
  if (first === PLUS || first === MINUS || first === TYPOGRAPHIC_MINUS) {
    sign = first === PLUS ? '' : '-';
    rest = rest.slice(1);
  }

  const exponentAt = rest.search(/[eE]/);
  const mantissa = exponentAt === -1 ? rest : rest.slice(0, exponentAt);
  const exponent = exponentAt === -1 ? '' : rest.slice(exponentAt + 1);
  if (exponentAt !== -1 && !EXPONENT.test(exponent)) return undefined;

  const canonical = canonicalMantissa(mantissa);
  if (canonical === undefined) return undefined;

  const value = Number(`${sign}${canonical}${exponent ? `e${exponent}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value;
}

/**
 * The year in a year or date text: "2017", "2017-05-03", "3/5/2017", "2017-05", "2017/18".
 * The first stand-alone run of four digits between 1000 and 2999; undefined when there is none
 * (an Excel date serial such as "42856" is not a year).
 */
export function parseYear(text: string): string | undefined {
  const match = YEAR.exec(text);
  return match ? match[1] : undefined;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const TYPOGRAPHIC_MINUS = 0x2212;
const EXPONENT = /^[+-]?\d+$/;
const YEAR = /(?<!\d)([12]\d{3})(?!\d)/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d*)?$/;
const SPACE = /[ \u00a0\u202f\u2009]/;
const SPACES = /[ \u00a0\u202f\u2009]/g;
const DIGITS = /^\d*$/;

/**
 * The common case without regular expressions: unsigned digits with at most one comma or
 * point ("3", "2,5", "0.75"). Up to 15 digits, which a double holds exactly.
 */
function simpleDecimal(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 16) return undefined;
  let separator = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if ((code === 44 || code === 46) && separator === -1 && length > 1) separator = i;
    else return undefined;
  }
  if (separator === -1 || text.charCodeAt(separator) === 46) return Number(text);
  return Number(`${text.slice(0, separator)}.${text.slice(separator + 1)}`);
}

/** The mantissa with thousands separators removed and a point as decimal separator. */
function canonicalMantissa(mantissa: string): string | undefined {
  let text = mantissa;
  if (SPACE.test(text)) {
    if (!SPACE_GROUPED.test(text)) return undefined;
    text = text.replace(SPACES, '');
  }

  const commas = count(text, ',');
  const points = count(text, '.');
  let integer: string;
  let fraction: string;
  if (commas === 0 && points === 0) {
    integer = text;
    fraction = '';
  } else if (commas + points === 1) {
    [integer = '', fraction = ''] = text.split(commas ? ',' : '.');
  } else {
    const lastComma = text.lastIndexOf(',');
    const lastPoint = text.lastIndexOf('.');
    const mixed = commas > 0 && points > 0;
    if (mixed) {
      const decimal = lastComma > lastPoint ? ',' : '.';
      if (count(text, decimal) !== 1) return undefined;
      const at = text.lastIndexOf(decimal);
      integer = ungroup(text.slice(0, at), decimal === ',' ? '.' : ',') ?? '';
      if (integer === '') return undefined;
      fraction = text.slice(at + 1);
    } else {
      integer = ungroup(text, commas ? ',' : '.') ?? '';
      if (integer === '') return undefined;
      fraction = '';
    }
  }
  if (!DIGITS.test(integer) || !DIGITS.test(fraction)) return undefined;
  if (integer === '' && fraction === '') return undefined;
  return `${integer || '0'}.${fraction || '0'}`;
}

/** "1,234,567" → "1234567"; undefined unless every group after the first has three digits. */
function ungroup(text: string, separator: string): string | undefined {
  const groups = text.split(separator);
  const [head = '', ...tail] = groups;
  if (head.length < 1 || head.length > 3) return undefined;
  if (!tail.every((group) => group.length === 3)) return undefined;
  return groups.join('');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}
