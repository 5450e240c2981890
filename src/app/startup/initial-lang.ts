import type { Lang } from '../../i18n/lang.ts';

/** Swedish unless the URL asks for English or the browser prefers English over Swedish. */
export function initialLang(search: string, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'sv' || asked === 'en') return asked;
  for (const language of languages) {
    if (language.toLowerCase().startsWith('sv')) return 'sv';
    if (language.toLowerCase().startsWith('en')) return 'en';
  }
  return 'sv';
}
