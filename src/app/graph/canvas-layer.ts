import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';

/** The node type sigma is given for a network whose nodes the node layer draws. */
export const LAYER_NODE_TYPE = 'node-layer';

/**
 * Runs `draw` after every sigma render: at once while sigma draws the nodes itself (a layer
 * keeps step with its WebGL canvases), in a later animation frame while the node layer draws
 * them (sigma then draws nothing itself, and the task of a render stays short: a new network's
 * first render already takes long). Renders before that frame are drawn once. `rendered` runs
 * at once either way.
 *
 * The layers of one sigma wait in one queue (see `layerFrames`), each in a layerFrame of its
 * own, in the order of `order` — so the node layer's setup, the label placement and the tie
 * layer's setup, each tens of milliseconds on a large network, never share a frame with each
 * other or with the layers' slices, whichever renders queued them.
 */
export function afterEachRender(
  sigma: Sigma<DisplayNode, DisplayEdge>,
  draw: () => void,
  rendered: () => void = () => {},
  /** The layer's place in the queue: a layer of much work after the others, not with them. */
  order = 1,
): void {
  const queue = layerFrames(sigma);
  sigma.on('afterRender', () => {
    rendered();
    if (sigma.getSetting('defaultNodeType') !== LAYER_NODE_TYPE) {
      queue.cancel(draw);
      draw();
    } else queue.add(draw, order);
  });
}

/**
 * Milliseconds of a frame (from the frame's time) after which more layer work waits for the
 * next frame.
 */
const FRAME_SHARE_MS = 4;

/** The frame whose callbacks run now, and the milliseconds of layer work done in it. */
let frame = { time: -1, spent: 0 };
/** When the last sigma render of a large network ended, and how long it took. */
let lastRender = { end: -Infinity, took: 0 };

/**
 * requestAnimationFrame for the layers' work: a frame's callbacks all run in one task, so the
 * layers' pieces (the node layer's setup and slices, the label placement, the tie layer's
 * setup and slices) would add up in it. A piece runs while the layer work done in its frame is
 * under FRAME_SHARE_MS, else it waits for the next frame; the first piece of a frame that a
 * long sigma render filled waits too — at most twice, so a render in every frame (a layout
 * moving the nodes) never starves the layers. Returns its cancel.
 */
export function layerFrame(work: () => void): () => void {
  let id = 0;
  let waited = 0;
  let pending = true;
  pendingWork++;
  const tick = (time: number) => {
    if (frame.time !== time) frame = { time, spent: 0 };
    const rendered = lastRender.end > time && lastRender.took > FRAME_SHARE_MS;
    if (frame.spent > FRAME_SHARE_MS || (frame.spent === 0 && rendered && waited < 2)) {
      waited++;
      id = requestAnimationFrame(tick);
      return;
    }
    pending = false;
    pendingWork--;
    const began = performance.now();
    try {
      work();
    } finally {
      // Never nothing: a piece that ran counts, however quick.
      frame.spent += Math.max(0.001, performance.now() - began);
    }
  };
  id = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(id);
    if (pending) pendingWork--;
    pending = false;
  };
}

/** Pieces of layer work asked for and not yet run or cancelled, over every sigma. */
let pendingWork = 0;

/**
 * Whether any layer still has work waiting for a frame (a large network's node, label and tie
 * layers draw in slices for a second or more after sigma's last render).
 */
export function layerWorkPending(): boolean {
  return pendingWork > 0;
}

/** Notes how long each render of this sigma takes, for layerFrame, and counts them. */
function timeRenders(sigma: Sigma<DisplayNode, DisplayEdge>): void {
  let began = 0;
  renderCounts.set(sigma, 0);
  sigma.on('beforeRender', () => (began = performance.now()));
  sigma.on('afterRender', () => {
    const end = performance.now();
    lastRender = { end, took: end - began };
    renderCounts.set(sigma, renderCounts.get(sigma)! + 1);
  });
}

/** Renders of each sigma with layers so far. */
const renderCounts = new WeakMap<object, number>();

