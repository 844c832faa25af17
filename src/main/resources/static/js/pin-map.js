/*
 * A pin on a small map for the forms that take an address (issue #14 item 4): a tap or click on the map drops the
 * pin (a second one moves it) and fills the form's longitude and latitude fields, named by data-lng-field and
 * data-lat-field (hidden or visible inputs of the enclosing form; typing in visible ones moves the pin); a button
 * with data-pin-clear removes it. Under the pin: the city's outline and the grids the user may see, read from the
 * map's own layers (data-outline, data-grids; a role that may not read them gets a plain map), and a base map only
 * when one is configured (data-tile-url, fangkong.map.tile-url): without one no request leaves for another host.
 * The server checks the point again. No inline script (CSP).
 */
(function () {
	'use strict';
	if (!window.L) {
		return;
	}
	var CITY = [46.98, 128.03];

	function number(input) {
		var v = input ? parseFloat(input.value) : NaN;
		return isFinite(v) ? v : null;
	}

	function layer(url) {
		if (!url) {
			return Promise.resolve(null);
		}
		return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
			.then(function (response) { return response.ok ? response.json() : null; })
			.catch(function () { return null; });
	}

	function init(el) {
		if (el.hasAttribute('data-pin-init')) {
			return;
		}
		el.setAttribute('data-pin-init', '');
		var form = el.closest('form') || document;
		var lng = form.querySelector('[name="' + el.getAttribute('data-lng-field') + '"]');
		var lat = form.querySelector('[name="' + el.getAttribute('data-lat-field') + '"]');
		if (!lng || !lat) {
			return;
		}
		var shown = el.parentElement ? el.parentElement.querySelector('[data-pin-at]') : null;
		var clear = el.parentElement ? el.parentElement.querySelector('[data-pin-clear]') : null;
		var map = L.map(el, { zoomSnap: 0.5, minZoom: 4, maxZoom: 18, tap: true });
		var tileUrl = el.getAttribute('data-tile-url');
		if (tileUrl) {
			L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map);
		}
		else {
			el.classList.add('fk-pin-plain');
			map.attributionControl.setPrefix(false);
		}
		var pin = null;

		function show() {
			var x = number(lng);
			var y = number(lat);
			if (shown) {
				shown.textContent = (x !== null && y !== null) ? y.toFixed(5) + ', ' + x.toFixed(5) : shown.getAttribute('data-none');
			}
			if (clear) {
				clear.hidden = x === null || y === null;
			}
		}
		function drop(latitude, longitude) {
			if (pin) {
				pin.setLatLng([latitude, longitude]);
			}
			else {
				pin = L.circleMarker([latitude, longitude], { radius: 9, color: '#b91c1c', weight: 3, fillColor: '#ef4444', fillOpacity: 0.9 })
					.addTo(map);
			}
		}
		map.on('click', function (e) {
			var at = e.latlng.wrap();
			lng.value = at.lng.toFixed(6);
			lat.value = at.lat.toFixed(6);
			lng.classList.remove('is-invalid');
			lat.classList.remove('is-invalid');
			drop(at.lat, at.lng);
			el.setAttribute('data-pinned', 'true');
			show();
		});
		[lng, lat].forEach(function (input) {
			input.addEventListener('change', function () {
				if (number(lat) !== null && number(lng) !== null && Math.abs(number(lat)) <= 90 && Math.abs(number(lng)) <= 180) {
					drop(number(lat), number(lng));
				}
				show();
			});
		});
		if (clear) {
			clear.addEventListener('click', function () {
				lng.value = '';
				lat.value = '';
				if (pin) {
					map.removeLayer(pin);
					pin = null;
				}
				el.removeAttribute('data-pinned');
				show();
			});
		}

		var x = number(lng);
		var y = number(lat);
		var placed = x !== null && y !== null && Math.abs(x) <= 180 && Math.abs(y) <= 90;
		map.setView(placed ? [y, x] : CITY, placed ? 15 : 10);
		if (placed) {
			drop(y, x);
		}
		show();
		Promise.all([layer(el.getAttribute('data-outline')), layer(el.getAttribute('data-grids'))]).then(function (answers) {
			var fitTo = null;
			if (answers[0] && answers[0].features) {
				var outline = L.geoJSON(answers[0], { interactive: false, style: { color: '#334155', weight: 2, dashArray: '6 4', fill: false } })
					.addTo(map);
				if (outline.getLayers().length) {
					fitTo = outline.getBounds();
				}
				else if (!placed && answers[0].meta && answers[0].meta.center) {
					var c = answers[0].meta.center.coordinates;
					map.setView([c[1], c[0]], 10);
				}
			}
			if (answers[1] && answers[1].features) {
				var grids = L.geoJSON(answers[1], {
					interactive: false,
					style: { color: '#64748b', weight: 1, fillColor: '#e2e8f0', fillOpacity: 0.35 },
					pointToLayer: function (f, latlng) {
						return L.circleMarker(latlng, { radius: 4, color: '#64748b', weight: 1, fillOpacity: 0.4 });
					}
				}).addTo(map);
				// a grid worker's own grid is nearer than the whole city
				if (grids.getLayers().length && answers[1].features.length <= 12) {
					fitTo = grids.getBounds();
				}
			}
			if (!placed && fitTo && fitTo.isValid()) {
				map.fitBounds(fitTo, { padding: [8, 8], maxZoom: 16 });
			}
			if (pin) {
				pin.bringToFront();
			}
			el.setAttribute('data-ready', 'true');
		});
		// a map inside a box that was hidden when it was drawn
		window.addEventListener('resize', function () { map.invalidateSize(); });
	}

	document.querySelectorAll('.fk-pin-map').forEach(init);
}());
