/* The relationship graph page: fetch /api/graph with the page's filters, lay the organisations
   out by country and kind (circle packing), draw them with sigma.js (WebGL), then let
   ForceAtlas2 refine the layout in a web worker for a few seconds. Clicking an organisation opens
   its page. `window.gyoryuGraph` records sizes and timings (bench/graph.py reads it). */
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box) return;
  var t0 = performance.now();
  var lang = box.dataset.locale || "en";
  var COUNTRY = { KR: "#1f6fd1", CN: "#d1352b", US: "#2e9e5b", JP: "#8e5bd1" };
  var EDGE = { meeting: "#0b6bcb", outcome: "#d98a00", news: "#9aa3b2", program: "#6cc3a0", cluster: "#d6dae1" };
  var status = document.getElementById("graph-status");

  function say(text, cls) { status.textContent = text; status.className = cls || "count"; }

  fetch(box.dataset.api, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) { return r.json().then(function (d) { return [r, d]; }); })
    .then(function (pair) {
      var r = pair[0], data = pair[1];
      if (!r.ok) { say(data.message || r.statusText, "error"); window.gyoryuGraph = { error: data.message }; return; }
      var fetched = performance.now();
      var g = new graphology.Graph({ multi: true, type: "undirected" });
      data.nodes.forEach(function (n) {
        g.addNode(String(n.id), {
          label: n.names[lang] || n.names.en || n.names.ko || n.names.zh || n.key || String(n.id),
          country: n.country, kind: n.kind, key: n.key, x: 0, y: 0,
          color: COUNTRY[n.country] || "#7a8494", size: 2
        });
      });
      data.edges.forEach(function (e) {
        g.addEdge(String(e.source), String(e.target), {
          type: "line", kind: e.type, color: EDGE[e.type] || "#ccc", size: Math.min(4, 0.5 + Math.log2(e.weight))
        });
      });
      g.forEachNode(function (node) { g.setNodeAttribute(node, "size", Math.min(14, 2 + 1.6 * Math.log2(1 + g.degree(node)))); });
      if (box.dataset.center) {
        var c = data.nodes.find(function (n) { return n.key === box.dataset.center || String(n.id) === box.dataset.center; });
        if (c) g.mergeNodeAttributes(String(c.id), { size: 16, color: "#111827", forceLabel: true });
      }
      graphologyLibrary.layout.circlepack.assign(g, { hierarchyAttributes: ["country", "kind"] });
      var renderer = new Sigma(g, box, { labelRenderedSizeThreshold: 7, renderEdgeLabels: false, zIndex: true });
      renderer.on("clickNode", function (ev) { window.location.href = "/organizations/" + ev.node; });
      var count = box.dataset.countText.replace("{nodes}", g.order.toLocaleString()).replace("{edges}", g.size.toLocaleString());
      say(data.truncated ? count + " · " + box.dataset.truncatedText : count);
      requestAnimationFrame(function () {
        window.gyoryuGraph = { nodes: g.order, edges: g.size, fetchMs: fetched - t0, renderMs: performance.now() - t0 };
        document.body.dataset.graphReady = "1";
      });
      if (g.order > 1 && g.order <= 6000) {
        var layout = new graphologyLibrary.FA2Layout(g, {
          settings: Object.assign(graphologyLibrary.layoutForceAtlas2.inferSettings(g), { slowDown: 5 })
        });
        layout.start();
        setTimeout(function () { layout.stop(); layout.kill(); }, 4000);
      }
    })
    .catch(function (err) { say(String(err), "error"); window.gyoryuGraph = { error: String(err) }; });
})();
