// readout UI: show the details of a highlighted event or statement.
// No HTML is built here: the details are rendered (and escaped) by the
// server and only shown or hidden.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var details = document.getElementById("details");
  if (!text || !details) { return; }

  function show(ids) {
    var hint = document.getElementById("hint");
    details.querySelectorAll(".detail").forEach(function (d) { d.hidden = true; });
    text.querySelectorAll("span.active").forEach(function (s) { s.classList.remove("active"); });
    var shown = 0;
    ids.forEach(function (id) {
      var d = document.getElementById(id);
      if (d) { d.hidden = false; shown++; }
      var kind = id.slice(0, 2), n = id.slice(3);
      var attr = kind === "ev" ? "data-ev" : "data-st";
      text.querySelectorAll("span[" + attr + "]").forEach(function (s) {
        if (s.getAttribute(attr).split(" ").indexOf(n) >= 0) { s.classList.add("active"); }
      });
    });
    if (hint) { hint.hidden = shown > 0; }
  }

  function idsOf(span) {
    var ids = [];
    (span.getAttribute("data-ev") || "").split(" ").forEach(function (n) { if (n) { ids.push("ev-" + n); } });
    (span.getAttribute("data-st") || "").split(" ").forEach(function (n) { if (n) { ids.push("st-" + n); } });
    return ids;
  }

  function target(e) {
    var t = e.target;
    return t && t.closest ? t.closest("span[data-ev], span[data-st]") : null;
  }

  text.addEventListener("mouseover", function (e) { var s = target(e); if (s) { show(idsOf(s)); } });
  text.addEventListener("click", function (e) { var s = target(e); if (s) { show(idsOf(s)); } });
  text.addEventListener("focusin", function (e) { var s = target(e); if (s) { show(idsOf(s)); } });
  document.querySelectorAll("a[data-show]").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); show([a.getAttribute("data-show")]); });
  });
  if (location.hash.length > 1) { show([location.hash.slice(1)]); }
})();
