import type { Lang } from '../core/text.ts';

export type { Bilingual, Lang } from '../core/text.ts';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/**
 * Formats a number for the language: decimal comma and a thin space for thousands in Swedish.
 * Zero never carries a sign, also when a small negative value rounds to it ("-0" reads as a
 * mistake).
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return numberFormat(lang, `${maximumFractionDigits}`, {
    maximumFractionDigits,
    signDisplay: 'negative',
  }).format(value);
}

/** Made once per language and options: making a formatter costs far more than using one. */
const formats = new Map<string, Intl.NumberFormat>();

/** The language's number formatter with these options, `key` naming the options. */
export function numberFormat(
  lang: Lang,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const id = `${lang} ${key}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', options);
    formats.set(id, format);
  }
  return format;
}
