// The command dashboard's charts (issue #10 item 2), drawn with Apache ECharts from the data-* attributes of each
// .fk-chart: data-labels (comma separated), data-names (the series' names), data-series (series separated by ';',
// values by ','). No inline script (CSP): the page only carries data. Redrawn after every htmx swap (the wall's
// polling), so the charts follow the figures without a reload.
(function () {
	'use strict';
	var charts = [];

	function split(value, separator) {
		return (value || '').length ? value.split(separator) : [];
	}

	function numbers(value) {
		return split(value, ',').map(Number);
	}

	function palette(dark) {
		return dark ? ['#5fa8ff', '#9fd3ff', '#ffd166', '#ff6b6b', '#f4a259', '#7bd389']
			: ['#1c3a5e', '#9db4cf', '#2e7d32', '#c62828', '#b26a00', '#6a1b9a'];
	}

	function option(el, dark) {
		var kind = el.getAttribute('data-chart');
		var labels = split(el.getAttribute('data-labels'), ',');
		var names = split(el.getAttribute('data-names'), ',');
		var series = split(el.getAttribute('data-series'), ';').map(numbers);
		var text = dark ? '#e6edf5' : '#44505c';
		var grid = { left: 8, right: 12, top: 36, bottom: 8, containLabel: true };
		var axisLabel = { color: text, fontSize: dark ? 14 : 11 };
		var base = { color: palette(dark), textStyle: { color: text }, animation: false,
			legend: { top: 0, textStyle: { color: text, fontSize: dark ? 15 : 12 } },
			tooltip: { trigger: kind === 'pie' ? 'item' : 'axis' } };
		if (kind === 'pie') {
			base.legend = { show: false };
			base.series = [{ type: 'pie', radius: ['40%', '70%'], label: { color: text, fontSize: dark ? 15 : 12, formatter: '{b}\n{c}' },
				data: labels.map(function (label, i) { return { name: label, value: (series[0] || [])[i] || 0 }; }) }];
			return base;
		}
		var category = { type: 'category', data: labels, axisLabel: axisLabel };
		var value = { type: 'value', minInterval: 1, axisLabel: axisLabel, splitLine: { lineStyle: { color: dark ? '#2a3b52' : '#e8ecf1' } } };
		base.grid = grid;
		if (kind === 'hbars') {
			base.xAxis = value;
			base.yAxis = Object.assign({}, category, { inverse: true });
		} else {
			base.xAxis = category;
			base.yAxis = value;
		}
		base.series = series.map(function (values, i) {
			return { name: names[i], type: kind === 'lines' ? 'line' : 'bar', data: values, smooth: false,
				symbolSize: 6, barMaxWidth: 18 };
		});
		return base;
	}

	function draw() {
		if (typeof echarts === 'undefined') {
			return;
		}
		charts.forEach(function (chart) { chart.dispose(); });
		charts = [];
		var dark = document.body.classList.contains('fk-wall');
		document.querySelectorAll('.fk-chart').forEach(function (el) {
			var chart = echarts.init(el, null, { renderer: 'canvas' });
			chart.setOption(option(el, dark));
			charts.push(chart);
		});
	}

	document.addEventListener('DOMContentLoaded', draw);
	document.addEventListener('htmx:afterSettle', function (event) {
		if (event.target && event.target.id === 'dash-figures') {
			draw();
		}
	});
	window.addEventListener('resize', function () {
		charts.forEach(function (chart) { chart.resize(); });
	});
}());
