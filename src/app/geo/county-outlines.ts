import outlinesUrl from '../../../data/sweden/counties.geojson?url';
import { projectLonLat } from './projection.ts';

/** A closed ring of projected points: x0, y0, x1, y1, … */
export type Ring = Float64Array;

interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

/** Fetches the county outlines once and projects them like the geographic layout. */
export async function loadCountyOutlines(url: string = outlinesUrl): Promise<Ring[]> {
  const response = await fetch(url);
  const collection = (await response.json()) as { features: { geometry: Geometry }[] };
  const rings: Ring[] = [];
  for (const { geometry } of collection.features) {
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as number[][][][];
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (outer) rings.push(projectRing(outer));
    }
  }
  return rings;
}

function projectRing(points: number[][]): Ring {
  const ring = new Float64Array(points.length * 2);
  points.forEach(([lon = 0, lat = 0], i) => {
    const p = projectLonLat(lon, lat);
    ring[2 * i] = p.x;
    ring[2 * i + 1] = p.y;
  });
  return ring;
}
