import { InputError } from '../errors.ts';
import {
  epsgOf,
  looksLikeSwerefTm,
  SWEREF99_TM,
  swerefToDegrees,
  swerefZone,
  type SwerefZone,
} from './sweref99.ts';
import { readAll, readHead } from './byte-source.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from './detect-format.ts';
import { headerKey } from './header-key.ts';
import { openTable } from './open-table.ts';
import { parseNumber } from './parse-number.ts';
import { openWorkbook } from './read-xlsx.ts';
import type { ByteSource, RawTable } from './types.ts';

/** The elements of the seed's mental map ("Mental karta – Kramfors kommun"). */
export type PlaceElement = 'landmark' | 'destination' | 'district' | 'barrier' | 'path';
/** What a målpunkt (destination) is for. */
export type PlacePurpose = 'trade' | 'service' | 'work' | 'recreation';
export type PlaceFrequency = 'high' | 'low';

type Position = [lon: number, lat: number];
export type PlaceGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface MentalPlace {
  name: string;
  element: PlaceElement;
  /** Given for målpunkter; undefined when the row left it empty (a note says so). */
  purpose?: PlacePurpose;
  frequency: PlaceFrequency;
  geometry: PlaceGeometry;
  /** Row of a table (as the spreadsheet numbers it) or 1-based feature of a GeoJSON file. */
  row: number;
}

export type PlaceNoteCode =
  | 'unknown_element'
  | 'unknown_purpose'
  | 'unknown_frequency'
  | 'missing_name'
  | 'missing_element'
  | 'missing_frequency'
  | 'missing_purpose'
  | 'bad_coordinates'
  | 'bad_geometry';

/** Something about one row the reader could not take as written: the row is left out, except for 'missing_purpose'. */
export interface PlaceNote {
  code: PlaceNoteCode;
  row: number;
  /** The cell's text, as written. */
  value: string;
}

export interface PlaceFile {
  file: string;
  format: 'csv' | 'xlsx' | 'geojson';
  places: MentalPlace[];
  notes: PlaceNote[];
  /**
   * Set when the file's coordinates were not degrees but SWEREF 99 grid coordinates, turned
   * into degrees: the zone, and whether the file said so (a GeoJSON `crs`) or the reader
   * guessed it from the numbers (northings and eastings where SWEREF 99 TM covers Sweden).
   */
  grid?: { zone: string; epsg: number; declared: boolean };
}

/** Words (as headerKey reduces them) per element, purpose and frequency: Swedish as in the seed's legend, and English. */
const ELEMENTS = new Map<string, PlaceElement>([
  ...words(['landmarke', 'landmarken', 'landmark', 'landmarks'], 'landmark' as const),
  ...words(['malpunkt', 'malpunkter', 'destination', 'destinations'], 'destination' as const),
  ...words(['distrikt', 'district', 'districts'], 'district' as const),
  ...words(['barriar', 'barriarer', 'barrier', 'barriers'], 'barrier' as const),
  ...words(['strak', 'path', 'paths'], 'path' as const),
]);
const PURPOSES = new Map<string, PlacePurpose>([
  ...words(['handel', 'trade', 'shopping', 'retail'], 'trade' as const),
  ...words(['service'], 'service' as const),
  ...words(['arbete', 'arbetsplats', 'work'], 'work' as const),
  ...words(['rekreation', 'fritid', 'recreation', 'leisure'], 'recreation' as const),
]);
const FREQUENCIES = new Map<string, PlaceFrequency>([
  ...words(['hog', 'hog frekvens', 'high', 'high frequency'], 'high' as const),
  ...words(['lag', 'lag frekvens', 'low', 'low frequency'], 'low' as const),
]);

const COLUMNS = {
  name: ['namn', 'name'],
  element: ['element'],
  purpose: ['andamal', 'purpose'],
  frequency: ['frekvens', 'frequency'],
  lat: ['lat', 'latitud', 'latitude'],
  lon: ['lon', 'lng', 'longitud', 'longitude'],
} as const;
type Column = keyof typeof COLUMNS;

function words<T>(list: string[], value: T): [string, T][] {
  return list.map((w) => [w, value]);
}

/**
 * Reads a mental-map place file: a table (CSV or XLSX, first sheet) with the columns namn,
 * element, ändamål, frekvens, lat, lon, one point per row; or GeoJSON whose features carry
 * the same properties (points for landmärken and målpunkter, lines for stråk and barriärer,
 * polygons for distrikt). A row whose element or frequency word is unknown, whose name is
 * empty or whose coordinates are unusable is left out with a note naming the row; an
 * unknown purpose likewise; an empty purpose on a målpunkt is kept with a note.
 */
