import { headerKey } from '../io/header-key.ts';
import type { Recognition, SwedenIndex } from './sweden.ts';

/**
 * Whether ids are recognised as Swedish municipalities by code and by name, decided for the
 * file as a whole, since single ids prove nothing: in a research network numbered 0…9999,
 * "1280" is a node, not Malmö, and among a thousand people one called "Mora" is not the
 * municipality. Decided on the ids and labels of the sample rows before reading (recognition
 * merges "Stockholm" and "0180" while rows are read), checked again on every id after.
 *
 * - By code when the ids made of digits are mostly municipality codes: at least CODE_SHARE of
 *   them, or at least half when some codes are written with their leading zero ("0180") or a
 *   column named like a code (kod, kommunkod, code) holds them.
 * - By name (and regional bodies such as "Region Norrbotten") when at least NAME_SHARE of the
 *   distinct ids and labels with letters are recognised.
 */
export interface RecognitionPolicy {
  codes: boolean;
  names: boolean;
}

export const CODE_SHARE = 0.8;
export const NAME_SHARE = 0.1;

/** What the decision rests on: counts of distinct ids and labels. */
export interface RecognitionEvidence {
  /** Made of digits only. */
  numeric: number;
  /** Of those, four digits long. */
  fourDigits: number;
  /** Of those, a municipality's code. */
  codes: number;
  /** Of those codes, with a leading zero: kept as text, so very likely meant as a code. */
  zeroPadded: number;
  /** With at least one letter. */
  named: number;
  /** Of those, recognised by name. */
  names: number;
  /** A column holding the ids is named like a code. */
  codeColumn: boolean;
}

const DIGITS = /^\d+$/;
/** True for a header naming a code column: "kod", "Kommunkod", "kommun_kod", "code". */
export function isCodeHeader(header: string): boolean {
  return headerKey(header)
    .split(' ')
    .some((word) => word === 'code' || word.endsWith('kod'));
}

/** Counts the evidence over distinct texts (ids and labels). */
export function gatherEvidence(
  texts: Iterable<string>,
  sweden: SwedenIndex,
  codeColumn: boolean,
): RecognitionEvidence {
  const evidence: RecognitionEvidence = {
    numeric: 0,
    fourDigits: 0,
    codes: 0,
    zeroPadded: 0,
    named: 0,
    names: 0,
    codeColumn,
  };
  for (const text of new Set(texts)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (DIGITS.test(trimmed)) {
      evidence.numeric++;
      if (trimmed.length !== 4) continue;
      evidence.fourDigits++;
      if (!sweden.recognise(trimmed)) continue;
      evidence.codes++;
      if (trimmed.startsWith('0')) evidence.zeroPadded++;
    } else if (/\p{L}/u.test(trimmed)) {
      evidence.named++;
      if (sweden.recognise(trimmed)) evidence.names++;
    }
  }
  return evidence;
}

export function decide(evidence: RecognitionEvidence, enabled: boolean): RecognitionPolicy {
  const { numeric, codes, zeroPadded, named, names, codeColumn } = evidence;
  const byCode =
    codes > 0 &&
    (codes >= CODE_SHARE * numeric || ((zeroPadded > 0 || codeColumn) && codes >= 0.5 * numeric));
  return {
    codes: enabled && byCode,
    names: enabled && names > 0 && names >= NAME_SHARE * named,
  };
}

/** `sweden.recognise` as the policy allows: codes only when by code, names only when by name. */
export function recogniseWith(
  sweden: SwedenIndex,
  policy: RecognitionPolicy,
  text: string,
): Recognition | undefined {
  const byCode = DIGITS.test(text.trim());
  if (byCode ? !policy.codes : !policy.names) return undefined;
  return sweden.recognise(text);
}
