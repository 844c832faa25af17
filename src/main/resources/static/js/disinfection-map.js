// The disinfection map (issue #16 item 1): the places of the day's tasks and the overdue places by their coordinates,
// drawn with Apache ECharts as a scatter of longitude × latitude (no map tiles: it works on an intranet). The page
// carries the points in data-points ("name|lat|lng|state;…", state open, done or overdue); no inline script (CSP).
(function () {
	'use strict';
	var el = document.getElementById('disinfection-map');
	if (!el || typeof echarts === 'undefined') { return; }
	var colours = { open: '#1c6dd0', done: '#2e7d32', overdue: '#c62828' };
	var groups = { open: [], done: [], overdue: [] };
	(el.getAttribute('data-points') || '').split(';').forEach(function (entry) {
		var parts = entry.split('|');
		if (parts.length === 4 && groups[parts[3]]) {
			groups[parts[3]].push({ name: parts[0], value: [Number(parts[2]), Number(parts[1])] });
		}
	});
	var all = groups.open.concat(groups.done, groups.overdue);
	var lngs = all.map(function (p) { return p.value[0]; });
	var lats = all.map(function (p) { return p.value[1]; });
	var pad = 0.005;
	var chart = echarts.init(el);
	chart.setOption({
		animation: false,
		legend: { top: 0 },
		tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName + '：' + p.name; } },
		grid: { left: 4, right: 8, top: 30, bottom: 4, containLabel: false },
		xAxis: { type: 'value', show: false, min: Math.min.apply(null, lngs) - pad, max: Math.max.apply(null, lngs) + pad },
		yAxis: { type: 'value', show: false, min: Math.min.apply(null, lats) - pad, max: Math.max.apply(null, lats) + pad },
		series: ['overdue', 'open', 'done'].map(function (state) {
			return { type: 'scatter', name: el.getAttribute('data-' + state), data: groups[state],
				symbolSize: state === 'overdue' ? 16 : 12, itemStyle: { color: colours[state] } };
		})
	});
	window.addEventListener('resize', function () { chart.resize(); });
}());
