import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlaceFile } from '../core/io/read-place-file.ts';
import type { MentalMapLayer } from '../core/report/report-data.ts';
import type { Lang } from '../i18n/lang.ts';
import { MENTAL_MAP_TEXT } from '../i18n/mental-map.ts';
import { placeNoteText } from '../i18n/places.ts';
import { UsageError } from './args.ts';
import { fileSource } from './file-source.ts';

const OUTLINES = join(import.meta.dirname, '..', '..', 'data', 'sweden', 'municipalities.geojson');

interface OutlineFeature {
  properties: { code: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/**
 * The place file named by --places as a mental-map layer over the municipality's outline
 * (from data/sweden); each row the reader left out or doubted is said on stderr.
 */
export async function mentalMapLayer(
  path: string,
  municipalityCode: string | undefined,
  lang: Lang,
): Promise<MentalMapLayer> {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  const read = await readPlaceFile(fileSource(path));
  if (read.grid)
    process.stderr.write(
      `${read.file}: ${MENTAL_MAP_TEXT[lang].grid(read.grid.zone, read.grid.declared)}\n`,
    );
  for (const note of read.notes)
    process.stderr.write(placeNoteText(read.file, read.format === 'geojson', note, lang) + '\n');
  const features = (JSON.parse(readFileSync(OUTLINES, 'utf8')) as { features: OutlineFeature[] })
    .features;
  const feature = features.find((f) => f.properties.code === municipalityCode);
  const outline = !feature
    ? []
    : feature.geometry.type === 'Polygon'
      ? (feature.geometry.coordinates as [number, number][][])
      : (feature.geometry.coordinates as [number, number][][][]).flat();
  return { file: read.file, places: read.places, outline };
}
