// The service worker: keeps this version of the site's own files on the
// device, so that every page and tool works without a connection after one
// visit. The generator (src/site) writes the version and the list of files
// below. Only the site's files are cached: never anything typed, never a
// request to another site, never anything but GET.
//
// Updates: a new version is saved beside the old one, and takes over only
// when no page uses the old one, or when the person chooses "Use the new
// version". Each page is served with its own version's files (every file a
// page uses has its content's hash in its name), so a page never mixes old
// HTML with new code.
//
// Corrections reach readers: online, a page that is read (guidance, the
// questionnaire) is always fetched from the site first, and this device's
// copy is used only when the network fails or has not answered within
// FRESH_MS. A tool's pages (the calculator, the referral form) keep their
// version until the person chooses, so a form in progress never changes
// under them; the banner offers the new version.

const VERSION = "__VERSION__";
const FILES = [/* __FILES__ */];
const TOOL_PAGES = [/* __TOOL_PAGES__ */];
const FRESH_MS = 3000;
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

// The page from the site, or null if the network fails or has not answered
// within FRESH_MS (then this device's copy is used). Not saved: this
// version's copy stays as it was, so it never mixes with a newer page's
// files; the new version is saved whole when its service worker installs.
async function fromSite(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FRESH_MS);
  try {
    // A navigation's own request cannot be sent again with options: ask
    // for its address. A redirect (a trailing slash) goes back to the
    // browser as it is.
    const response = await fetch(request.url, {
      signal: controller.signal, cache: 'no-cache', credentials: 'same-origin', redirect: 'manual',
    });
    return response.ok || response.type === 'opaqueredirect' ? response : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

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
    if (page && !TOOL_PAGES.includes(key)) {
      const fresh = await fromSite(request);
      if (fresh) return fresh;
    }
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
