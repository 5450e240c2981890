import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Plugin } from 'vite';

/** The text assets the app imports by URL, and their media types. */
const TYPES = new Map([
  ['.csv', 'text/csv'],
  ['.geojson', 'application/geo+json'],
]);

const PREFIX = '\0brobyggare-text-asset:';

/**
 * For the single file: a text asset imported by URL (`?url`: the demo's CSV files, the
 * outlines' GeoJSON) becomes its text in the script, made into a Blob URL when the page starts.
 * Inlined as base64 data URLs they were a third larger than the text, and the single file must
 * stay small enough to e-mail.
 */
export function inlineTextAssets(): Plugin {
  return {
    name: 'brobyggare-inline-text-assets',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?url')) return null;
      const file = source.slice(0, -'?url'.length);
      if (!TYPES.has(extname(file))) return null;
      const resolved = await this.resolve(file, importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const path = id.slice(PREFIX.length);
      const text = JSON.stringify(readFileSync(path, 'utf8'));
      const type = JSON.stringify(TYPES.get(extname(path)));
      return `export default URL.createObjectURL(new Blob([${text}], { type: ${type} }));\n`;
    },
  };
}
