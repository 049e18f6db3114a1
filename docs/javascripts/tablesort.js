/* Sortable tables: Material for MkDocs' documented recipe, with the vendored tablesort
   (docs/javascripts/vendor/, copied from npm `tablesort`; no CDN, the site works offline).
   `document$` fires on every page load, including instant navigation, so tables on pages
   reached without a full reload are initialised too. Tables that carry a class (layout
   tables from extensions) are left alone. */
document$.subscribe(function () {
  var tables = document.querySelectorAll("article table:not([class])");
  tables.forEach(function (table) {
    if (table.dataset.sortable === "on") return;
    table.dataset.sortable = "on";
    new Tablesort(table);
    // tablesort sorts on click only; let keyboard users sort with Enter or Space too.
    table.querySelectorAll("thead th").forEach(function (th) {
      if (th.getAttribute("data-sort-method") === "none") return;
      th.setAttribute("tabindex", "0");
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          th.click();
        }
      });
    });
  });
});
