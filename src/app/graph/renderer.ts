import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { Appearance } from '../appearance/appearance.ts';
import { faded, RING_COLOUR } from '../appearance/palette.ts';
import type { Visibility } from '../filters/visibility.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';
import { attachLabelLayer, type LabelLayer } from './label-layer.ts';
import { TIE_STYLE, tieWidth, type ChangeLook } from '../change/change-look.ts';
import { attachChangeLayer } from './change-layer.ts';
import { IdleEdgeProgram, IdleNodeProgram } from './idle-programs.ts';
import { attachEdgeLayer, edgeSettings, LAYER_EDGE_TYPE } from './edge-layer.ts';
import { attachNodeLayer, LAYER_NODE_TYPE, nodeSettings, WEBGL_NODE_TYPE } from './node-layer.ts';
import { registerTies, shownTies, TIE_EVENTS, withoutTies, type TieLook } from './ties.ts';

/** What the reducers read. Replaced as a whole, then sigma refreshes without re-indexing. */
export interface Look {
  rows: Map<string, number>;
  edgeRows: Map<string, number>;
  appearance: Appearance;
  visibility: Visibility;
  neighboursOf(node: string): Set<string>;
  selected: string | null;
  focus: { nodes: Set<string>; edges: Set<string> } | null;
  maxStrength: number;
  /** A county scope: its actors are labelled first, its partners outside drawn faded. */
  scope: { inside: ReadonlySet<string>; partners: ReadonlySet<string> } | null;
  /** Two periods compared: ties drawn by what became of them, nodes by their later position. */
  change: ChangeLook | null;
}

export interface Renderer {
  sigma: Sigma<DisplayNode, DisplayEdge>;
  labels: LabelLayer;
  setLook(look: Look): void;
  /** Shows another network in the same sigma instance (its WebGL programs are kept). */
  setGraph(graph: DisplayGraph, look: Look): void;
  /** Moves the camera to show these nodes. */
  frame(nodes: string[]): void;
  kill(): void;
}

type NodeLook = Partial<NodeDisplayData> & {
  borderSize: number;
  borderColor: string;
  /** Outside what is hovered or selected: drawn faded, unnamed, a background names may cover. */
  faded?: boolean;
};

const SELECTED_RING = 0.3;

/** A hidden tie's colour (sigma's default; never drawn). */
const HIDDEN_TIE = '#ccc';

