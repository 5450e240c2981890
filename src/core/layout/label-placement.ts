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

/**
 * Boxes that labels keep off (node discs), as parallel lists: a view's 10,000 discs are made
 * every frame, and an object for each was garbage to collect.
 */
export interface Obstacles {
  ids: string[];
  x: number[];
  y: number[];
  w: number[];
  h: number[];
}

export function emptyObstacles(): Obstacles {
  return { ids: [], x: [], y: [], w: [], h: [] };
}

export function addObstacle(o: Obstacles, id: string, box: Box): void {
  o.ids.push(id);
  o.x.push(box.x);
  o.y.push(box.y);
  o.w.push(box.w);
  o.h.push(box.h);
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
  obstacles: Obstacles | readonly (Box & { id: string })[] = [],
): PlacedLabel[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<number, Box[]>();
  const discs = discGrid(Array.isArray(obstacles) ? listed(obstacles) : (obstacles as Obstacles));
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

function cellsOf(b: Box): number[] {
  const out: number[] = [];
  const x0 = firstCell(b.x);
  const x1 = lastCell(b.x, b.w);
  const y0 = firstCell(b.y);
  const y1 = lastCell(b.y, b.h);
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

function listed(boxes: readonly (Box & { id: string })[]): Obstacles {
  const o = emptyObstacles();
  for (const b of boxes) addObstacle(o, b.id, b);
  return o;
}

/** The first cell along one axis that a span (with PAD around it) touches. */
function firstCell(from: number): number {
  return Math.floor((from - PAD) / CELL);
}

/** The last cell along one axis that a span (with PAD around it) touches. */
function lastCell(from: number, length: number): number {
  return Math.floor((from + length + PAD) / CELL);
}

/**
 * The discs by grid cell, in flat arrays (a view of 10,000 nodes made 10,000 small lists and as
 * many map entries each frame): the cells of the discs' bounding rectangle, each cell's discs
 * at cellStart[c] .. cellStart[c + 1] of `members`. Cells outside it hold no disc.
 */
function discGrid({ ids, x, y, w, h }: Obstacles): { covers(box: Box, own: string): boolean } {
  const n = ids.length;
  if (n === 0) return { covers: () => false };
  let cx0 = Infinity;
  let cy0 = Infinity;
  let cx1 = -Infinity;
  let cy1 = -Infinity;
  for (let i = 0; i < n; i++) {
    cx0 = Math.min(cx0, firstCell(x[i]!));
    cy0 = Math.min(cy0, firstCell(y[i]!));
    cx1 = Math.max(cx1, lastCell(x[i]!, w[i]!));
    cy1 = Math.max(cy1, lastCell(y[i]!, h[i]!));
  }
  // Discs with no place (NaN) touch no cell.
  if (!(cx0 <= cx1 && cy0 <= cy1)) return { covers: () => false };
  const columns = cx1 - cx0 + 1;
  const cells = columns * (cy1 - cy0 + 1);
  const cellStart = new Int32Array(cells + 1);
  let members = new Int32Array(0);
  for (let pass = 0; pass < 2; pass++) {
    // Counted first, then filed: each cell's discs in the order given.
    const filled = pass === 1 ? cellStart.slice(0, cells) : null;
    for (let i = 0; i < n; i++) {
      const x1 = lastCell(x[i]!, w[i]!);
      const y0 = firstCell(y[i]!);
      const y1 = lastCell(y[i]!, h[i]!);
      for (let cx = firstCell(x[i]!); cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const cell = (cy - cy0) * columns + (cx - cx0);
          if (filled) members[filled[cell]!++] = i;
          else cellStart[cell + 1]!++;
        }
    }
    if (pass === 0) {
      for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
      members = new Int32Array(cellStart[cells]!);
    }
  }
  return {
    covers(box, own) {
      const x1 = Math.min(lastCell(box.x, box.w), cx1);
      const y0 = Math.max(firstCell(box.y), cy0);
      const y1 = Math.min(lastCell(box.y, box.h), cy1);
      for (let cx = Math.max(firstCell(box.x), cx0); cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const cell = (cy - cy0) * columns + (cx - cx0);
          for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
            const i = members[k]!;
            if (
              ids[i] !== own &&
              box.x < x[i]! + w[i]! &&
              x[i]! < box.x + box.w &&
              box.y < y[i]! + h[i]! &&
              y[i]! < box.y + box.h
            )
              return true;
          }
        }
      return false;
    },
  };
}
