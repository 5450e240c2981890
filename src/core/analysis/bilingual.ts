import type { Bilingual, Lang } from '../../i18n/lang.ts';

/** The same text made in both languages. */
export function bilingual(make: (lang: Lang) => string): Bilingual {
  return { sv: make('sv'), en: make('en') };
}
