/* attribution report: filters, search and order for the claims; pan and zoom for the maps.
   Reads only the page's own markup (data-* attributes written by `attribution report`),
   loads nothing and writes nothing but the page's view. */
(function () {
  "use strict";

  function byId(id) { return document.getElementById(id); }

  // Claims: filters, search, order.
  var list = byId("claim-list");
  var form = byId("filters");
  if (list && form) {
    var items = Array.prototype.slice.call(list.querySelectorAll("li.claim"));
    var facts = items.map(function (item) {
      return {
        item: item,
        rank: Number(item.getAttribute("data-rank")),
        check: Number(item.getAttribute("data-check")),
        corroborated: item.getAttribute("data-corroborated") === "yes",
        statuses: (item.getAttribute("data-status") || "").split(" "),
        outlets: JSON.parse(item.getAttribute("data-outlets") || "[]"),
        kinds: (item.getAttribute("data-kinds") || "").split(" "),
        first: item.getAttribute("data-first") || "",
        last: item.getAttribute("data-last") || "",
        text: item.textContent.toLowerCase()
      };
    });
    var value = function (id) { var element = byId(id); return element ? element.value : ""; };

    var keeps = function (fact, query) {
      var status = value("filter-status");
      if (status === "uncorroborated" && fact.corroborated) { return false; }
      if (status && status !== "uncorroborated" && fact.statuses.indexOf(status) < 0) { return false; }
      var outlet = value("filter-outlet");
      if (outlet && fact.outlets.indexOf(outlet) < 0) { return false; }
      var kind = value("filter-kind");
      if (kind && fact.kinds.indexOf(kind) < 0) { return false; }
      var since = value("filter-since"), until = value("filter-until");
      if ((since || until) && !fact.last) { return false; }
      if (since && fact.last < since) { return false; }
      if (until && fact.first > until) { return false; }
      var words = query.split(/\s+/).filter(Boolean);
      return words.every(function (word) { return fact.text.indexOf(word) >= 0; });
    };

    var apply = function () {
      var query = value("search").trim().toLowerCase();
      var shown = 0;
      facts.forEach(function (fact) {
        var kept = keeps(fact, query);
        fact.item.hidden = !kept;
        if (kept) { shown += 1; }
      });
      var order = value("sort") === "rank" ? "rank" : "check";
      facts.slice().sort(function (a, b) { return a[order] - b[order]; })
        .forEach(function (fact) { list.appendChild(fact.item); });
      var count = byId("shown");
      if (count) {
        count.textContent = shown === facts.length
          ? "All " + facts.length + " claims shown."
          : shown + " of " + facts.length + " claims shown.";
      }
      var empty = byId("none-shown");
      if (empty) { empty.hidden = shown > 0; }
    };

    form.hidden = false;
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    apply();
  }

  // Maps: drag to pan, wheel or buttons to zoom, "Fit" to return.
  if (typeof d3 === "undefined") { return; }
  d3.selectAll("figure.zoomable").each(function () {
    var figure = d3.select(this);
    var svg = figure.select("svg");
    if (svg.empty()) { return; }
    var content = svg.select("g");
    if (content.empty()) { return; }
    var view = svg.insert("g", ":first-child").attr("class", "view");
    view.node().appendChild(content.node());
    var zoom = d3.behavior.zoom().scaleExtent([1, 24]).on("zoom", function () {
      view.attr("transform", "translate(" + d3.event.translate + ")scale(" + d3.event.scale + ")");
    });
    svg.call(zoom).on("dblclick.zoom", null);
    var box = svg.node().viewBox.baseVal;
    var step = function (factor) {
      var scale = Math.max(1, Math.min(24, zoom.scale() * factor));
      var centre = [box.x + box.width / 2, box.y + box.height / 2];
      var translate = zoom.translate();
      var point = [(centre[0] - translate[0]) / zoom.scale(), (centre[1] - translate[1]) / zoom.scale()];
      zoom.scale(scale).translate([centre[0] - point[0] * scale, centre[1] - point[1] * scale]);
      zoom.event(svg);
    };
    var tools = figure.insert("div", ":first-child").attr("class", "zoom-tools");
    tools.append("button").attr("type", "button").attr("class", "zoom-in").text("+")
      .attr("aria-label", "Zoom in").on("click", function () { step(1.6); });
    tools.append("button").attr("type", "button").attr("class", "zoom-out").text("\u2212")
      .attr("aria-label", "Zoom out").on("click", function () { step(1 / 1.6); });
    tools.append("button").attr("type", "button").attr("class", "zoom-fit").text("Fit")
      .on("click", function () { zoom.scale(1).translate([0, 0]); zoom.event(svg); });
    tools.append("span").attr("class", "why").text("Drag to pan; wheel or buttons to zoom.");
  });
}());
