/* Entity autocomplete for the search box (WAI-ARIA combobox with a listbox).
 * Calls /api/entities?q= while typing; choosing a suggestion opens the entity's page; Enter without a
 * chosen suggestion submits the search as usual. No dependencies. */
(function () {
  "use strict";
  // IRI base and Swedish class labels, from the page (graph/namespaces.py, the ontology): no copies here.
  var TERMS = JSON.parse(document.getElementById("styrgraf-terms").textContent);
  var ID_BASE = TERMS.idBase;
  var TYPE_SV = TERMS.typeLabels;

  function entityHref(hit) {
    var path = hit.id && hit.id.indexOf("://") < 0 ? hit.id : null;
    if (!path && hit.iri && hit.iri.indexOf(ID_BASE) === 0) path = hit.iri.slice(ID_BASE.length);
    if (!path) return null;
    if (path.indexOf("document/") === 0) return "/dokument/" + encodeURIComponent(path.slice(9));
    return "/entity/" + path.split("/").map(encodeURIComponent).join("/");
  }

  function hitsOf(data) {
    if (Array.isArray(data)) return data;
    if (!data) return [];
    return data.results || data.entities || data.hits || data.items || [];
  }

  function init(form) {
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".suggestions");
    if (!input || !list) return;
    var items = [], active = -1, timer = null, seq = 0, lastQ = "";

    function close() {
      list.hidden = true; list.innerHTML = ""; items = []; active = -1;
      input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant");
    }
    function setActive(i) {
      active = i;
      items.forEach(function (it, k) { it.el.setAttribute("aria-selected", k === i ? "true" : "false"); });
      if (i >= 0) { input.setAttribute("aria-activedescendant", items[i].el.id); items[i].el.scrollIntoView({ block: "nearest" }); }
      else input.removeAttribute("aria-activedescendant");
    }
    function go(i) { if (items[i] && items[i].href) window.location.href = items[i].href; }

    function show(hits) {
      list.innerHTML = ""; items = [];
      hits.slice(0, 8).forEach(function (h, i) {
        var href = entityHref(h);
        if (!href) return;
        var li = document.createElement("li");
        li.id = "q-sugg-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
        var type = h.type_label || TYPE_SV[h.type] || h.type || "";
        var badge = document.createElement("span");
        badge.className = "badge t-" + String(h.type || "concept").toLowerCase(); badge.textContent = type;
        var label = document.createElement("span"); label.className = "sugg-label"; label.textContent = h.label || h.iri;
        li.appendChild(badge); li.appendChild(label);
        if (h.matched && h.matched !== h.label) {
          var hint = document.createElement("span"); hint.className = "sugg-hint"; hint.textContent = h.matched;
          li.appendChild(hint);
        }
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); go(items.indexOf(item)); });
        var item = { el: li, href: href };
        items.push(item); list.appendChild(li);
      });
      if (!items.length) { close(); return; }
      list.hidden = false; input.setAttribute("aria-expanded", "true"); setActive(-1);
    }

    function lookup() {
      var q = input.value.trim();
      if (q === lastQ) return;
      lastQ = q;
      // Questions are for the search; suggestions are for names (short input).
      if (q.length < 2 || q.split(/\s+/).length > 4) { close(); return; }
      var mine = ++seq;
      fetch("/api/entities?q=" + encodeURIComponent(q) + "&limit=8", { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) { if (mine === seq) show(hitsOf(data)); })
        .catch(function () { if (mine === seq) close(); });
    }

    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 150); });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden || !items.length) return;
      if (ev.key === "ArrowDown") { ev.preventDefault(); setActive((active + 1) % items.length); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); setActive(active <= 0 ? items.length - 1 : active - 1); }
      else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); go(active); }
      else if (ev.key === "Escape") { ev.preventDefault(); close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 120); });
    form.addEventListener("submit", function () { close(); });
  }

  document.querySelectorAll("form[data-autocomplete]").forEach(init);
})();
