// Opstap report charts: bars per category (a series per municipality) or lines over time, drawn from the JSON in
// data-series. The table below each chart holds the same numbers, so the chart is an extra, never the only way.
(function () {
  "use strict";
  var COLOURS = ["#01689b", "#e17000", "#39870c", "#a90061", "#5f3f00", "#42145f"];
  function draw(el, kind, data) {
    var chart = echarts.init(el);
    var horizontal = kind === "bar";
    var category = { type: "category", data: data.categories, axisLabel: { color: "#1a1a1a", width: 160, overflow: "truncate" } };
    var value = { type: "value", axisLabel: { color: "#1a1a1a" } };
    chart.setOption({
      color: COLOURS,
      aria: { enabled: true },
      legend: { bottom: 0, textStyle: { color: "#1a1a1a" } },
      tooltip: { trigger: "axis" },
      grid: { left: horizontal ? 170 : 50, right: 24, top: 16, bottom: 48 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: data.series.map(function (s) {
        return { name: s.name, type: kind === "line" ? "line" : "bar", data: s.data, showSymbol: false };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof echarts === "undefined") { return; }
    document.querySelectorAll("[data-report-chart]").forEach(function (el) {
      draw(el, el.getAttribute("data-report-chart"), JSON.parse(el.getAttribute("data-series")));
    });
  });
})();
