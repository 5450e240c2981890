import { effect } from '@preact/signals';
import type { ExportClient } from '../export/export-client.ts';
import { exportRequest } from '../export/export-request.ts';
import type { AppParts } from '../parts.ts';
import type { Store } from '../state/store.ts';
import { listRecent, saveRecent } from './recent-projects.ts';

const DEBOUNCE_MS = 1200;

export interface Autosave {
  /** The project just opened is as saved: only later changes are worth saving. */
  settled(saveNow: boolean): void;
  dispose(): void;
}

/**
 * Keeps the current project in IndexedDB, a moment after each change of its view settings,
 * edits or story. An embedded network is never kept; the untouched demo neither, until the
 * user changes something in it.
 */
export function startAutosave(
  store: Store,
  { stage, story, origin, embed }: AppParts,
  exports: ExportClient,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let clean = '';
  let ready = false;

  const signature = () =>
    JSON.stringify([
      store.layout.value,
      store.colourBy.value,
      store.sizeBy.value,
      filtersKey(store),
      store.selected.value,
      store.edits.value,
      story.caption.value,
      story.steps.value,
    ]);

  const save = async () => {
    const project = store.project.peek();
    const request = exportRequest('project', store, stage, story);
    if (!project || !request) return;
    const key = origin.projectKey.peek() ?? project.files.join(', ');
    origin.projectKey.value = key;
    const file = await exports.writeBlob(request, 'application/json');
    await saveRecent(
      {
        key,
        name: project.files.join(', '),
        savedAt: Date.now(),
        size: file.size,
        nodes: project.graph.order,
        edges: project.graph.size,
      },
      file,
    );
    origin.recent.value = await listRecent();
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void save().catch(() => undefined), DEBOUNCE_MS);
  };

  const stop = effect(() => {
    const now = signature();
    if (!ready || embed || now === clean) return;
    clean = now;
    schedule();
  });

  return {
    settled(saveNow) {
      ready = true;
      clean = signature();
      if (saveNow && !embed) schedule();
    },
    dispose() {
      clearTimeout(timer);
      stop();
    },
  };
}

function filtersKey(store: Store): unknown {
  const f = store.filters.value;
  return [
    f.kinds && [...f.kinds],
    f.counties && [...f.counties],
    f.positions && [...f.positions],
    f.minStrength,
    f.years,
    f.component,
    f.minCore,
  ];
}
