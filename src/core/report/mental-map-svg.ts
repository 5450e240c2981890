import { escapeXml } from '../export/xml.ts';
import { estimatedTextWidth } from './text-width.ts';
import type {
  MentalPlace,
  PlaceElement,
  PlaceGeometry,
  PlacePurpose,
} from '../io/read-place-file.ts';

type Position = [number, number];

/** The words of the mental-map layer's legend, in the reader's language. */
export interface MentalMapWords {
  elements: Record<PlaceElement, string>;
  purposes: Record<PlacePurpose, string>;
  high: string;
  low: string;
}

/** Målpunkt purposes by colour, as in the seed's legend (distinct in print and for colour-blind readers). */
const PURPOSE_COLOURS: Record<PlacePurpose, string> = {
  trade: '#d95f02',
  service: '#1f6fb4',
  work: '#6a3d9a',
  recreation: '#1b9e77',
};
const NO_PURPOSE = '#777777';
const BARRIER = '#c0172b';
const PATH = '#2e7d32';
const DISTRICT = '#8c6d31';

const WIDTH = 400;
const HEIGHT = 220;
const LEGEND = 40;
const PAD = 0.25;
const FONT = 9.5;
const LINE = 1.25 * FONT;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The mental-map layer over the municipality's outline: districts as shaded areas, stråk as
 * green lines, barriärer as red lines, landmärken as triangles and målpunkter as circles
 * coloured by purpose; hög frekvens drawn larger or thicker than låg. The view is the places'
 * extent (with a margin), or the outline's when there are none. Every name is escaped.
 */
export function mentalMapSvg(
  places: readonly MentalPlace[],
  outline: readonly (readonly Position[])[],
  words: MentalMapWords,
  standalone = false,
): string {
  const points = places.flatMap((p) => positions(p.geometry));
  const extent = bounds(points.length > 0 ? points : outline.flat());
  const lat0 = (extent.minLat + extent.maxLat) / 2;
  const shrink = Math.cos((lat0 * Math.PI) / 180);
  const w = Math.max((extent.maxLon - extent.minLon) * shrink, 1e-4) * (1 + 2 * PAD);
  const h = Math.max(extent.maxLat - extent.minLat, 1e-4) * (1 + 2 * PAD);
  const scale = Math.min(WIDTH / w, HEIGHT / h);
  const cx = (extent.minLon + extent.maxLon) / 2;
  const cy = (extent.minLat + extent.maxLat) / 2;
  const x = (lon: number) => (WIDTH / 2 + (lon - cx) * shrink * scale).toFixed(1);
  const y = (lat: number) => (HEIGHT / 2 - (lat - cy) * scale).toFixed(1);
  const path = (ring: readonly Position[]) =>
    ring.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${x(lon)} ${y(lat)}`).join('');

  const out: string[] = [
    `<clipPath id="mm-clip"><rect width="${WIDTH}" height="${HEIGHT}"/></clipPath>`,
    `<g clip-path="url(#mm-clip)"><path d="${outline.map((r) => path(r) + 'Z').join('')}" fill="#f4f1ea" stroke="#9a9a9a" stroke-width="1"/>`,
  ];
  const order: PlaceElement[] = ['district', 'path', 'barrier', 'landmark', 'destination'];
  const names: { name: string; x: number; y: number }[] = [];
  const taken: Box[] = [];
  for (const element of order) {
    for (const place of places.filter((p) => p.element === element)) {
      const high = place.frequency === 'high';
      const g = place.geometry;
      const [lon, lat] = anchor(g);
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
        out.push(
          `<path d="${rings.map((r) => path(r) + 'Z').join('')}" fill="${DISTRICT}" fill-opacity="${high ? 0.35 : 0.18}" stroke="${DISTRICT}"/>`,
        );
      } else if (g.type === 'LineString' || g.type === 'MultiLineString') {
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        const colour = element === 'barrier' ? BARRIER : element === 'path' ? PATH : NO_PURPOSE;
        const dash = element === 'path' ? ' stroke-dasharray="6 3"' : '';
        out.push(
          `<path d="${lines.map(path).join('')}" fill="none" stroke="${colour}" stroke-width="${high ? 4 : 1.8}"${dash} stroke-linecap="round"/>`,
        );
      } else {
        out.push(mark(element, place.purpose, high, x(lon), y(lat)));
        const r = high ? 6 : 3.5;
        const [px, py] = [Number(x(lon)), Number(y(lat))];
        taken.push({ x0: px - r, y0: py - r * 1.2, x1: px + r, y1: py + r });
      }
      names.push({ name: place.name, x: Number(x(lon)), y: Number(y(lat)) });
    }
  }
  const labels = names.map(({ name, x: px, y: py }) => {
    const { dx, dy, end } = labelPlace(name, px, py, taken);
    return `<text x="${(px + dx).toFixed(1)}" y="${(py + dy).toFixed(1)}" text-anchor="${end ? 'end' : 'start'}" dominant-baseline="middle">${escapeXml(name)}</text>`;
  });
  out.push('</g>', ...labels, legend(words));
  return (
    `<svg${standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} viewBox="0 0 ${WIDTH} ${HEIGHT + LEGEND}" role="img">` +
    `<style>text{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:9.5px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:2.5px}</style>` +
    out.join('') +
    '</svg>'
  );
}

/**
 * Where a name goes beside its place: to the right (on the right half, to the left, so none
 * is cut at the edge), else the other side, else a line or two above or below; the first spot
 * that stays in the picture and covers no name or mark already placed. When every spot is
 * taken the first one is used. The chosen box is added to `taken`.
 */
function labelPlace(
  name: string,
  px: number,
  py: number,
  taken: Box[],
): { dx: number; dy: number; end: boolean } {
  const width = estimatedTextWidth(name, FONT);
  const leftFirst = px > WIDTH * 0.55;
  const sides = leftFirst ? [true, false] : [false, true];
  const spots = [0, -1, 1, -2, 2].flatMap((line) =>
    sides.map((end) => ({ dx: end ? -8 : 8, dy: line * LINE, end })),
  );
  const boxOf = ({ dx, dy, end }: (typeof spots)[number]): Box => {
    const x0 = end ? px + dx - width : px + dx;
    return { x0, y0: py + dy - LINE / 2, x1: x0 + width, y1: py + dy + LINE / 2 };
  };
  const free = spots.find((spot) => {
    const box = boxOf(spot);
    return (
      box.x0 >= 0 &&
      box.x1 <= WIDTH &&
      box.y0 >= 0 &&
      box.y1 <= HEIGHT &&
      !taken.some((t) => t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1)
    );
  });
  const chosen = free ?? spots[0]!;
  taken.push(boxOf(chosen));
  return chosen;
}

/** A point element's symbol: a circle for a målpunkt (coloured by purpose), a triangle for a landmärke, a cross otherwise. */
function mark(
  element: PlaceElement,
  purpose: PlacePurpose | undefined,
  high: boolean,
  x: string,
  y: string,
): string {
  const r = high ? 6 : 3.5;
  const [px, py] = [Number(x), Number(y)];
  if (element === 'destination')
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${purpose ? PURPOSE_COLOURS[purpose] : NO_PURPOSE}" stroke="#fff"/>`;
  if (element === 'landmark')
    return `<path d="M${px} ${py - r * 1.2}L${px + r} ${py + r * 0.8}L${px - r} ${py + r * 0.8}Z" fill="#222"/>`;
  const colour = element === 'barrier' ? BARRIER : element === 'path' ? PATH : DISTRICT;
  return `<path d="M${px - r} ${py - r}L${px + r} ${py + r}M${px + r} ${py - r}L${px - r} ${py + r}" stroke="${colour}" stroke-width="${high ? 3 : 1.8}"/>`;
}

