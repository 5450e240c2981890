import { describe, expect, it } from 'vitest';
import {
  epsgOf,
  looksLikeSwerefTm,
  swerefToDegrees,
  swerefZone,
} from '../../../src/core/io/sweref99.ts';
import { SWEREF_POINTS } from '../../helpers/sweref-points.ts';

describe('SWEREF 99 to degrees', () => {
  it.each(SWEREF_POINTS.map((p) => [p.name, p.epsg, p] as const))(
    '%s from EPSG:%i agrees with PROJ to a millimetre',
    (_name, epsg, p) => {
      const [lon, lat] = swerefToDegrees(p.northing, p.easting, swerefZone(epsg)!);
      // 1e-8 degrees is about a millimetre.
      expect(Math.abs(lat - p.lat)).toBeLessThan(1e-8);
      expect(Math.abs(lon - p.lon)).toBeLessThan(1e-8);
    },
  );

  it('names its zones, and knows no others', () => {
    expect(swerefZone(3006)?.name).toBe('SWEREF 99 TM');
    expect(swerefZone(3010)?.name).toBe('SWEREF 99 16 30');
    expect(swerefZone(3012)?.name).toBe('SWEREF 99 14 15');
    expect(swerefZone(4326)).toBeUndefined();
    expect(swerefZone(3021)).toBeUndefined();
  });

  it('reads the EPSG code in every usual spelling of a GeoJSON crs', () => {
    expect(epsgOf('EPSG:3006')).toBe(3006);
    expect(epsgOf('urn:ogc:def:crs:EPSG::3010')).toBe(3010);
    expect(epsgOf('http://www.opengis.net/def/crs/EPSG/0/3006')).toBe(3006);
    expect(epsgOf('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
    expect(epsgOf('something else')).toBeUndefined();
  });

  it('tells TM grid coordinates in Sweden from degrees', () => {
    expect(looksLikeSwerefTm(6987995, 648314)).toBe(true);
    expect(looksLikeSwerefTm(62.99, 17.93)).toBe(false);
    expect(looksLikeSwerefTm(6987995, 5_000_000)).toBe(false);
  });
});
