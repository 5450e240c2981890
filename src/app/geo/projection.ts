/**
 * Equirectangular projection with the longitude scaled by cos 62° (Sweden's middle latitude),
 * which keeps the country's shape recognisable without a map library. Sigma's y axis points up.
 */
const LON_SCALE = Math.cos((62 * Math.PI) / 180);
const UNITS_PER_DEGREE = 100;

export function projectLonLat(lon: number, lat: number): { x: number; y: number } {
  return { x: lon * LON_SCALE * UNITS_PER_DEGREE, y: lat * UNITS_PER_DEGREE };
}
