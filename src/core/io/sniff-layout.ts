import type { Delimiter } from './types.ts';

/** How a delimited text is laid out, found from its first lines. */
export interface Layout {
  /** Undefined when no candidate gives more than one column. */
  delimiter: Delimiter | undefined;
  /** The delimiter to split lines by while looking for the header: `delimiter` if found. */
  splitBy: Delimiter;
  /** Line breaks outside quotes; a "\r" before "\n" is trimmed away with the last cell. */
  newline: '\n' | '\r';
  /** The first line is Excel's "sep=;" and is not part of the table. */
  sepLine: boolean;
}

export const DELIMITERS: readonly Delimiter[] = ['\t', ';', ',', '|'];

const SNIFF_RECORDS = 50;

/**
 * The delimiter is the candidate whose field count (delimiters inside quotes not counted) is
 * > 1 on the header and agrees with the header on the most of the first lines; ties go to the
 * larger column count, then to the order TAB ; , | (the rarer a character is in text, the
 * likelier it is the delimiter). Excel's `sep=X` first line overrides the sniffing.
 * `complete` says whether `text` is the whole file (else its last line may be cut off).
 */
export function sniffLayout(text: string, complete: boolean): Layout {
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const sep = /^sep=(.)[ \t]*\r?(?:\n|$)/i.exec(text);
  const declared = DELIMITERS.find((d) => d === sep?.[1]);
  if (declared) return { delimiter: declared, splitBy: declared, newline, sepLine: true };

  const counts = fieldCounts(sep ? text.slice(sep[0].length) : text, complete);
  let best: { delimiter: Delimiter; agreement: number; columns: number } | undefined;
  DELIMITERS.forEach((delimiter, d) => {
    const perRecord = counts.map((record) => record[d]!);
    const columns = perRecord[0] ?? 0;
    if (columns < 2) return;
    const rest = perRecord.slice(1);
    const agreement = rest.length ? rest.filter((c) => c === columns).length / rest.length : 1;
    if (
      !best ||
      agreement > best.agreement ||
      (agreement === best.agreement && columns > best.columns)
    ) {
      best = { delimiter, agreement, columns };
    }
  });
  const splitBy = best?.delimiter ?? mostFrequent(text);
  return { delimiter: best?.delimiter, splitBy, newline, sepLine: sep !== null };
}

/** Fields per non-blank record for each candidate delimiter, quote-aware (RFC 4180). */
function fieldCounts(text: string, complete: boolean): number[][] {
  const records: number[][] = [];
  let counts = DELIMITERS.map(() => 1);
  let inQuotes = false;
  let fieldStart = true;
  let blank = true;
  const end = complete ? text.length : lastLineBreak(text);
  for (let i = 0; i < end && records.length < SNIFF_RECORDS; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      inQuotes = true;
      blank = false;
      fieldStart = false;
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (!blank) records.push(counts);
      counts = DELIMITERS.map(() => 1);
      blank = true;
      fieldStart = true;
      continue;
    }
    const d = DELIMITERS.indexOf(char as Delimiter);
    if (d !== -1) {
      counts[d]!++;
      fieldStart = true;
    } else {
      fieldStart = false;
      if (char.trim() !== '') blank = false;
    }
  }
  if (complete && !blank && records.length < SNIFF_RECORDS) records.push(counts);
  return records;
}

/** The candidate that occurs most often, so lines of only delimiters (";;;") read as blank. */
function mostFrequent(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = text.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function lastLineBreak(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), 0);
}
