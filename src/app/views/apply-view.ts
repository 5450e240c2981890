import { batch, effect } from '@preact/signals';
import type { Store } from '../state/store.ts';
import type { GraphSigma } from '../graph/stage.ts';
import type { ViewState } from './view-state.ts';

/** Longest wait for a layout switch to finish before the view's camera moves anyway. */
const LAYOUT_SETTLE_LIMIT_MS = 5000;
const CAMERA_MS = 650;

/**
 * Shows a saved view: the store's choices at once, then the camera (smoothly unless `instant`).
 * Ids the current project lacks are dropped, so a view survives an edited network.
 */
export function applyView(
  store: Store,
  sigma: GraphSigma | null,
  view: ViewState,
  options: { instant?: boolean } = {},
): () => void {
  const project = store.project.peek();
  const hasNode = (id: string) => project?.graph.hasNode(id) ?? false;
  const layoutChanges = store.layout.peek() !== view.layout;
  const settledBefore = store.layoutSettled.peek();
  batch(() => {
    store.colourBy.value = view.colourBy;
    store.sizeBy.value =
      view.sizeBy && project?.data.metrics.node[view.sizeBy] ? view.sizeBy : null;
    store.filters.value = view.filters;
    store.scope.value = view.scope;
    // Kept even when the network lacks the municipality: the map then says so.
    store.municipalityMap.value = view.map;
    store.selected.value = view.selected && hasNode(view.selected) ? view.selected : null;
    store.focus.value = view.focus
      ? {
          nodes: view.focus.nodes.filter(hasNode),
          edges: view.focus.edges.filter((e) => project?.graph.hasEdge(e) ?? false),
          nonce: Date.now(),
        }
      : null;
    if (layoutChanges) {
      store.layoutRunning.value = false;
      store.layout.value = view.layout;
    }
    store.view.value = 'graph';
  });
  const camera = view.camera;
  if (!sigma || !camera) return () => {};
  const move = () =>
    void sigma.getCamera().animate(camera, { duration: options.instant ? 0 : CAMERA_MS });
  if (!layoutChanges) {
    move();
    return () => {};
  }
  // A layout switch animates the nodes and then resets the camera: move it only after that.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    stop();
    clearTimeout(timer);
    move();
  };
  const timer = setTimeout(once, LAYOUT_SETTLE_LIMIT_MS);
  const stop = effect(() => {
    if (store.layoutSettled.value !== settledBefore) queueMicrotask(once);
  });
  return () => {
    done = true;
    stop();
    clearTimeout(timer);
  };
}