/** The shown (not hidden) nodes of a view in the graph's order, and where each is drawn. */
export interface ViewNodes {
  ids: readonly string[];
  drawn: readonly NodeDisplayData[];
  /** Viewport x, y and drawn radius, by the same index. */
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

const viewNodes = new WeakMap<object, { render: number; nodes: ViewNodes }>();

/** Keeps where the node layer found every shown node, for the view of the last render. */
export function keepViewNodes(sigma: Sigma<DisplayNode, DisplayEdge>, nodes: ViewNodes): void {
  viewNodes.set(sigma, { render: renderCounts.get(sigma) ?? -1, nodes });
}

/**
 * Where every shown node is in the view of the last render, if the node layer has walked them
 * since (a large network's 10,000 nodes are then walked once for both layers), else null.
 */
export function lastViewNodes(sigma: Sigma<DisplayNode, DisplayEdge>): ViewNodes | null {
  const kept = viewNodes.get(sigma);
  const render = renderCounts.get(sigma);
  return kept && render !== undefined && kept.render === render ? kept.nodes : null;
}

interface LayerQueue {
  add(draw: () => void, order: number): void;
  cancel(draw: () => void): void;
}

const queues = new WeakMap<object, LayerQueue>();

/**
 * The queue of layer drawings of one sigma (see afterEachRender): each runs in a layerFrame of
 * its own, the first waiting in the order of `order` first.
 */
function layerFrames(sigma: Sigma<DisplayNode, DisplayEdge>): LayerQueue {
  const known = queues.get(sigma);
  if (known) return known;
  timeRenders(sigma);
  const waiting = new Map<() => void, number>();
  let cancel: (() => void) | null = null;
  const run = () => {
    cancel = null;
    let next: (() => void) | null = null;
    let first = Infinity;
    for (const [draw, order] of waiting)
      if (order < first) {
        first = order;
        next = draw;
      }
    if (!next) return;
    waiting.delete(next);
    next();
    if (waiting.size > 0) cancel = layerFrame(run);
  };
  const queue: LayerQueue = {
    add(draw, order) {
      if (!waiting.has(draw)) waiting.set(draw, order);
      cancel ??= layerFrame(run);
    },
    cancel(draw) {
      waiting.delete(draw);
    },
  };
  sigma.on('kill', () => {
    cancel?.();
    waiting.clear();
  });
  queues.set(sigma, queue);
  return queue;
}

/** Where among sigma's layers a canvas goes. */
export type LayerPlace = { beforeLayer: string } | { afterLayer: string };

/**
 * A 2D canvas among sigma's layers, painted after every sigma render so it follows the camera:
 * sized to the stage at the device's pixel ratio and cleared before each `paint`, which draws
 * in viewport pixels. While `empty` says there is nothing to paint, a canvas already clear is
 * left as it is: a canvas changed in a frame is handed to the compositor again (in software,
 * the whole bitmap), and the empty layers would be cleared on every render of a large network.
 */
export function attachCanvasLayer(
  sigma: Sigma<DisplayNode, DisplayEdge>,
  id: string,
  place: LayerPlace,
  paint: (context: CanvasRenderingContext2D, width: number, height: number) => void,
  options: { order?: number; empty?: () => boolean } = {},
): { repaintNextFrame(): void } {
  const canvas = sigma.createCanvas(id, place);
  const context = canvas.getContext('2d')!;
  let clear = true;
  let again: (() => void) | null = null;
  const draw = () => {
    again?.();
    again = null;
    if (options.empty?.()) {
      if (!clear) clearToStage(sigma, context);
      clear = true;
      return;
    }
    const { width, height } = clearToStage(sigma, context);
    clear = false;
    paint(context, width, height);
  };
  afterEachRender(sigma, draw, undefined, options.order);
  sigma.on('kill', () => again?.());
  return {
    /** Paints this layer again in a coming frame (without a sigma render). */
    repaintNextFrame() {
      again ??= layerFrame(draw);
    },
  };
}

/**
 * Sizes a layer's canvas to the stage at the device's pixel ratio and clears it, leaving the
 * context drawing in viewport pixels; returns the stage's size and the ratio.
 */
export function clearToStage(
  sigma: Sigma<DisplayNode, DisplayEdge>,
  context: CanvasRenderingContext2D,
): { width: number; height: number; ratio: number } {
  const { canvas } = context;
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return { width, height, ratio };
}

/** Reads sigma's display data as its reducers left it. */
export interface DisplayData {
  node(key: string): NodeDisplayData | undefined;
  edge(key: string): EdgeDisplayData | undefined;
}

/**
 * Sigma's display data read in place, for the layers that walk every node or tie each pass:
 * `getNodeDisplayData` copies the record, and a pass of a large network's tie layer asked for
 * 100,000 of them. Read only; sigma's own getters if its caches are not where they were.
 */
export function displayData(sigma: Sigma<DisplayNode, DisplayEdge>): DisplayData {
  const caches = sigma as unknown as {
    nodeDataCache?: Record<string, NodeDisplayData>;
    edgeDataCache?: Record<string, EdgeDisplayData>;
  };
  // Sigma keeps the records in plain objects keyed by id: only an own entry is one (an id such
  // as "__proto__" is not), anything else goes through sigma's getter.
  const own = <T>(cache: Record<string, T> | undefined, key: string): cache is Record<string, T> =>
    typeof cache === 'object' && Object.hasOwn(cache, key);
  return {
    node: (key) =>
      own(caches.nodeDataCache, key) ? caches.nodeDataCache[key] : sigma.getNodeDisplayData(key),
    edge: (key) =>
      own(caches.edgeDataCache, key) ? caches.edgeDataCache[key] : sigma.getEdgeDisplayData(key),
  };
}

/** Sigma's `framedGraphToViewport` as numbers: a point's viewport x and y, no object per point. */
export interface ViewportMap {
  x(graphX: number, graphY: number): number;
  y(graphX: number, graphY: number): number;
}

/**
 * Sigma's framed-graph-to-viewport mapping as the camera has it now. It is affine (sigma's
 * matrix, then the viewport's scale), so three points fix it: a layer's pass over 10,000 nodes
 * or 50,000 ties maps each without the two objects sigma's method makes per call.
 */
export function viewportMap(sigma: Sigma<DisplayNode, DisplayEdge>): ViewportMap {
  const o = sigma.framedGraphToViewport({ x: 0, y: 0 });
  const ex = sigma.framedGraphToViewport({ x: 1, y: 0 });
  const ey = sigma.framedGraphToViewport({ x: 0, y: 1 });
  const a = ex.x - o.x;
  const b = ex.y - o.y;
  const c = ey.x - o.x;
  const d = ey.y - o.y;
  return { x: (x, y) => a * x + c * y + o.x, y: (x, y) => b * x + d * y + o.y };
}
