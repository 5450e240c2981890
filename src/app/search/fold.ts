/** Lower case without diacritics, for matching only: "Överkalix" → "overkalix". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
