import type { ChangeLegendModel, LegendModel } from './legend-model.ts';
import type { Measure, Shape } from './drawing.ts';

const VIRIDIS = ['#440154', '#3e4989', '#26828e', '#35b779', '#b4de2c', '#fde725'];
const INK = '#1f2933';
const MUTED = '#616e7c';

/**
 * The caption (a band across the top, wrapped to at most three lines), the legend (a box in
 * the bottom-left corner) and, while a change is drawn, its legend (a box in the top-left
 * corner, below the caption), laid out for a picture of `width`×`height` at `scale`.
 */
export function overlayShapes(
  legend: LegendModel,
  caption: string,
  size: { width: number; height: number },
  scale: number,
  measure: Measure,
  marker: string | null = null,
  change: ChangeLegendModel | null = null,
): Shape[] {
  const band = captionShapes(caption, size.width, scale, measure);
  const below = band[0]?.kind === 'rect' ? band[0].h : 0;
  return [
    ...band,
    ...legendShapes(legend, size, scale, measure),
    ...(change ? changeLegendShapes(change, size.width, below, scale, measure) : []),
    ...(marker ? markerShapes(marker, size, scale, measure) : []),
  ];
}

/** Which tie style is which, with a sample line of each, and how many ties have it. */
function changeLegendShapes(
  change: ChangeLegendModel,
  width: number,
  below: number,
  s: number,
  measure: Measure,
): Shape[] {
  const { pad, titleSize, rowSize, rowHeight } = legendSizes(s);
  const noteSize = 11 * s;
  const sample = 22 * s;
  const rowsWidth = sample + rowsTextWidth(change.rows, rowSize, s, measure);
  const w = Math.min(
    width - 24 * s,
    2 * pad + Math.max(measure(change.title, titleSize, 600), rowsWidth),
  );
  const note = change.note ? wrap(change.note, w - 2 * pad, (t) => measure(t, noteSize, 400)) : [];
  const noteHeight = note.length ? 4 * s + note.length * noteSize * 1.3 : 0;
  const h = 2 * pad + titleSize * 1.4 + change.rows.length * rowHeight + noteHeight;
  const x = 12 * s;
  const y = below + 12 * s;
  const shapes: Shape[] = [...legendBox(x, y, w, h, pad, change.title, titleSize, s)];
  const top = y + pad + titleSize * 1.4;
  change.rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    shapes.push(
      {
        kind: 'line',
        x1: x + pad,
        y1: cy,
        x2: x + pad + sample,
        y2: cy,
        width: row.width * s,
        colour: row.colour,
        ...(row.dashed ? { dash: [6 * s, 4 * s] } : {}),
      },
      text(x + pad + sample + 8 * s, cy + rowSize * 0.35, row.label, rowSize, 400, INK, 'start'),
      text(x + w - pad, cy + rowSize * 0.35, row.count, rowSize, 400, MUTED, 'end'),
    );
  });
  const noteTop = top + change.rows.length * rowHeight + 4 * s;
  note.forEach((line, i) =>
    shapes.push(
      text(x + pad, noteTop + noteSize * (0.9 + 1.3 * i), line, noteSize, 400, MUTED, 'start'),
    ),
  );
  return shapes;
}

/** A note in the bottom-right corner that the picture shows fictitious data. */
function markerShapes(
  marker: string,
  size: { width: number; height: number },
  s: number,
  measure: Measure,
): Shape[] {
  const font = 13 * s;
  const pad = 8 * s;
  const w = measure(marker, font, 600) + 2 * pad;
  const h = font + 2 * pad;
  const x = size.width - w - 10 * s;
  const y = size.height - h - 10 * s;
  return [
    { kind: 'rect', x, y, w, h, fill: '#fff4d6', stroke: '#e3b341', strokeWidth: s, radius: 6 * s },
    {
      kind: 'text',
      x: x + pad,
      y: y + pad + font * 0.8,
      text: marker,
      size: font,
      weight: 600,
      colour: '#5c3c00',
      anchor: 'start',
    },
  ];
}

