import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A place in degrees and its grid coordinates in one SWEREF 99 zone. */
export interface SwerefPoint {
  name: string;
  epsg: number;
  lat: number;
  lon: number;
  northing: number;
  easting: number;
}

/** Made by PROJ's cs2cs (scripts/reference/sweref99.py): points across Sweden in four zones. */
export const SWEREF_POINTS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sweref99', 'points.json'), 'utf8'),
) as SwerefPoint[];
