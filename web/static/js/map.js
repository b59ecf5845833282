/* Dependency map: loads /api/dependencies?year=&organ= and draws it with Cytoscape.js (vendored).
 * Accepts Cytoscape elements ({elements:{nodes,edges}} or [..]) or node-link JSON ({nodes, edges|links}),
 * and the analysis under `report` / `analysis` (unserved_goals, unlinked_assignments,
 * unreported_assignments, centrality); gaps the server does not list are computed here. */
(function () {
  "use strict";
  var ID_BASE = "https://w3id.org/styrgraf/id/";
  var statusEl = document.getElementById("map-status");
  var yearSel = document.getElementById("map-year");
  var organSel = document.getElementById("map-organ");
  var findInput = document.getElementById("map-find");

  var GOALS = ["EffectGoal", "VisionStatement", "Perspective", "Vision", "Indicator"];
  var WORK = ["Assignment", "Activity"];
  var ORGANS = ["Organ", "Board", "Committee", "ManagementGroup", "Administration"];
  var LAYER = { Vision: 0, Perspective: 1, VisionStatement: 2, EffectGoal: 2, Indicator: 2,
                Assignment: 3, Activity: 3 };
  var TYPE_SV = { EffectGoal: "Effektmål", VisionStatement: "Målsättning", Perspective: "Perspektiv",
    Vision: "Målbild", Indicator: "Indikator", Assignment: "Uppdrag", Activity: "Aktivitet", Organ: "Organ",
    Board: "Nämnd", Committee: "Beredning", ManagementGroup: "Chefsgrupp", Administration: "Förvaltning",
    Project: "Projekt", Concept: "Begrepp" };

  function localName(t) { t = String(t || ""); return t.split(/[\/#:]/).pop(); }
  function kindOf(t) {
    var n = localName(t);
    if (GOALS.indexOf(n) >= 0) return "goal";
    if (n === "Assignment") return "assignment";
    if (n === "Activity") return "activity";
    if (ORGANS.indexOf(n) >= 0) return "organ";
    return "project";
  }
  function href(iri) {
    if (!iri || iri.indexOf(ID_BASE) !== 0) return null;
    var path = iri.slice(ID_BASE.length);
    return "/entity/" + path.split("/").map(encodeURIComponent).join("/");
  }
  function say(msg) { statusEl.textContent = msg; }

  function normalise(data) {
    var nodes = [], edges = [];
    var els = data.elements || data;
    if (Array.isArray(els)) {
      els.forEach(function (e) { (e.group === "edges" || (e.data && e.data.source) ? edges : nodes).push(e.data || e); });
    } else {
      nodes = (els.nodes || []).map(function (n) { return n.data || n; });
      edges = (els.edges || els.links || []).map(function (e) { return e.data || e; });
    }
    nodes = nodes.map(function (n) {
      var iri = n.iri || n.id;
      var type = localName(n.type || (n.types && n.types[0]) || "");
      return { id: String(n.id || iri), iri: iri, label: String(n.label || n.name || localName(iri)), type: type,
               kind: kindOf(type), year: n.year || null, status: n.status || n.status_label || null,
               raw: n };
    });
    edges = edges.map(function (e, i) {
      return { id: "e" + i, source: String(e.source), target: String(e.target),
               predicate: localName(e.relation || e.predicate || e.type || e.key || ""),
               label: e.predicate_label || e.label || "" };
    });
    var ids = {};
    nodes.forEach(function (n) { ids[n.id] = n; });
    edges = edges.filter(function (e) { return ids[e.source] && ids[e.target]; });
    return { nodes: nodes, edges: edges, byId: ids, report: data.report || data.analysis || {} };
  }

  function gaps(g) {
    var rep = g.report || {};
    function refs(list) {
      return (list || []).map(function (r) { return typeof r === "string" ? r : (r.iri || r.id); })
        .filter(function (id) { return g.byId[id]; });
    }
    var hasWork = {}, hasGoal = {}, support = {};
    g.edges.forEach(function (e) {
      var s = g.byId[e.source], t = g.byId[e.target];
      var workToGoal = (s.kind === "assignment" || s.kind === "activity") && t.kind === "goal";
      var goalFromWork = (t.kind === "assignment" || t.kind === "activity") && s.kind === "goal";
      if (workToGoal) { hasWork[t.id] = true; hasGoal[s.id] = true; support[t.id] = (support[t.id] || 0) + 1; }
      if (goalFromWork) { hasWork[s.id] = true; hasGoal[t.id] = true; support[s.id] = (support[s.id] || 0) + 1; }
    });
    var flagged = function (name) {
      return g.nodes.filter(function (n) { return (n.raw.gaps || []).indexOf(name) >= 0; }).map(function (n) { return n.id; });
    };
    var anyFlags = g.nodes.some(function (n) { return Array.isArray(n.raw.gaps); });
    if (anyFlags && !rep.unserved_goals) {
      rep = { unserved_goals: flagged("unserved"), unlinked_assignments: flagged("unlinked"),
              unreported_assignments: flagged("unreported"), centrality: rep.centrality };
    }
    var unserved = rep.unserved_goals ? refs(rep.unserved_goals) :
      g.nodes.filter(function (n) { return n.kind === "goal" && n.type === "EffectGoal" && !hasWork[n.id]; }).map(function (n) { return n.id; });
    var unlinked = rep.unlinked_assignments ? refs(rep.unlinked_assignments) :
      g.nodes.filter(function (n) { return n.kind === "assignment" && !hasGoal[n.id]; }).map(function (n) { return n.id; });
    var unreported = rep.unreported_assignments ? refs(rep.unreported_assignments) :
      g.nodes.filter(function (n) { return n.kind === "assignment" && n.raw && n.raw.has_status === false; }).map(function (n) { return n.id; });
    var central = (rep.centrality && rep.centrality.length ? rep.centrality.map(function (c) {
      return { id: c.iri || c.id, support: c.support, pr: c.pagerank || 0 };
    }).filter(function (c) { return c.support == null || c.support > 0; })
      .sort(function (a, b) { return (b.support || 0) - (a.support || 0) || b.pr - a.pr; }) : Object.keys(support).map(function (id) { return { id: id, support: support[id] }; })
      .sort(function (a, b) { return b.support - a.support; }))
      .filter(function (c) { return g.byId[c.id]; }).slice(0, 8);
    return { unserved: unserved, unlinked: unlinked, unreported: unreported, central: central };
  }

  /* Columns by layer (goals left, work in the middle, organs/projects right); rows ordered so that
   * connected nodes sit near each other (barycentre of neighbours in the previous column). */
  function positions(g) {
    var layerOf = function (n) {
      if (LAYER[n.type] !== undefined) return LAYER[n.type];
      return n.kind === "goal" ? 2 : (n.kind === "assignment" || n.kind === "activity") ? 3 : 4;
    };
    var used = {};
    g.nodes.forEach(function (n) { used[layerOf(n)] = true; });
    var layers = Object.keys(used).map(Number).sort(function (a, b) { return a - b; });
    var col = {}; layers.forEach(function (l, i) { col[l] = i; });
    var neigh = {};
    g.edges.forEach(function (e) {
      (neigh[e.source] = neigh[e.source] || []).push(e.target);
      (neigh[e.target] = neigh[e.target] || []).push(e.source);
    });
    var rank = {}, pos = {};
    var colW = 250, subW = 235, rowH = 40, MAX_ROWS = 22;
    var blocks = [];
    layers.forEach(function (l) {
      var members = g.nodes.filter(function (n) { return layerOf(n) === l; });
      members.forEach(function (n) {
        var ns = (neigh[n.id] || []).filter(function (m) { return rank[m] !== undefined; });
        n._bary = ns.length ? ns.reduce(function (s, m) { return s + rank[m]; }, 0) / ns.length : 1e6;
      });
      members.sort(function (a, b) {
        return a._bary - b._bary || a.label.localeCompare(b.label, "sv", { numeric: true });
      });
      members.forEach(function (n, i) { rank[n.id] = i; });
      blocks.push(members);
    });
    var rows = Math.min(MAX_ROWS, Math.max.apply(null, blocks.map(function (b) { return b.length; })));
    var x = 0;
    blocks.forEach(function (members) {
      var subCols = Math.max(1, Math.ceil(members.length / rows));
      var perCol = Math.ceil(members.length / subCols);
      members.forEach(function (n, i) {
        var c = Math.floor(i / perCol), r = i % perCol;
        var inCol = Math.min(perCol, members.length - c * perCol);
        pos[n.id] = { x: x + c * subW, y: (r + (rows - inCol) / 2) * rowH };
      });
      x += (subCols - 1) * subW + colW;
    });
    return pos;
  }

  var cy = null;
  function draw(g) {
    var gp = gaps(g);
    var flags = {};
    gp.unserved.forEach(function (id) { (flags[id] = flags[id] || []).push("unserved"); });
    gp.unlinked.forEach(function (id) { (flags[id] = flags[id] || []).push("unlinked"); });
    gp.unreported.forEach(function (id) { (flags[id] = flags[id] || []).push("unreported"); });
    var pos = positions(g);
    var elements = g.nodes.map(function (n) {
      var short = n.label.length > 34 ? n.label.slice(0, 32) + "…" : n.label;
      return { group: "nodes", data: { id: n.id, label: short, full: n.label, iri: n.iri, type: n.type },
               position: pos[n.id], classes: [n.kind].concat(flags[n.id] || []).join(" ") };
    }).concat(g.edges.map(function (e) {
      return { group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label },
               classes: e.predicate };
    }));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById("map-canvas"),
      elements: elements,
      layout: { name: "preset", fit: true, padding: 30 },
      minZoom: 0.15, maxZoom: 2.5,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "font-family": "system-ui, sans-serif", "color": "#1c2630",
          "text-valign": "center", "text-halign": "right", "text-margin-x": 6, "width": 16, "height": 16,
          "background-color": "#888", "border-width": 0, "text-max-width": 260, "text-wrap": "ellipsis" } },
        { selector: "node.goal", style: { "background-color": "#2e8b57", "width": 20, "height": 20, "font-weight": 600 } },
        { selector: "node.assignment", style: { "background-color": "#1f6fb2" } },
        { selector: "node.activity", style: { "background-color": "#5b63c9" } },
        { selector: "node.organ", style: { "background-color": "#7b4bb0", "shape": "round-rectangle" } },
        { selector: "node.project", style: { "background-color": "#12828a", "shape": "round-rectangle" } },
        { selector: "node.unserved", style: { "background-color": "#fff", "border-width": 4, "border-color": "#c62828" } },
        { selector: "node.unlinked", style: { "background-color": "#fff", "border-width": 4, "border-color": "#e08a00" } },
        { selector: "node.unreported", style: { "border-width": 3, "border-style": "dashed", "border-color": "#6b7785" } },
        { selector: "node.unlinked.unreported", style: { "border-color": "#e08a00", "border-style": "dashed" } },
        { selector: "edge", style: { "width": 1.2, "line-color": "#b8c4cf", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "target-arrow-color": "#b8c4cf", "arrow-scale": 0.7, "opacity": 0.85 } },
        { selector: "edge.contributesTo", style: { "line-color": "#8fc1a3", "target-arrow-color": "#8fc1a3" } },
        { selector: "edge.assignedTo, edge.issuedBy", style: { "line-color": "#c3b1dc", "target-arrow-color": "#c3b1dc" } },
        { selector: "edge.partOf", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
        { selector: "node:selected, node.found", style: { "overlay-color": "#0d7076", "overlay-opacity": 0.18,
          "overlay-padding": 6 } },
        { selector: ".faded", style: { "opacity": 0.15 } },
        { selector: "edge.hl", style: { "line-color": "#0d7076", "target-arrow-color": "#0d7076", "width": 2.2, "opacity": 1 } }
      ]
    });
    window.cy = cy;
    cy.on("tap", "node", function (ev) {
      var h = href(ev.target.data("iri"));
      if (h) window.location.href = h;
    });
    cy.on("mouseover", "node", function (ev) {
      var n = ev.target, hood = n.closedNeighborhood();
      cy.elements().addClass("faded"); hood.removeClass("faded"); hood.edges().addClass("hl");
      document.getElementById("map-canvas").style.cursor = "pointer";
      n.data("label", n.data("full"));
    });
    cy.on("mouseout", "node", function (ev) {
      cy.elements().removeClass("faded hl"); document.getElementById("map-canvas").style.cursor = "";
      var full = ev.target.data("full"); ev.target.data("label", full.length > 34 ? full.slice(0, 32) + "…" : full);
    });
    panel(g, gp);
    var counts = {};
    g.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
    say((counts.goal || 0) + " mål, " + ((counts.assignment || 0) + (counts.activity || 0)) + " uppdrag och aktiviteter, " +
        ((counts.organ || 0) + (counts.project || 0)) + " organ och projekt · " +
        (gp.unserved.length + gp.unlinked.length + gp.unreported.length) + " luckor");
  }

  function link(g, id, extra) {
    var n = g.byId[id], li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href(n.iri) || "#"; a.textContent = n.label;
    a.addEventListener("focus", function () { focusNode(id); });
    a.addEventListener("mouseenter", function () { focusNode(id); });
    li.appendChild(a);
    var t = document.createElement("span"); t.className = "muted";
    t.textContent = " · " + (TYPE_SV[n.type] || n.type) + (n.year ? " " + n.year : "") + (extra || "");
    li.appendChild(t);
    return li;
  }

  function panel(g, gp) {
    var cl = document.getElementById("central-list"); cl.innerHTML = "";
    gp.central.forEach(function (c) {
      cl.appendChild(link(g, c.id, c.support != null ? " · " + c.support + " bidrar" : ""));
    });
    if (!gp.central.length) cl.innerHTML = "<li class='muted'>Inga mål med kopplade uppdrag i urvalet.</li>";
    var box = document.getElementById("gap-lists"); box.innerHTML = "";
    [["Mål utan uppdrag", gp.unserved, ""], ["Uppdrag utan mål", gp.unlinked, "warn"],
     ["Uppdrag utan rapporterad status", gp.unreported, "warn"]].forEach(function (sec) {
      var h = document.createElement("h3"); h.textContent = sec[0] + " (" + sec[1].length + ")";
      h.style.fontSize = ".92rem"; box.appendChild(h);
      var ul = document.createElement("ul");
      sec[1].slice(0, 40).forEach(function (id) { var li = link(g, id); li.className = "gap-item " + sec[2]; ul.appendChild(li); });
      if (!sec[1].length) { var li = document.createElement("li"); li.className = "muted"; li.textContent = "Inga."; ul.appendChild(li); }
      box.appendChild(ul);
    });
  }

  function focusNode(id) {
    if (!cy) return;
    var n = cy.getElementById(id);
    cy.nodes().removeClass("found"); n.addClass("found");
    cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
  }

  function fillOrgans(g) {
    if (organSel.dataset.filled) return;
    var seen = {};
    g.nodes.filter(function (n) { return n.kind === "organ"; })
      .sort(function (a, b) { return a.label.localeCompare(b.label, "sv"); })
      .forEach(function (n) {
        if (seen[n.iri]) return; seen[n.iri] = true;
        var o = document.createElement("option"); o.value = n.iri; o.textContent = n.label;
        if (organSel.dataset.selected === n.iri) o.selected = true;
        organSel.appendChild(o);
      });
    organSel.dataset.filled = "1";
  }

  function load() {
    var params = new URLSearchParams();
    if (yearSel.value && yearSel.value !== "alla") params.set("year", yearSel.value);
    if (organSel.value || organSel.dataset.selected) params.set("organ", organSel.value || organSel.dataset.selected);
    var pageParams = new URLSearchParams(params);
    if (yearSel.value === "alla") pageParams.set("year", "alla");
    history.replaceState(null, "", "/karta" + (pageParams.toString() ? "?" + pageParams : ""));
    say("Laddar kartan …");
    fetch("/api/dependencies" + (params.toString() ? "?" + params : ""), { headers: { Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error((body.error && body.error.detail) || ("fel " + r.status));
          return body;
        });
      })
      .then(function (data) {
        var g = normalise(data);
        if (!params.has("organ")) fillOrgans(g);
        if (!g.nodes.length) { if (cy) cy.destroy(); cy = null; window.cy = null; say("Inga mål eller uppdrag i urvalet."); panel(g, gaps(g)); return; }
        draw(g);
      })
      .catch(function (err) { say("Kartan kunde inte laddas: " + err.message); });
  }

  yearSel.addEventListener("change", load);
  organSel.addEventListener("change", function () { organSel.dataset.selected = ""; load(); });
  document.getElementById("map-fit").addEventListener("click", function () {
    if (cy) { cy.nodes().removeClass("found"); cy.animate({ fit: { padding: 30 } }, { duration: 250 }); }
  });
  findInput.addEventListener("input", function () {
    if (!cy) return;
    var q = findInput.value.trim().toLowerCase();
    cy.nodes().removeClass("found");
    if (!q) return;
    var hits = cy.nodes().filter(function (n) { return n.data("full").toLowerCase().indexOf(q) >= 0; });
    hits.addClass("found");
    if (hits.length) cy.animate({ fit: { eles: hits, padding: 80 } }, { duration: 250 });
  });
  document.getElementById("map-filters").addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  if (typeof cytoscape === "undefined") { say("Kartbiblioteket kunde inte laddas."); return; }
  load();
})();