function captionShapes(caption: string, width: number, s: number, measure: Measure): Shape[] {
  const text = caption.trim();
  if (!text) return [];
  const font = 18 * s;
  const pad = 12 * s;
  const lines = wrap(text, width - 2 * pad, (t) => measure(t, font, 600)).slice(0, 3);
  const lineHeight = font * 1.3;
  const height = pad * 2 + lineHeight * lines.length - (lineHeight - font);
  return [
    { kind: 'rect', x: 0, y: 0, w: width, h: height, fill: 'rgba(255,255,255,0.92)' },
    ...lines.map((line, i): Shape => ({
      kind: 'text',
      x: pad,
      y: pad + font * 0.85 + i * lineHeight,
      text: line,
      size: font,
      weight: 600,
      colour: INK,
      anchor: 'start',
    })),
  ];
}

function legendShapes(
  legend: LegendModel,
  size: { width: number; height: number },
  s: number,
  measure: Measure,
): Shape[] {
  const { pad, titleSize, rowSize, rowHeight } = legendSizes(s);
  const swatch = 6 * s;
  const rowsWidth = 2 * swatch + rowsTextWidth(legend.rows, rowSize, s, measure);
  const scaleWidth = legend.scale ? 220 * s : 0;
  const w = Math.min(
    size.width - 24 * s,
    2 * pad + Math.max(measure(legend.title, titleSize, 600), rowsWidth, scaleWidth),
  );
  const bodyHeight = legend.scale ? rowHeight : legend.rows.length * rowHeight;
  const h = 2 * pad + titleSize * 1.4 + bodyHeight;
  const x = 12 * s;
  const y = size.height - 12 * s - h;
  const shapes: Shape[] = [...legendBox(x, y, w, h, pad, legend.title, titleSize, s)];
  const top = y + pad + titleSize * 1.4;
  if (legend.scale) {
    const minWidth = measure(legend.scale.min, rowSize, 400);
    const maxWidth = measure(legend.scale.max, rowSize, 400);
    const rampX = x + pad + minWidth + 8 * s;
    const rampW = Math.max(20 * s, w - 2 * pad - minWidth - maxWidth - 16 * s);
    shapes.push(
      text(x + pad, top + rowSize, legend.scale.min, rowSize, 400, INK, 'start'),
      { kind: 'ramp', x: rampX, y: top + rowSize * 0.2, w: rampW, h: 10 * s, stops: VIRIDIS },
      text(x + w - pad, top + rowSize, legend.scale.max, rowSize, 400, INK, 'end'),
    );
    return shapes;
  }
  legend.rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    shapes.push(
      {
        kind: 'circle',
        cx: x + pad + swatch,
        cy,
        r: row.ring ? swatch - 1.5 * s : swatch,
        fill: row.colour,
        stroke: row.ring ? INK : 'rgba(31,41,51,0.25)',
        strokeWidth: row.ring ? 3 * s : s,
      },
      text(
        x + pad + 2 * swatch + 8 * s,
        cy + rowSize * 0.35,
        row.label,
        rowSize,
        400,
        INK,
        'start',
      ),
      text(x + w - pad, cy + rowSize * 0.35, row.count, rowSize, 400, MUTED, 'end'),
    );
  });
  return shapes;
}

/** The sizes both legends share, at scale `s`. */
function legendSizes(s: number) {
  return { pad: 10 * s, titleSize: 13 * s, rowSize: 12 * s, rowHeight: 18 * s };
}

/** The width of a legend's rows after their swatch: the widest label, a gap, the widest count. */
function rowsTextWidth(
  rows: readonly { label: string; count: string }[],
  size: number,
  s: number,
  measure: Measure,
): number {
  const label = Math.max(0, ...rows.map((r) => measure(r.label, size, 400)));
  const count = Math.max(0, ...rows.map((r) => measure(r.count, size, 400)));
  return 8 * s + label + 16 * s + count;
}

/** A legend's box and its title. */
function legendBox(
  x: number,
  y: number,
  w: number,
  h: number,
  pad: number,
  title: string,
  titleSize: number,
  s: number,
): Shape[] {
  return [
    {
      kind: 'rect',
      x,
      y,
      w,
      h,
      fill: 'rgba(255,255,255,0.95)',
      stroke: '#cbd2d9',
      strokeWidth: s,
      radius: 8 * s,
    },
    text(x + pad, y + pad + titleSize * 0.9, title, titleSize, 600, INK, 'start'),
  ];
}

function text(
  x: number,
  y: number,
  value: string,
  size: number,
  weight: number,
  colour: string,
  anchor: 'start' | 'end',
): Shape {
  return { kind: 'text', x, y, text: value, size, weight, colour, anchor };
}

/** Greedy word wrap; a word longer than a line gets a line of its own. */
function wrap(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
