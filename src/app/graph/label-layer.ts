import type Sigma from 'sigma';
import { attachCanvasLayer, displayData, lastViewNodes, viewportMap } from './canvas-layer.ts';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';
import {
  addObstacle,
  emptyObstacles,
  placeLabels,
  type Box,
  type LabelCandidate,
  type Obstacles,
  type PlacedLabel,
} from '../../core/layout/label-placement.ts';

type LayerSigma = Sigma<DisplayNode, DisplayEdge>;

/** A name placed at a point of the graph (a county's arc), before any node label. */
export interface Annotation {
  x: number;
  y: number;
  text: string;
}

interface Drawn {
  label?: string | null;
  hidden?: boolean;
  forceLabel?: boolean;
  /** Faded behind a hovered or selected node and its partners (see renderer.ts). */
  faded?: boolean;
  size: number;
  x: number;
  y: number;
}

/**
 * More labels than this are never tried in one frame: a large network stays fluid. A view
 * holds a few hundred labels at most; the biggest nodes are tried first.
 */
const MAX_TRIED = 800;
const ANNOTATION_PRIORITY = 2e9;
/** The labels' place among a large network's layers after a render (see afterEachRender). */
const LABEL_ORDER = 2;
const FORCED_PRIORITY = 1e9;
/**
 * What floats over the graph, beside it in the graph view: the legend (or its button), the
 * change's legend, the demo marker, a shared link's notice.
 */
const FLOATING_PANELS = '.legend, .legend-toggle, .change-legend, .demo-marker, .link-notice';

export interface LabelStyle {
  size: number;
  weight: string;
  font: string;
  colour: string;
}

export function labelStyle(sigma: LayerSigma, scale = 1): LabelStyle {
  return {
    size: sigma.getSetting('labelSize') * scale,
    weight: String(sigma.getSetting('labelWeight')),
    font: sigma.getSetting('labelFont'),
    colour: sigma.getSetting('labelColor').color ?? '#000',
  };
}

const widths = new Map<string, number>();
let measureContext: CanvasRenderingContext2D | null = null;

/**
 * Measures of new names one frame may make: the first frame of a large network met 800 names
 * never measured (a third of its label placement); the rest are placed in the next frames.
 */
const NEW_MEASURES_PER_FRAME = 250;

/** How many new names a placement may still measure; `short` once one had to wait. */
interface MeasureBudget {
  left: number;
  short: boolean;
}

