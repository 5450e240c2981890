import { foldKey } from '../../core/model/place-key.ts';

export interface SearchEntry {
  id: string;
  label: string;
  folded: string;
}

export function searchIndex(nodes: Iterable<{ id: string; label: string }>): SearchEntry[] {
  return [...nodes].map(({ id, label }) => ({ id, label, folded: foldKey(label) }));
}

/** Matches ignoring accents and case; names starting with the query first, then by name. */
export function findNodes(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = foldKey(query);
  if (!q) return [];
  const starts: SearchEntry[] = [];
  const contains: SearchEntry[] = [];
  for (const entry of index) {
    const at = entry.folded.indexOf(q);
    if (at === 0) starts.push(entry);
    else if (at > 0) contains.push(entry);
  }
  const collator = new Intl.Collator('sv');
  const byName = (a: SearchEntry, b: SearchEntry) => collator.compare(a.label, b.label);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
