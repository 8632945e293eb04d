/* Seatwise service worker: keeps the app shell available offline. It never touches /api. */
/* The build (pwa/vite-plugin-sw.ts) writes its values in place of the three placeholders below, wherever they occur. */
/* global self, caches, fetch, Request, Response, URL */
/* eslint-disable no-undef -- the placeholders are values the build writes in */
const SHELL_FILES = __SHELL_FILES__;
const CACHE = `seatwise-shell-${__CACHE_VERSION__}`;
const BASE = __BASE__;
/* eslint-enable no-undef */

self.addEventListener('install', (event) => {
  // cache: 'reload' bypasses the HTTP cache so the shell matches this deploy.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL_FILES.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('seatwise-shell-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function isBypassed(url) {
  const path = url.pathname.slice(BASE.length - 1);
  return path === '/api' || path.startsWith('/api/') || path === '/health' || path === '/metrics';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isBypassed(url)) return;

  if (request.mode === 'navigate') {
    // Network first so a deploy is picked up at once; the cached shell only when offline.
    event.respondWith(
      fetch(request).catch(() => caches.match(BASE, { cacheName: CACHE }).then((cached) => cached || Response.error())),
    );
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) {
    // Shell files are content-hashed or versioned with this worker: cache first is safe.
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((cached) => cached || fetch(request)));
  }
});
