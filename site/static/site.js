// Progressive enhancement only: every page works without this script.
"use strict";
(function () {
  const collator = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

  // Sortable tables: a header becomes a button-like control (click, Enter or Space).
  function cellKey(row, i) {
    const cell = row.cells[i];
    return cell ? (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim()) : "";
  }
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    const body = table.tBodies[0];
    if (!table.tHead || !body) return;
    Array.from(table.tHead.rows[0].cells).forEach(function (th, i) {
      th.tabIndex = 0;
      th.dataset.sortDir = "";
      function sort() {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.from(table.tHead.rows[0].cells).forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const rows = Array.from(body.rows);
        rows.sort(function (a, b) { const c = collator.compare(cellKey(a, i), cellKey(b, i)); return ascending ? c : -c; });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });

  // Filter inputs: keep the rows whose text contains every word typed (accents and case ignored).
  const fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    const table = document.getElementById(input.dataset.filter);
    input.addEventListener("input", function () {
      const words = fold(input.value).split(/\s+/).filter(Boolean);
      Array.from(table.tBodies[0].rows).forEach(function (row) {
        const text = fold(row.textContent);
        row.hidden = !words.every(function (w) { return text.includes(w); });
      });
    });
  });

  // A fact's source numbers: the quote they refer to as their tooltip (the page quotes it once, below).
  document.querySelectorAll("sup.ref a").forEach(function (a) {
    const quote = document.querySelector(a.getAttribute("href") + " blockquote p");
    if (quote) a.title = quote.textContent;
  });

  // The viewer: outline exactly the passage the address names (#c2224-2236).
  function outline() {
    document.querySelectorAll("a.span.current").forEach(function (a) { a.classList.remove("current"); });
    const match = /^#c(\d+)-(\d+)$/.exec(location.hash);
    if (!match) return;
    const start = +match[1], end = +match[2];
    document.querySelectorAll("a.span").forEach(function (a) {
      if (+a.dataset.start >= start && +a.dataset.end <= end) a.classList.add("current");
    });
  }
  window.addEventListener("hashchange", outline);
  outline();
})();

// Search: Pagefind's interface over the index built with the site (no network). The index is in
// several bundles (data-search names their folders): the first is the interface's own, the others
// are merged into it.
window.addEventListener("DOMContentLoaded", function () {
  const box = document.querySelector("[data-search]");
  if (!box || !window.PagefindUI) return;
  // From the disk (file://) the browser refuses the index's modules: say so and how to serve the site,
  // rather than draw a field that finds nothing.
  if (window.location.protocol === "file:") {
    const hint = document.getElementById("search-from-disk");
    if (hint) hint.hidden = false;
    return;
  }
  // A body's, a person's or a programme's own name (the pages' "nom" field) matching the words searched
  // puts that page before those whose titles are made of its name (its séances, mandates, presences).
  const ranking = { metaWeights: { nom: 10 } };
  const merged = box.dataset.search.split(" ").slice(1).map(function (folder) {
    return { bundlePath: new URL(folder + "/", document.baseURI).href, ranking: ranking };
  });
  new window.PagefindUI({ element: "#search", showSubResults: false, showImages: false, resetStyles: false, mergeIndex: merged, ranking: ranking,
    translations: { placeholder: "Rechercher une organisation, une personne, un document…", zero_results: "Aucun résultat pour [SEARCH_TERM]" } });
  // Pagefind draws its field later: name it by the section's heading once it is there.
  const name = function () {
    const input = box.querySelector("input");
    if (input && !input.hasAttribute("aria-labelledby")) input.setAttribute("aria-labelledby", "h-recherche");
  };
  new MutationObserver(name).observe(box, { childList: true, subtree: true });
  name();
});
