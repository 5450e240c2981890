import { formatNumber, type Lang } from './lang.ts';

/** A noun's singular and plural; Swedish and English both choose between just these two. */
export interface Noun {
  one: string;
  other: string;
}

/** The form the language's plural rules choose for a count: "1 ändring", "0 ändringar". */
export function nounFor(lang: Lang, count: number, noun: Noun): string {
  const form = pluralRules(lang).select(count);
  return form === 'one' ? noun.one : noun.other;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** The language's plural rules, made once. */
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB');
    rules.set(lang, r);
  }
  return r;
}

/** A count, formatted for the language, followed by its noun in the right form. */
export function countOf(lang: Lang, count: number, noun: Noun): string {
  return `${formatNumber(count, lang, 0)} ${nounFor(lang, count, noun)}`;
}
