import { parseNumber } from '../io/parse-number.ts';
import type { AttributeType } from '../io/types.ts';
import type { WarningLog } from './warning-log.ts';

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

/**
 * attributeValue for a row being read, noting (as info) a number column's cell that is not a
 * number and is therefore kept as text.
 */
export function rowAttributeValue(
  text: string,
  type: AttributeType,
  where: { warnings: WarningLog; file: string; column: string; row: number },
): string | number | undefined {
  const value = attributeValue(text, type);
  if (type === 'number' && typeof value === 'string') {
    const { warnings, file, column, row } = where;
    warnings.add({ code: 'attribute_not_number', severity: 'info', file, column, row, value });
  }
  return value;
}
