/**
 * Registers the service worker of the hosted build so the app opens offline after the first
 * visit. Not in development (Vite serves no sw.js), not in the single file (it is already
 * offline, and a page opened from disk cannot register one), and not on file://.
 *
 * `ready` resolves once the first network is on screen: installing the worker fetches every
 * file of the build, which should not compete with the page's own first load.
 */
export function registerOffline(ready: Promise<unknown>): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  // Relative to the page, so the worker's scope is the folder the app is served from.
  // A browser that refuses (private window, policy) still runs the app online: no error to show.
  void ready.then(() => navigator.serviceWorker.register('./sw.js')).catch(() => undefined);
}
