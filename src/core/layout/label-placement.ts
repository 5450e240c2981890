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
  const discs = discGrid(obstacles);
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    for (const box of spots(c)) {
      if (!inside(box, bounds) || collides(grid, box, PAD)) continue;
      if (discs.covers(box, c.id)) continue;
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

/** The first and last cell along one axis that a span (with PAD around it) touches. */
function cellRange(from: number, length: number): [number, number] {
  return [Math.floor((from - PAD) / CELL), Math.floor((from + length + PAD) / CELL)];
}

function cellsOf(b: Box): number[] {
  const out: number[] = [];
  const [x0, x1] = cellRange(b.x, b.w);
  const [y0, y1] = cellRange(b.y, b.h);
  // Cells are keyed by one number: viewports are far narrower than 100 000 cells.
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(x * 100_000 + y);
  return out;
}

function collides(grid: Map<number, Box[]>, box: Box, pad: number): boolean {
  for (const cell of cellsOf(box))
    for (const other of grid.get(cell) ?? []) if (overlaps(box, other, pad)) return true;
  return false;
}

function insert(grid: Map<number, Box[]>, box: Box): void {
  for (const cell of cellsOf(box)) {
    const list = grid.get(cell);
    if (list) list.push(box);
    else grid.set(cell, [box]);
  }
}

/**
 * The discs by grid cell, in flat arrays (a view of 10,000 nodes made 10,000 small lists and as
 * many map entries each frame): the cells of the discs' bounding rectangle, each cell's discs
 * at cellStart[c] .. cellStart[c + 1] of `members`. Cells outside it hold no disc.
 */
function discGrid(obstacles: readonly (Box & { id: string })[]): {
  covers(box: Box, own: string): boolean;
} {
  const n = obstacles.length;
  if (n === 0) return { covers: () => false };
  let cx0 = Infinity;
  let cy0 = Infinity;
  let cx1 = -Infinity;
  let cy1 = -Infinity;
  const span = new Int32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const o = obstacles[i]!;
    const [x0, x1] = cellRange(o.x, o.w);
    const [y0, y1] = cellRange(o.y, o.h);
    span.set([x0, x1, y0, y1], 4 * i);
    if (x0 < cx0) cx0 = x0;
    if (y0 < cy0) cy0 = y0;
    if (x1 > cx1) cx1 = x1;
    if (y1 > cy1) cy1 = y1;
  }
  const columns = cx1 - cx0 + 1;
  const cells = columns * (cy1 - cy0 + 1);
  const cellStart = new Int32Array(cells + 1);
  const eachCell = (i: number, visit: (cell: number) => void) => {
    for (let x = span[4 * i]!; x <= span[4 * i + 1]!; x++)
      for (let y = span[4 * i + 2]!; y <= span[4 * i + 3]!; y++)
        visit((y - cy0) * columns + (x - cx0));
  };
  for (let i = 0; i < n; i++) eachCell(i, (cell) => cellStart[cell + 1]!++);
  for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
  const filled = cellStart.slice(0, cells);
  const members = new Int32Array(cellStart[cells]!);
  for (let i = 0; i < n; i++) eachCell(i, (cell) => (members[filled[cell]!++] = i));
  return {
    covers(box, own) {
      const [x0, x1] = cellRange(box.x, box.w);
      const [y0, y1] = cellRange(box.y, box.h);
      for (let x = Math.max(x0, cx0); x <= Math.min(x1, cx1); x++)
        for (let y = Math.max(y0, cy0); y <= Math.min(y1, cy1); y++) {
          const cell = (y - cy0) * columns + (x - cx0);
          for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
            const o = obstacles[members[k]!]!;
            if (o.id !== own && overlaps(box, o)) return true;
          }
        }
      return false;
    },
  };
}
