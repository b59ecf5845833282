/* Dependency map: loads /api/dependencies?year=&organ= and draws it with Cytoscape.js (vendored).
 * Accepts Cytoscape elements ({elements:{nodes,edges}} or [..]) or node-link JSON ({nodes, edges|links}),
 * and the analysis under `report` / `analysis` (unserved_goals, unlinked_assignments,
 * unreported_assignments, centrality); gaps the server does not list are computed here. */
(function () {
  "use strict";
  // IRI base and Swedish class labels, from the page (graph/namespaces.py, the ontology): no copies here.
  var TERMS = JSON.parse(document.getElementById("styrgraf-terms").textContent);
  var ID_BASE = TERMS.idBase;
  var statusEl = document.getElementById("map-status");
  var yearSel = document.getElementById("map-year");
  var organSel = document.getElementById("map-organ");
  var findInput = document.getElementById("map-find");

  var GOALS = ["EffectGoal", "VisionStatement", "Perspective", "Vision", "Indicator"];
  var WORK = ["Assignment", "Activity"];
  var ORGANS = ["Organ", "Board", "Committee", "ManagementGroup", "Administration"];
  var LAYER = { Vision: 0, Perspective: 1, VisionStatement: 2, EffectGoal: 2, Indicator: 2,
                Assignment: 3, Activity: 3 };
  var TYPE_SV = TERMS.typeLabels;

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

  /* Four columns (målbild + perspektiv | mål | uppdrag + aktiviteter | organ + projekt). A column with many
   * nodes is split into sub-columns; the number of rows is chosen so that the drawing has the aspect ratio of
   * the canvas (largest possible zoom, hence readable labels). Rows are ordered so that connected nodes sit
   * near each other (barycentre of their neighbours in the columns to the left). */
  var COL_W = 285, SUB_W = 270, ROW_H = 46, FONT = 15, READABLE_ZOOM = 0.72, MAX_LABEL = 46;
  function columnOf(n) {
    if (n.type === "Vision" || n.type === "Perspective") return 0;
    if (n.kind === "goal") return 1;
    if (n.kind === "assignment" || n.kind === "activity") return 2;
    return 3;
  }
  function positions(g, width, height) {
    var used = {};
    g.nodes.forEach(function (n) { used[columnOf(n)] = true; });
    var cols = Object.keys(used).map(Number).sort(function (a, b) { return a - b; });
    var neigh = {};
    g.edges.forEach(function (e) {
      (neigh[e.source] = neigh[e.source] || []).push(e.target);
      (neigh[e.target] = neigh[e.target] || []).push(e.source);
    });
    var rank = {}, blocks = [];
    cols.forEach(function (c) {
      var members = g.nodes.filter(function (n) { return columnOf(n) === c; });
      members.forEach(function (n) {
        var ns = (neigh[n.id] || []).filter(function (m) { return rank[m] !== undefined; });
        n._bary = n.type === "Vision" ? -1 :
          ns.length ? ns.reduce(function (s, m) { return s + rank[m]; }, 0) / ns.length : 1e6;
      });
      members.sort(function (a, b) {
        return a._bary - b._bary || a.label.localeCompare(b.label, "sv", { numeric: true });
      });
      members.forEach(function (n, i) { rank[n.id] = i; });
      blocks.push(members);
    });
    var maxN = Math.max.apply(null, blocks.map(function (b) { return b.length; }));
    var best = null;
    for (var rows = Math.min(6, maxN); rows <= maxN; rows++) {
      var w = blocks.reduce(function (s, b) { return s + (Math.ceil(b.length / rows) - 1) * SUB_W + COL_W; }, 0);
      var h = rows * ROW_H;
      var scale = Math.min(width / w, height / h);
      if (!best || scale > best.scale + 1e-9) best = { rows: rows, scale: scale };
    }
    var R = best ? best.rows : maxN, pos = {}, x = 0;
    blocks.forEach(function (members) {
      var subCols = Math.max(1, Math.ceil(members.length / R));
      var perCol = Math.ceil(members.length / subCols);
      members.forEach(function (n, i) {
        var c = Math.floor(i / perCol), r = i % perCol;
        var inCol = Math.min(perCol, members.length - c * perCol);
        pos[n.id] = { x: x + c * SUB_W, y: (r + (R - inCol) / 2) * ROW_H };
      });
      x += (subCols - 1) * SUB_W + COL_W;
    });
    return pos;
  }
  function shortLabel(s) { return s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 2).replace(/\s+\S*$/, "") + " …" : s; }

  /* Fit the whole map; when that makes the labels too small to read, zoom to the smallest readable size and
   * show the left-hand top (the goals) instead; "Visa hela kartan" still shows everything. */
  function readableFit() {
    cy.fit(undefined, 24);
    var hint = document.getElementById("map-hint");
    if (cy.zoom() < READABLE_ZOOM) {
      var bb = cy.elements().boundingBox();
      cy.zoom(READABLE_ZOOM);
      cy.pan({ x: 24 - bb.x1 * READABLE_ZOOM, y: 24 - bb.y1 * READABLE_ZOOM });
      hint.textContent = "Kartan är större än rutan: dra för att se resten, scrolla eller nyp för att zooma, eller välj ”Visa hela kartan”. Dubbelklicka på en ruta för att öppna den.";
    } else {
      hint.textContent = "Dra för att flytta, scrolla eller nyp för att zooma. Dubbelklicka på en ruta för att öppna den.";
    }
  }

  var cy = null, selected = null;
  var KIND_SV = { goal: "Mål", assignment: "Uppdrag", activity: "Aktivitet", organ: "Organ", project: "Projekt" };
  var GAP_SV = { unserved: "Inget uppdrag eller ingen aktivitet bidrar till målet i urvalet.",
    unlinked: "Uppdraget kopplas inte till något mål i dokumenten.",
    unreported: "Ingen rapporterad status för uppdragets år." };

  function highlight(n) {
    cy.elements().removeClass("faded hl nb");
    if (!n) return;
    var hood = n.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    hood.edges().addClass("hl");
    hood.nodes().not(n).addClass("nb");
  }
  function showSelection(g, n) {
    var box = document.getElementById("selection"), body = document.getElementById("selection-body");
    if (!n) { box.hidden = true; body.innerHTML = ""; return; }
    var d = g.byId[n.id()];
    body.innerHTML = "";
    var badge = document.createElement("span");
    badge.className = "badge t-" + String(d.type || "concept").toLowerCase();
    badge.textContent = (TYPE_SV[d.type] || d.type || "") + (d.year ? " " + d.year : "");
    var title = document.createElement("p"); title.className = "selection-title"; title.textContent = d.label;
    body.appendChild(badge); body.appendChild(title);
    (n.classes() || []).forEach(function (c) {
      if (GAP_SV[c]) { var p = document.createElement("p"); p.className = "small gap-note"; p.textContent = GAP_SV[c]; body.appendChild(p); }
    });
    var groups = {};
    n.neighborhood("node").forEach(function (m) {
      var k = g.byId[m.id()].kind;
      (groups[k] = groups[k] || []).push(m);
    });
    ["goal", "assignment", "activity", "organ", "project"].forEach(function (k) {
      if (!groups[k]) return;
      var h = document.createElement("h3"); h.textContent = KIND_SV[k] + " (" + groups[k].length + ")"; body.appendChild(h);
      var ul = document.createElement("ul");
      groups[k].slice(0, 12).forEach(function (m) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = href(m.data("iri")) || "#"; a.textContent = m.data("full");
        a.addEventListener("click", function (ev) { ev.preventDefault(); select(g, m, true); });
        li.appendChild(a); ul.appendChild(li);
      });
      if (groups[k].length > 12) { var li = document.createElement("li"); li.className = "muted"; li.textContent = "+" + (groups[k].length - 12) + " till"; ul.appendChild(li); }
      body.appendChild(ul);
    });
    var open = document.createElement("a"); open.className = "button small-button"; open.href = href(d.iri) || "#";
    open.textContent = "Öppna sidan om " + (TYPE_SV[d.type] || "noden").toLowerCase() + " →";
    body.appendChild(open);
    box.hidden = false;
  }
  function select(g, n, center) {
    selected = n;
    cy.nodes().unselect();
    if (n) { n.select(); highlight(n); if (center) cy.animate({ center: { eles: n } }, { duration: 200 }); } else highlight(null);
    showSelection(g, n);
  }

  function draw(g) {
    var gp = gaps(g);
    var flags = {};
    gp.unserved.forEach(function (id) { (flags[id] = flags[id] || []).push("unserved"); });
    gp.unlinked.forEach(function (id) { (flags[id] = flags[id] || []).push("unlinked"); });
    gp.unreported.forEach(function (id) { (flags[id] = flags[id] || []).push("unreported"); });
    var canvas = document.getElementById("map-canvas");
    var pos = positions(g, Math.max(300, canvas.clientWidth - 48), Math.max(300, canvas.clientHeight - 48));
    var elements = g.nodes.map(function (n) {
      return { group: "nodes", data: { id: n.id, label: shortLabel(n.label), full: n.label, iri: n.iri, type: n.type },
               position: pos[n.id], classes: [n.kind].concat(flags[n.id] || []).join(" ") };
    }).concat(g.edges.map(function (e) {
      return { group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label },
               classes: e.predicate };
    }));
    if (cy) cy.destroy();
    selected = null; showSelection(g, null); window._mapGraph = g;
    cy = cytoscape({
      container: canvas,
      elements: elements,
      layout: { name: "preset", fit: false },
      minZoom: 0.2, maxZoom: 2.5, wheelSensitivity: 0.4, boxSelectionEnabled: false,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": FONT, "font-family": "system-ui, sans-serif", "color": "#1c2630",
          "text-valign": "center", "text-halign": "right", "text-margin-x": 7, "width": 18, "height": 18,
          "background-color": "#888", "border-width": 0, "text-wrap": "wrap", "text-max-width": 228,
          "text-justification": "left", "line-height": 1.15, "min-zoomed-font-size": 5 } },
        { selector: "node.goal", style: { "background-color": "#2e8b57", "width": 22, "height": 22, "font-weight": 600 } },
        { selector: "node.assignment", style: { "background-color": "#1f6fb2" } },
        { selector: "node.activity", style: { "background-color": "#5b63c9" } },
        { selector: "node.organ", style: { "background-color": "#7b4bb0", "shape": "round-rectangle" } },
        { selector: "node.project", style: { "background-color": "#12828a", "shape": "round-rectangle" } },
        { selector: "node.unserved", style: { "background-color": "#fff", "border-width": 4, "border-color": "#c62828" } },
        { selector: "node.unlinked", style: { "background-color": "#fff", "border-width": 4, "border-color": "#e08a00" } },
        { selector: "node.unreported", style: { "border-width": 3, "border-style": "dashed", "border-color": "#6b7785" } },
        { selector: "node.unlinked.unreported", style: { "border-color": "#e08a00", "border-style": "dashed" } },
        { selector: "edge", style: { "width": 1.3, "line-color": "#b8c4cf", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "target-arrow-color": "#b8c4cf", "arrow-scale": 0.7, "opacity": 0.8 } },
        { selector: "edge.contributesTo", style: { "line-color": "#8fc1a3", "target-arrow-color": "#8fc1a3" } },
        { selector: "edge.assignedTo, edge.issuedBy", style: { "line-color": "#c3b1dc", "target-arrow-color": "#c3b1dc" } },
        { selector: "edge.partOf", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
        { selector: "node.found", style: { "overlay-color": "#0d7076", "overlay-opacity": 0.2, "overlay-padding": 7 } },
        { selector: "node:selected", style: { "overlay-color": "#0b4f7c", "overlay-opacity": 0.22, "overlay-padding": 8,
          "font-weight": 700, "text-background-color": "#fff8d6", "text-background-opacity": 1, "text-background-padding": 3 } },
        { selector: "node.nb", style: { "text-background-color": "#eef4f9", "text-background-opacity": 1, "text-background-padding": 2 } },
        { selector: ".faded", style: { "opacity": 0.14 } },
        { selector: "edge.hl", style: { "line-color": "#0d7076", "target-arrow-color": "#0d7076", "width": 2.6, "opacity": 1 } }
      ]
    });
    window.cy = cy;
    readableFit();
    cy.on("tap", "node", function (ev) { select(g, ev.target); });
    cy.on("tap", function (ev) { if (ev.target === cy) select(g, null); });
    cy.on("dbltap", "node", function (ev) {
      var h = href(ev.target.data("iri"));
      if (h) window.location.href = h;
    });
    cy.on("mouseover", "node", function (ev) {
      canvas.style.cursor = "pointer";
      ev.target.data("label", ev.target.data("full"));
      if (!selected) highlight(ev.target);
    });
    cy.on("mouseout", "node", function (ev) {
      canvas.style.cursor = "";
      ev.target.data("label", shortLabel(ev.target.data("full")));
      if (!selected) highlight(null);
    });
    panel(g, gp);
    var counts = {};
    g.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
    var links = g.edges.filter(function (e) { return e.predicate === "contributesTo"; }).length;
    say((counts.goal || 0) + " mål, " + ((counts.assignment || 0) + (counts.activity || 0)) + " uppdrag och aktiviteter, " +
        ((counts.organ || 0) + (counts.project || 0)) + " organ och projekt · " + links + " kopplingar till mål · " +
        (gp.unserved.length + gp.unlinked.length + gp.unreported.length) + " luckor");
    notice(links);
  }

  /* A year whose documents link no uppdrag to a goal shows every uppdrag as a gap: say so, and offer the year
   * with the most links (counted on the server, in data-links / data-best-year). */
  function notice(links) {
    var box = document.getElementById("map-notice"), form = document.getElementById("map-filters");
    var best = form.dataset.bestYear, y = yearSel.value;
    box.hidden = true; box.innerHTML = "";
    if (links > 0 || y === "alla" || organSel.value) return;
    var p = document.createElement("p"); p.style.margin = "0";
    p.textContent = "I dokumenten för " + y + " kopplas inget uppdrag till ett effektmål eller en målsättning. Därför visas alla uppdrag som luckor – det betyder att kopplingen inte står i texten, inte att arbetet saknar mål. ";
    if (best && best !== y) {
      var b = document.createElement("button"); b.type = "button"; b.className = "linklike";
      b.textContent = "Visa " + best + " – året med flest kopplingar";
      b.addEventListener("click", function () { yearSel.value = best; load(); });
      p.appendChild(b);
    }
    box.appendChild(p); box.hidden = false;
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
    cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
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
  document.getElementById("selection-close").addEventListener("click", function () { if (cy && window._mapGraph) select(window._mapGraph, null); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && cy && selected && window._mapGraph) select(window._mapGraph, null); });
  organSel.addEventListener("change", function () { organSel.dataset.selected = ""; load(); });
  document.getElementById("map-fit").addEventListener("click", function () {
    if (cy) { cy.nodes().removeClass("found"); cy.animate({ fit: { padding: 24 } }, { duration: 250 }); }
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
