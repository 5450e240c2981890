import { headerKey } from './header-key.ts';
import { parseNumber } from './parse-number.ts';
import type { AttributeType } from './types.ts';

/** What a column's sample values look like, for role detection and attribute types. */
export interface ColumnProfile {
  nonEmpty: number;
  /** Share of non-empty values that parse as numbers (parseNumber). */
  numericShare: number;
  /** Numbers that are codes rather than quantities: "0180", or more than 15 digits. */
  hasCodes: boolean;
  /** Every non-empty value parses as a number. */
  numbers: number[];
  distinct: number;
  maxLength: number;
  /** Looks like comments or descriptions: many words per value, or a comment-like header. */
  freeText: boolean;
}

const FREE_TEXT_HEADERS = new Set([
  'kommentar',
  'kommentarer',
  'comment',
  'comments',
  'beskrivning',
  'description',
  'anteckning',
  'anteckningar',
  'note',
  'notes',
  'fritext',
  'ovrigt',
  'text',
  'remark',
  'remarks',
  'notering',
]);
/** Leading-zero codes ("0180") and digit strings too long for a double stay text. */
const CODE = /^[+-]?0\d+$|^\d{16,}$/;
const CATEGORY_MAX_DISTINCT = 20;
const CATEGORY_MAX_LENGTH = 60;

export function profileColumn(
  header: string,
  sample: readonly string[][],
  column: number,
): ColumnProfile {
  const values: string[] = [];
  for (const row of sample) {
    const value = row[column] ?? '';
    if (value !== '') values.push(value);
  }
  const numbers: number[] = [];
  let hasCodes = false;
  let wordy = 0;
  let maxLength = 0;
  for (const value of values) {
    const number = parseNumber(value);
    if (number !== undefined) numbers.push(number);
    if (CODE.test(value)) hasCodes = true;
    if (value.split(/\s+/).length >= 4) wordy++;
    maxLength = Math.max(maxLength, value.length);
  }
  const key = headerKey(header);
  return {
    nonEmpty: values.length,
    numericShare: values.length ? numbers.length / values.length : 0,
    hasCodes,
    numbers,
    distinct: new Set(values).size,
    maxLength,
    freeText:
      FREE_TEXT_HEADERS.has(key.split(' ')[0] ?? '') ||
      (values.length > 0 && wordy / values.length >= 0.3),
  };
}

/**
 * The type an attribute column is kept as: 'number' when every non-empty sample value parses
 * as a number and none is a code ("0180", long digit strings stay text); 'category' for few
 * (≤ 20, at most half as many as the values) distinct short values; else 'text'.
 */
export function attributeType(profile: ColumnProfile): AttributeType {
  if (profile.nonEmpty === 0) return 'text';
  if (profile.numericShare === 1 && !profile.hasCodes) return 'number';
  if (
    !profile.freeText &&
    profile.distinct <= CATEGORY_MAX_DISTINCT &&
    profile.distinct <= Math.ceil(profile.nonEmpty / 2) &&
    profile.maxLength <= CATEGORY_MAX_LENGTH
  ) {
    return 'category';
  }
  return 'text';
}
