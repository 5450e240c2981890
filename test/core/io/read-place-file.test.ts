import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { readPlaceFile, type PlaceFile } from '../../../src/core/io/read-place-file.ts';
import { InputError } from '../../../src/core/errors.ts';
import { formatInputError } from '../../../src/i18n/io.ts';
import { placeNoteText } from '../../../src/i18n/places.ts';
import { SWEREF_POINTS } from '../../helpers/sweref-points.ts';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'data', 'demo');
const demo = (name: string) => fromBytes(name, readFileSync(join(DEMO, name)));

/** Element, purpose and frequency of every place, by name. */
const summary = (f: PlaceFile) =>
  f.places.map((p) => [p.name, p.element, p.purpose ?? '', p.frequency, p.geometry.type]);

describe('readPlaceFile on the Kramfors example', () => {
  it('reads every element type from the CSV, as points', async () => {
    const f = await readPlaceFile(demo('kramfors-mental-karta.csv'));
    expect(f.format).toBe('csv');
    expect(f.notes).toEqual([]);
    expect(summary(f)).toEqual([
      ['Påhittat torg (exempel)', 'destination', 'trade', 'high', 'Point'],
      ['Påhittad vårdcentral (exempel)', 'destination', 'service', 'high', 'Point'],
      ['Påhittat sågverk (exempel)', 'destination', 'work', 'low', 'Point'],
      ['Påhittad badplats (exempel)', 'destination', 'recreation', 'low', 'Point'],
      ['Påhittat utkikstorn (exempel)', 'landmark', '', 'high', 'Point'],
      ['Påhittad stadsdel (exempel)', 'district', '', 'low', 'Point'],
      ['Påhittad älvstrand (exempel)', 'path', 'recreation', 'high', 'Point'],
      ['Påhittad genomfart (exempel)', 'barrier', '', 'high', 'Point'],
    ]);
    expect(f.places[0]!.geometry).toEqual({ type: 'Point', coordinates: [17.784, 62.929] });
  });

  it('reads every element type from the GeoJSON, with lines and polygons', async () => {
    const f = await readPlaceFile(demo('kramfors-mental-karta.geojson'));
    expect(f.format).toBe('geojson');
    expect(f.notes).toEqual([]);
    expect(summary(f).map(([, element, , , type]) => [element, type])).toEqual([
      ['destination', 'Point'],
      ['destination', 'Point'],
      ['destination', 'Point'],
      ['destination', 'Point'],
      ['landmark', 'Point'],
      ['district', 'Polygon'],
      ['path', 'LineString'],
      ['barrier', 'LineString'],
    ]);
  });
});

describe('bad rows', () => {
  const csv = [
    'Namn,Element,Ändamål,Frekvens,Lat,Lon',
    'Torget,Målpunkt,Handel,Hög,62.9,17.8',
    'Kyrkan,landmärke,,medel,62.9,17.8',
    'Bron,bro,,låg,62.9,17.8',
    'Affären,målpunkt,shoppingcenter,låg,62.9,17.8',
    ',distrikt,,låg,62.9,17.8',
    'Skolan,målpunkt,,hög,62.9,17.8',
    'Leden,stråk,,låg,norr,17.8',
    'Parken,Distrikt,,,62.9,17.8',
  ].join('\n');

  it('are left out with a note naming the row and the word, never given a default', async () => {
    const f = await readPlaceFile(fromText('platser.csv', csv));
    expect(f.places.map((p) => p.name)).toEqual(['Torget', 'Skolan']);
    expect(f.places[1]!.purpose).toBeUndefined();
    expect(f.notes).toEqual([
      { code: 'unknown_frequency', row: 3, value: 'medel' },
      { code: 'unknown_element', row: 4, value: 'bro' },
      { code: 'unknown_purpose', row: 5, value: 'shoppingcenter' },
      { code: 'missing_name', row: 6, value: '' },
      { code: 'missing_purpose', row: 7, value: 'Skolan' },
      { code: 'bad_coordinates', row: 8, value: 'norr 17.8' },
      { code: 'missing_frequency', row: 9, value: 'Parken' },
    ]);
  });

  it('in GeoJSON name the feature, including a geometry that is not one', async () => {
    const geo = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { namn: 'Ån', element: 'barriär', frekvens: 'hög' },
          geometry: { type: 'LineString', coordinates: [[17.8, 62.9]] },
        },
        {
          type: 'Feature',
          properties: { namn: 'Torget', element: 'torg', frekvens: 'hög' },
          geometry: { type: 'Point', coordinates: [17.8, 62.9] },
        },
        {
          type: 'Feature',
          properties: { namn: 'Ån', element: 'barriär', frekvens: 'hög' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [17.8, 62.9],
              [17.9, 62.95],
            ],
          },
        },
      ],
    });
    const f = await readPlaceFile(fromText('platser.geojson', geo));
    expect(f.places).toHaveLength(1);
    expect(f.places[0]!.row).toBe(3);
    expect(f.notes).toEqual([
      { code: 'bad_geometry', row: 1, value: 'LineString' },
      { code: 'unknown_element', row: 2, value: 'torg' },
    ]);
  });

  it('refuse a table without the needed columns, naming them', async () => {
    const err = await readPlaceFile(fromText('p.csv', 'namn,element\nA,distrikt\n')).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).params.needed).toBe('frekvens, lat, lon');
  });
});