export function createRenderer(
  container: HTMLElement,
  initialGraph: DisplayGraph,
  look: Look,
  events: { onClickNode(node: string): void; onClickStage(): void },
): Renderer {
  let current = look;
  let hovered: string | null = null;
  let graph = initialGraph;

  const nodeReducer = (node: string, data: DisplayNode): NodeLook => {
    const i = current.rows.get(node) ?? -1;
    const { fill, ring, size } = current.appearance;
    const colour = fill[i] ?? '#999';
    const isSelected = node === current.selected;
    const emphasis = emphasised(node);
    const out: NodeLook = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: size[i] ?? 4,
      color: emphasis === false ? faded(colour) : colour,
      borderSize: isSelected ? SELECTED_RING : (ring[i] ?? 0),
      borderColor: emphasis === false ? faded(RING_COLOUR) : RING_COLOUR,
      hidden: current.visibility.nodes[i] !== 1,
      zIndex: emphasis === true || isSelected ? 2 : emphasis === false ? 0 : 1,
    };
    if (emphasis === null && current.scope?.partners.has(node)) {
      out.color = faded(colour);
      out.borderColor = faded(RING_COLOUR);
    }
    if (emphasis === true || isSelected || (emphasis === null && current.scope?.inside.has(node)))
      out.forceLabel = true;
    if (emphasis === false) {
      out.label = '';
      out.faded = true;
    }
    if (isSelected) out.highlighted = true;
    return out;
  };

  /** true: part of the hover/selection/focus; false: outside it; null: nothing is emphasised. */
  const emphasised = (node: string): boolean | null => {
    const centre = hovered ?? current.selected;
    if (current.focus && !hovered) return current.focus.nodes.has(node);
    if (!centre) return null;
    return node === centre || current.neighboursOf(centre).has(node);
  };

  const edgeReducer = (edge: string, data: DisplayEdge): TieLook => {
    const e = current.edgeRows.get(edge) ?? -1;
    if (current.change) return changeEdge(edge, current.visibility.edges[e] !== 1, current.change);
    const thickness = 0.6 + 3.4 * Math.sqrt(data.strength / (current.maxStrength || 1));
    const centre = hovered ?? current.selected;
    let colour = '#9AA5B1';
    let hidden = current.visibility.edges[e] !== 1;
    if (current.focus && !hovered) {
      if (current.focus.edges.has(edge)) colour = '#1F2933';
      else if (current.focus.edges.size > 0 || !touches(edge, current.focus.nodes))
        colour = '#E4E7EB';
    } else if (centre) {
      const adjacent = graph.hasExtremity(edge, centre);
      colour = adjacent ? '#52606D' : '#EEF0F2';
      if (!adjacent && graph.size > 2000) hidden = true;
    }
    return {
      size: thickness,
      color: colour,
      hidden,
      zIndex: colour === '#52606D' || colour === '#1F2933' ? 1 : 0,
    };
  };

  const changeEdge = (edge: string, filtered: boolean, change: ChangeLook): TieLook => {
    const tie = change.edges.get(edge);
    // A tie of neither period is not drawn; an ended one is drawn dashed by the change layer.
    if (!tie || tie.status === 'removed' || filtered)
      return { hidden: true, size: 0.5, color: HIDDEN_TIE, zIndex: 0 };
    const centre = hovered ?? current.selected;
    const away = centre !== null && !graph.hasExtremity(edge, centre);
    return {
      size: tieWidth(tie, change.maxStrength),
      color: away ? faded(TIE_STYLE[tie.status].colour) : TIE_STYLE[tie.status].colour,
      hidden: false,
      zIndex: tie.status === 'unchanged' || away ? 0 : 1,
    };
  };

  const touches = (edge: string, nodes: Set<string>) =>
    nodes.has(graph.source(edge)) && nodes.has(graph.target(edge));

  /** Whether sigma holds the ties (false: the tie layer draws them, sigma sees the nodes only). */
  let sigmaHoldsTies = edgeSettings(graph).defaultEdgeType !== LAYER_EDGE_TYPE;
  /** Counts up whenever a tie's look may have changed. */
  let tieVersion = 0;
  const sigmaGraph = (g: DisplayGraph) => (sigmaHoldsTies ? g : withoutTies(g));
  const sigma = new Sigma<DisplayNode, DisplayEdge>(sigmaGraph(graph), container, {
    nodeProgramClasses: {
      circle: IdleNodeProgram,
      // Where the layers draw, sigma keeps each node's and tie's display data and draws nothing.
      [LAYER_NODE_TYPE]: IdleNodeProgram,
      [WEBGL_NODE_TYPE]: createNodeBorderProgram({
        borders: [
          {
            size: { attribute: 'borderSize', defaultValue: 0 },
            color: { attribute: 'borderColor' },
          },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: { arrow: IdleEdgeProgram, [LAYER_EDGE_TYPE]: IdleEdgeProgram },
    nodeReducer,
    edgeReducer,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1F2933' },
    // The label layer places every label itself, without overlap and inside the canvas: the
    // hovered and selected nodes' too (sigma's own hover box would name them a second time).
    renderLabels: false,
    defaultDrawNodeHover: drawNodeHalo,
    // Room at the edges for the labels of the outermost nodes.
    stagePadding: 48,
    ...sizeSettings(graph),
    // The graph's tab is hidden (zero size) while the tables or the quadrant are shown.
    allowInvalidContainer: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
  });

  const refresh = () => {
    tieVersion++;
    // Where the layers draw both the nodes and the ties (sigma's graph has nodes only, its
    // programs draw nothing, the layers order by z-index themselves), a new look needs only
    // the reducers run again, not sigma's processing of the whole graph — and the draw can wait
    // for the next frame instead of adding to the task that changed the look. A node sigma has
    // not processed yet (a render pending) refuses it: then the whole graph is refreshed.
    if (!sigmaHoldsTies && sigma.getSetting('defaultNodeType') === LAYER_NODE_TYPE) {
      try {
        sigma.refresh({
          partialGraph: { nodes: sigma.getGraph().nodes() },
          skipIndexation: true,
          schedule: true,
        });
        return;
      } catch {
        // Not processed yet: below.
      }
    }
    sigma.refresh({ skipIndexation: true });
  };
  // Where sigma does not see the ties, a change of them (a what-if edit) is drawn by a render.
  const tiesChanged = () => {
    tieVersion++;
    if (!sigmaHoldsTies) sigma.scheduleRender();
  };
  const watchTies = (g: DisplayGraph, on: boolean) => {
    for (const event of TIE_EVENTS) {
      if (on) g.on(event, tiesChanged);
      else g.removeListener(event, tiesChanged);
    }
  };
  watchTies(graph, true);
  registerTies(sigma, {
    graph: () => graph,
    look(edge) {
      if (sigmaHoldsTies) return sigma.getEdgeDisplayData(edge);
      return graph.hasEdge(edge) ? edgeReducer(edge, graph.getEdgeAttributes(edge)) : undefined;
    },
    version: () => tieVersion,
  });
  skipLabelGrid(sigma);
  hideIdleCanvases(sigma);
  const ties = attachEdgeLayer(sigma);
  const nodes = attachNodeLayer(sigma);
  const labels = attachLabelLayer(sigma, container);
  const removedTies = attachChangeLayer(sigma);
  const showRemoved = (change: ChangeLook | null) =>
    removedTies.set(change && { ties: change.removed, maxStrength: change.maxStrength });
  showRemoved(look.change);
  // The e2e tests check what is in view: a function on the element, not a global. `r` is the
  // disc's radius in pixels, within which the pointer finds the node.
  Object.defineProperty(container, 'nodesOnScreen', {
    configurable: true,
    value: () =>
      graph.mapNodes((node, attr) => {
        const d = sigma.getNodeDisplayData(node);
        const p = d ? sigma.framedGraphToViewport(d) : { x: NaN, y: NaN };
        const r = d ? sigma.scaleSize(d.size) : 0;
        return { id: node, label: attr.label, x: p.x, y: p.y, r, hidden: !d || d.hidden };
      }),
  });
  // Ties the tie layer of a large network drew in its last complete pass (null while drawing).
  Object.defineProperty(container, 'tieLayer', {
    configurable: true,
    value: () => (ties.complete() ? ties.drawn() : null),
  });
  // How many ties sigma itself holds (none where the tie layer draws them).
  Object.defineProperty(container, 'sigmaTies', {
    configurable: true,
    value: () => sigma.getGraph().size,
  });
  // Nodes the node layer of a large network drew in its last complete pass (null while drawing).
  Object.defineProperty(container, 'nodeLayer', {
    configurable: true,
    value: () => (nodes.complete() ? nodes.drawn() : null),
  });
  // Edges drawn in each style of the change drawing, as the reducer left them.
  Object.defineProperty(container, 'changeOnScreen', {
    configurable: true,
    value: () => {
      const counts = new Map<string, number>([['removed', removedTies.drawn()]]);
      graph.forEachEdge((edge) => {
        const d = shownTies(sigma).look(edge);
        const style = Object.entries(TIE_STYLE).find(([, s]) => s.colour === d?.color);
        if (!d || d.hidden || !style) return;
        counts.set(style[0], (counts.get(style[0]) ?? 0) + 1);
      });
      return Object.fromEntries(counts);
    },
  });

  sigma.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    refresh();
  });
  sigma.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    refresh();
  });
  sigma.on('clickNode', ({ node }) => events.onClickNode(node));
  sigma.on('clickStage', () => events.onClickStage());

  // Sigma follows the window's size, not its container's: a taller header (an error banner;
  // before the header kept its height, the recent projects' button at 1280 pixels) shortens the
  // graph while its canvases would keep their height, cutting off the bottom row of nodes and
  // names. The graph's tab coming back into view (from zero size, maybe with a network swapped
  // in while it was hidden) is such a change too.
  const resized = new ResizeObserver(() => {
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    // Hidden (zero size): nothing to draw until it is shown again.
    if (container.offsetWidth === 0 || container.offsetHeight === 0) return;
    // A render sizes the canvases to the container first; a refresh (what sigma does on a
    // window resize, for a label grid the app does not use) would process every node again:
    // a task of 100–200 ms for 10,000 of them.
    sigma.scheduleRender();
  });
  resized.observe(container);

  return {
    sigma,
    labels,
    setLook(next) {
      const same = sameLook(current, next);
      if (next.change !== current.change) showRemoved(next.change);
      current = next;
      // Each refresh re-runs the reducers over every node and edge: skip it when nothing changed.
      if (!same) refresh();
    },
    setGraph(next, nextLook) {
      watchTies(graph, false);
      watchTies(next, true);
      graph = next;
      current = nextLook;
      tieVersion++;
      showRemoved(nextLook.change);
      hovered = null;
      // Each of these schedules a draw, and setSettings a full re-index besides: setGraph last
      // re-indexes and draws once, cancelling the scheduled frame.
      const sized = sizeSettings(next);
      const settings = sigma.getSettings();
      if ((Object.keys(sized) as (keyof typeof sized)[]).some((k) => settings[k] !== sized[k]))
        sigma.setSettings(sized);
      hideIdleCanvases(sigma);
      sigma.setCustomBBox(null);
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigmaHoldsTies = sized.defaultEdgeType !== LAYER_EDGE_TYPE;
      sigma.setGraph(sigmaGraph(next));
    },
    frame(nodes) {
      const points = nodes.flatMap((n) => {
        const d = sigma.getNodeDisplayData(n);
        return d ? [d] : [];
      });
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const x = (Math.min(...xs) + Math.max(...xs)) / 2;
      const y = (Math.min(...ys) + Math.max(...ys)) / 2;
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      // A single node is shown with room for its neighbourhood around it.
      const ratio = points.length === 1 ? 0.45 : Math.min(1, Math.max(0.2, extent * 1.6));
      void sigma.getCamera().animate({ x, y, ratio }, { duration: 450 });
    },
    kill() {
      resized.disconnect();
      watchTies(graph, false);
      sigma.kill();
    },
  };
}

