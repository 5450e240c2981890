import type Sigma from 'sigma';
import {
  afterEachRender,
  clearToStage,
  displayData,
  layerFrame,
  viewportMap,
} from './canvas-layer.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';
import { shownTies, TIE_EVENTS } from './ties.ts';

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

/**
 * Work per frame: a drawn tie counts 1, a hidden one (reducer says so) a tenth, and asking a
 * tie's look (its first pass under a new look) half more.
 */
const FRAME_BUDGET = 4_000;
const ASK_COST = 0.5;

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

/** The tie layer's place among a large network's layers after a render: after the nodes and labels. */
const TIE_ORDER = 3;

/**
 * A 2D canvas in place of sigma's edge layer for large networks: after every sigma render it
 * redraws the ties as the renderer's tie reducer has them (colour, hidden, emphasis), a slice
 * per animation frame. Sigma does not hold these ties at all (see `withoutTies`): the layer
 * asks each tie's look as it reaches it, and keeps it until the look may have changed, so a
 * pan or zoom redraws without asking again. Ordinary ties are 1-pixel lines (the fast path of
 * any 2D canvas); emphasised ones (a hovered or selected node's, a focused finding's) keep
 * their width and are drawn last, over the others.
 */
export function attachEdgeLayer(sigma: LayerSigma): EdgeLayer {
  const canvas = sigma.createCanvas('tie-layer', { afterLayer: 'edges' });
  const context = canvas.getContext('2d')!;
  let pass = 0;
  let cancelFrame = () => {};
  let drawn = 0;
  let complete = true;
  /**
   * The graph's ties as arrays, remade when the graph or its ties change, with each tie's look
   * as last asked and the look version it was asked under.
   */
  let ties: {
    graph: DisplayGraph;
    keys: string[];
    sources: string[];
    targets: string[];
    asked: Uint32Array;
    hidden: Uint8Array;
    zIndex: Int8Array;
    size: Float32Array;
    colour: string[];
  } | null = null;
  const data = displayData(sigma);
  const forget = () => (ties = null);

  const tiesOf = (graph: DisplayGraph) => {
    if (ties?.graph !== graph) {
      if (ties) for (const event of CHANGES) ties.graph.off(event, forget);
      for (const event of CHANGES) graph.on(event, forget);
      const keys: string[] = [];
      const sources: string[] = [];
      const targets: string[] = [];
      graph.forEachEdge((key, _attr, source, target) => {
        keys.push(key);
        sources.push(source);
        targets.push(target);
      });
      const n = keys.length;
      ties = {
        graph,
        keys,
        sources,
        targets,
        // Version 0 is never current: every look is asked on the first pass.
        asked: new Uint32Array(n),
        hidden: new Uint8Array(n),
        zIndex: new Int8Array(n),
        size: new Float32Array(n),
        colour: new Array<string>(n).fill(''),
      };
    }
    return ties;
  };

  const start = () => {
    pass++;
    cancelFrame();
    const { ratio } = clearToStage(sigma, context);
    // The whole display graph: sigma's own holds the nodes only.
    const shown = shownTies(sigma);
    const graph = shown.graph();
    if (sigma.getSetting('defaultEdgeType') !== LAYER_EDGE_TYPE || graph.size === 0) {
      drawn = 0;
      complete = true;
      return;
    }
    complete = false;
    const { keys, sources, targets, asked, hidden, zIndex, size, colour } = tiesOf(graph);
    const version = shown.version() + 1;
    /** Asks a tie's look unless it was asked under this version; false if it is hidden. */
    const look = (i: number): boolean => {
      if (asked[i] !== version) {
        const d = shown.look(keys[i]!);
        asked[i] = version;
        hidden[i] = !d || d.hidden ? 1 : 0;
        if (d) {
          zIndex[i] = d.zIndex > 0 ? 1 : 0;
          size[i] = d.size;
          colour[i] = d.color;
        }
      }
      return hidden[i] === 0;
    };
    const view = viewportMap(sigma);
    const emphasised: number[] = [];
    const mine = pass;
    let next = 0;
    let count = 0;
    const line = (i: number): boolean => {
      const a = data.node(sources[i]!);
      const b = data.node(targets[i]!);
      if (!a || !b || a.hidden || b.hidden) return false;
      context.moveTo(view.x(a.x, a.y), view.y(a.x, a.y));
      context.lineTo(view.x(b.x, b.y), view.y(b.x, b.y));
      return true;
    };
    const slice = () => {
      if (mine !== pass) return;
      let work = 0;
      let stroke = '';
      context.lineWidth = 1 / ratio;
      context.beginPath();
      while (next < keys.length && work < FRAME_BUDGET) {
        const i = next++;
        if (asked[i] !== version) work += ASK_COST;
        if (!look(i)) {
          work += 0.1;
          continue;
        }
        if (zIndex[i]! > 0) {
          emphasised.push(i);
          continue;
        }
        if (colour[i] !== stroke) {
          context.stroke();
          context.beginPath();
          stroke = colour[i]!;
          context.strokeStyle = stroke;
        }
        if (line(i)) count++;
        work++;
      }
      context.stroke();
      if (next < keys.length) {
        cancelFrame = layerFrame(slice);
        return;
      }
      for (const i of emphasised) {
        context.beginPath();
        context.strokeStyle = colour[i]!;
        context.lineWidth = Math.max(1 / ratio, size[i]!);
        if (line(i)) count++;
        context.stroke();
      }
      drawn = count;
      complete = true;
    };
    // The first slice in a frame of its own: this pass's setup filled this one.
    cancelFrame = layerFrame(slice);
  };

  // After the nodes and the labels, in a frame of its own (see afterEachRender).
  afterEachRender(sigma, start, () => (complete = false), TIE_ORDER);
  sigma.on('kill', () => cancelFrame());
  return { drawn: () => drawn, complete: () => complete };
}

const CHANGES = [...TIE_EVENTS, 'cleared' as 'edgeAdded'];
