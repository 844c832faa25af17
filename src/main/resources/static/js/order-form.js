// The board's form to issue an order (issue #15 item 3): shows the point fields when the place is "a point" and the
// people box when the order goes to named people; a tap on the small Leaflet map drops the pin and fills latitude and
// longitude (typing them moves the pin). The map draws the jurisdiction's nodes for orientation and a base map only
// when one is configured (fangkong.map.tile-url). No inline script (CSP).
(function () {
	'use strict';
	var form = document.getElementById('issue-order');
	if (!form) { return; }
	var place = document.getElementById('jurisdictionId');
	var target = document.getElementById('target');
	var pointBox = document.getElementById('order-point');
	var peopleBox = document.getElementById('order-people-box');
	var lat = document.getElementById('latitude');
	var lng = document.getElementById('longitude');
	var el = document.getElementById('order-map');
	var map = null;
	var pin = null;

	function number(input) {
		var v = parseFloat(input.value);
		return isFinite(v) ? v : null;
	}
	function drop(latitude, longitude) {
		if (!map) { return; }
		if (pin) { pin.setLatLng([latitude, longitude]); } else { pin = L.marker([latitude, longitude]).addTo(map); }
	}
	function initMap() {
		if (map || !el || !window.L) { return; }
		var places = [];
		(el.getAttribute('data-places') || '').split(';').forEach(function (entry) {
			var parts = entry.split('|');
			if (parts.length === 3 && isFinite(parseFloat(parts[1])) && isFinite(parseFloat(parts[2]))) {
				places.push({ name: parts[0], at: [parseFloat(parts[1]), parseFloat(parts[2])] });
			}
		});
		map = L.map(el, { zoomSnap: 0.5, minZoom: 4, maxZoom: 18 });
		var tileUrl = el.getAttribute('data-tile-url');
		if (tileUrl) { L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map); }
		places.forEach(function (p) {
			L.circleMarker(p.at, { radius: 5, color: '#1c6dd0', weight: 1, fillOpacity: 0.6 })
				.bindTooltip(p.name, { permanent: places.length <= 12, direction: 'right', className: 'small' })
				.addTo(map);
		});
		if (number(lat) !== null && number(lng) !== null) {
			map.setView([number(lat), number(lng)], 13);
			drop(number(lat), number(lng));
		} else if (places.length > 1) {
			map.fitBounds(L.latLngBounds(places.map(function (p) { return p.at; })), { padding: [20, 20] });
		} else {
			map.setView(places.length ? places[0].at : [46.98, 128.03], 11);
		}
		map.on('click', function (e) {
			lat.value = e.latlng.lat.toFixed(6);
			lng.value = e.latlng.lng.toFixed(6);
			lat.classList.remove('is-invalid');
			lng.classList.remove('is-invalid');
			drop(e.latlng.lat, e.latlng.lng);
		});
	}
	function show() {
		if (pointBox && place) {
			pointBox.hidden = place.value !== 'point';
			if (!pointBox.hidden) {
				initMap();
				if (map) { map.invalidateSize(); }
			}
		}
		if (peopleBox && target) { peopleBox.hidden = target.value !== 'people'; }
	}
	[lat, lng].forEach(function (input) {
		if (input) {
			input.addEventListener('change', function () {
				if (number(lat) !== null && number(lng) !== null) { drop(number(lat), number(lng)); }
			});
		}
	});
	if (place) { place.addEventListener('change', show); }
	if (target) { target.addEventListener('change', show); }
	// the search field answers Enter with a search, not by issuing the order
	var q = document.getElementById('people-q');
	var find = document.getElementById('people-find');
	if (q && find) {
		q.addEventListener('keydown', function (e) {
			if (e.key === 'Enter') { e.preventDefault(); find.click(); }
		});
	}
	show();
}());
