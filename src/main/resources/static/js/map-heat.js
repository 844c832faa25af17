/*
 * A heat-map layer for Leaflet (issue #14 item 1), drawn on a canvas of its own: each
 * point stamps a blurred disc, the summed density is coloured from a palette. No WebJar of
 * a Leaflet heat plug-in is served, so the map carries this small one (after the technique
 * of simpleheat).
 */
(function () {
	'use strict';
	if (!window.L) {
		return;
	}
	var RADIUS = 14;
	var BLUR = 12;
	var STOPS = [[0.2, '#2563eb'], [0.45, '#06b6d4'], [0.6, '#84cc16'], [0.8, '#facc15'], [1.0, '#dc2626']];

	function stamp() {
		var canvas = document.createElement('canvas');
		var r = RADIUS + BLUR;
		canvas.width = canvas.height = r * 2;
		var ctx = canvas.getContext('2d');
		ctx.shadowOffsetX = ctx.shadowOffsetY = r * 2;
		ctx.shadowBlur = BLUR;
		ctx.shadowColor = 'black';
		ctx.beginPath();
		ctx.arc(-r, -r, RADIUS, 0, Math.PI * 2, true);
		ctx.closePath();
		ctx.fill();
		return canvas;
	}

	function palette() {
		var canvas = document.createElement('canvas');
		canvas.width = 1;
		canvas.height = 256;
		var ctx = canvas.getContext('2d');
		var gradient = ctx.createLinearGradient(0, 0, 0, 256);
		STOPS.forEach(function (s) { gradient.addColorStop(s[0], s[1]); });
		ctx.fillStyle = gradient;
		ctx.fillRect(0, 0, 1, 256);
		return ctx.getImageData(0, 0, 1, 256).data;
	}

	window.FkHeatLayer = L.Layer.extend({
		initialize: function (latlngs) {
			this._latlngs = latlngs || [];
		},
		setLatLngs: function (latlngs) {
			this._latlngs = latlngs;
			if (this._map) {
				this._redraw();
			}
			return this;
		},
		onAdd: function (map) {
			this._map = map;
			this._canvas = L.DomUtil.create('canvas', 'fk-heat leaflet-layer');
			this._canvas.setAttribute('data-layer', 'heat');
			this.getPane().appendChild(this._canvas);
			map.on('moveend zoomend resize viewreset', this._redraw, this);
			map.on('zoomstart', this._hide, this);
			this._redraw();
		},
		onRemove: function (map) {
			map.off('moveend zoomend resize viewreset', this._redraw, this);
			map.off('zoomstart', this._hide, this);
			L.DomUtil.remove(this._canvas);
			this._canvas = null;
		},
		_hide: function () {
			if (this._canvas) {
				this._canvas.style.visibility = 'hidden';
			}
		},
		_redraw: function () {
			var map = this._map;
			var canvas = this._canvas;
			if (!map || !canvas) {
				return;
			}
			var size = map.getSize();
			canvas.width = size.x;
			canvas.height = size.y;
			L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
			canvas.style.visibility = '';
			var ctx = canvas.getContext('2d');
			ctx.clearRect(0, 0, size.x, size.y);
			if (!this._latlngs.length) {
				canvas.setAttribute('data-drawn', '0');
				return;
			}
			this._stamp = this._stamp || stamp();
			this._palette = this._palette || palette();
			var r = RADIUS + BLUR;
			// denser zoom levels stamp more faintly, so a city-wide view does not saturate
			ctx.globalAlpha = Math.max(0.05, Math.min(0.6, 12 / Math.sqrt(this._latlngs.length)));
			var drawn = 0;
			for (var i = 0; i < this._latlngs.length; i++) {
				var p = map.latLngToContainerPoint(this._latlngs[i]);
				if (p.x < -r || p.y < -r || p.x > size.x + r || p.y > size.y + r) {
					continue;
				}
				ctx.drawImage(this._stamp, p.x - r, p.y - r);
				drawn++;
			}
			var image = ctx.getImageData(0, 0, size.x, size.y);
			var pixels = image.data;
			var colours = this._palette;
			for (var j = 0; j < pixels.length; j += 4) {
				var alpha = pixels[j + 3];
				if (alpha) {
					var k = alpha * 4;
					pixels[j] = colours[k];
					pixels[j + 1] = colours[k + 1];
					pixels[j + 2] = colours[k + 2];
					pixels[j + 3] = Math.min(200, alpha * 1.6);
				}
			}
			ctx.putImageData(image, 0, 0);
			canvas.setAttribute('data-drawn', String(drawn));
		}
	});
}());
