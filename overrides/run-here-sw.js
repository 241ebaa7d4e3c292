// The service worker behind "Run it here" (assets/javascripts/run-here.js registers it on the first
// click, never before). It keeps the Python runtime that the site serves itself
// (assets/pyodide/<version>/) in the browser's Cache Storage, so a later visit runs examples with no
// network at all. The version is part of every URL, so a cached file is never stale; nothing else
// the site serves goes through here.
const CACHE = "run-here";

self.addEventListener("install", (event) => {
  // Fetch the runtime once, now, whatever the page is doing: 13.5 MB, 6.3 MB gzipped.
  const runtime = new URL(self.location).searchParams.get("runtime");
  const files = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json", "snippets.zip"];
  event.waitUntil(
    runtime ? caches.open(CACHE).then((cache) => cache.addAll(files.map((f) => new URL(f, runtime).href))) : null,
  );
  self.skipWaiting();
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.includes("/assets/pyodide/")) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(event.request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(event.request);
      if (response.ok) cache.put(event.request, response.clone());
      return response;
    }),
  );
});
