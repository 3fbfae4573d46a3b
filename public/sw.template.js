// The app's service worker, written into the release build by scripts/sw.sh
// with the build's own file list and a version made from it, so each deploy
// installs a new worker. Navigations go to the network first (a new
// deploy is seen at once) with the cached page as fallback; the hashed
// assets come from the cache first. A new worker waits until the app asks it
// to take over (the user clicked "update"), and old caches go on activate.
const CACHE = 'campaign-planner-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('campaign-planner-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (e) => {
  if (e.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) {
            const copy = res.clone();
            caches.open(CACHE).then((c) => c.put('./', copy));
          }
          return res;
        })
        .catch(() => caches.match('./', { ignoreSearch: true }).then((m) => m || Response.error())),
    );
    return;
  }
  e.respondWith(caches.match(req).then((m) => m || fetch(req)));
});
