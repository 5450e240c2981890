import outlinesUrl from '../../../data/sweden/municipalities.geojson?url';
import countiesUrl from '../../../data/sweden/counties.geojson?url';

interface OutlineFeature {
  properties: { code: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

let features: Promise<OutlineFeature[]> | null = null;

/**
 * A municipality's outline (lon, lat rings) from data/sweden, by its 4-digit code; empty when
 * unknown. The file is fetched once, only when a mental map is first opened.
 */
export async function municipalityOutline(code: string | undefined): Promise<[number, number][][]> {
  features ??= fetch(outlinesUrl)
    .then((response) => response.json() as Promise<{ features: OutlineFeature[] }>)
    .then((collection) => collection.features);
  const feature = (await features).find((f) => f.properties.code === code);
  if (!feature) return [];
  return feature.geometry.type === 'Polygon'
    ? (feature.geometry.coordinates as [number, number][][])
    : (feature.geometry.coordinates as [number, number][][][]).flat();
}

let counties: Promise<[number, number][][]> | null = null;

/** Every county's outer rings (lon, lat), the background of the geographic municipality map. */
export function countyRings(): Promise<[number, number][][]> {
  counties ??= fetch(countiesUrl)
    .then((response) => response.json() as Promise<{ features: OutlineFeature[] }>)
    .then((collection) =>
      collection.features.flatMap((f) =>
        f.geometry.type === 'Polygon'
          ? [(f.geometry.coordinates as [number, number][][])[0]!]
          : (f.geometry.coordinates as [number, number][][][]).map((polygon) => polygon[0]!),
      ),
    );
  return counties;
}
