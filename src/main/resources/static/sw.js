// Keeps the crew's registration page and its assets available without a network: pages network first (fresh
// CSRF token and figures when online), the last copy when offline; static assets cache first.
var CACHE = 'fangkong-crew-v1';
var ASSETS = ['/css/app.css', '/js/app.js', '/js/crew.js', '/img/favicon.svg',
	'/webjars/bootstrap/css/bootstrap.min.css', '/webjars/bootstrap/js/bootstrap.bundle.min.js',
	'/webjars/htmx.org/dist/htmx.min.js'];

self.addEventListener('install', function (event) {
	event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }));
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
	var request = event.request;
	if (request.method !== 'GET') {
		return;
	}
	var url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (ASSETS.indexOf(url.pathname) >= 0) {
		event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
		return;
	}
	if (/^\/checkpoints\/\d+\/register$/.test(url.pathname)) {
		event.respondWith(fetch(request).then(function (response) {
			if (response.ok) {
				var copy = response.clone();
				caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
			}
			return response;
		}).catch(function () { return caches.match(request); }));
	}
});
