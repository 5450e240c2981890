import { effect, untracked } from '@preact/signals';
import { computedDemo, fetchDemo } from './demo.ts';
import type { ExportClient } from '../export/export-client.ts';
import { dataIdentity } from '../share/data-identity.ts';
import { decodeUrlState } from '../share/url-state.ts';
import { syncUrl } from '../share/url-sync.ts';
import { registerOffline } from '../offline/register.ts';
import { loadEmbed } from '../share/load-embed.ts';
import type { AppParts } from '../parts.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';
import { startAutosave } from '../storage/autosave.ts';
import { openRecent } from '../storage/open-recent.ts';
import type { Source } from '../storage/project-origin.ts';
import { listRecent } from '../storage/recent-projects.ts';
import { applyView } from '../views/apply-view.ts';
import { viewFromJson } from '../views/view-json.ts';

/**
 * Starts the app's data and keeps the view around it: opens the embedded file, the project a
 * link names, or the demo (offering the recent projects); restores a project's saved view and
 * story and the link's view once the network is drawn; keeps the URL and the autosave current.
 */
export function startSession(
  store: Store,
  actions: Actions,
  parts: AppParts,
  exports: ExportClient,
): () => void {
  const { stage, story, origin, embed } = parts;
  const link = decodeUrlState(location.hash);
  let linkPending = link !== null;
  let restored: unknown = null;
  let live = true;
  const autosave = startAutosave(store, parts, exports);
  const stopUrl = embed ? () => {} : syncUrl(store, stage, story, origin);

  const stopRestore = effect(() => {
    const sigma = stage.sigma.value;
    const baseline = store.baseline.peek();
    if (!sigma || !baseline || baseline === restored) return;
    restored = baseline;
    const source = origin.source ?? { kind: 'user' };
    origin.source = null;
    untracked(() => {
      const saved = baseline.data.saved;
      const name = baseline.files.join(', ');
      story.steps.value = (saved?.views ?? []).map((v) => ({
        name: v.name,
        caption: v.caption,
        state: viewFromJson(v.state),
      }));
      story.current.value = null;
      story.caption.value =
        typeof saved?.settings.caption === 'string' ? saved.settings.caption : '';
      origin.projectKey.value = keyOf(source, name);
      origin.demo.value = source.kind === 'demo';
      // One view only: a second one would move the camera while the first one's layout animates.
      // A link made on the user's own data applies to that data only, wherever it is opened.
      const fromLink =
        link &&
        linkPending &&
        (link.data
          ? dataIdentity(baseline).fingerprint === link.data.fingerprint
          : link.project === null || link.project === name);
      const view = fromLink
        ? link.view
        : saved?.settings.view
          ? viewFromJson(saved.settings.view)
          : null;
      stage.stopCamera();
      if (view) stage.stopCamera = applyView(store, sigma, view, { instant: true });
      if (fromLink) {
        story.caption.value = link.caption;
        story.current.value = link.step;
      }
      linkPending = !!link?.data && !fromLink;
      origin.linkNeeds.value = linkPending && link?.data ? link.data : null;
      autosave.settled(source.kind === 'user');
    });
  });

  const begin = async () => {
    if (embed) {
      origin.source = { kind: 'embed' };
      await loadEmbed(embed, actions);
      return;
    }
    const demo = Promise.all([fetchDemo(), computedDemo()]);
    const recent = await listRecent().catch(() => []);
    if (!live) return;
    origin.recent.value = recent;
    const linked = link?.project ? recent.find((r) => r.key === link.project) : undefined;
    if (linked && (await openRecent(linked.key, actions, origin))) return;
    const [files, computed] = await demo;
    if (!live || store.project.peek() || store.job.peek()) return;
    origin.source = { kind: 'demo' };
    actions.loadComputed(computed, files.edges, files.nodes);
    if (recent.length > 0) origin.offerRecent.value = true;
  };
  void begin();
  const stopOffline = offlineOnceDrawn(store, () => {
    // The export worker's start kept the main thread waiting 50 ms, in the first autosave of
    // the user's own network, amid its drawing: it starts once the first network is drawn.
    if (live && !embed) exports.warm();
  });

  return () => {
    live = false;
    stopOffline();
    stage.stopCamera();
    stopRestore();
    stopUrl();
    autosave.dispose();
  };
}

/** How long after the first drawing the export worker starts. */
const WARM_AFTER_MS = 1_000;

/** How long the offline copy waits for a first network on screen before it installs anyway. */
const OFFLINE_AT_LATEST_MS = 10_000;

/** Registers the offline copy once the first network is drawn (or after a while without one). */
function offlineOnceDrawn(store: Store, alsoThen: () => void): () => void {
  let settle = () => {};
  const drawn = new Promise<void>((resolve) => (settle = resolve));
  const timer = setTimeout(settle, OFFLINE_AT_LATEST_MS);
  const stop = effect(() => {
    if (store.drawn.value) settle();
  });
  registerOffline(drawn);
  void drawn.then(() => {
    clearTimeout(timer);
    stop();
    setTimeout(alsoThen, WARM_AFTER_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

function keyOf(source: Source | { kind: 'user' }, name: string): string | null {
  switch (source.kind) {
    case 'recent':
      return source.key;
    case 'user':
      return name;
    default:
      return null;
  }
}
