/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A label that wants a place beside its node (or, with r < 0, centred on its point). */
export interface LabelCandidate {
  id: string;
  text: string;
  /** The node's centre and rendered radius, in viewport pixels. */
  x: number;
  y: number;
  r: number;
  /** The text's measured width and the font size. */
  width: number;
  size: number;
  /** Higher goes first: a selected or hovered node, then bigger nodes. */
  priority: number;
  /** Set for a name at a point instead of beside a node (a county's arc): which way it runs. */
  at?: 'start' | 'middle' | 'end';
}

export interface PlacedLabel {
  id: string;
  text: string;
  box: Box;
  /** Where the text starts (left edge) and its baseline. */
  textX: number;
  baseline: number;
  size: number;
}

const GAP = 3;
/** Free space kept around every label, so neighbours never touch. */
const PAD = 2;
const CELL = 64;

/** The box a label takes: its line height around the centre line. */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.25);
}

/**
 * Places labels greedily by priority: each tries right of its node, then left, above, below and
 * the four corners, and takes the first spot inside the bounds that overlaps no label placed before. A label with
 * no free spot is left out — never drawn over another or cut by the edge.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: { width: number; height: number },
  /** Node discs: a label never covers a node other than its own. */
  obstacles: readonly (Box & { id: string })[] = [],
): PlacedLabel[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<number, Box[]>();
  const discs = new Map<number, Box[]>();
  const owner = new Map<Box, string>();
  for (const o of obstacles) {
    insert(discs, o);
    owner.set(o, o.id);
  }
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    for (const box of spots(c)) {
      if (!inside(box, bounds) || collides(grid, box, PAD)) continue;
      if (collides(discs, box, 0, (o) => owner.get(o) !== c.id)) continue;
      insert(grid, box);
      placed.push({
        id: c.id,
        text: c.text,
        box,
        textX: box.x,
        baseline: box.y + box.h / 2 + c.size * 0.35,
        size: c.size,
      });
      break;
    }
  }
  return placed;
}

function spots(c: LabelCandidate): Box[] {
  const h = lineHeight(c.size);
  const w = Math.ceil(c.width);
  if (c.at) {
    const x = c.at === 'start' ? c.x : c.at === 'end' ? c.x - w : c.x - w / 2;
    return [{ x, y: c.y - h / 2, w, h }];
  }
  const r = Math.max(0, c.r);
  const d = Math.ceil(r * Math.SQRT1_2) + GAP;
  return [
    { x: c.x + r + GAP, y: c.y - h / 2, w, h },
    { x: c.x - r - GAP - w, y: c.y - h / 2, w, h },
    { x: c.x - w / 2, y: c.y - r - GAP - h, w, h },
    { x: c.x - w / 2, y: c.y + r + GAP, w, h },
    // Then the corners, as on a map: the text starts or ends at the disc's diagonal.
    { x: c.x + d, y: c.y - d - h, w, h },
    { x: c.x + d, y: c.y + d, w, h },
    { x: c.x - d - w, y: c.y - d - h, w, h },
    { x: c.x - d - w, y: c.y + d, w, h },
  ];
}

function inside(b: Box, bounds: { width: number; height: number }): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.w <= bounds.width && b.y + b.h <= bounds.height;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad
  );
}

function cellsOf(b: Box): number[] {
  const out: number[] = [];
  const x0 = Math.floor((b.x - PAD) / CELL);
  const x1 = Math.floor((b.x + b.w + PAD) / CELL);
  const y0 = Math.floor((b.y - PAD) / CELL);
  const y1 = Math.floor((b.y + b.h + PAD) / CELL);
  // Cells are keyed by one number: viewports are far narrower than 100 000 cells.
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(x * 100_000 + y);
  return out;
}

function collides(
  grid: Map<number, Box[]>,
  box: Box,
  pad: number,
  counts: (other: Box) => boolean = () => true,
): boolean {
  for (const cell of cellsOf(box))
    for (const other of grid.get(cell) ?? [])
      if (overlaps(box, other, pad) && counts(other)) return true;
  return false;
}

function insert(grid: Map<number, Box[]>, box: Box): void {
  for (const cell of cellsOf(box)) {
    const list = grid.get(cell);
    if (list) list.push(box);
    else grid.set(cell, [box]);
  }
}
