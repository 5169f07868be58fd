// The interactive neighbourhood graph: progressive enhancement of the static SVG drawn at build time
// (civicgraph/neighbourhood.py), which stays as the no-JavaScript fallback and is this script's only
// source: its nodes are the <a data-kind> of the drawing. The layout is d3-force's (site/static/vendor/,
// ISC). Each node is a link (Tab to reach it, Enter to open its page); a node can be moved by dragging
// it or, once focused, with the arrow keys; the others make room.
"use strict";
(function () {
  if (!window.d3 || !window.d3.forceSimulation) return;
  const SVG = "http://www.w3.org/2000/svg";
  const KINDS = { organisation: "organisation", personne: "personne", programme: "programme", organe: "organe" };
  const reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function element(name, attributes, parent) {
    const e = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function enhance(figure) {
    const drawing = figure.querySelector("svg.graph[data-title]");
    if (!drawing) return;
    const box = drawing.viewBox.baseVal, width = box.width, height = box.height;
    const centre = { id: "centre", label: drawing.dataset.title, fx: width / 2, fy: height / 2 };
    const nodes = [centre];
    drawing.querySelectorAll("a[data-kind]").forEach(function (a, i) {
      nodes.push({ id: "n" + i, href: a.getAttribute("href"), kind: a.dataset.kind,
                   label: a.querySelector("title").textContent, colour: a.querySelector("circle").getAttribute("fill") });
    });
    const links = nodes.slice(1).map(function (n) { return { source: centre, target: n }; });
    const simulation = window.d3.forceSimulation(nodes)
      .force("link", window.d3.forceLink(links).distance(Math.min(width, height) / 3))
      .force("charge", window.d3.forceManyBody().strength(-320))
      .force("collide", window.d3.forceCollide(34))
      .stop();
    simulation.tick(300);  // laid out before it is shown: no motion unless the reader moves a node

    const svg = element("svg", { class: "graph interactive", viewBox: "0 0 " + width + " " + height, width: width, height: height,
                                 role: "group", "aria-label": "Graphe interactif du voisinage de « " + centre.label + " » : " + (nodes.length - 1) +
                                 " liens ; Tab pour parcourir, Entrée pour ouvrir, flèches pour déplacer un nœud" });
    const edges = links.map(function () { return element("line", { stroke: "#b8b8b8" }, svg); });
    const hub = element("g", {}, svg);
    element("circle", { r: 11, fill: "#222" }, hub);
    element("text", { y: 30, "text-anchor": "middle", "font-weight": "bold", fill: "#222" }, hub).textContent = short(centre.label, 40);
    const shapes = nodes.slice(1).map(function (n, i) {
      const a = element("a", { href: n.href, "data-kind": n.kind }, svg);
      element("title", {}, a).textContent = n.label + " (" + (KINDS[n.kind] || n.kind) + ")";  // its accessible name and tooltip
      element("circle", { r: 8, fill: n.colour }, a);
      caption(element("text", { y: -12, "text-anchor": "middle", fill: n.colour }, a), n.label, 28);
      a.addEventListener("focus", function () { edges[i].classList.add("current"); });
      a.addEventListener("blur", function () { edges[i].classList.remove("current"); });
      a.addEventListener("keydown", function (e) { arrow(e, n); });
      draggable(a, n, svg);
      return a;
    });
    legend(drawing, svg);

    function draw() {
      nodes.forEach(function (n) {
        n.x = Math.max(40, Math.min(width - 40, n.x));
        n.y = Math.max(24, Math.min(height - 16, n.y));
      });
      hub.setAttribute("transform", "translate(" + centre.x + "," + centre.y + ")");
      links.forEach(function (l, i) {
        edges[i].setAttribute("x1", l.source.x); edges[i].setAttribute("y1", l.source.y);
        edges[i].setAttribute("x2", l.target.x); edges[i].setAttribute("y2", l.target.y);
      });
      shapes.forEach(function (a, i) { a.setAttribute("transform", "translate(" + nodes[i + 1].x + "," + nodes[i + 1].y + ")"); });
    }
    function move(n, x, y) {  // pin a node where the reader put it; the others make room
      n.fx = x; n.fy = y;
      if (reduced) { simulation.tick(60); draw(); } else { simulation.alpha(0.3).restart(); }
    }
    function arrow(e, n) {
      const step = { ArrowLeft: [-20, 0], ArrowRight: [20, 0], ArrowUp: [0, -20], ArrowDown: [0, 20] }[e.key];
      if (!step) return;
      e.preventDefault();
      move(n, n.x + step[0], n.y + step[1]);
    }
    function draggable(a, n, root) {
      let start = null, moved = false;
      a.addEventListener("pointerdown", function (e) {
        start = [e.clientX, e.clientY]; moved = false;
        a.setPointerCapture(e.pointerId);
      });
      a.addEventListener("pointermove", function (e) {
        if (!start) return;
        if (Math.abs(e.clientX - start[0]) + Math.abs(e.clientY - start[1]) > 4) moved = true;
        if (!moved) return;
        const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(root.getScreenCTM().inverse());
        move(n, p.x, p.y);
      });
      a.addEventListener("pointerup", function () { start = null; });
      a.addEventListener("click", function (e) { if (moved) { e.preventDefault(); moved = false; } });  // a drag is not a visit
    }
    simulation.on("tick", draw);
    draw();
    drawing.replaceWith(svg);
    figure.dataset.interactive = "true";
  }

  function legend(drawing, svg) {  // the static drawing's legend: the circles and words outside the nodes
    Array.from(drawing.children).forEach(function (child) {
      if (child.tagName === "circle" && +child.getAttribute("cx") < 40 || child.tagName === "text" && +child.getAttribute("x") < 40) {
        svg.appendChild(child.cloneNode(true));
      }
    });
  }

  function short(text, size) {
    return text.length <= size ? text : text.slice(0, size - 1).trimEnd() + "…";
  }

  // A node's visible words are the start of its accessible name (WCAG 2.5.3, label in name: speech
  // input can say what it sees), so a long label is cut at a word and shows no ellipsis (an ellipsis,
  // even hidden from the name, is text the name lacks); its <title> shows it whole.
  function caption(text, label, size) {
    const cut = label.slice(0, size), end = cut.search(/[\s'’-][^\s'’-]*$/);
    text.textContent = label.length <= size ? label : (end > size / 3 ? cut.slice(0, end) : cut).trimEnd();
  }

  document.querySelectorAll("figure.graph").forEach(enhance);
})();
