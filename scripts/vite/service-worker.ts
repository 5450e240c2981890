import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` listing every file of the build, so the hosted app opens offline after the
 * first visit. Only these files are ever cached: files a user opens are read in the browser
 * and never requested, and embed-by-URL data is fetched past the cache.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'brobyggare:service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(files, version) });
    },
  };
}

/** Hashed assets never change, so they come from the cache; the page itself is network-first so a new build shows at once when online. */
function workerSource(files: string[], version: string): string {
  return `const CACHE = ${JSON.stringify(`brobyggare-${version}`)};
const SHELL = ${JSON.stringify(files)};
const scope = () => new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('brobyggare-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const base = scope();
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
  const path = url.pathname.slice(base.pathname.length);
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(new URL('index.html', base))),
      ),
    );
    return;
  }
  if (!SHELL.includes(path)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)),
  );
});
`;
}
