import type Sigma from 'sigma';
import { afterEachRender, clearToStage, displayData } from './canvas-layer.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';

type LayerSigma = Sigma<DisplayNode, DisplayEdge>;

/**
 * Networks with more ties than this have them drawn by the tie layer below instead of by
 * sigma's WebGL programs. Where WebGL is drawn in software (no GPU: virtual machines, remote
 * desktops, headless browsers), every frame of 50,000 ties kept the page busy for seconds;
 * as 1-pixel lines on a 2D canvas, drawn a slice per frame, no frame takes long.
 */
export const LAYER_TIES_FROM = 20_000;

/** The edge type sigma is given for a network whose ties the layer draws. */
export const LAYER_EDGE_TYPE = 'tie-layer';

/** Work per frame: a drawn tie counts 1, a hidden one (reducer says so) a tenth. */
const FRAME_BUDGET = 4_000;

/** Sigma's settings for a network of this size: which program draws its ties. */
export function edgeSettings(graph: DisplayGraph): { defaultEdgeType: string } {
  return { defaultEdgeType: graph.size > LAYER_TIES_FROM ? LAYER_EDGE_TYPE : 'line' };
}

export interface EdgeLayer {
  /** Ties drawn by the last complete pass (for the tests). */
  drawn(): number;
  /** Whether the last pass is complete. */
  complete(): boolean;
}

/**
 * A 2D canvas in place of sigma's edge layer for large networks: after every sigma render it
 * redraws the ties, as sigma's reducers left them (colour, hidden, emphasis), a slice per
 * animation frame. Ordinary ties are 1-pixel lines (the fast path of any 2D canvas);
 * emphasised ones (a hovered or selected node's, a focused finding's) keep their width and are
 * drawn last, over the others.
 */
export function attachEdgeLayer(sigma: LayerSigma): EdgeLayer {
  const canvas = sigma.createCanvas('tie-layer', { afterLayer: 'edges' });
  const context = canvas.getContext('2d')!;
  let pass = 0;
  let frame = 0;
  let drawn = 0;
  let complete = true;
  /** The graph's ties as an array, remade when the graph or its ties change. */
  let ties: { graph: DisplayGraph; keys: string[]; sources: string[]; targets: string[] } | null =
    null;
  const data = displayData(sigma);
  const forget = () => (ties = null);

  const tiesOf = (graph: DisplayGraph) => {
    if (ties?.graph !== graph) {
      if (ties) for (const event of CHANGES) ties.graph.off(event, forget);
      for (const event of CHANGES) graph.on(event, forget);
      const made = {
        graph,
        keys: [] as string[],
        sources: [] as string[],
        targets: [] as string[],
      };
      graph.forEachEdge((key, _attr, source, target) => {
        made.keys.push(key);
        made.sources.push(source);
        made.targets.push(target);
      });
      ties = made;
    }
    return ties;
  };

  const start = () => {
    pass++;
    cancelAnimationFrame(frame);
    const { ratio } = clearToStage(sigma, context);
    const graph = sigma.getGraph();
    if (sigma.getSetting('defaultEdgeType') !== LAYER_EDGE_TYPE || graph.size === 0) {
      drawn = 0;
      complete = true;
      return;
    }
    complete = false;
    const { keys, sources, targets } = tiesOf(graph);
    const emphasised: number[] = [];
    const mine = pass;
    let next = 0;
    let count = 0;
    const line = (i: number): boolean => {
      const d = data.edge(keys[i]!);
      if (!d || d.hidden) return false;
      const a = data.node(sources[i]!);
      const b = data.node(targets[i]!);
      if (!a || !b || a.hidden || b.hidden) return false;
      const p = sigma.framedGraphToViewport(a);
      const q = sigma.framedGraphToViewport(b);
      context.moveTo(p.x, p.y);
      context.lineTo(q.x, q.y);
      return true;
    };
    const slice = () => {
      if (mine !== pass) return;
      let work = 0;
      let colour = '';
      context.lineWidth = 1 / ratio;
      context.beginPath();
      while (next < keys.length && work < FRAME_BUDGET) {
        const i = next++;
        const d = data.edge(keys[i]!);
        if (!d || d.hidden) {
          work += 0.1;
          continue;
        }
        if (d.zIndex > 0) {
          emphasised.push(i);
          continue;
        }
        if (d.color !== colour) {
          context.stroke();
          context.beginPath();
          colour = d.color;
          context.strokeStyle = colour;
        }
        if (line(i)) count++;
        work++;
      }
      context.stroke();
      if (next < keys.length) {
        frame = requestAnimationFrame(slice);
        return;
      }
      for (const i of emphasised) {
        const d = data.edge(keys[i]!)!;
        context.beginPath();
        context.strokeStyle = d.color;
        context.lineWidth = Math.max(1 / ratio, d.size);
        if (line(i)) count++;
        context.stroke();
      }
      drawn = count;
      complete = true;
    };
    slice();
  };

  // A frame after the nodes and labels, so the first frame of a new network's is not all three.
  afterEachRender(sigma, start, () => (complete = false), 2);
  sigma.on('kill', () => cancelAnimationFrame(frame));
  return { drawn: () => drawn, complete: () => complete };
}

const CHANGES = ['edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;