/**
 * Sigma indexes every node's label in a grid of its own each time it processes the graph
 * (90 ms of 10,000 nodes in software), for its label drawing, which the label layer replaces
 * (`renderLabels: false`): it is given a grid that keeps nothing.
 */
function skipLabelGrid(sigma: Sigma<DisplayNode, DisplayEdge>): void {
  const none = {
    resizeAndClear() {},
    add() {},
    organize() {},
    getLabelsToDisplay: () => [],
  };
  Object.defineProperty(sigma, 'labelGrid', { configurable: true, get: () => none, set() {} });
}

/**
 * Takes the canvases of sigma's that draw nothing off the page: its label canvases (the label
 * layer draws the labels), and its WebGL canvases where the layers draw the nodes or ties.
 * Sigma clears them all on every render, and a WebGL canvas on the page is read back for every
 * frame it changed: in software, a wait of the page's main thread.
 */
function hideIdleCanvases(sigma: Sigma<DisplayNode, DisplayEdge>): void {
  const canvases = sigma.getCanvases();
  const nodesOff = sigma.getSetting('defaultNodeType') === LAYER_NODE_TYPE;
  const idle: Record<string, boolean> = {
    labels: true,
    edgeLabels: !sigma.getSetting('renderEdgeLabels'),
    nodes: nodesOff,
    hoverNodes: nodesOff,
    edges: sigma.getSetting('defaultEdgeType') === LAYER_EDGE_TYPE,
  };
  for (const [id, off] of Object.entries(idle))
    if (canvases[id]) canvases[id].style.display = off ? 'none' : '';
}

