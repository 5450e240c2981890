import type { Store } from '../state/store.ts';
import type { GraphSigma } from '../graph/stage.ts';
import type { ViewState } from './view-state.ts';

/** The view as it is now: the store's choices (the municipality map if one is open) and the camera. */
export function captureView(store: Store, sigma: GraphSigma | null): ViewState {
  const focus = store.focus.peek();
  return {
    camera: sigma ? { ...sigma.getCamera().getState() } : null,
    layout: store.layout.peek(),
    colourBy: store.colourBy.peek(),
    sizeBy: store.sizeBy.peek(),
    filters: store.filters.peek(),
    selected: store.selected.peek(),
    focus: focus ? { nodes: focus.nodes, edges: focus.edges } : null,
    scope: store.scope.peek(),
    map: store.municipalityMap.peek(),
  };
}
