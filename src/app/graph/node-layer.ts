import type Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { Coordinates, NodeDisplayData } from 'sigma/types';
import { afterEachRender, clearToStage, displayData, LAYER_NODE_TYPE } from './canvas-layer.ts';
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

/** Nodes drawn per frame. */
const FRAME_BUDGET = 1_500;

/**
 * Keeps sigma's per-node display data (reducers, labels, export) but draws nothing itself,
 * neither the nodes nor sigma's picking image of them, nor a hovered node.
 */
export class NodeLayerProgram extends NodeCircleProgram<DisplayNode, DisplayEdge> {
  override processVisibleItem(): void {}
  override render(): void {}
}

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
  let frame = 0;
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

  const start = () => {
    pass++;
    cancelAnimationFrame(frame);
    clearToStage(sigma, context);
    clearToStage(sigma, hovers);
    const graph = sigma.getGraph();
    if (!on() || graph.order === 0) {
      keys = [];
      complete = true;
      return;
    }
    complete = false;
    // Where every shown node is, at once, so the pointer finds it before its slice is drawn.
    const shown: { node: string; d: Drawn; x: number; y: number; r: number }[] = [];
    const levels = new Map<number, number[]>();
    const top: number[] = [];
    const hovered = (sigma as unknown as { hoveredNode: string | null }).hoveredNode;
    graph.forEachNode((node) => {
      const d = data.node(node) as Drawn | undefined;
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const i = shown.push({ node, d, x: p.x, y: p.y, r: sigma.scaleSize(d.size) }) - 1;
      if (node === hovered) top.unshift(i);
      else if (d.highlighted) top.push(i);
      let level = levels.get(d.zIndex);
      if (!level) levels.set(d.zIndex, (level = []));
      level.push(i);
    });
    // Sigma's order: by z-index, then the graph's order.
    const order = [...levels.keys()].sort((a, b) => a - b).flatMap((z) => levels.get(z)!);
    keys = order.map((i) => shown[i]!.node);
    xs = Float64Array.from(order, (i) => shown[i]!.x);
    ys = Float64Array.from(order, (i) => shown[i]!.y);
    rs = Float64Array.from(order, (i) => shown[i]!.r);
    // The hovered node and the highlighted (selected) ones, over sigma's hover boxes.
    for (const i of top) disc(hovers, shown[i]!.d, shown[i]!.x, shown[i]!.y, shown[i]!.r);
    const mine = pass;
    let next = 0;
    const slice = () => {
      if (mine !== pass) return;
      const end = Math.min(order.length, next + FRAME_BUDGET);
      for (; next < end; next++) {
        const { d, x, y, r } = shown[order[next]!]!;
        disc(context, d, x, y, r);
      }
      if (next < order.length) frame = requestAnimationFrame(slice);
      else complete = true;
    };
    slice();
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
  sigma.on('kill', () => cancelAnimationFrame(frame));
  return { drawn: () => keys, complete: () => complete };
}
