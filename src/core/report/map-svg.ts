import { escapeXml } from '../export/xml.ts';
import { estimatedTextWidth } from './text-width.ts';
import { MAP_SECTORS, type MapSector, type MunicipalityMap } from '../map/municipality-map.ts';

/** The words a drawn municipality map needs, in the reader's language. */
export interface MapWords {
  sectorNames: Record<MapSector, string>;
  /** The label of an empty place: "inget band till Länsstyrelsen i …". */
  noTieTo: (label: string) => string;
  legend: { strong: string; weak: string; secondRing: string; missing: string; barrier: string };
}

/** One colour per sector, readable in print and for common colour-vision deficiencies. */
export const SECTOR_COLOURS: Record<MapSector, string> = {
  region: '#1f6fb4',
  county_board: '#6a3d9a',
  higher_education: '#1b9e77',
  business_support: '#d95f02',
  leader: '#66a61e',
  national: '#7f6a00',
  municipality: '#555555',
  other: '#a6761d',
};

const BARRIER = '#c0172b';
/** Wider than high: labels run sideways from the places on the left and right. */
const WIDTH = 440;
const SIZE = 316;
const R = 122;
const LEGEND = 44;
const px = (v: number) => (SIZE / 2 + v * R).toFixed(1);
const pxX = (v: number) => (WIDTH / 2 + v * R).toFixed(1);
const WRAP_AT = 20;

const LABEL_SIZE = 10.5;
const SECTOR_SIZE = 10;
const CENTRE_SIZE = 12;
/** The centre's name below its dot, clear of it. */
const CENTRE_Y = 0.19;
/** Where a label may go, in lines from its place: beside it first, then a line down or up. */
const NUDGES = [0, 1.1, -1.1, 2.2, -2.2];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where a sector's name goes, in map units: above or below its sector beyond the rings; a name
 * at the side runs outwards from just beyond the rings, so it covers no place.
 */
function sectorNamePlace(mid: number): {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
} {
  const side = Math.abs(Math.sin(mid)) > 0.7;
  const x = Math.sin(mid) * (side ? 1.02 : 1.12);
  const y = -Math.cos(mid) * 1.12;
  return { x, y, anchor: side ? (x > 0 ? 'start' : 'end') : 'middle' };
}

/** The sector names' boxes, placed before any label. */
function sectorBoxes(map: MunicipalityMap, words: MapWords): Box[] {
  const span = (2 * Math.PI) / MAP_SECTORS.length;
  return MAP_SECTORS.map((sector) => {
    const { x, y, anchor } = sectorNamePlace(map.sectorStart[sector] + span / 2);
    const w = estimatedTextWidth(words.sectorNames[sector], SECTOR_SIZE);
    const cx = WIDTH / 2 + x * R;
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    return { x: left, y: SIZE / 2 + y * R - SECTOR_SIZE * 0.6, w, h: SECTOR_SIZE * 1.2 };
  });
}

/** A long label as two lines, split at the space nearest the middle. */
function lines(label: string): string[] {
  if (label.length <= WRAP_AT) return [label];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [label];
  const cut = spaces.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  return [label.slice(0, cut), label.slice(cut + 1)];
}

/**
 * The municipality map as a self-contained SVG (no script, no external reference): sector
 * spokes and names, ring-1 partners labelled, the second ring as faint dots, missing typical
 * partners as empty dashed places, barriers (bridges, cut vertices) in red, and a legend.
 * Inline in HTML it needs no namespace (so the page holds no URL at all); as a file or an
 * image of its own (`standalone`) it must declare it.
 */