export async function readPlaceFile(source: ByteSource): Promise<PlaceFile> {
  const head = await readHead(source, FORMAT_HEAD_BYTES);
  if (isGeoJson(head, source.name)) return readGeoJson(source);
  const format = detectFormat(head, source.name) === 'xlsx' ? 'xlsx' : 'csv';
  const table = format === 'xlsx' ? (await openWorkbook(source)).edges : await openTable(source);
  return readPlaceTable(table, format);
}

function isGeoJson(head: Uint8Array, name: string): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{');
}

async function readPlaceTable(table: RawTable, format: 'csv' | 'xlsx'): Promise<PlaceFile> {
  const file = table.info.file;
  const keys = table.info.headers.map(headerKey);
  const index = new Map<Column, number>();
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const i = keys.findIndex((k) => (COLUMNS[column] as readonly string[]).includes(k));
    if (i >= 0) index.set(column, i);
  }
  const needed = (['name', 'element', 'frequency', 'lat', 'lon'] as const).filter(
    (c) => !index.has(c),
  );
  if (needed.length > 0) {
    throw new InputError(
      'place_columns_missing',
      { file },
      {
        needed: needed.map((c) => COLUMNS[c][0]).join(', '),
        headers: table.info.headers.join(', '),
      },
    );
  }
  const places: MentalPlace[] = [];
  const notes: PlaceNote[] = [];
  // Grid coordinates in the lat and lon columns (a northing and an easting, as a GIS exports
  // SWEREF 99 TM) are read as such when every row that has both gives a pair in Sweden.
  let pairs = 0;
  let grid = 0;
  await table.forEachRow((values) => {
    const at = (c: Column) => parseNumber((values[index.get(c)!] ?? '').trim());
    const [n, e] = [at('lat'), at('lon')];
    if (n === undefined || e === undefined) return;
    pairs++;
    if (looksLikeSwerefTm(n, e)) grid++;
  });
  const tm = pairs > 0 && grid === pairs;
  await table.forEachRow((values, row) => {
    const cell = (c: Column) => (index.has(c) ? (values[index.get(c)!] ?? '').trim() : '');
    let lat = parseNumber(cell('lat'));
    let lon = parseNumber(cell('lon'));
    if (tm && lat !== undefined && lon !== undefined)
      [lon, lat] = swerefToDegrees(lat, lon, SWEREF99_TM);
    const geometry: PlaceGeometry | undefined =
      lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
        ? { type: 'Point', coordinates: [lon, lat] }
        : undefined;
    const place = readProperties(
      {
        name: cell('name'),
        element: cell('element'),
        purpose: cell('purpose'),
        frequency: cell('frequency'),
      },
      row,
      notes,
    );
    if (!place) return;
    if (!geometry) {
      notes.push({ code: 'bad_coordinates', row, value: `${cell('lat')} ${cell('lon')}`.trim() });
      return;
    }
    places.push({ ...place, geometry });
  });
  return {
    file,
    format,
    places,
    notes,
    ...(tm ? { grid: { zone: SWEREF99_TM.name, epsg: SWEREF99_TM.epsg, declared: false } } : {}),
  };
}

interface PlaceWords {
  name: string;
  element: string;
  purpose: string;
  frequency: string;
}

/** The words of one row or feature as a place without geometry, or undefined with a note. */
function readProperties(
  w: PlaceWords,
  row: number,
  notes: PlaceNote[],
): Omit<MentalPlace, 'geometry'> | undefined {
  const note = (code: PlaceNoteCode, value: string) => {
    notes.push({ code, row, value });
    return undefined;
  };
  if (w.name === '') return note('missing_name', '');
  if (w.element === '') return note('missing_element', w.name);
  const element = ELEMENTS.get(headerKey(w.element));
  if (!element) return note('unknown_element', w.element);
  if (w.frequency === '') return note('missing_frequency', w.name);
  const frequency = FREQUENCIES.get(headerKey(w.frequency));
  if (!frequency) return note('unknown_frequency', w.frequency);
  const purpose = w.purpose === '' ? undefined : PURPOSES.get(headerKey(w.purpose));
  if (w.purpose !== '' && !purpose) return note('unknown_purpose', w.purpose);
  if (element === 'destination' && !purpose)
    notes.push({ code: 'missing_purpose', row, value: w.name });
  return { name: w.name, element, frequency, ...(purpose ? { purpose } : {}), row };
}

