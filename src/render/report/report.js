// The report's interaction: search, click to highlight, filters by kind.
// Model text reaches the page only through textContent and data
// attributes written (escaped) by dutygraph; nothing here parses HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("dg-data").textContent);
  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  const bodyById = new Map(data.bodies.map((b) => [b.id, b]));
  const svg = document.querySelector("#dg-diagram-box svg");
  const matrix = document.getElementById("dg-matrix");
  const findings = Array.from(document.querySelectorAll("li.dg-finding"));
  const status = document.getElementById("dg-status");
  const search = document.getElementById("dg-search");

  function svgNode(prefix, id) {
    if (!svg) return null;
    const el = document.getElementById(prefix + id);
    return el && svg.contains(el) ? el : null;
  }

  function clear() {
    document.querySelectorAll(".dg-hl").forEach((el) => el.classList.remove("dg-hl"));
    document.querySelectorAll(".dg-miss").forEach((el) => el.classList.remove("dg-miss"));
    if (svg) svg.classList.remove("dg-focus");
    if (matrix) matrix.classList.remove("dg-focus");
    findings.forEach((li) => li.classList.remove("dg-hit", "dg-dim"));
    status.textContent = "";
  }

  // Highlights AREAS and BODIES (sets of ids) everywhere they appear.
  // With FILTER (a search), the findings and matrix rows they do not
  // touch are hidden, the status line says how many are left (MESSAGE is
  // then a function of those counts), and the first hit is scrolled to.
  function highlight(areas, bodies, message, filter) {
    clear();
    if (areas.size === 0 && bodies.size === 0) {
      status.textContent = typeof message === "function" ? message(0, 0) : message;
      return;
    }
    if (matrix) {
      matrix.classList.add("dg-focus");
      // A cell lights up where a selected area meets a selected body.
      matrix.querySelectorAll("tbody tr").forEach((tr) => {
        if (!areas.has(tr.dataset.area)) return;
        tr.classList.add("dg-hl");
        tr.querySelectorAll("td.dg-cell").forEach((td) => {
          if (bodies.has(td.dataset.body) && td.childElementCount > 0) td.classList.add("dg-hl");
        });
      });
      matrix.querySelectorAll("th.dg-body").forEach((th) => {
        if (bodies.has(th.dataset.body)) th.classList.add("dg-hl");
      });
    }
    if (svg) {
      svg.classList.add("dg-focus");
      areas.forEach((id) => { const n = svgNode("area-", id); if (n) n.classList.add("dg-hl"); });
      bodies.forEach((id) => { const n = svgNode("body-", id); if (n) n.classList.add("dg-hl"); });
    }
    findings.forEach((li) => {
      // A finding about an area is hit through its area; one about a body
      // alone (a vague duty, a body without duties) through its body.
      const hit = li.dataset.areas !== "" ? areas.has(li.dataset.areas)
                                          : li.dataset.bodies.split(" ").some((id) => bodies.has(id));
      li.classList.add(hit ? "dg-hit" : filter ? "dg-miss" : "dg-dim");
    });
    if (!filter) {
      status.textContent = message;
      return;
    }
    let rows = 0;
    if (matrix) {
      matrix.querySelectorAll("tbody tr").forEach((tr) => {
        if (tr.classList.contains("dg-hl")) rows++;
        else tr.classList.add("dg-miss");
      });
    }
    const hits = findings.filter((li) => li.classList.contains("dg-hit"));
    status.textContent = message(hits.length, rows);
    const first = hits.find((li) => !li.classList.contains("dg-hidden"))
      || (matrix && matrix.querySelector("tbody tr.dg-hl"));
    if (first) {
      // Below the sticky toolbar, however many lines it wraps into.
      const bar = document.getElementById("dg-toolbar");
      const top = first.getBoundingClientRect().top + window.scrollY - (bar ? bar.offsetHeight : 0) - 8;
      window.scrollTo({ top: Math.max(0, top) });
    }
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (m, k) => String(values[k]));
  }

  function selectArea(id) {
    const area = areaById.get(id);
    if (!area) return;
    highlight(new Set([id]), new Set(area.holders),
              format(data.labels.area_selected, { name: area.name, n: area.holders.length }));
  }

  function selectBody(id) {
    const body = bodyById.get(id);
    if (!body) return;
    highlight(new Set(body.areas), new Set([id]),
              format(data.labels.body_selected, { name: body.name, n: body.areas.length }));
  }

  function matches(text, query) {
    return typeof text === "string" && text.toLowerCase().includes(query);
  }

  function runSearch() {
    const query = search.value.trim().toLowerCase();
    if (query === "") { clear(); return; }
    const areas = new Set(), bodies = new Set();
    let nAreas = 0, nBodies = 0;
    data.areas.forEach((a) => {
      if (matches(a.id, query) || matches(a.path, query) || a.keywords.some((k) => matches(k, query))) {
        areas.add(a.id);
        nAreas++;
        a.holders.forEach((b) => bodies.add(b));
      }
    });
    data.bodies.forEach((b) => {
      if (matches(b.id, query) || matches(b.name, query) || b.aliases.some((k) => matches(k, query))) {
        bodies.add(b.id);
        nBodies++;
        b.areas.forEach((a) => areas.add(a));
      }
    });
    highlight(areas, bodies, (nFindings, nRows) => format(data.labels.search_result,
      { areas: nAreas, bodies: nBodies, findings: nFindings, rows: nRows }), true);
  }

  search.addEventListener("input", runSearch);

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const node = target.closest("g.node");
    if (node && svg && svg.contains(node)) {
      if (node.id.startsWith("area-")) selectArea(node.id.slice(5));
      else if (node.id.startsWith("body-")) selectBody(node.id.slice(5));
      return;
    }
    const areaCell = target.closest("#dg-matrix th.dg-area");
    if (areaCell) { selectArea(areaCell.parentElement.dataset.area); return; }
    const bodyCell = target.closest("#dg-matrix th.dg-body");
    if (bodyCell) { selectBody(bodyCell.dataset.body); return; }
    const link = target.closest("[data-select-area],[data-select-body]");
    if (link) {
      if (link.dataset.selectArea) selectArea(link.dataset.selectArea);
      else selectBody(link.dataset.selectBody);
    }
  });

  document.getElementById("dg-clear").addEventListener("click", () => {
    search.value = "";
    clear();
  });

  const boxes = Array.from(document.querySelectorAll("#dg-filters input[data-kind]"));
  const onlyFindings = document.getElementById("dg-only-findings");
  function applyFilters() {
    const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.kind));
    findings.forEach((li) => li.classList.toggle("dg-hidden", !shown.has(li.dataset.kind)));
    if (matrix) {
      matrix.querySelectorAll("tbody tr").forEach((tr) => {
        const kinds = (tr.dataset.kinds || "").split(" ").filter((k) => k !== "");
        const keep = !onlyFindings.checked || kinds.some((k) => shown.has(k));
        tr.classList.toggle("dg-hidden", !keep);
      });
    }
  }
  boxes.forEach((b) => b.addEventListener("change", applyFilters));
  onlyFindings.addEventListener("change", applyFilters);
  applyFilters();
})();
