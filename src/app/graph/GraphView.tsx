import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { computeAppearance } from '../appearance/appearance.ts';
import { scopeLegend } from '../scope/scope-legend.ts';
import { membersOf } from '../scope/scope-members.ts';
import { useApp } from '../context.ts';
import { useParts } from '../parts-context.ts';
import { SWEDEN_DATA } from '../../core/model/sweden-data.ts';
import { buildDisplayGraph, syncEdges, type DisplayGraph } from './display-graph.ts';
import { createLayoutController, type LayoutController } from './layout-controller.ts';
import { attachOutlineLayer } from './outline-layer.ts';
import { createRenderer, type Look, type Renderer } from './renderer.ts';
import { layerWorkPending } from './canvas-layer.ts';
import { Legend } from './Legend.tsx';
import type { Project } from '../state/project.ts';
import type { Store } from '../state/store.ts';
import { APP_TEXT } from '../../i18n/app.ts';
import { countyName } from '../labels.ts';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import {
  cachedChangeLook,
  drawnChange,
  laterPositionOf,
  type ChangeLook,
} from '../change/change-look.ts';
import { ChangeLegend } from '../change/ChangeLegend.tsx';

interface Scene {
  /** The loaded project the display graph was built for: a what-if edit of it may be synced in. */
  baseline: Project;
  /** The project whose edges the display graph holds (the baseline, or a what-if edit of it). */
  synced: Project;
  display: DisplayGraph;
  renderer: Renderer;
  layouts: LayoutController;
}

/** The sigma view. Created when a network is loaded; appearance changes only refresh reducers. */
export function GraphView() {
  const { store, t } = useApp();
  const { stage, origin } = useParts();
  const container = useRef<HTMLDivElement>(null);
  const scene = useSignal<Scene | null>(null);
  const baseline = store.baseline.value;
  const appearance = useComputed(() => {
    const project = store.project.value;
    if (!project) return null;
    // While a change of this network is drawn, the positions are those of its later period.
    const change = drawnChange(store);
    const later = change ? laterPositionOf(change, project) : undefined;
    return computeAppearance(project, store.colourBy.value, store.sizeBy.value, later);
  });

  // One sigma instance for the app's lifetime: a new network is swapped in, never re-created.
  const renderer = useRef<Renderer | null>(null);
  const outlines = useRef<ReturnType<typeof attachOutlineLayer> | null>(null);
  const changeCache = useRef(cachedChangeLook()).current;
  /** The change the Förändring view or the year stepper computed, if it is this network's. */
  const changeOf = (display: DisplayGraph): ChangeLook | null => {
    const change = drawnChange(store);
    return change && changeCache(change, display);
  };

  useEffect(
    () => () => {
      renderer.current?.kill();
      renderer.current = null;
    },
    [],
  );

  /** Takes down the drawing of the network shown (or stops its build). */
  const takeDown = useRef<() => void>(() => {});
  useEffect(() => () => takeDown.current(), []);

  useEffect(() => {
    const project = store.project.peek();
    // A load's result completing the network already drawn (the same graph) keeps the drawing.
    const drawn = scene.peek()?.baseline.graph;
    if (baseline && drawn && drawn === baseline.graph) return;
    takeDown.current();
    takeDown.current = () => {};
    if (!baseline || !project || !container.current) return;
    let live = true;
    let stop = () => {};
    void buildDisplayGraph(project).then((display) => {
      if (!live || !container.current) return;
      stop = showDisplay(project, display, container.current);
    });
    takeDown.current = () => {
      live = false;
      stop();
    };
  }, [baseline]);

  /** Shows a built display graph in the one sigma instance; returns how to take it down. */
  const showDisplay = (project: Project, display: DisplayGraph, element: HTMLDivElement) => {
    // The appearance the effect below will use too, so it finds nothing to redraw.
    const shown = store.project.peek() === project ? appearance.peek() : null;
    const look = lookOf(
      store,
      project,
      shown ?? computeAppearance(project, store.colourBy.peek(), store.sizeBy.peek()),
      changeOf(display),
    );
    if (renderer.current) renderer.current.setGraph(display, look);
    else {
      renderer.current = createRenderer(element, display, look, {
        onClickNode: (node) => {
          store.focus.value = null;
          store.selected.value = node;
        },
        onClickStage: () => {
          store.selected.value = null;
          store.focus.value = null;
        },
      });
      outlines.current = attachOutlineLayer(renderer.current.sigma);
    }
    const layouts = createLayoutController(
      display,
      renderer.current,
      outlines.current!,
      new Map(SWEDEN_DATA.counties.map((c) => [c.code, c])),
    );
    scene.value = {
      baseline: baseline!,
      synced: project,
      display,
      renderer: renderer.current,
      layouts,
    };
    store.layout.value = 'forceatlas2';
    store.layoutRunning.value = false;
    stage.sigma.value = renderer.current.sigma;
    // Drawn once sigma has settled (no render for a few frames; the appearance, the layout and
    // the size each ask for one after the swap): the worker waits for this before its sweeps
    // take the cores (see actions), which would leave a software WebGL seconds per frame.
    const stopWatching = whenSettled(renderer.current.sigma, () => (store.drawn.value = project));
    return () => {
      stopWatching();
      stage.sigma.value = null;
      scene.value = null;
      layouts.kill();
      outlines.current?.set(null);
    };
  };

  useSignalEffect(() => {
    const current = scene.value;
    const project = store.project.value;
    const look = appearance.value;
    const base = store.baseline.value;
    // The result of the load drawn while it ran: the same network, now with all its metrics.
    if (current && base && current.baseline !== base && current.baseline.graph === base.graph) {
      if (current.synced === current.baseline) current.synced = base;
      current.baseline = base;
    }
    // A newly loaded project arrives before its display graph is built: wait for that.
    if (!current || !project || !look || current.baseline !== base) return;
    if (current.synced !== project) {
      syncEdges(current.display, project);
      current.synced = project;
    }
    current.renderer.setLook(lookOf(store, project, look, changeOf(current.display)));
  });

  useSignalEffect(() => {
    const current = scene.value;
    const request = store.flyTo.value;
    if (current && request) current.renderer.frame(request.nodes);
  });

  useSignalEffect(() => {
    const current = scene.value;
    const focus = store.focus.value;
    if (current && focus) current.renderer.frame(focus.nodes);
  });

  useSignalEffect(() => {
    const current = scene.value;
    const layout = store.layout.value;
    const project = store.project.peek();
    if (!current || !project) return;
    const lang = store.lang.peek();
    void current.layouts
      .show(
        layout,
        project,
        (count) => APP_TEXT[lang].unplaced(String(count)),
        (code) => countyName(code, APP_TEXT[lang]),
      )
      .then(() => store.layoutSettled.value++);
  });

  useSignalEffect(() => {
    const current = scene.value;
    if (!current) return;
    if (store.layoutRunning.value) current.layouts.startForceAtlas2();
    else current.layouts.stopForceAtlas2();
  });

  return (
    <div class="graph-view">
      <div
        ref={container}
        class="sigma-container"
        role="img"
        aria-label={t.graphLabel}
        data-testid="graph"
        data-order={scene.value?.display.order}
        data-pending={store.project.value?.data.pending ? 'true' : undefined}
      />
      {appearance.value && store.project.value && (
        <Legend
          {...scopeLegend(
            store.project.value,
            appearance.value.legend,
            appearance.value.fill,
            store,
          )}
        />
      )}
      {drawnChange(store) && <ChangeLegend />}
      {origin.linkNeeds.value && (
        <p class="link-notice" role="status" data-testid="link-notice">
          <span>
            {PRESENTING_TEXT[store.lang.value].linkNeedsFile(
              origin.linkNeeds.value.files.join(', '),
              origin.linkNeeds.value.nodes,
            )}
          </span>
          <button type="button" class="ghost small" onClick={() => (origin.linkNeeds.value = null)}>
            {PRESENTING_TEXT[store.lang.value].dismissLink}
          </button>
        </p>
      )}
      {origin.demo.value && (
        <p class="demo-marker demo-badge" role="note" data-testid="demo-marker">
          {PRESENTING_TEXT[store.lang.value].demoMarker}
        </p>
      )}
    </div>
  );
}

