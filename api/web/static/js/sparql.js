/* The SPARQL page: one YASGUI editor on /sparql, Styrgraf's prefixes, example queries that load into it.
 * External look-ups of YASGUI (prefix.cc, LOV autocompletion) are switched off: the service runs offline.
 * Resource IRIs in results (…/id/...) link to the entity pages. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("sparql-config").textContent);
  // IRI base and Swedish class labels, from the page (graph/namespaces.py, the ontology): no copies here.
  var TERMS = JSON.parse(document.getElementById("styrgraf-terms").textContent);
  var ID_BASE = TERMS.idBase;
  var endpoint = new URL(cfg.endpoint, window.location.href).href;
  var container = document.getElementById("yasgui");
  if (typeof Yasgui === "undefined") {
    container.innerHTML = "<p class='notice'>SPARQL-redigeraren kunde inte laddas.</p>";
    return;
  }
  Yasgui.Yasqe.defaults.prefixCcApi = null;
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];

  var yasgui = new Yasgui(container, {
    requestConfig: { endpoint: endpoint, method: "POST", acceptHeaderSelect: "application/sparql-results+json" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasqe: { value: cfg.defaultQuery, editorHeight: "280px", persistenceId: null, prefixCcApi: null,
             autocompleters: ["prefixes", "variables"], createShortLink: undefined },
    yasr: { prefixes: cfg.prefixes, persistenceId: null }
  });
  window.yasgui = yasgui;

  function tab() { return yasgui.getTab(); }
  var first = tab();
  if (first && (first.getQuery().trim() === "" || cfg.runOnLoad)) first.setQuery(cfg.defaultQuery);
  if (first && cfg.runOnLoad) first.query();

  var byId = {};
  cfg.examples.forEach(function (e) { byId[e.id] = e; });
  var buttons = document.querySelectorAll("#query-list button");
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      var ex = byId[b.getAttribute("data-query-id")];
      if (!ex) return;
      buttons.forEach(function (o) { o.setAttribute("aria-pressed", o === b ? "true" : "false"); });
      var t = tab();
      t.setQuery(ex.query);
      t.setName(ex.title.length > 28 ? ex.title.slice(0, 27) + "…" : ex.title);
      t.getYasqe().focus();
      t.query();
    });
  });

  // IRIs of Styrgraf resources open the entity pages in this site.
  container.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[href^='" + ID_BASE + "']");
    if (!a) return;
    ev.preventDefault();
    var path = a.getAttribute("href").slice(ID_BASE.length);
    window.location.href = path.indexOf("document/") === 0 ? "/dokument/" + path.slice(9) : "/entity/" + path;
  });
})();
