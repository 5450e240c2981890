import type Sigma from 'sigma';
import type { CameraState, Coordinates, NodeDisplayData } from 'sigma/types';
import {
  afterEachRender,
  clearToStage,
  displayData,
  keepViewNodes,
  LAYER_NODE_TYPE,
  layerFrame,
  viewportMap,
} from './canvas-layer.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';

type LayerSigma = Sigma<DisplayNode, DisplayEdge>;

/**
 * Networks with more nodes than this have them drawn by the node layer below instead of by
 * sigma's WebGL program. Where WebGL is drawn in software (no GPU), one frame of 10,000
 * bordered nodes took a third of a second, and the compositor waited for it in one task; as
 * discs on a 2D canvas, drawn a slice per frame, no frame takes long. Measured (bench:app,
 * loaded machine): swapping in 2,000 nodes / 10,000 ties had tasks of up to 446 ms with the
 * WebGL program and 357 ms with the layer; 3,000 / 15,000: 835 and 590 ms (the rest is the
 * WebGL ties below the tie layer's threshold); 1,000 / 5,000 with the layer: 270 ms.
 */
export const LAYER_NODES_FROM = 2_000;

export { LAYER_NODE_TYPE };

/** The node type sigma's own WebGL program draws (also in images). */
export const WEBGL_NODE_TYPE = 'bordered';

/**
 * Nodes drawn per frame: a disc (and its ring) filled on a 2D canvas in software takes some
 * 10–20 µs, and a frame of 1,500 took 35 ms on a loaded machine.
 */
const FRAME_BUDGET = 600;

/** Sigma's settings for a network of this size: which program draws its nodes. */
export function nodeSettings(graph: DisplayGraph): { defaultNodeType: string } {
  return { defaultNodeType: graph.order > LAYER_NODES_FROM ? LAYER_NODE_TYPE : WEBGL_NODE_TYPE };
}

/** What sigma's display data holds for a node as the node-border program reads it. */
type Drawn = NodeDisplayData & { borderSize?: number; borderColor?: string };

export interface NodeLayer {
  /** The nodes drawn by the last complete pass, in drawing order (for the tests). */
  drawn(): readonly string[];
  /** Whether the last pass is complete. */
  complete(): boolean;
}

/**
 * A 2D canvas in place of sigma's node program for large networks: after every sigma render it
 * redraws the nodes as sigma's reducers left them (colour, size, ring, hidden, z-order), a
 * slice per animation frame; hovered and highlighted nodes go on a canvas of their own above
 * sigma's hover boxes, as sigma draws them. Sigma finds the node under the pointer in its WebGL
 * picking image, which the layer does not draw: the layer answers instead, from the discs it
 * drew.
 */
