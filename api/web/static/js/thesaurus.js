// /begrepp: filter the concept lists as the user types (a file, not inline: the CSP allows only 'self' scripts)
(function () {
  var input = document.getElementById("concept-filter"), empty = document.getElementById("filter-empty");
  if (!input) return;
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase(), shown = 0;
    document.querySelectorAll("#concept-lists .scheme").forEach(function (sec) {
      var n = 0;
      sec.querySelectorAll(".concept").forEach(function (li) {
        var hit = !q || li.getAttribute("data-text").indexOf(q) >= 0;
        li.hidden = !hit; if (hit) n++;
      });
      sec.hidden = n === 0; shown += n;
    });
    empty.hidden = shown > 0;
  });
})();
