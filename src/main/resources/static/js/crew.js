// The crew's registration page: sends each registration as JSON with an idempotency key, and keeps a local
// queue while the network is down, sent in order when it returns (issue #3, item 6). A resend never makes a
// second row: the server answers a known key with the first registration.
(function () {
	'use strict';
	var form = document.getElementById('registration-form');
	if (!form) {
		return;
	}
	var QUEUE = 'fangkong.queue.' + form.getAttribute('data-json-url');
	var resultBox = document.getElementById('live-result');
	var queueBox = document.getElementById('queue-status');
	var netBadge = document.getElementById('net-status');
	var fever = parseFloat(form.getAttribute('data-fever'));
	var sending = false;

	function msg(name) { return form.getAttribute('data-msg-' + name) || name; }
	function csrf() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
		if (token && header) { headers[header.content] = token.content; }
		return headers;
	}
	function uuid() {
		if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
		return 'k-' + Date.now() + '-' + Math.random().toString(16).slice(2);
	}
	function queue() {
		try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch (e) { return []; }
	}
	function saveQueue(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); showQueue(); }
	function showQueue() {
		var items = queue();
		var waiting = items.filter(function (i) { return !i.failed; }).length;
		var failed = items.filter(function (i) { return i.failed; });
		if (items.length === 0) { queueBox.classList.add('d-none'); return; }
		queueBox.classList.remove('d-none');
		var text = msg('queued').replace('{0}', waiting);
		if (failed.length) { text += ' ' + msg('failed').replace('{0}', failed.length) + ' ' + failed.map(function (f) { return f.error; }).join('; '); }
		queueBox.textContent = text;
	}
	function online(isOnline) {
		netBadge.textContent = netBadge.getAttribute(isOnline ? 'data-online' : 'data-offline');
		netBadge.className = 'badge ' + (isOnline ? 'text-bg-success' : 'text-bg-warning');
	}
	function show(kind, text) {
		resultBox.className = 'alert py-2 mb-2 alert-' + kind;
		resultBox.textContent = text;
	}
	function clearErrors() {
		form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
		form.querySelectorAll('[data-field]').forEach(function (el) { el.textContent = ''; el.style.display = ''; });
	}
	// The server's message next to each field it names (problem JSON: errors [{field, message}]); what no field
	// of the form shows is returned, for the message box.
	function showErrors(errors) {
		var unplaced = [];
		errors.forEach(function (error) {
			var input = form.elements[error.field];
			var feedback = form.querySelector('[data-field="' + error.field + '"]');
			if (input && input.classList) { input.classList.add('is-invalid'); }
			if (feedback) {
				feedback.textContent = feedback.textContent ? feedback.textContent + ' ' + error.message : error.message;
				feedback.style.display = 'block';
			} else {
				unplaced.push(error.message);
			}
		});
		var first = errors.length ? form.querySelector('[data-field="' + errors[0].field + '"]') : null;
		if (first && first.scrollIntoView) { first.scrollIntoView({ block: 'center' }); }
		return unplaced;
	}
	// The counters at the top follow each registration sent (htmx reloads them on this event).
	function registered() {
		document.body.dispatchEvent(new CustomEvent('fk-registered'));
	}
	function value(name) {
		var el = form.elements[name];
		if (!el) { return null; }
		if (el instanceof RadioNodeList) { return el.value || null; }
		return el.value === '' ? null : el.value;
	}
	function payload() {
		var crossed = value('crossedAt');
		return {
			direction: value('direction'), idType: value('idType'), idNumber: value('idNumber'), name: value('name'),
			phone: value('phone'), originClass: value('originClass'), originPlace: value('originPlace'),
			destinationJurisdictionId: value('destinationJurisdictionId') ? Number(value('destinationJurisdictionId')) : null,
			travelMode: value('travelMode'), plate: value('plate'), vehicleClass: value('vehicleClass'),
			passengers: value('passengers') ? Number(value('passengers')) : null,
			temperature: value('temperature'), healthCode: value('healthCode'), outcome: value('outcome'),
			// The real time of the crossing, so that a registration sent later keeps it.
			crossedAt: crossed ? new Date(crossed).toISOString() : new Date().toISOString(),
			vehicleGroup: value('vehicleGroup')
		};
	}
	function post(item) {
		return fetch(form.getAttribute('data-json-url'), {
			method: 'POST', credentials: 'same-origin',
			headers: Object.assign(csrf(), { 'Idempotency-Key': item.key }),
			body: JSON.stringify(item.body)
		});
	}
	function resetPerson(keepVehicle, group) {
		['idNumber', 'name', 'phone', 'temperature', 'crossedAt'].forEach(function (n) { if (form.elements[n]) { form.elements[n].value = ''; } });
		if (!keepVehicle) {
			['plate', 'originPlace'].forEach(function (n) { form.elements[n].value = ''; });
			form.elements.vehicleGroup.value = '';
		} else {
			form.elements.vehicleGroup.value = group;
		}
		document.getElementById('fever-warning').classList.add('d-none');
		form.elements.idNumber.focus();
	}
	function unavailable(response) {
		return response.status === 502 || response.status === 503 || response.status === 504;
	}
	function flush() {
		if (sending) { return; }
		var items = queue().filter(function (i) { return !i.failed; });
		if (items.length === 0) { return; }
		sending = true;
		var item = items[0];
		post(item).then(function (response) {
			if (response.ok) {
				saveQueue(queue().filter(function (i) { return i.key !== item.key; }));
				online(true);
				show('success', msg('sent') + ' ' + item.body.name);
				registered();
			} else if (response.status === 401 || response.status === 403) {
				show('danger', msg('login'));
				sending = false;
				return;
			} else if (unavailable(response)) {
				// the server is up but its database is not (RE5): keep the item, the timer sends it again
				show('warning', msg('offline'));
				sending = false;
				return;
			} else {
				return response.json().then(function (problem) {
					var errors = (problem.errors || []).map(function (e) { return e.field + ': ' + e.message; }).join('; ');
					saveQueue(queue().map(function (i) { return i.key === item.key ? Object.assign(i, { failed: true, error: item.body.name + ' — ' + (errors || problem.detail) }) : i; }));
				});
			}
		}).catch(function () {
			online(false);
		}).then(function () {
			sending = false;
			if (queue().some(function (i) { return !i.failed; }) && navigator.onLine) { setTimeout(flush, 500); }
		});
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		clearErrors();
		var keepVehicle = event.submitter && event.submitter.name === 'keepVehicle';
		var group = form.elements.vehicleGroup.value || (keepVehicle ? uuid() : '');
		form.elements.vehicleGroup.value = group;
		var item = { key: uuid(), body: payload() };
		post(item).then(function (response) {
			online(true);
			if (response.status === 201) {
				return response.json().then(function (registration) {
					var text = msg('done').replace('{0}', registration.name);
					show(registration.outcome === 'FEVER_CLINIC' ? 'danger' : 'success', text + (registration.outcome === 'FEVER_CLINIC' ? ' ' + msg('fever') : ''));
					resetPerson(keepVehicle, group);
					registered();
				});
			}
			if (response.status === 401 || response.status === 403) { show('danger', msg('login')); return; }
			if (unavailable(response)) {
				// RE5: queued like an offline registration, sent again with the same key
				saveQueue(queue().concat([item]));
				show('warning', msg('offline'));
				resetPerson(keepVehicle, group);
				return;
			}
			return response.json().then(function (problem) {
				var unplaced = showErrors(problem.errors || []);
				show('danger', [problem.detail || ''].concat(unplaced).join(' '));
			});
		}).catch(function () {
			// No network: keep it, with the real time of the crossing, and send it when the network is back.
			saveQueue(queue().concat([item]));
			online(false);
			show('warning', msg('offline'));
			resetPerson(keepVehicle, group);
		});
	});

	document.getElementById('lookup').addEventListener('click', function () {
		var params = new URLSearchParams({ idType: value('idType') || '', idNumber: value('idNumber') || '' });
		fetch(form.getAttribute('data-prefill-url') + '?' + params, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (response) {
				if (response.status === 404) { show('info', msg('notfound')); return; }
				return response.json().then(function (data) {
					if (!response.ok) { showErrors(data.errors || []); return; }
					['name', 'phone', 'originClass', 'originPlace', 'destinationJurisdictionId', 'plate', 'vehicleClass'].forEach(function (n) {
						if (data[n] !== null && data[n] !== undefined && form.elements[n]) { form.elements[n].value = data[n]; }
					});
					if (data.travelMode) { var mode = document.getElementById('mode-' + data.travelMode); if (mode) { mode.checked = true; } }
					show('info', msg('prefilled'));
					form.elements.temperature.focus();
				});
			}).catch(function () { online(false); });
	});

	form.elements.temperature.addEventListener('input', function () {
		var t = parseFloat(this.value);
		document.getElementById('fever-warning').classList.toggle('d-none', !(t >= fever));
	});
	window.addEventListener('online', function () { online(true); flush(); });
	window.addEventListener('offline', function () { online(false); });
	setInterval(flush, 5000);
	showQueue();
	online(navigator.onLine);
	flush();
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/sw.js').catch(function () { /* pages still work online */ });
	}
})();
