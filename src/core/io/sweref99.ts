/**
 * SWEREF 99, the Swedish national reference system, in which Swedish municipalities' maps and
 * QGIS exports usually come: SWEREF 99 TM (EPSG:3006, the national grid) and the twelve local
 * zones (EPSG:3007–3018) that municipalities use for detailed maps. All are transverse Mercator
 * projections of the GRS 80 ellipsoid, so one inverse (Gauss–Krüger, as Lantmäteriet gives it
 * in "Gauss Konforma projektion", its series expansion to the fourth order: better than a
 * millimetre across Sweden) turns grid coordinates back into degrees.
 */

export interface SwerefZone {
  epsg: number;
  /** "SWEREF 99 TM", "SWEREF 99 16 30". */
  name: string;
  /** Central meridian, degrees. */
  lon0: number;
  scale: number;
  falseEasting: number;
}

const TM: SwerefZone = {
  epsg: 3006,
  name: 'SWEREF 99 TM',
  lon0: 15,
  scale: 0.9996,
  falseEasting: 500_000,
};

/** The local zones by EPSG code, each named by its central meridian. */
const LOCAL: readonly [number, number][] = [
  [3007, 12],
  [3008, 13.5],
  [3009, 15],
  [3010, 16.5],
  [3011, 18],
  [3012, 14.25],
  [3013, 15.75],
  [3014, 17.25],
  [3015, 18.75],
  [3016, 20.25],
  [3017, 21.75],
  [3018, 23.25],
];

const ZONES = new Map<number, SwerefZone>([
  [TM.epsg, TM],
  ...LOCAL.map(([epsg, lon0]): [number, SwerefZone] => {
    const degrees = Math.floor(lon0);
    const minutes = Math.round((lon0 - degrees) * 60);
    return [
      epsg,
      {
        epsg,
        name: `SWEREF 99 ${String(degrees)} ${String(minutes).padStart(2, '0')}`,
        lon0,
        scale: 1,
        falseEasting: 150_000,
      },
    ];
  }),
]);

export const SWEREF99_TM = TM;

/** The SWEREF 99 zone an EPSG code names, if any. */
export function swerefZone(epsg: number): SwerefZone | undefined {
  return ZONES.get(epsg);
}

/**
 * The EPSG code in a GeoJSON `crs` name, in any of its usual spellings: "EPSG:3006",
 * "urn:ogc:def:crs:EPSG::3006", "http://www.opengis.net/def/crs/EPSG/0/3006"; 4326 for
 * "urn:ogc:def:crs:OGC:1.3:CRS84" (degrees, as GeoJSON assumes).
 */
export function epsgOf(name: string): number | undefined {
  if (/crs84$/i.test(name.trim())) return 4326;
  const m = /epsg(?::|::|\/0\/|\/)(\d{4,5})$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * True when a northing and easting lie where SWEREF 99 TM covers Sweden (with a margin): such
 * pairs are far outside degrees, so a file that gives them and says nothing is in TM.
 */
export function looksLikeSwerefTm(northing: number, easting: number): boolean {
  return (
    northing >= 6_000_000 && northing <= 7_800_000 && easting >= 150_000 && easting <= 1_000_000
  );
}

// GRS 80.
const A = 6_378_137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);
const N = F / (2 - F);
const A_ROOF = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const DELTA = [
  N / 2 - (2 * N ** 2) / 3 + (37 * N ** 3) / 96 - N ** 4 / 360,
  N ** 2 / 48 + N ** 3 / 15 - (437 * N ** 4) / 1440,
  (17 * N ** 3) / 480 - (37 * N ** 4) / 840,
  (4397 * N ** 4) / 161_280,
] as const;
const A_STAR = E2 + E2 ** 2 + E2 ** 3 + E2 ** 4;
const B_STAR = -(7 * E2 ** 2 + 17 * E2 ** 3 + 30 * E2 ** 4) / 6;
const C_STAR = (224 * E2 ** 3 + 889 * E2 ** 4) / 120;
const D_STAR = -(4279 * E2 ** 4) / 1260;

/** Grid coordinates (northing, easting, metres) of a zone as [lon, lat] in degrees. */
export function swerefToDegrees(
  northing: number,
  easting: number,
  zone: SwerefZone,
): [lon: number, lat: number] {
  const xi = northing / (zone.scale * A_ROOF);
  const eta = (easting - zone.falseEasting) / (zone.scale * A_ROOF);
  let xiPrime = xi;
  let etaPrime = eta;
  DELTA.forEach((d, i) => {
    const k = 2 * (i + 1);
    xiPrime -= d * Math.sin(k * xi) * Math.cosh(k * eta);
    etaPrime -= d * Math.cos(k * xi) * Math.sinh(k * eta);
  });
  const phiStar = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  const dLambda = Math.atan(Math.sinh(etaPrime) / Math.cos(xiPrime));
  const s2 = Math.sin(phiStar) ** 2;
  const phi =
    phiStar +
    Math.sin(phiStar) *
      Math.cos(phiStar) *
      (A_STAR + B_STAR * s2 + C_STAR * s2 ** 2 + D_STAR * s2 ** 3);
  return [zone.lon0 + (dLambda * 180) / Math.PI, (phi * 180) / Math.PI];
}