export function attachNodeLayer(sigma: LayerSigma): NodeLayer {
  const context = sigma.createCanvas('node-layer', { afterLayer: 'nodes' }).getContext('2d')!;
  const hovers = sigma
    .createCanvas('node-layer-hovers', { afterLayer: 'hovers' })
    .getContext('2d')!;
  const data = displayData(sigma);
  let pass = 0;
  let cancelFrame = () => {};
  let complete = true;
  /** The discs of this pass, in drawing order: what the pointer can find. */
  let keys: string[] = [];
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let rs = new Float64Array(0);

  const on = () => sigma.getSetting('defaultNodeType') === LAYER_NODE_TYPE;

  const disc = (target: CanvasRenderingContext2D, d: Drawn, x: number, y: number, r: number) => {
    // As the node-border shader: the ring is a share of the radius and not drawn when a pixel
    // or less; the fill keeps its place inside it; the outer two pixels fade out.
    const ring = (d.borderSize ?? 0) * r;
    if (ring > 1) {
      target.fillStyle = d.borderColor ?? '#000';
      target.beginPath();
      target.arc(x, y, Math.max(0.5, r - 1), 0, 2 * Math.PI);
      target.fill();
    }
    target.fillStyle = d.color;
    target.beginPath();
    target.arc(x, y, Math.max(0.5, r - ring - 1), 0, 2 * Math.PI);
    target.fill();
  };

  /**
   * The last complete drawing and the view it was drawn for. While the next one is drawn (on
   * a canvas off the page), it is shown moved and scaled to the camera: a dragged or zoomed
   * network keeps all its nodes in every frame, not only the first slice of each.
   */
  const back = document.createElement('canvas').getContext('2d')!;
  const last = document.createElement('canvas').getContext('2d')!;
  let shot: {
    graph: DisplayGraph;
    camera: CameraState;
    width: number;
    height: number;
  } | null = null;

  /** Draws the last complete drawing where the camera puts it now; false if there is none. */
  const showLast = (graph: DisplayGraph, width: number, height: number, ratio: number) => {
    if (!shot || shot.graph !== graph || shot.width !== width || shot.height !== height)
      return false;
    const corner = { x: 0, y: 0 };
    const far = { x: 1, y: 1 };
    const a0 = sigma.framedGraphToViewport(corner, { cameraState: shot.camera });
    const a1 = sigma.framedGraphToViewport(far, { cameraState: shot.camera });
    const b0 = sigma.framedGraphToViewport(corner);
    const b1 = sigma.framedGraphToViewport(far);
    const sx = (b1.x - b0.x) / (a1.x - a0.x);
    const sy = (b1.y - b0.y) / (a1.y - a0.y);
    if (!Number.isFinite(sx) || !Number.isFinite(sy)) return false;
    context.save();
    context.setTransform(
      ratio * sx,
      0,
      0,
      ratio * sy,
      ratio * (b0.x - sx * a0.x),
      ratio * (b0.y - sy * a0.y),
    );
    context.drawImage(last.canvas, 0, 0, width, height);
    context.restore();
    return true;
  };

  /** Keeps a complete drawing (on `from`) as the one to show while the next is drawn. */
  const keep = (
    from: CanvasRenderingContext2D,
    graph: DisplayGraph,
    width: number,
    height: number,
  ) => {
    last.canvas.width = from.canvas.width;
    last.canvas.height = from.canvas.height;
    last.drawImage(from.canvas, 0, 0);
    shot = { graph, camera: sigma.getCamera().getState(), width, height };
  };

  /**
   * Clears the hover canvas for the next drawing, unless it is clear and stays so (a canvas
   * changed in a frame is composited again: in software, its whole bitmap).
   */
  let hoversDrawn = true;
  const clearHovers = (drawing: boolean) => {
    if (hoversDrawn || drawing) clearToStage(sigma, hovers);
    hoversDrawn = drawing;
  };

  const start = () => {
    pass++;
    cancelFrame();
    const { width, height, ratio } = clearToStage(sigma, context);
    const graph = sigma.getGraph();
    if (!on() || graph.order === 0) {
      clearHovers(false);
      keys = [];
      shot = null;
      complete = true;
      return;
    }
    complete = false;
    // With a drawing to show meanwhile, the new one is drawn off the page and shown complete.
    const buffered = showLast(graph, width, height, ratio);
    const target = buffered ? back : context;
    if (buffered) clearToStage(sigma, back);
    // Where every shown node is, at once, so the pointer finds it before its slice is drawn:
    // in arrays by the order of the graph (no object per node), then in drawing order.
    const n = graph.order;
    const ids: string[] = [];
    const drawn: Drawn[] = [];
    const px = new Float64Array(n);
    const py = new Float64Array(n);
    const pr = new Float64Array(n);
    const z = new Float64Array(n);
    let sorted = true;
    const top: number[] = [];
    const hovered = (sigma as unknown as { hoveredNode: string | null }).hoveredNode;
    const view = viewportMap(sigma);
    const scale = sigma.scaleSize(1);
    graph.forEachNode((node) => {
      const d = data.node(node) as Drawn | undefined;
      if (!d || d.hidden) return;
      const i = ids.length;
      ids.push(node);
      drawn.push(d);
      px[i] = view.x(d.x, d.y);
      py[i] = view.y(d.x, d.y);
      pr[i] = d.size * scale;
      z[i] = d.zIndex;
      if (i > 0 && z[i]! < z[i - 1]!) sorted = false;
      if (node === hovered) top.unshift(i);
      else if (d.highlighted) top.push(i);
    });
    const count = ids.length;
    keepViewNodes(sigma, { ids, drawn, x: px, y: py, r: pr });
    // Sigma's order: by z-index, then the graph's order (a stable sort).
    const order = Uint32Array.from({ length: count }, (_, i) => i);
    if (!sorted) order.sort((a, b) => z[a]! - z[b]! || a - b);
    keys = Array.from(order, (i) => ids[i]!);
    xs = Float64Array.from(order, (i) => px[i]!);
    ys = Float64Array.from(order, (i) => py[i]!);
    rs = Float64Array.from(order, (i) => pr[i]!);
    // The hovered node and the highlighted (selected) ones, over sigma's hover boxes.
    clearHovers(top.length > 0);
    for (const i of top) disc(hovers, drawn[i]!, px[i]!, py[i]!, pr[i]!);
    const mine = pass;
    let next = 0;
    const slice = () => {
      if (mine !== pass) return;
      const end = Math.min(count, next + FRAME_BUDGET);
      for (; next < end; next++) {
        const i = order[next]!;
        disc(target, drawn[i]!, px[i]!, py[i]!, pr[i]!);
      }
      if (next < count) {
        cancelFrame = layerFrame(slice);
        return;
      }
      if (buffered) {
        context.save();
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, context.canvas.width, context.canvas.height);
        context.drawImage(back.canvas, 0, 0);
        context.restore();
      }
      keep(target, graph, width, height);
      complete = true;
    };
    // The first slice in a frame of its own: this pass's setup filled this one.
    cancelFrame = layerFrame(slice);
  };

  /** The topmost node drawn under a point of the view, as sigma's picking would find it. */
  const pick = ({ x, y }: Coordinates): string | null => {
    for (let i = keys.length - 1; i >= 0; i--) {
      const dx = xs[i]! - x;
      const dy = ys[i]! - y;
      if (dx * dx + dy * dy <= rs[i]! * rs[i]!) return keys[i]!;
    }
    return null;
  };

  // Sigma's mouse and touch handlers ask this (a private method) for the node under the pointer.
  const picker = sigma as unknown as { getNodeAtPosition(position: Coordinates): string | null };
  const webgl = picker.getNodeAtPosition.bind(sigma);
  picker.getNodeAtPosition = (position) => (on() ? pick(position) : webgl(position));

  afterEachRender(sigma, start, () => (complete = false));
  sigma.on('kill', () => cancelFrame());
  return { drawn: () => keys, complete: () => complete };
}
