import type { CellValue } from 'exceljs';
import { cleanText } from './clean-cell.ts';

/**
 * An XLSX cell as text, the way the user sees it, never losing what a number would: a text
 * cell stays text ("0180"), a number formatted with zeros ("0000") keeps its leading zeros, other
 * numbers are written with at most 15 significant digits as Excel shows them ("2.5"), dates
 * as ISO yyyy-mm-dd (with the time only when it is not midnight), formulas by their result,
 * errors verbatim ("#N/A"), booleans as TRUE/FALSE.
 */
export function cellText(value: CellValue, numFmt: string | undefined): string {
  return cleanText(rawText(value, numFmt));
}

const ZERO_PADDED = /^0+$/;

function rawText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return rawText(value.text as CellValue, numFmt);
  if ('error' in value) return value.error;
  if ('result' in value) return rawText(value.result, numFmt);
  return '';
}

function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt && ZERO_PADDED.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(numFmt.length, '0');
  }
  return String(Number(value.toPrecision(15)));
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
