import { placeLabels, type Box, type PlacedLabel } from '../../core/layout/label-placement.ts';

/** A point of the quadrant, in the SVG's own units. */
export interface QuadrantDot {
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  /** Higher is named first when names compete for room. */
  priority: number;
}

/** A threshold line's name, anchored at a point at one end of the line. */
export interface LineName {
  id: string;
  text: string;
  x: number;
  y: number;
  at: 'start' | 'end';
}

export const POINT_LABEL_SIZE = 10;
export const LINE_LABEL_SIZE = 11;

/**
 * Names for the quadrant's threshold lines and points, none over another or over a point, none
 * past the plot's edge. The lines' names are placed first: they explain the picture. A point
 * whose name finds no free place stays unnamed (its tooltip still names it).
 */
export function placeQuadrantLabels(
  dots: readonly QuadrantDot[],
  lines: readonly LineName[],
  bounds: { width: number; height: number },
  measure: (text: string, size: number) => number,
  /** What else is printed on the plot (the axes' tick values), kept free of names. */
  printed: readonly Box[] = [],
): { lines: PlacedLabel[]; points: PlacedLabel[] } {
  const discs = dots.map((d) => ({ id: d.id, x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }));
  const placedLines = placeLabels(
    lines.map((l) => ({
      ...l,
      r: 0,
      width: measure(l.text, LINE_LABEL_SIZE),
      size: LINE_LABEL_SIZE,
      priority: 1,
    })),
    bounds,
    printed.map((box) => ({ ...box, id: '' })),
  );
  const taken: (Box & { id: string })[] = [...placedLines.map((l) => l.box), ...printed].map(
    (box) => ({ ...box, id: '' }),
  );
  const points = placeLabels(
    dots.map((d) => ({
      id: d.id,
      text: d.label,
      x: d.x,
      y: d.y,
      r: d.r,
      width: measure(d.label, POINT_LABEL_SIZE),
      size: POINT_LABEL_SIZE,
      priority: d.priority,
    })),
    bounds,
    [...discs, ...taken],
  );
  return { lines: placedLines, points };
}
