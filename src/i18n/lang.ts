/** The two UI and report languages. Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A text written in both languages, e.g. a metric name or a warning message. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** Formats a number for the language: decimal comma and a thin space for thousands in Swedish. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits }).format(
    value,
  );
}
