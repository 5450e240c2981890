import type { Lang } from '../core/text.ts';

export type { Bilingual, Lang } from '../core/text.ts';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Formats a number for the language: decimal comma and a thin space for thousands in Swedish. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits }).format(
    value,
  );
}
