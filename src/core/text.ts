/** The two UI and report languages. Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';

/**
 * A text written once in both languages: a definition that belongs to its descriptor (a metric's
 * name and definition), not wording made from a result.
 */
export interface Bilingual {
  sv: string;
  en: string;
}
