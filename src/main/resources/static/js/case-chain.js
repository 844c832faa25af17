// The chains of transmission (issue #13 item 4): cases and their close contacts as an Apache ECharts graph series
// (force layout), a case coloured by its classification, a contact who is not a case in grey; a link from a case to
// each of its contacts, labelled with the exposure type and the last exposure. The page names the data URL (the
// same session, GET /cases/chains/data) and the category labels in data attributes; no inline script (CSP).
(function () {
	'use strict';
	var el = document.getElementById('case-chain');
	if (!el || typeof echarts === 'undefined') { return; }
	var labels = {};
	(el.getAttribute('data-labels') || '').split(';').forEach(function (entry) {
		var parts = entry.split('=');
		if (parts.length === 2) { labels[parts[0]] = parts[1]; }
	});
	var order = ['CONFIRMED', 'SUSPECTED', 'ASYMPTOMATIC', 'DISCHARGED', 'DIED', 'CONTACT'];
	var colours = ['#c62828', '#ef6c00', '#f9a825', '#2e7d32', '#424242', '#90a4ae'];
	var caseUrl = el.getAttribute('data-case-url');
	var chart = echarts.init(el);
	fetch(el.getAttribute('data-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
		.then(function (r) { return r.json(); })
		.then(function (chain) {
			var nodes = chain.nodes.map(function (n) {
				return { id: n.id, name: n.name, category: Math.max(order.indexOf(n.category), 0),
					symbolSize: n.caseId ? 30 : 16, caseId: n.caseId, value: labels[n.category] || n.category };
			});
			var links = chain.links.map(function (l) {
				return { source: l.source, target: l.target, value: l.exposureType + ' ' + l.lastExposure };
			});
			chart.setOption({
				animation: false,
				color: colours,
				legend: { top: 0, data: order.map(function (c) { return labels[c] || c; }) },
				tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.value : p.name + '：' + p.data.value; } },
				series: [{
					type: 'graph', layout: 'force', roam: true, draggable: true,
					force: { repulsion: 180, edgeLength: 80 },
					label: { show: true, position: 'right' },
					edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
					lineStyle: { color: '#607d8b', width: 1.5 },
					categories: order.map(function (c) { return { name: labels[c] || c }; }),
					data: nodes, links: links
				}]
			});
			el.setAttribute('data-drawn', String(nodes.length));
			chart.on('click', function (p) {
				if (p.dataType === 'node' && p.data.caseId) { window.location.href = caseUrl + p.data.caseId; }
			});
		});
	window.addEventListener('resize', function () { chart.resize(); });
}());