function sameLook(a: Look, b: Look): boolean {
  return (
    a.rows === b.rows &&
    a.edgeRows === b.edgeRows &&
    a.appearance === b.appearance &&
    a.visibility === b.visibility &&
    a.neighboursOf === b.neighboursOf &&
    a.selected === b.selected &&
    a.focus === null &&
    b.focus === null &&
    a.maxStrength === b.maxStrength &&
    a.scope === b.scope &&
    a.change === b.change
  );
}

/**
 * Small networks offer every label; larger ones only those of the bigger nodes. The largest
 * have their ties drawn by the tie layer, their nodes by the node layer.
 */
function sizeSettings(graph: DisplayGraph) {
  const edges = edgeSettings(graph);
  const nodes = nodeSettings(graph);
  return {
    labelRenderedSizeThreshold: graph.order <= 150 ? 0 : 7,
    ...edges,
    ...nodes,
    // The layers order what they draw themselves: sigma need not sort 50,000 ties by z-index.
    zIndex: edges.defaultEdgeType !== LAYER_EDGE_TYPE || nodes.defaultNodeType !== LAYER_NODE_TYPE,
  };
}

/**
 * The hovered or selected node's mark on sigma's hover canvas: a white halo with a soft shadow
 * around its disc, without its name, which the label layer places with the others.
 */
export const drawNodeHalo: NodeHoverDrawingFunction = (context, data) => {
  context.save();
  context.fillStyle = '#FFF';
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = 'rgba(0, 0, 0, 0.5)';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  context.restore();
};
