import type { MunicipalityMap } from '../../core/map/municipality-map.ts';
import type { County } from '../../core/model/sweden-types.ts';
import type { BroGraph } from '../../core/model/types.ts';
import { escapeXml } from '../../core/export/xml.ts';
import { SECTOR_COLOURS } from '../../core/report/map-svg.ts';
import type { GeoMapWords } from '../../i18n/municipality-map.ts';

type Point = [number, number];

const WIDTH = 440;
const HEIGHT = 340;
const LEGEND = 56;
const PAD = 28;
/** Never closer than about a county's width, so a municipality with only neighbours still shows where it lies. */
const MIN_SPAN_DEGREES = 2.5;
const BARRIER = '#c0172b';
const LABEL_SIZE = 10;
/** Pixels between actors placed at one county seat. */
const SEAT_RING = 9;

/**
 * The municipality's ties on the geographic map: the same partners as the sector map, each at
 * its own place (or its county's seat), drawn over the county outlines. Partners without any
 * place (national bodies) are named below the map rather than put on a made-up spot. Labels
 * that would overlap a placed one are left to the list, so none is drawn over another.
 */
export function geoMapSvg(
  graph: BroGraph,
  map: MunicipalityMap,
  counties: ReadonlyMap<string, County>,
  outlines: readonly (readonly Point[])[],
  words: GeoMapWords,
  standalone = false,
): string {
  const placeOf = (id: string): Point | null => {
    const a = graph.getNodeAttributes(id);
    if (a.lat !== undefined && a.lon !== undefined) return [a.lon, a.lat];
    const county = a.county ? counties.get(a.county) : undefined;
    return county && Number.isFinite(county.seatLat) ? [county.seatLon, county.seatLat] : null;
  };
  const partners = map.places.filter((p) => p.ring === 1 && !p.missing && p.id !== undefined);
  const centre = placeOf(map.centre.id);
  const placed = partners.flatMap((p) => {
    const at = placeOf(p.id!);
    return at ? [{ place: p, at }] : [];
  });
  const unplaced = partners.filter((p) => !placeOf(p.id!));
  const all = [...(centre ? [centre] : []), ...placed.map((p) => p.at)];
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const midLat = all.length > 0 ? (Math.min(...lats) + Math.max(...lats)) / 2 : 62;
  const shrink = Math.cos((midLat * Math.PI) / 180);
  const cx = all.length > 0 ? (Math.min(...lons) + Math.max(...lons)) / 2 : 16;
  const spanX = Math.max(
    (Math.max(...lons, cx) - Math.min(...lons, cx)) * shrink,
    MIN_SPAN_DEGREES,
  );
  const spanY = Math.max(Math.max(...lats, midLat) - Math.min(...lats, midLat), MIN_SPAN_DEGREES);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const x = (lon: number) => WIDTH / 2 + (lon - cx) * shrink * scale;
  const y = (lat: number) => HEIGHT / 2 - (lat - midLat) * scale;
  // Actors at the same county seat sit on a small ring around it, so none hides another.
  const atSame = new Map<string, typeof placed>();
  for (const p of placed) {
    const key = p.at.join(',');
    atSame.set(key, [...(atSame.get(key) ?? []), p]);
  }
  for (const group of atSame.values())
    if (group.length > 1)
      group.forEach((p, k) => {
        const angle = (2 * Math.PI * k) / group.length + Math.PI / 4;
        p.at = [
          p.at[0] + (SEAT_RING * Math.cos(angle)) / (shrink * scale),
          p.at[1] + (SEAT_RING * Math.sin(angle)) / scale,
        ];
      });
  const f = (v: number) => v.toFixed(1);

  const out: string[] = [
    `<clipPath id="geo-clip"><rect width="${WIDTH}" height="${HEIGHT}"/></clipPath>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f7f9fb"/>`,
    `<g clip-path="url(#geo-clip)"><path d="${outlines
      .map(
        (ring) =>
          ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${f(x(lon))} ${f(y(lat))}`).join('') + 'Z',
      )
      .join('')}" fill="#eef1f4" stroke="#b8c2cc" stroke-width="0.8"/>`,
  ];
  const max = Math.max(1, ...partners.map((p) => p.strength ?? 1));
  const barrierTie = new Set(
    map.ties.filter((t) => t.ring === 1 && t.barrier).flatMap((t) => [t.from, t.to]),
  );
  if (centre)
    for (const { place, at } of placed) {
      const barrier = barrierTie.has(place.id!) && place.id !== map.centre.id;
      const width = 0.8 + 3.2 * Math.sqrt((place.strength ?? 1) / max);
      out.push(
        `<line x1="${f(x(centre[0]))}" y1="${f(y(centre[1]))}" x2="${f(x(at[0]))}" y2="${f(y(at[1]))}" stroke="${barrier ? BARRIER : '#52606d'}" stroke-width="${width.toFixed(2)}"${barrier ? ' stroke-dasharray="5 3"' : ''} stroke-opacity="0.75"/>`,
      );
    }
  // Labels: the municipality's first, then partners by tie strength; one that would cover
  // another is not drawn (its name is in the list below the map).
  const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const labels: string[] = [];
  const unlabelled: string[] = [];
  const label = (text: string, px: number, py: number, bold: boolean): boolean => {
    const w = text.length * LABEL_SIZE * 0.56;
    for (const [dx, anchor] of [
      [7, 'start'],
      [-7, 'end'],
    ] as const) {
      const x0 = anchor === 'start' ? px + dx : px + dx - w;
      const box = { x0, y0: py - LABEL_SIZE, x1: x0 + w, y1: py + 3 };
      if (box.x0 < 0 || box.x1 > WIDTH || box.y0 < 0 || box.y1 > HEIGHT) continue;
      if (taken.some((t) => t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1))
        continue;
      taken.push(box);
      labels.push(
        `<text x="${f(px + dx)}" y="${f(py)}" text-anchor="${anchor}" font-size="${LABEL_SIZE}"${bold ? ' font-weight="700"' : ''} fill="#1f2933" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(text)}</text>`,
      );
      return true;
    }
    return false;
  };
  for (const { at } of placed) {
    const r = 4;
    taken.push({ x0: x(at[0]) - r, y0: y(at[1]) - r, x1: x(at[0]) + r, y1: y(at[1]) + r });
  }
  if (centre) label(map.centre.label, x(centre[0]), y(centre[1]) + 4, true);
  for (const { place, at } of [...placed].sort(
    (a, b) => (b.place.strength ?? 0) - (a.place.strength ?? 0),
  ))
    if (!label(place.label, x(at[0]), y(at[1]) + 4, false)) unlabelled.push(place.label);
  for (const { place, at } of placed)
    out.push(
      `<circle cx="${f(x(at[0]))}" cy="${f(y(at[1]))}" r="4" fill="${SECTOR_COLOURS[place.sector]}" stroke="${place.barrier ? BARRIER : '#fff'}" stroke-width="${place.barrier ? 2 : 1}"/>`,
    );
  if (centre)
    out.push(
      `<circle cx="${f(x(centre[0]))}" cy="${f(y(centre[1]))}" r="7" fill="#1f2933" stroke="#fff" stroke-width="2"/>`,
    );
  out.push(...labels, '</g>');

  const notes = [
    ...(unplaced.length > 0 ? [words.noPlace(unplaced.map((p) => p.label).join(', '))] : []),
    ...(unlabelled.length > 0 ? [words.unlabelled(unlabelled.join(', '))] : []),
  ];
  const legendY = HEIGHT + 14;
  out.push(
    `<line x1="8" y1="${legendY - 4}" x2="28" y2="${legendY - 4}" stroke="#52606d" stroke-width="3"/>`,
    `<text x="32" y="${legendY}" font-size="9" fill="#1f2933">${escapeXml(words.tie)}</text>`,
    `<line x1="200" y1="${legendY - 4}" x2="220" y2="${legendY - 4}" stroke="${BARRIER}" stroke-width="2" stroke-dasharray="5 3"/>`,
    `<text x="224" y="${legendY}" font-size="9" fill="#1f2933">${escapeXml(words.barrier)}</text>`,
  );
  notes.forEach((note, i) =>
    out.push(
      `<text x="8" y="${legendY + 14 + i * 12}" font-size="9" fill="#52606d">${escapeXml(clip(note))}</text>`,
    ),
  );
  const height = HEIGHT + LEGEND;
  const ns = standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return `<svg${ns} viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="Inter, 'Segoe UI', system-ui, sans-serif" role="img">${out.join('')}</svg>`;
}

/** A note longer than the picture is wide ends in an ellipsis. */
function clip(text: string): string {
  const room = Math.floor(WIDTH / (9 * 0.52));
  return text.length <= room ? text : text.slice(0, room - 1) + '…';
}
