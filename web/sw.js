// The service worker: keeps this version of the site's own files on the
// device, so that every page and tool works without a connection after one
// visit. The generator (src/site) writes the version and the list of files
// below. Only the site's files are cached: never anything typed, never a
// request to another site, never anything but GET.
//
// Updates: a new version is saved beside the old one, and takes over only
// when no page uses the old one, or when the person chooses "Use the new
// version". Each page is served with its own version's files, so a page
// never mixes old HTML with new WebAssembly.

const VERSION = "__VERSION__";
const FILES = [/* __FILES__ */];
const CACHE = `scr-guide-${VERSION}`;
const PREFIX = 'scr-guide-';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // From the server, not from an older copy in the browser's HTTP cache.
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    // The first time, control the pages already open, so they work
    // offline at once.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// "/interview.html" and "/interview/" are the page "/interview".
function pageKey(pathname) {
  let path = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (path.length > 1) path = path.replace(/\/$/, '');
  return path;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  const page = request.mode === 'navigate';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = page ? pageKey(url.pathname) : url.pathname;
    const saved = await cache.match(key, { ignoreSearch: true });
    if (saved) return saved;
    try {
      return await fetch(request);
    } catch (error) {
      // Offline, and not a page of this site: the not-found page says so.
      const notFound = page && await cache.match('/404');
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
      throw error;
    }
  })());
});