export function mapSvg(map: MunicipalityMap, words: MapWords, standalone = false): string {
  const out: string[] = [];
  const pos = new Map<string, { x: number; y: number }>([[map.centre.id, { x: 0, y: 0 }]]);
  for (const p of map.places) if (p.id !== undefined) pos.set(p.id, p);
  const span = (2 * Math.PI) / MAP_SECTORS.length;
  for (const r of [0.3, 0.74, 0.93])
    out.push(
      `<circle cx="${pxX(0)}" cy="${px(0)}" r="${(r * R).toFixed(1)}" fill="none" stroke="#e3e3e3"/>`,
    );
  for (const sector of MAP_SECTORS) {
    const a = map.sectorStart[sector];
    out.push(
      `<line x1="${pxX(0)}" y1="${px(0)}" x2="${pxX(Math.sin(a))}" y2="${px(-Math.cos(a))}" stroke="#ececec"/>`,
    );
    const { x, y, anchor } = sectorNamePlace(map.sectorStart[sector] + span / 2);
    out.push(
      `<text x="${pxX(x)}" y="${px(y)}" text-anchor="${anchor}" dominant-baseline="middle" class="sector" fill="${SECTOR_COLOURS[sector]}">${escapeXml(words.sectorNames[sector])}</text>`,
    );
  }
  for (const tie of [...map.ties].sort((a, b) => b.ring - a.ring)) {
    const a = pos.get(tie.from);
    const b = pos.get(tie.to);
    if (!a || !b) continue;
    const width = tie.ring === 2 ? 0.5 : Math.min(5, 0.8 + Math.sqrt(tie.strength));
    const stroke = tie.barrier && tie.ring === 1 ? BARRIER : tie.ring === 2 ? '#d6d6d6' : '#8a8a8a';
    const dash = tie.barrier && tie.ring === 1 ? ' stroke-dasharray="4 2"' : '';
    out.push(
      `<line x1="${pxX(a.x)}" y1="${px(a.y)}" x2="${pxX(b.x)}" y2="${px(b.y)}" stroke="${stroke}" stroke-width="${width.toFixed(1)}"${dash}/>`,
    );
  }
  for (const p of map.places.filter((q) => q.ring === 2))
    out.push(`<circle cx="${pxX(p.x)}" cy="${px(p.y)}" r="2" fill="#cfcfcf"/>`);
  // Labels are placed last, each beside its place or moved up or down a line to keep clear of
  // the labels and sector names already placed; the drawing widens to hold the longest.
  const centreWidth = estimatedTextWidth(map.centre.label, CENTRE_SIZE);
  const taken: Box[] = [
    ...sectorBoxes(map, words),
    {
      x: WIDTH / 2 - centreWidth / 2,
      y: SIZE / 2 + CENTRE_Y * R - CENTRE_SIZE,
      w: centreWidth,
      h: CENTRE_SIZE * 1.3,
    },
  ];
  const labels: string[] = [];
  for (const p of map.places.filter((q) => q.ring === 1).sort((a, b) => a.y - b.y || a.x - b.x)) {
    const colour = SECTOR_COLOURS[p.sector];
    const label = p.missing ? words.noTieTo(p.label) : p.label;
    const right = p.x >= -0.05;
    const x = WIDTH / 2 + (p.x + (right ? 0.06 : -0.06)) * R;
    const parts = lines(label);
    const w = Math.max(...parts.map((line) => estimatedTextWidth(line, LABEL_SIZE)));
    const h = parts.length * LABEL_SIZE * 1.1;
    const y = SIZE / 2 + p.y * R;
    const box = (dy: number): Box => ({ x: right ? x : x - w, y: y + dy - h / 2, w, h });
    const dy =
      NUDGES.map((n) => n * LABEL_SIZE).find((d) => !taken.some((t) => overlaps(t, box(d)))) ?? 0;
    taken.push(box(dy));
    const first = parts.length === 1 ? 0 : -0.55;
    out.push(
      p.missing
        ? `<circle cx="${pxX(p.x)}" cy="${px(p.y)}" r="5" fill="#fff" stroke="${colour}" stroke-dasharray="2 2"/>`
        : `<circle cx="${pxX(p.x)}" cy="${px(p.y)}" r="5" fill="${colour}"${p.barrier ? ` stroke="${BARRIER}" stroke-width="2.5"` : ''}/>`,
    );
    labels.push(
      `<text x="${x.toFixed(1)}" y="${(y + dy).toFixed(1)}" text-anchor="${right ? 'start' : 'end'}" dominant-baseline="middle" class="${p.missing ? 'missing' : 'label'}">${parts.map((line, i) => `<tspan x="${x.toFixed(1)}" dy="${i === 0 ? first : 1.1}em">${escapeXml(line)}</tspan>`).join('')}</text>`,
    );
  }
  out.push(
    `<circle cx="${pxX(0)}" cy="${px(0)}" r="9" fill="#111"/>`,
    `<text x="${pxX(0)}" y="${px(CENTRE_Y)}" text-anchor="middle" class="centre">${escapeXml(map.centre.label)}</text>`,
    ...labels,
  );
  out.push(legend(words));
  const left = Math.floor(Math.min(0, ...taken.map((b) => b.x - 4)));
  const right = Math.ceil(Math.max(WIDTH, ...taken.map((b) => b.x + b.w + 4)));
  return (
    `<svg${standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} viewBox="${left} 0 ${right - left} ${SIZE + LEGEND}" role="img" aria-label="${escapeXml(map.centre.label)}">` +
    `<style>text{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:${LABEL_SIZE}px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:2.5px;stroke-linejoin:round}.sector{font-size:${SECTOR_SIZE}px;font-weight:600}.missing{font-style:italic;fill:#666}.centre{font-size:${CENTRE_SIZE}px;font-weight:700}.legend{font-size:9.5px}</style>` +
    out.join('') +
    '</svg>'
  );
}

/** The legend under the map: five marks with their words, in two columns. */
function legend(words: MapWords): string {
  const items: [string, string][] = [
    ['<line x1="0" y1="0" x2="12" y2="0" stroke="#8a8a8a" stroke-width="4"/>', words.legend.strong],
    ['<line x1="0" y1="0" x2="12" y2="0" stroke="#8a8a8a" stroke-width="1"/>', words.legend.weak],
    ['<circle cx="6" cy="0" r="2" fill="#cfcfcf"/>', words.legend.secondRing],
    [
      '<circle cx="6" cy="0" r="4" fill="#fff" stroke="#555" stroke-dasharray="2 2"/>',
      words.legend.missing,
    ],
    [
      `<line x1="0" y1="0" x2="12" y2="0" stroke="${BARRIER}" stroke-width="2" stroke-dasharray="4 2"/>`,
      words.legend.barrier,
    ],
  ];
  return items
    .map(([mark, text], i) => {
      const x = 8 + (i % 2) * (WIDTH / 2);
      const y = SIZE + 8 + Math.floor(i / 2) * 14;
      return `<g transform="translate(${x},${y})">${mark}<text x="17" y="0" class="legend" dominant-baseline="middle">${escapeXml(text)}</text></g>`;
    })
    .join('');
}
