// Opstap diagnosis charts: the ladder steps over time and the ZRM profile (latest against previous).
// Each chart has a table with the same numbers next to it, so the chart is an extra, not the only way.
(function () {
  "use strict";
  function ladder(el, points) {
    var chart = echarts.init(el);
    chart.setOption({
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      xAxis: { type: "time", axisLabel: { color: "#333333" } },
      yAxis: { type: "value", min: 1, max: 6, interval: 1, axisLabel: { color: "#333333" } },
      tooltip: { trigger: "axis" },
      series: [{ type: "line", step: "end", data: points.concat(points.length ? [[new Date().toISOString().slice(0, 10), points[points.length - 1][1]]] : []) }]
    });
  }
  function zrm(el, data) {
    var chart = echarts.init(el);
    var series = [];
    if (data.previous) { series.push({ value: data.previous.scores, name: data.previous.label }); }
    if (data.latest) { series.push({ value: data.latest.scores, name: data.latest.label }); }
    chart.setOption({
      legend: { bottom: 0, textStyle: { color: "#1a1a1a" } },
      tooltip: {},
      radar: { indicator: data.domains.map(function (d) { return { name: d, max: 5, min: 0 }; }), radius: "60%",
              axisName: { color: "#1a1a1a" } },
      series: [{ type: "radar", data: series }]
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof echarts === "undefined") { return; }
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var data = JSON.parse(el.getAttribute("data-series"));
      if (el.getAttribute("data-chart") === "ladder") { ladder(el, data); } else { zrm(el, data); }
    });
  });
})();
