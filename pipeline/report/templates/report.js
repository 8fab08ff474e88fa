// newsfacts report: a fact in a table shows its evidence in the text, and a marked span its fact.
(function () {
  "use strict";

  function show(number, scrollText) {
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    var spans = document.querySelectorAll('.ev[data-f~="' + number + '"]');
    spans.forEach(function (el) { el.classList.add("hl"); });
    var row = document.getElementById("row-f" + number);
    if (row) { row.classList.add("hl"); }
    var target = spans[0] || document.getElementById("f" + number);
    if (scrollText && target) { target.scrollIntoView({ block: "center" }); }
    if (!scrollText && row) { row.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("click", function (event) {
    var fact = event.target.closest("[data-fact]");
    var span = fact ? null : event.target.closest(".ev");
    var number = fact ? fact.getAttribute("data-fact") : span ? span.getAttribute("data-f").split(" ")[0] : null;
    if (!number || !/^\d+$/.test(number)) { return; }
    event.preventDefault();
    show(number, Boolean(fact));
    history.replaceState(null, "", "#f" + number);
  });

  var match = /^#f(\d+)$/.exec(window.location.hash);
  if (match) { show(match[1], true); }
})();