async function readGeoJson(source: ByteSource): Promise<PlaceFile> {
  const file = source.name;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(await readAll(source)).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(
      'graph_unreadable',
      { file },
      { format: 'geojson', reason: (err as Error).message },
    );
  }
  const features = isRecord(data) && Array.isArray(data.features) ? data.features : undefined;
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !features) {
    throw new InputError(
      'graph_unreadable',
      { file },
      { format: 'geojson', reason: 'FeatureCollection' },
    );
  }
  const zone = gridOf(data, features, file);
  const places: MentalPlace[] = [];
  const notes: PlaceNote[] = [];
  features.forEach((feature: unknown, i) => {
    const row = i + 1;
    const props = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const text = (keys: readonly string[]) => {
      const key = Object.keys(props).find((k) => keys.includes(headerKey(k)));
      const value = key === undefined ? undefined : props[key];
      return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    };
    const place = readProperties(
      {
        name: text(COLUMNS.name),
        element: text(COLUMNS.element),
        purpose: text(COLUMNS.purpose),
        frequency: text(COLUMNS.frequency),
      },
      row,
      notes,
    );
    if (!place) return;
    const geometry = isRecord(feature)
      ? validGeometry(zone ? toDegrees(feature.geometry, zone.zone) : feature.geometry)
      : undefined;
    if (!geometry) {
      const type =
        isRecord(feature) && isRecord(feature.geometry) ? String(feature.geometry.type) : '';
      notes.push({ code: 'bad_geometry', row, value: type });
      return;
    }
    places.push({ ...place, geometry });
  });
  return {
    file,
    format: 'geojson',
    places,
    notes,
    ...(zone
      ? { grid: { zone: zone.zone.name, epsg: zone.zone.epsg, declared: zone.declared } }
      : {}),
  };
}

/**
 * The SWEREF 99 zone of a GeoJSON file's coordinates, or undefined for degrees: the zone its
 * `crs` names; without a `crs`, SWEREF 99 TM when every position is a northing and easting in
 * Sweden (as QGIS writes them: easting first). A `crs` naming anything else is refused: its
 * numbers cannot be placed.
 */
function gridOf(
  data: Record<string, unknown>,
  features: unknown[],
  file: string,
): { zone: SwerefZone; declared: boolean } | undefined {
  const crs = isRecord(data.crs) && isRecord(data.crs.properties) ? data.crs.properties.name : '';
  if (typeof crs === 'string' && crs !== '') {
    const epsg = epsgOf(crs);
    if (epsg === 4326) return undefined;
    const zone = epsg === undefined ? undefined : swerefZone(epsg);
    if (!zone) throw new InputError('place_crs_unknown', { file }, { crs });
    return { zone, declared: true };
  }
  let positions = 0;
  let grid = 0;
  const visit = (v: unknown, depth: number): void => {
    if (!Array.isArray(v) || depth > 4) return;
    if (typeof v[0] === 'number' && typeof v[1] === 'number') {
      positions++;
      if (looksLikeSwerefTm(v[1], v[0])) grid++;
      return;
    }
    for (const x of v) visit(x, depth + 1);
  };
  for (const f of features)
    if (isRecord(f) && isRecord(f.geometry)) visit(f.geometry.coordinates, 0);
  return positions > 0 && grid === positions ? { zone: SWEREF99_TM, declared: false } : undefined;
}

/** A geometry's positions (easting, northing) in degrees; anything malformed left as it is. */
function toDegrees(geometry: unknown, zone: SwerefZone): unknown {
  const convert = (v: unknown, depth: number): unknown => {
    if (!Array.isArray(v) || depth > 4) return v;
    if (typeof v[0] === 'number' && typeof v[1] === 'number')
      return swerefToDegrees(v[1], v[0], zone);
    return v.map((x) => convert(x, depth + 1));
  };
  return isRecord(geometry)
    ? { ...geometry, coordinates: convert(geometry.coordinates, 0) }
    : geometry;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: unknown): v is Position {
  return (
    Array.isArray(v) &&
    v.length >= 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Math.abs(v[0]) <= 180 &&
    Math.abs(v[1]) <= 90
  );
}

/**
 * Coordinates nested `depth` arrays deep around positions; an array of positions needs at
 * least `least` of them (2 for a line, 4 for a closed polygon ring).
 */
function nested(depth: number, v: unknown, least: number): boolean {
  if (depth === 0) return isPosition(v);
  if (!Array.isArray(v) || v.length < (depth === 1 ? least : 1)) return false;
  return v.every((x) => nested(depth - 1, x, least));
}

/** Nesting depth of the coordinates and the fewest positions per line or ring. */
const SHAPES: Record<PlaceGeometry['type'], [depth: number, least: number]> = {
  Point: [0, 1],
  LineString: [1, 2],
  MultiLineString: [2, 2],
  Polygon: [2, 4],
  MultiPolygon: [3, 4],
};

/** A GeoJSON geometry of a type a mental map draws, with well-formed coordinates; else undefined. */
function validGeometry(g: unknown): PlaceGeometry | undefined {
  if (!isRecord(g) || typeof g.type !== 'string') return undefined;
  const shape = new Map(Object.entries(SHAPES)).get(g.type);
  if (shape === undefined || !nested(shape[0], g.coordinates, shape[1])) return undefined;
  return { type: g.type, coordinates: g.coordinates } as PlaceGeometry;
}
