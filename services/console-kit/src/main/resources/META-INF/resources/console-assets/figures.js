// Draws each chart of the figures page with Apache ECharts, from the option the server wrote beside it
// (data-chart). SVG, so every mark is an element a reader's tools and the browser tests can see. The
// tables below each chart carry the same figures for anyone without script.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(JSON.parse(element.getAttribute('data-chart')));
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