function measure(text: string, style: LabelStyle, budget?: MeasureBudget): number | undefined {
  const key = `${style.weight} ${style.size} ${style.font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (budget && budget.left <= 0) {
      budget.short = true;
      return undefined;
    }
    if (budget) budget.left--;
    measureContext ??= document.createElement('canvas').getContext('2d');
    if (!measureContext) return text.length * style.size * 0.6;
    measureContext.font = `${style.weight} ${style.size}px ${style.font}`;
    width = measureContext.measureText(text).width;
    // Names are few and repeat every frame; a bound keeps a long session's memory flat.
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** The nodes in view: those that may be labelled (largest first) and every disc drawn. */
export interface NodeScan {
  nodes: { id: string; d: Drawn; r: number; x: number; y: number }[];
  discs: Obstacles;
}

/** Walks every node once: where it is drawn in the view as sigma shows it now. */
function scanNodes(
  sigma: LayerSigma,
  scale: number,
  blocked: readonly Box[],
  /** Whether the node layer's walk of the view may serve (false: this walk is made anew). */
  reuse = true,
): NodeScan {
  const { width, height } = sigma.getDimensions();
  const threshold = sigma.getSetting('labelRenderedSizeThreshold');
  const nodes: NodeScan['nodes'] = [];
  // Every drawn node in view is an obstacle, labelled or not: a label never hides a node —
  // except a faded one, the background of a selection, which its partners' names may cover
  // (else the discs around a partner left no room for its name).
  const discs = emptyObstacles();
  for (const b of blocked) addObstacle(discs, '', b);
  const visit = (id: string, d: Drawn, px: number, py: number, r: number) => {
    const x = px * scale;
    const y = py * scale;
    const rs = r * scale;
    if (x < -rs || y < -rs || x > width * scale + rs || y > height * scale + rs) return;
    if (d.faded) return;
    discs.ids.push(id);
    discs.x.push(x - rs);
    discs.y.push(y - rs);
    discs.w.push(2 * rs);
    discs.h.push(2 * rs);
    if (!d.label || (!d.forceLabel && r < threshold)) return;
    if (px < -r || py < -r || px > width + r || py > height + r) return;
    nodes.push({ id, d, r, x: px, y: py });
  };
  // The node layer's walk of this same view, if it made one since the last render.
  const walked = scale === 1 && reuse ? lastViewNodes(sigma) : null;
  if (walked) {
    const { ids, drawn, x, y, r } = walked;
    for (let i = 0; i < ids.length; i++) visit(ids[i]!, drawn[i] as Drawn, x[i]!, y[i]!, r[i]!);
  } else {
    const data = displayData(sigma);
    const view = viewportMap(sigma);
    const sizeScale = sigma.scaleSize(1);
    sigma.getGraph().forEachNode((id) => {
      const d = data.node(id) as Drawn | undefined;
      if (!d || d.hidden) return;
      visit(id, d, view.x(d.x, d.y), view.y(d.x, d.y), d.size * sizeScale);
    });
  }
  return { nodes: largestFirst(nodes), discs };
}

/**
 * The MAX_TRIED nodes to try, forced labels first, then by drawn size (ties in scan order): as
 * sorting them all, but only those that can make the cut are sorted (a view of 10,000 nodes).
 */
function largestFirst(nodes: NodeScan['nodes']): NodeScan['nodes'] {
  let candidates = nodes;
  if (nodes.length > MAX_TRIED) {
    const sizes = Float64Array.from(nodes, (n) => (n.d.forceLabel ? Infinity : n.r)).sort();
    const cut = sizes[sizes.length - MAX_TRIED]!;
    candidates = nodes.filter((n) => n.d.forceLabel || n.r >= cut);
  }
  candidates.sort((a, b) => Number(!!b.d.forceLabel) - Number(!!a.d.forceLabel) || b.r - a.r);
  return candidates.slice(0, MAX_TRIED);
}

/**
 * Where every label goes in the view as sigma shows it now (`scale` times larger for an image):
 * county names first, then selected and hovered nodes, then nodes by drawn size.
 */
export function computeLabels(
  sigma: LayerSigma,
  annotations: readonly Annotation[],
  scale = 1,
  blocked: readonly Box[] = [],
  /** On screen: how many names not measured before may be measured (none kept: every one). */
  budget?: MeasureBudget,
  /** The scan of this same view, if made already (a frame placing names measured since). */
  scan: NodeScan = scanNodes(sigma, scale, blocked),
): PlacedLabel[] {
  const style = labelStyle(sigma, scale);
  const { width, height } = sigma.getDimensions();
  const candidates: LabelCandidate[] = [];
  for (const a of annotations) {
    const p = sigma.graphToViewport(a);
    candidates.push({
      id: `\u0000${a.text}`,
      text: a.text,
      x: p.x * scale,
      y: p.y * scale,
      r: 0,
      width: measure(a.text, style)!,
      size: style.size,
      priority: ANNOTATION_PRIORITY,
      at: Math.abs(a.x) < Math.abs(a.y) * 0.3 ? 'middle' : a.x > 0 ? 'start' : 'end',
    });
  }
  for (const n of scan.nodes) {
    const labelWidth = measure(n.d.label!, style, budget);
    // A name still to be measured waits for a later frame (the largest nodes are measured first).
    if (labelWidth === undefined) continue;
    candidates.push({
      id: n.id,
      text: n.d.label!,
      x: n.x * scale,
      y: n.y * scale,
      r: n.r * scale,
      width: labelWidth,
      size: style.size,
      priority: (n.d.forceLabel ? FORCED_PRIORITY : 0) + n.r,
    });
  }
  return placeLabels(candidates, { width: width * scale, height: height * scale }, scan.discs);
}

const layers = new WeakMap<LayerSigma, LabelLayer>();

/** The labels an image of this view carries: the same placement as on screen, at `scale`. */
export function labelsForImage(
  sigma: LayerSigma,
  scale: number,
  blocked: readonly Box[] = [],
): PlacedLabel[] {
  return computeLabels(sigma, layers.get(sigma)?.annotations() ?? [], scale, blocked);
}

export interface LabelLayer {
  setAnnotations(annotations: Annotation[]): void;
  annotations(): readonly Annotation[];
  /** The labels drawn in the last frame. */
  placed(): readonly PlacedLabel[];
}

/**
 * Draws the node labels itself, above the nodes, after every sigma render: sigma's own label grid
 * lets long names run into each other and over the canvas edge.
 */
export function attachLabelLayer(sigma: LayerSigma, container: HTMLElement): LabelLayer {
  let annotations: Annotation[] = [];
  let placed: PlacedLabel[] = [];
  /** Frames whose placement left names to measure in a later frame (for the tests). */
  let waited = 0;
  /** The scan of the view last rendered, while no other is. */
  let scan: (NodeScan & { panels: Box[] }) | null = null;
  let measuresPerFrame = NEW_MEASURES_PER_FRAME;
  sigma.on('afterRender', () => (scan = null));

  const layer = attachCanvasLayer(
    sigma,
    'placedLabels',
    { afterLayer: 'labels' },
    (context, width, height) => {
      const budget = { left: measuresPerFrame, short: false };
      // A frame placing the names measured since reuses the scan of the view (none rendered).
      if (width > 0 && height > 0) {
        const panels = panelsOver();
        if (!scan || JSON.stringify(panels) !== JSON.stringify(scan.panels))
          scan = { ...scanNodes(sigma, 1, panels), panels };
        placed = computeLabels(sigma, annotations, 1, [], budget, scan);
      } else placed = [];
      if (budget.short) {
        waited++;
        layer.repaintNextFrame();
      }
      const style = labelStyle(sigma);
      context.font = `${style.weight} ${style.size}px ${style.font}`;
      context.textAlign = 'left';
      context.textBaseline = 'alphabetic';
      // A white halo keeps each label readable over the edges behind it.
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
      for (const label of placed) {
        const annotation = label.id.startsWith('\u0000');
        context.strokeText(label.text, label.textX, label.baseline);
        context.fillStyle = annotation ? '#52606D' : style.colour;
        context.fillText(label.text, label.textX, label.baseline);
      }
    },
    // Where the node layer draws a large network, after the node layer's setup (a frame of its
    // own): the label placement of 10,000 nodes and that setup are each a task of their own.
    { order: LABEL_ORDER },
  );

  /** The legends, the demo marker and notices float over the graph: no label goes under them. */
  const panelsOver = (): Box[] => {
    const frame = container.getBoundingClientRect();
    return [...(container.parentElement?.querySelectorAll(FLOATING_PANELS) ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height };
    });
  };

  // The e2e tests measure the boxes as placed: a function on the element, not a global.
  Object.defineProperty(container, 'placedLabels', {
    value: () => placed,
    configurable: true,
  });
  // The same placement made at once, every name measured; and the frames that waited.
  Object.defineProperty(container, 'labelsAtOnce', {
    // Without a trace: the names it measures are forgotten again, so a frame still measuring
    // names after measureLabelsAgain is not spared its work by this look (a test asking
    // between frames made the layer's next frames find every name measured).
    value: () => {
      const known = new Set(widths.keys());
      // Its own walk of the nodes: the layer's frames reuse the node layer's.
      const panels = panelsOver();
      const own = scanNodes(sigma, 1, panels, false);
      const placed = computeLabels(sigma, annotations, 1, panels, undefined, own);
      for (const key of [...widths.keys()]) if (!known.has(key)) widths.delete(key);
      return { placed, waited };
    },
    configurable: true,
  });
  // Forgets every name's width and draws once more: the names are measured anew, `perFrame`
  // new ones a frame from now on.
  Object.defineProperty(container, 'measureLabelsAgain', {
    value: (perFrame: number) => {
      measuresPerFrame = perFrame;
      widths.clear();
      sigma.scheduleRender();
    },
    configurable: true,
  });
  const labelLayer: LabelLayer = {
    setAnnotations(next) {
      annotations = next;
      sigma.scheduleRender();
    },
    annotations: () => annotations,
    placed: () => placed,
  };
  layers.set(sigma, labelLayer);
  return labelLayer;
}
