/**
 * A header or sheet name reduced for matching: lower case, accents removed (å→a, ö→o),
 * punctuation as spaces, letters and digits split ("node1" → "node 1"), spaces collapsed.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