/** Frames without a render after which sigma counts as settled, and the most to wait. */
const QUIET_FRAMES = 3;
/** At most this many frames (some seconds): a layer slicing in every frame still lets it go. */
const MAX_FRAMES = 300;

/**
 * Calls `settled` once sigma has not rendered, and no layer has had work waiting, for
 * QUIET_FRAMES frames; returns a stop. A large network's layers draw for a second or more after
 * sigma's last render, and sweeps started meanwhile took the cores their frames needed: each
 * layer task took two to three times as long.
 */
function whenSettled(sigma: Renderer['sigma'], settled: () => void): () => void {
  let rendered = true;
  let quiet = 0;
  let frames = 0;
  const onRender = () => (rendered = true);
  sigma.on('afterRender', onRender);
  let frame = requestAnimationFrame(function check() {
    quiet = rendered || layerWorkPending() ? 0 : quiet + 1;
    rendered = false;
    if (quiet >= QUIET_FRAMES || ++frames >= MAX_FRAMES) {
      sigma.off('afterRender', onRender);
      settled();
      return;
    }
    frame = requestAnimationFrame(check);
  });
  return () => {
    cancelAnimationFrame(frame);
    sigma.off('afterRender', onRender);
  };
}

function lookOf(
  store: Store,
  project: Project,
  appearance: NonNullable<ReturnType<typeof computeAppearance>>,
  change: ChangeLook | null,
): Look {
  const focus = store.focus.value;
  const maxStrength = strongestTie(project.graph);
  return {
    rows: project.nodeRow,
    edgeRows: project.edgeRow,
    appearance,
    visibility: store.visibility.value!,
    neighboursOf: project.neighboursOf,
    selected: store.selected.value,
    focus: focus ? { nodes: new Set(focus.nodes), edges: new Set(focus.edges) } : null,
    maxStrength,
    scope: membersOf(project, store.scope.value),
    change,
  };
}

/** By graph (never changed in place): its strongest tie's strength, asked on every look. */
const strongest = new WeakMap<Project['graph'], number>();

function strongestTie(graph: Project['graph']): number {
  let max = strongest.get(graph);
  if (max === undefined) {
    max = 0;
    graph.forEachEdge((_e, attr) => {
      if (attr.strength > max!) max = attr.strength;
    });
    strongest.set(graph, max);
  }
  return max;
}