describe('placeNoteText', () => {
  it('names the file, the row and the word in both languages', () => {
    const note = { code: 'unknown_element' as const, row: 4, value: 'bro' };
    expect(placeNoteText('platser.csv', false, note, 'sv')).toBe(
      'platser.csv, rad 4: okänt element ”bro” (känner landmärke, målpunkt, distrikt, barriär, stråk); raden är inte med',
    );
    expect(placeNoteText('p.geojson', true, note, 'en')).toMatch(/^p\.geojson, feature 4: .*“bro”/);
  });
});

describe('readPlaceFile with SWEREF 99 grid coordinates', () => {
  const at = (name: string, epsg: number) =>
    SWEREF_POINTS.find((p) => p.name === name && p.epsg === epsg)!;
  const kramfors = at('Kramfors', 3006);
  const feature = (name: string, geometry: unknown) => ({
    type: 'Feature',
    properties: { namn: name, element: 'landmärke', frekvens: 'hög' },
    geometry,
  });
  const geojson = (crs: string | undefined, features: unknown[]) =>
    fromText(
      'karta.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
        features,
      }),
    );
  const near = (p: number[] | undefined, lon: number, lat: number) => {
    expect(Math.abs(p![0]! - lon)).toBeLessThan(1e-7);
    expect(Math.abs(p![1]! - lat)).toBeLessThan(1e-7);
  };

  it('turns a GeoJSON in SWEREF 99 TM, as its crs says, into degrees (points and polygons)', async () => {
    const { easting: e, northing: n } = kramfors;
    const f = await readPlaceFile(
      geojson('urn:ogc:def:crs:EPSG::3006', [
        feature('Torget', { type: 'Point', coordinates: [e, n] }),
        feature('Centrum', {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [e, n],
                [e + 500, n],
                [e + 500, n + 500],
                [e, n],
              ],
            ],
          ],
        }),
      ]),
    );
    expect(f.notes).toEqual([]);
    expect(f.grid).toEqual({ zone: 'SWEREF 99 TM', epsg: 3006, declared: true });
    near(f.places[0]!.geometry.coordinates as number[], kramfors.lon, kramfors.lat);
    const ring = (f.places[1]!.geometry.coordinates as number[][][][])[0]![0]!;
    near(ring[0], kramfors.lon, kramfors.lat);
  });

  it('reads a local zone as its crs names it', async () => {
    const visby = at('Visby', 3010);
    const f = await readPlaceFile(
      geojson('EPSG:3010', [
        feature('Ringmuren', { type: 'Point', coordinates: [visby.easting, visby.northing] }),
      ]),
    );
    expect(f.grid).toEqual({ zone: 'SWEREF 99 16 30', epsg: 3010, declared: true });
    near(f.places[0]!.geometry.coordinates as number[], visby.lon, visby.lat);
  });

  it('guesses SWEREF 99 TM without a crs only when every position is a grid pair in Sweden', async () => {
    const grid = feature('Torget', {
      type: 'Point',
      coordinates: [kramfors.easting, kramfors.northing],
    });
    const guessed = await readPlaceFile(geojson(undefined, [grid]));
    expect(guessed.grid).toEqual({ zone: 'SWEREF 99 TM', epsg: 3006, declared: false });
    near(guessed.places[0]!.geometry.coordinates as number[], kramfors.lon, kramfors.lat);
    const mixed = await readPlaceFile(
      geojson(undefined, [grid, feature('Bron', { type: 'Point', coordinates: [17.9, 62.8] })]),
    );
    expect(mixed.grid).toBeUndefined();
    expect(mixed.places.map((p) => p.name)).toEqual(['Bron']);
    expect(mixed.notes.map((n) => n.code)).toEqual(['bad_geometry']);
  });

  it('reads northings and eastings in the lat and lon columns of a table', async () => {
    const malmo = at('Malmö', 3006);
    const f = await readPlaceFile(
      fromText(
        'karta.csv',
        `namn,element,ändamål,frekvens,lat,lon\nTorget,landmärke,,hög,${kramfors.northing},${kramfors.easting}\nHamnen,landmärke,,låg,${malmo.northing},${malmo.easting}\n`,
      ),
    );
    expect(f.grid).toEqual({ zone: 'SWEREF 99 TM', epsg: 3006, declared: false });
    near(f.places[0]!.geometry.coordinates as number[], kramfors.lon, kramfors.lat);
    near(f.places[1]!.geometry.coordinates as number[], malmo.lon, malmo.lat);
  });

  it('refuses a crs it cannot place, naming it, in both languages', async () => {
    const read = readPlaceFile(
      geojson('urn:ogc:def:crs:EPSG::3021', [
        feature('Torget', { type: 'Point', coordinates: [1_500_000, 6_900_000] }),
      ]),
    );
    await expect(read).rejects.toBeInstanceOf(InputError);
    const error = (await read.catch((e: unknown) => e)) as InputError;
    expect(error.code).toBe('place_crs_unknown');
    expect(formatInputError(error, 'sv')).toContain('EPSG::3021');
    expect(formatInputError(error, 'sv')).toContain('känns inte igen');
    expect(formatInputError(error, 'en')).toContain('is not known');
  });
});
