/*
 * The map page (issue #14): reads the GeoJSON layers of /api/v1/map with the filters of the
 * page's URL and draws them with Leaflet — the city's outline, the grids shaded by their
 * key persons, the checkpoints sized by today's crossings, the key persons clustered and
 * coloured by measure, a heat map — or hands them to the 3-D view (map3d.js). Without a
 * configured tile URL there is no base map: the layers lie on a plain background and no
 * request leaves for another host.
 */
(function () {
	'use strict';
	var frame = document.getElementById('map-frame');
	if (!frame || !window.L) {
		return;
	}
	var MEASURE_COLOURS = {
		HOME_OBSERVATION: '#d97706', CENTRALISED_ISOLATION: '#dc2626', MEDICAL_OBSERVATION: '#7c3aed',
		HOME_MONITORING: '#2563eb', NONE: '#6b7280'
	};
	var KIND_COLOURS = { KEY: '#991b1b', VILLAGE: '#0f766e', SUB: '#475569' };
	var GRID_SHADES = ['#f8fafc', '#fee2b3', '#fdba74', '#fb923c', '#ea580c', '#9a3412'];
	var FILTERS = ['originClass', 'measure', 'status', 'from', 'to'];

	var words = {};
	document.querySelectorAll('#map-words dt').forEach(function (dt) {
		words[dt.textContent] = dt.nextElementSibling ? dt.nextElementSibling.textContent : dt.textContent;
	});
	function w(key) {
		return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
	}
	function esc(value) {
		return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
		});
	}
	function row(label, value) {
		return value == null || value === '' ? '' : '<div><span class="text-muted">' + esc(label) + '：</span>' + esc(value) + '</div>';
	}
	function link(href) {
		return href ? '<div class="mt-1"><a href="' + esc(href) + '">' + esc(w('map.open')) + '</a></div>' : '';
	}
	var status = document.getElementById('map-status');
	function say(text) {
		if (status) {
			status.textContent = text;
		}
	}

	var api = frame.getAttribute('data-api');
	var withPersons = frame.getAttribute('data-key-persons') === 'true';
	var params = new URLSearchParams(window.location.search);
	var query = new URLSearchParams();
	FILTERS.forEach(function (name) {
		if (params.get(name)) {
			query.set(name, params.get(name));
		}
	});
	var qs = query.toString() ? '?' + query.toString() : '';

	var map = L.map('map-2d', { preferCanvas: true, zoomSnap: 0.5, minZoom: 5, maxZoom: 18 });
	map.setView([46.98, 128.03], 10);
	var tileUrl = frame.getAttribute('data-tile-url');
	if (tileUrl) {
		var tiles = L.tileLayer(tileUrl, { attribution: frame.getAttribute('data-tile-attribution') || '', maxZoom: 19 });
		tiles.on('tileerror', function () {
			frame.classList.add('fk-map-plain');
		});
		tiles.addTo(map);
	}
	else {
		frame.classList.add('fk-map-plain');
		map.attributionControl.setPrefix(false);
	}

	function get(path) {
		return fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(path + ' ' + response.status);
				}
				return response.json();
			});
	}

	function shade(count, max) {
		if (!count) {
			return GRID_SHADES[0];
		}
		var step = Math.ceil((count / Math.max(max, 1)) * (GRID_SHADES.length - 1));
		return GRID_SHADES[Math.min(GRID_SHADES.length - 1, Math.max(1, step))];
	}

	function checkpointRadius(crossings) {
		return Math.min(22, 5 + 1.6 * Math.sqrt(crossings || 0));
	}

	var overlays = {};
	var drawn = { checkpoints: 0, keyPersons: 0, grids: 0, outline: 0, heat: 0 };
	var data = {};

	function drawOutline(collection) {
		var layer = L.geoJSON(collection, {
			interactive: false,
			style: { color: '#334155', weight: 2, dashArray: '6 4', fill: false }
		}).addTo(map);
		drawn.outline = collection.features.length;
		overlays[w('map.layer.outline')] = layer;
		return layer;
	}

	function drawGrids(collection) {
		var max = 0;
		collection.features.forEach(function (f) {
			max = Math.max(max, f.properties.keyPersons || 0);
		});
		var layer = L.geoJSON(collection, {
			style: function (f) {
				return { color: '#64748b', weight: 1, fillColor: shade(f.properties.keyPersons, max), fillOpacity: 0.55 };
			},
			pointToLayer: function (f, latlng) {
				return L.circleMarker(latlng, { radius: 6, color: '#64748b', weight: 1, dashArray: '2 2',
					fillColor: shade(f.properties.keyPersons, max), fillOpacity: 0.7 });
			},
			onEachFeature: function (f, l) {
				var p = f.properties;
				l.bindPopup(function () {
					return '<strong>' + esc(p.name) + '</strong>' + row(w('map.keyPersons'), p.keyPersons)
						+ (p.hasBoundary ? '' : '<div class="small text-muted">' + esc(w('map.noBoundary')) + '</div>')
						+ link(p.link);
				});
			}
		}).addTo(map);
		drawn.grids = collection.features.length;
		overlays[w('map.layer.grids')] = layer;
		data.gridMax = max;
		return layer;
	}

	function drawCheckpoints(collection) {
		var layer = L.geoJSON(collection, {
			pointToLayer: function (f, latlng) {
				var p = f.properties;
				return L.circleMarker(latlng, { radius: checkpointRadius(p.crossings), color: '#ffffff', weight: 1.5,
					fillColor: KIND_COLOURS[p.kind] || '#475569', fillOpacity: 0.9 });
			},
			onEachFeature: function (f, l) {
				var p = f.properties;
				l.bindPopup(function () {
					return '<strong>' + esc(p.name) + '</strong>' + row('', w('checkpoint.kind.' + p.kind))
						+ row(w('map.crossings'), p.crossings) + link(p.link);
				});
			}
		}).addTo(map);
		drawn.checkpoints = collection.features.length;
		overlays[w('map.layer.checkpoints')] = layer;
		return layer;
	}

	function drawKeyPersons(collection, done) {
		var clusters = L.markerClusterGroup({
			chunkedLoading: true,
			showCoverageOnHover: false,
			maxClusterRadius: 50,
			chunkProgress: function (processed, total) {
				if (processed === total) {
					done();
				}
			}
		});
		var markers = [];
		var heat = [];
		collection.features.forEach(function (f) {
			if (!f.geometry) {
				return;
			}
			var p = f.properties;
			var latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
			heat.push(latlng);
			var marker = L.circleMarker(latlng, { radius: 6, color: '#ffffff', weight: 1,
				fillColor: MEASURE_COLOURS[p.measure] || '#6b7280', fillOpacity: 0.95 });
			marker.bindPopup(function () {
				return '<strong>' + esc(p.name) + '</strong>' + row(w('field.idNumber'), p.idNumber)
					+ row(w('field.measure'), w('measure.' + p.measure)) + row(w('field.status'), w('status.' + p.status))
					+ row(w('map.arrival'), p.arrivalDate) + row(w('map.measureEnd'), p.measureEnd)
					+ row(w('map.grid'), p.gridName)
					+ '<div class="small text-muted">' + esc(w('map.placedBy.' + p.placedBy)) + '</div>' + link(p.link);
			});
			markers.push(marker);
		});
		clusters.addTo(map);
		overlays[w('map.layer.keyPersons')] = clusters;
		var heatLayer = new window.FkHeatLayer(heat);
		overlays[w('map.layer.heat')] = heatLayer;
		drawn.keyPersons = markers.length;
		drawn.heat = heat.length;
		if (markers.length) {
			clusters.addLayers(markers);
		}
		else {
			done();
		}
		return { clusters: clusters, heat: heatLayer };
	}

	function legend(meta) {
		var control = L.control({ position: 'bottomright' });
		control.onAdd = function () {
			var div = L.DomUtil.create('div', 'fk-map-legend');
			div.id = 'map-legend';
			var html = '<strong>' + esc(w('map.legend')) + '</strong>';
			html += '<div class="fk-legend-title">' + esc(w('map.layer.checkpoints')) + '</div>';
			Object.keys(KIND_COLOURS).forEach(function (kind) {
				html += '<div><span class="fk-swatch fk-round" data-colour="' + KIND_COLOURS[kind] + '"></span>' + esc(w('checkpoint.kind.' + kind)) + '</div>';
			});
			html += '<div class="small text-muted">' + esc(w('map.legend.checkpointSize')) + '</div>';
			if (withPersons) {
				html += '<div class="fk-legend-title">' + esc(w('map.layer.keyPersons')) + '</div>';
				Object.keys(MEASURE_COLOURS).forEach(function (m) {
					if (words['measure.' + m]) {
						html += '<div><span class="fk-swatch fk-round" data-colour="' + MEASURE_COLOURS[m] + '"></span>' + esc(w('measure.' + m)) + '</div>';
					}
				});
				if (meta && meta.placedBy) {
					Object.keys(meta.placedBy).forEach(function (how) {
						html += '<div class="small text-muted" data-placed-by="' + esc(how) + '">' + esc(w('map.placedBy.' + how)) + '：' + esc(meta.placedBy[how]) + '</div>';
					});
				}
				html += '<div class="fk-legend-title">' + esc(w('map.legend.grids')) + '</div><div class="fk-shades">';
				GRID_SHADES.forEach(function (colour) {
					html += '<span class="fk-swatch" data-colour="' + colour + '"></span>';
				});
				html += '</div><div class="small text-muted">0 … ' + esc(data.gridMax || 0) + '</div>';
			}
			div.innerHTML = html;
			div.querySelectorAll('[data-colour]').forEach(function (s) {
				s.style.backgroundColor = s.getAttribute('data-colour');
			});
			L.DomEvent.disableClickPropagation(div);
			L.DomEvent.disableScrollPropagation(div);
			return div;
		};
		control.addTo(map);
	}

	function fit(layers) {
		var bounds = L.latLngBounds([]);
		layers.forEach(function (layer) {
			if (layer && layer.getBounds) {
				var b = layer.getBounds();
				if (b.isValid()) {
					bounds.extend(b);
				}
			}
		});
		if (bounds.isValid()) {
			map.fitBounds(bounds, { padding: [16, 16], maxZoom: 15 });
			return true;
		}
		return false;
	}

	function finish() {
		Object.keys(drawn).forEach(function (key) {
			frame.setAttribute('data-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }), String(drawn[key]));
		});
		frame.setAttribute('data-loaded', 'true');
		frame.dispatchEvent(new CustomEvent('fk-map-loaded'));
	}

	var started = performance.now();
	say('…');
	Promise.all([get('/outline'), get('/grids' + qs), get('/checkpoints'), withPersons ? get('/key-persons' + qs) : null])
		.then(function (answers) {
			data.outline = answers[0];
			data.grids = answers[1];
			data.checkpoints = answers[2];
			data.keyPersons = answers[3];
			var outline = drawOutline(answers[0]);
			var grids = drawGrids(answers[1]);
			var checkpoints = drawCheckpoints(answers[2]);
			// the caller's own layers: a township or a grid sees its part of the city, the outline around it
			if (!fit([grids, checkpoints])) {
				fit([outline]);
			}
			var persons = null;
			var pending = new Promise(function (resolve) {
				if (answers[3]) {
					persons = drawKeyPersons(answers[3], resolve);
				}
				else {
					resolve();
				}
			});
			return pending.then(function () {
				L.control.layers(null, overlays, { collapsed: window.innerWidth < 768 }).addTo(map);
				legend(answers[3] ? answers[3].meta : null);
				var text = w('map.loaded').replace('{0}', drawn.checkpoints).replace('{1}', drawn.grids)
					.replace('{2}', drawn.keyPersons);
				if (answers[3] && answers[3].meta && answers[3].meta.truncated) {
					text += ' ' + w('map.truncated').replace('{0}', answers[3].meta.limit);
				}
				if (!tileUrl) {
					text += ' ' + w('map.noTiles');
				}
				say(text);
				frame.setAttribute('data-draw-ms', String(Math.round(performance.now() - started)));
				frame.setAttribute('data-loaded-at', String(Math.round(performance.now())));
				finish();
			});
		})
		.catch(function (error) {
			say(w('map.failed'));
			frame.setAttribute('data-error', String(error && (error.stack || error.message || error)));
		});

	// 2-D and 3-D
	var view2d = document.getElementById('map-view-2d');
	var view3d = document.getElementById('map-view-3d');
	var pane2d = document.getElementById('map-2d');
	var pane3d = document.getElementById('map-3d');
	var scene = null;
	function show(three) {
		pane2d.hidden = three;
		pane3d.hidden = !three;
		view2d.classList.toggle('btn-primary', !three);
		view2d.classList.toggle('btn-outline-primary', three);
		view3d.classList.toggle('btn-primary', three);
		view3d.classList.toggle('btn-outline-primary', !three);
		view2d.setAttribute('aria-pressed', String(!three));
		view3d.setAttribute('aria-pressed', String(three));
		frame.setAttribute('data-view', three ? '3d' : '2d');
		if (three) {
			if (!scene && window.FkMap3d && data.grids) {
				scene = window.FkMap3d.create(document.getElementById('map-3d-canvas'), pane3d, {
					outline: data.outline, grids: data.grids, checkpoints: data.checkpoints,
					shades: GRID_SHADES, kinds: KIND_COLOURS, words: w
				});
			}
			if (scene) {
				scene.resize();
			}
		}
		else {
			map.invalidateSize();
		}
	}
	if (view2d && view3d) {
		view2d.addEventListener('click', function () { show(false); });
		view3d.addEventListener('click', function () { show(true); });
	}
}());
