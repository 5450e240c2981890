/**
 * Column names from header cells (already trimmed and NFC-normalised). Trailing empty cells
 * (trailing delimiters) are dropped. An empty cell becomes "kolumn N" (N = 1-based position) and
 * a repeated name gets " (2)", " (3)", … in order of appearance. These generated names are
 * fixed, not translated, so that a saved mapping or a CLI flag (`--strength "kolumn 3"`) means
 * the same column in every language.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  const taken = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const base = cells[i] || `kolumn ${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    names.push(name);
  }
  return names;
}
