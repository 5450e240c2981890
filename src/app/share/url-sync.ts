import { effect } from '@preact/signals';
import type { Stage } from '../graph/stage.ts';
import type { Store } from '../state/store.ts';
import type { ProjectOrigin } from '../storage/project-origin.ts';
import { captureView } from '../views/capture-view.ts';
import type { Story } from '../views/story.ts';
import { dataIdentityInSlices, knownDataIdentity } from './data-identity.ts';
import { encodeUrlState } from './url-state.ts';

const INTERVAL_MS = 300;

/**
 * Keeps the URL's hash equal to the current view (replaceState, so the back button is not
 * flooded), a moment after the view changes.
 */
export function syncUrl(
  store: Store,
  stage: Stage,
  story: Story,
  origin: ProjectOrigin,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let detachCamera = () => {};

  const write = () => {
    const baseline = store.baseline.peek();
    if (!store.project.peek() || !baseline) return;
    const demo = origin.demo.peek();
    const data = demo ? null : knownDataIdentity(baseline);
    // A new network's fingerprint is computed in slices first (a large one took 40–80 ms at
    // once); the URL is written once it is known.
    if (!demo && !data) {
      void dataIdentityInSlices(baseline).then(schedule);
      return;
    }
    const hash = encodeUrlState({
      view: captureView(store, stage.sigma.peek()),
      caption: story.caption.peek(),
      step: story.current.peek(),
      project: origin.projectKey.peek(),
      data,
    });
    if (location.hash.slice(1) === hash) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
  };
  // At most one write per interval, and always one after the last change: a long camera
  // animation must not hold the URL back until it ends.
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      write();
    }, INTERVAL_MS);
  };

  const stop = effect(() => {
    void [
      store.project.value,
      store.layout.value,
      store.colourBy.value,
      store.sizeBy.value,
      store.filters.value,
      store.selected.value,
      store.focus.value,
      store.scope.value,
      store.municipalityMap.value,
      story.caption.value,
      story.current.value,
      origin.projectKey.value,
      origin.demo.value,
    ];
    const sigma = stage.sigma.value;
    detachCamera();
    detachCamera = () => {};
    if (sigma) {
      const camera = sigma.getCamera();
      camera.on('updated', schedule);
      detachCamera = () => camera.off('updated', schedule);
    }
    schedule();
  });

  return () => {
    clearTimeout(timer);
    detachCamera();
    stop();
  };
}