function legend(words: MentalMapWords): string {
  const items: [string, string][] = [
    [mark('landmark', undefined, true, '6', '0'), words.elements.landmark],
    [
      `<path d="M0 0L12 0" stroke="${PATH}" stroke-width="3" stroke-dasharray="6 3"/>`,
      words.elements.path,
    ],
    [`<path d="M0 0L12 0" stroke="${BARRIER}" stroke-width="3"/>`, words.elements.barrier],
    [
      `<rect x="0" y="-5" width="12" height="10" fill="${DISTRICT}" fill-opacity="0.3"/>`,
      words.elements.district,
    ],
    ...(Object.keys(PURPOSE_COLOURS) as PlacePurpose[]).map((p): [string, string] => [
      `<circle cx="6" cy="0" r="5" fill="${PURPOSE_COLOURS[p]}"/>`,
      `${words.elements.destination}: ${words.purposes[p]}`,
    ]),
    [
      `<circle cx="3" cy="0" r="5.5" fill="#888"/><circle cx="12" cy="0" r="3" fill="#888"/>`,
      `${words.high} / ${words.low}`,
    ],
  ];
  return items
    .map(([symbol, text], i) => {
      const lx = 6 + (i % 3) * (WIDTH / 3);
      const ly = HEIGHT + 8 + Math.floor(i / 3) * 11;
      return `<g transform="translate(${lx},${ly})">${symbol}<text x="18" y="0" dominant-baseline="middle" style="font-size:8.5px">${escapeXml(text)}</text></g>`;
    })
    .join('');
}

function positions(g: PlaceGeometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/** Where a place's name goes: the point, a line's middle vertex, an area's first corner. */
function anchor(g: PlaceGeometry): Position {
  const all = positions(g);
  return all[Math.floor((all.length - 1) / 2)]!;
}

function bounds(points: readonly Position[]) {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    minLon: Math.min(...lons),
    maxLon: Math.max(...lons),
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
  };
}
