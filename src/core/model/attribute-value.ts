import { parseNumber } from '../io/parse-number.ts';
import type { AttributeType } from '../io/types.ts';

/**
 * A cell as an attribute value of the column's inferred type: a finite number for number
 * columns (the text itself when the cell is not a number, so nothing is lost), else the text
 * verbatim. Empty cells have no value.
 */
export function attributeValue(text: string, type: AttributeType): string | number | undefined {
  if (text === '') return undefined;
  if (type !== 'number') return text;
  return parseNumber(text) ?? text;
}
