import { xmlSafe } from './xml.ts';

// eslint-disable-next-line no-control-regex -- these are exactly the characters to encode
const CONTROL = /[\x00-\x08\x0B-\x1F]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Text for an XLSX cell that comes back exactly. OOXML writes a character as `_xHHHH_`, and
 * Excel and exceljs decode that on reading, but exceljs does not encode when writing: a CR
 * would come back as LF (XML turns it into one) and other control characters would make the
 * file unreadable. So those are encoded, and a literal `_xHHHH_` in the text has its
 * underscore encoded so it is not decoded into something else.
 */
export function xlsxText(text: string): string {
  return xmlSafe(
    text
      .replace(LITERAL_ESCAPE, '_x005F_$1')
      .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
}
