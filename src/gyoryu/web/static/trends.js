/* The trends page: draw the table's rows (from the JSON block #trend-data) with Apache ECharts.
   A trend over time is a stacked bar per period, one series per value of the other dimensions;
   one without time is a ranking. Clicking a bar opens the articles behind it (the row's drill
   link). No inline script: the data travels as JSON, the behaviour lives here.
   `window.gyoryuTrends` records what was drawn once the chart has finished drawing: the bars grow
   in for a moment, and a click lands on a bar only where it already is (the browser tests wait
   for it before they click). Readers who asked for reduced motion get the bars at once. */
(function () {
  "use strict";
  var block = document.getElementById("trend-data");
  var box = document.getElementById("trend-chart");
  if (!block || !box || typeof echarts === "undefined") return;
  var data = JSON.parse(block.textContent);
  var locale = { ko: "KO", zh: "ZH", en: "EN" }[box.dataset.locale] || "EN";
  var TIMES = ["month", "quarter", "year"];
  var MAX_SERIES = 12, MAX_BARS = 25;
  var time = data.by.filter(function (d) { return TIMES.indexOf(d) >= 0; })[0];
  var others = data.by.filter(function (d) { return d !== time; });

  function shown(dim, value) {
    if (value === null || value === undefined) return TIMES.indexOf(dim) >= 0 ? data.texts.undated : data.texts.unknown;
    var names = data.labels[dim] || {};
    return names[String(value)] || String(value);
  }
  function seriesName(row) {
    if (!others.length) return data.texts.events;
    return others.map(function (d) { return shown(d, row[d]); }).join(" · ");
  }
  function open(row) { if (row && row.drill) window.location.href = row.drill; }

  var chart = echarts.init(box, null, { locale: locale, renderer: "canvas" });
  var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var option, lookup = {};
  if (time) {
    var periods = [], totals = {}, cells = {};
    data.rows.forEach(function (r) {
      if (r[time] === null) return;  // undated rows stay in the table
      if (periods.indexOf(r[time]) < 0) periods.push(r[time]);
      var name = seriesName(r);
      totals[name] = (totals[name] || 0) + r.count;
      cells[name + "\u0000" + r[time]] = r;
    });
    periods.sort();
    var names = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a] || (a < b ? -1 : 1); })
      .slice(0, MAX_SERIES);
    option = {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, renderMode: "richText" },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: "category", data: periods },
      yAxis: { type: "value", minInterval: 1 },
      series: names.map(function (name) {
        return { name: name, type: "bar", stack: "events", emphasis: { focus: "series" },
                 data: periods.map(function (p) { var c = cells[name + "\u0000" + p]; return c ? c.count : 0; }) };
      })
    };
    lookup = function (params) { return cells[params.seriesName + "\u0000" + params.name]; };
  } else {
    var rows = data.rows.slice(0, MAX_BARS).reverse();
    option = {
      tooltip: { trigger: "item", renderMode: "richText" },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: rows.map(seriesName) },
      series: [{ type: "bar", name: data.texts.events, data: rows.map(function (r) { return r.count; }),
                 label: { show: true, position: "right" } }]
    };
    lookup = function (params) { return rows[params.dataIndex]; };
  }
  option.animation = !still;
  chart.on("finished", function drawn() {
    chart.off("finished", drawn);
    window.gyoryuTrends = { series: option.series.length, points: option.series.reduce(function (n, s) { return n + s.data.length; }, 0) };
  });
  chart.setOption(option);
  chart.on("click", function (params) { open(lookup(params)); });

  var newBox = document.getElementById("new-chart");
  if (newBox && data.new.length) {
    var newChart = echarts.init(newBox, null, { locale: locale, renderer: "canvas" });
    newChart.setOption({
      tooltip: { trigger: "axis", renderMode: "richText" },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: "category", data: data.new.map(function (r) { return r.month; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: data.texts["new"], data: data.new.map(function (r) { return r.count; }) }],
      animation: !still
    });
    window.addEventListener("resize", function () { newChart.resize(); });
  }
  window.addEventListener("resize", function () { chart.resize(); });
})();
