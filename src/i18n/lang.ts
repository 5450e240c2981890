import type { Lang } from '../core/text.ts';

export type { Bilingual, Lang } from '../core/text.ts';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/**
 * Formats a number for the language: decimal comma and a thin space for thousands in Swedish.
 * Zero never carries a sign, also when a small negative value rounds to it ("-0" reads as a
 * mistake).
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits,
    signDisplay: 'negative',
  }).format(value);
}
