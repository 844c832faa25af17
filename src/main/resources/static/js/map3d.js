/*
 * The 3-D view of the map (issue #14 item 2): the grids extruded by their number of key
 * persons and the checkpoints as columns by today's crossings, drawn on a canvas with an
 * orthographic camera that turns (bearing) and tilts (pitch) — drag with the mouse or a
 * finger, the arrow keys, or the buttons beside it; the wheel zooms. No MapLibre WebJar is
 * served, so the view is this small renderer: faces sorted far to near and painted.
 */
(function () {
	'use strict';

	function rings(geometry) {
		if (!geometry) {
			return [];
		}
		if (geometry.type === 'Polygon') {
			return [geometry.coordinates[0]];
		}
		if (geometry.type === 'MultiPolygon') {
			return geometry.coordinates.map(function (polygon) { return polygon[0]; });
		}
		return [];
	}

	function square(lon, lat, half) {
		return [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half],
			[lon - half, lat - half]];
	}

	function shadeColour(hex, factor) {
		var n = parseInt(hex.slice(1), 16);
		var r = Math.round(((n >> 16) & 255) * factor);
		var g = Math.round(((n >> 8) & 255) * factor);
		var b = Math.round((n & 255) * factor);
		return 'rgb(' + Math.min(255, r) + ',' + Math.min(255, g) + ',' + Math.min(255, b) + ')';
	}

	function create(canvas, container, input) {
		var w = input.words;
		var lonLat = [];
		function collect(ring) {
			ring.forEach(function (p) { lonLat.push(p); });
		}
		input.grids.features.forEach(function (f) {
			rings(f.geometry).forEach(collect);
			if (f.geometry && f.geometry.type === 'Point') {
				lonLat.push(f.geometry.coordinates);
			}
		});
		input.checkpoints.features.forEach(function (f) {
			if (f.geometry) {
				lonLat.push(f.geometry.coordinates);
			}
		});
		// the view frames the caller's own grids and checkpoints; the outline only when there are none
		if (!lonLat.length) {
			input.outline.features.forEach(function (f) { rings(f.geometry).forEach(collect); });
		}
		var minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
		lonLat.forEach(function (p) {
			minLon = Math.min(minLon, p[0]); maxLon = Math.max(maxLon, p[0]);
			minLat = Math.min(minLat, p[1]); maxLat = Math.max(maxLat, p[1]);
		});
		if (!isFinite(minLon)) {
			minLon = maxLon = 128; minLat = maxLat = 47;
		}
		var lon0 = (minLon + maxLon) / 2;
		var lat0 = (minLat + maxLat) / 2;
		var kx = Math.cos(lat0 * Math.PI / 180) * 111320;
		var ky = 110540;
		function xy(p) {
			return [(p[0] - lon0) * kx, (p[1] - lat0) * ky];
		}
		var extent = Math.max((maxLon - minLon) * kx, (maxLat - minLat) * ky, 1000);
		var tall = extent * 0.22;

		// the solids: grids (extruded rings) and checkpoints (square columns)
		var solids = [];
		var gridMax = 0;
		input.grids.features.forEach(function (f) { gridMax = Math.max(gridMax, f.properties.keyPersons || 0); });
		input.grids.features.forEach(function (f) {
			var count = f.properties.keyPersons || 0;
			var colour = input.shades[count ? Math.min(input.shades.length - 1,
				Math.max(1, Math.ceil(count / Math.max(gridMax, 1) * (input.shades.length - 1)))) : 0];
			var height = extent * 0.004 + (gridMax ? count / gridMax * tall : 0);
			var shapes = rings(f.geometry);
			if (!shapes.length && f.geometry && f.geometry.type === 'Point') {
				shapes = [square(f.geometry.coordinates[0], f.geometry.coordinates[1], 0.004)];
			}
			shapes.forEach(function (ring) {
				solids.push({ ring: ring.map(xy), height: height, colour: colour, name: f.properties.name, value: count });
			});
		});
		var cpMax = 0;
		input.checkpoints.features.forEach(function (f) { cpMax = Math.max(cpMax, f.properties.crossings || 0); });
		input.checkpoints.features.forEach(function (f) {
			if (!f.geometry) {
				return;
			}
			var c = f.geometry.coordinates;
			var crossings = f.properties.crossings || 0;
			solids.push({ ring: square(c[0], c[1], 0.0012).map(xy),
				height: extent * 0.01 + (cpMax ? crossings / cpMax * tall * 1.3 : 0),
				colour: input.kinds[f.properties.kind] || '#475569', name: f.properties.name, value: crossings,
				column: true });
		});
		var ground = [];
		input.outline.features.forEach(function (f) { rings(f.geometry).forEach(function (r) { ground.push(r.map(xy)); }); });

		var view = { bearing: -20, pitch: 50, zoom: 1 };
		var ctx = canvas.getContext('2d');
		var width = 0, height = 0, ratio = 1;
		canvas.tabIndex = 0;

		function project(x, y, z) {
			var b = view.bearing * Math.PI / 180;
			var t = view.pitch * Math.PI / 180;
			var rx = x * Math.cos(b) - y * Math.sin(b);
			var ry = x * Math.sin(b) + y * Math.cos(b);
			var scale = Math.min(width, height * 1.6) / extent * 0.85 * view.zoom;
			return {
				x: width / 2 + rx * scale,
				y: height / 2 - (ry * Math.cos(t) + z * Math.sin(t)) * scale,
				depth: ry * Math.sin(t) - z * Math.cos(t)
			};
		}

		function path(points) {
			ctx.beginPath();
			points.forEach(function (p, i) {
				if (i === 0) {
					ctx.moveTo(p.x, p.y);
				}
				else {
					ctx.lineTo(p.x, p.y);
				}
			});
			ctx.closePath();
		}

		var tops = [];
		function draw() {
			ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
			ctx.clearRect(0, 0, width, height);
			ctx.fillStyle = '#eef2f6';
			ctx.fillRect(0, 0, width, height);
			ground.forEach(function (ring) {
				path(ring.map(function (p) { return project(p[0], p[1], 0); }));
				ctx.fillStyle = '#e2e8f0';
				ctx.fill();
				ctx.strokeStyle = '#334155';
				ctx.lineWidth = 1.5;
				ctx.stroke();
			});
			var faces = [];
			var light = (view.bearing + 135) * Math.PI / 180;
			solids.forEach(function (s) {
				var ring = s.ring;
				for (var i = 0; i + 1 < ring.length; i++) {
					var a = ring[i], b = ring[i + 1];
					var pts = [project(a[0], a[1], 0), project(b[0], b[1], 0), project(b[0], b[1], s.height),
						project(a[0], a[1], s.height)];
					var normal = Math.atan2(b[0] - a[0], -(b[1] - a[1]));
					var lit = 0.62 + 0.3 * Math.abs(Math.cos(normal - light));
					faces.push({ pts: pts, colour: shadeColour(s.colour, lit),
						depth: (pts[0].depth + pts[1].depth) / 2 - 1e-6, stroke: s.column ? null : 'rgba(71,85,105,0.35)' });
				}
				var top = ring.map(function (p) { return project(p[0], p[1], s.height); });
				var depth = 0;
				top.forEach(function (p) { depth += p.depth; });
				faces.push({ pts: top, colour: s.colour, depth: depth / top.length - s.height * 1e-3,
					stroke: s.column ? '#ffffff' : '#64748b', solid: s });
			});
			faces.sort(function (f1, f2) { return f2.depth - f1.depth; });
			tops = [];
			faces.forEach(function (f) {
				path(f.pts);
				ctx.fillStyle = f.colour;
				ctx.fill();
				if (f.stroke) {
					ctx.strokeStyle = f.stroke;
					ctx.lineWidth = 0.8;
					ctx.stroke();
				}
				if (f.solid) {
					tops.push(f);
				}
			});
			ctx.fillStyle = '#0f172a';
			ctx.font = '12px system-ui, sans-serif';
			ctx.fillText(w('map.view3d.legend'), 10, height - 12);
			canvas.setAttribute('data-faces', String(faces.length));
			canvas.setAttribute('data-bearing', String(Math.round(view.bearing)));
			canvas.setAttribute('data-pitch', String(Math.round(view.pitch)));
		}

		function resize() {
			ratio = window.devicePixelRatio || 1;
			width = container.clientWidth || 600;
			height = container.clientHeight || 400;
			canvas.width = Math.round(width * ratio);
			canvas.height = Math.round(height * ratio);
			canvas.style.width = width + 'px';
			canvas.style.height = height + 'px';
			draw();
		}

		function turn(dBearing, dPitch) {
			view.bearing = ((view.bearing + dBearing) % 360 + 360) % 360;
			view.pitch = Math.max(0, Math.min(80, view.pitch + dPitch));
			draw();
		}

		function zoom(factor) {
			view.zoom = Math.max(0.3, Math.min(8, view.zoom * factor));
			draw();
		}

		var drag = null;
		canvas.addEventListener('pointerdown', function (e) {
			drag = { x: e.clientX, y: e.clientY, moved: false };
			canvas.setPointerCapture(e.pointerId);
		});
		canvas.addEventListener('pointermove', function (e) {
			if (!drag) {
				return;
			}
			var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
			if (Math.abs(dx) + Math.abs(dy) > 2) {
				drag.moved = true;
			}
			drag.x = e.clientX;
			drag.y = e.clientY;
			turn(dx * 0.4, -dy * 0.3);
		});
		canvas.addEventListener('pointerup', function (e) {
			if (drag && !drag.moved) {
				pick(e);
			}
			drag = null;
		});
		canvas.addEventListener('wheel', function (e) {
			e.preventDefault();
			zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15);
		}, { passive: false });
		canvas.addEventListener('keydown', function (e) {
			var keys = { ArrowLeft: [-10, 0], ArrowRight: [10, 0], ArrowUp: [0, 5], ArrowDown: [0, -5] };
			if (keys[e.key]) {
				e.preventDefault();
				turn(keys[e.key][0], keys[e.key][1]);
			}
		});
		container.querySelectorAll('[data-map3d]').forEach(function (button) {
			button.addEventListener('click', function () {
				switch (button.getAttribute('data-map3d')) {
					case 'rotate-left': turn(-15, 0); break;
					case 'rotate-right': turn(15, 0); break;
					case 'tilt-up': turn(0, 10); break;
					case 'tilt-down': turn(0, -10); break;
					case 'zoom-in': zoom(1.25); break;
					case 'zoom-out': zoom(0.8); break;
					default: view.bearing = -20; view.pitch = 50; view.zoom = 1; draw();
				}
			});
		});

		var caption = document.createElement('div');
		caption.className = 'fk-map-3d-caption';
		caption.hidden = true;
		container.appendChild(caption);
		function inside(point, pts) {
			var hit = false;
			for (var i = 0, j = pts.length - 1; i < pts.length; j = i++) {
				if (((pts[i].y > point.y) !== (pts[j].y > point.y))
					&& (point.x < (pts[j].x - pts[i].x) * (point.y - pts[i].y) / (pts[j].y - pts[i].y) + pts[i].x)) {
					hit = !hit;
				}
			}
			return hit;
		}
		function pick(e) {
			var rect = canvas.getBoundingClientRect();
			var point = { x: e.clientX - rect.left, y: e.clientY - rect.top };
			for (var i = tops.length - 1; i >= 0; i--) {
				if (inside(point, tops[i].pts)) {
					var s = tops[i].solid;
					caption.textContent = s.name + '：' + s.value + ' ' + (s.column ? w('map.crossings') : w('map.keyPersons'));
					caption.hidden = false;
					return;
				}
			}
			caption.hidden = true;
		}

		window.addEventListener('resize', function () {
			if (!container.hidden) {
				resize();
			}
		});
		return { resize: resize, turn: turn };
	}

	window.FkMap3d = { create: create };
}());
