"""The interactive page: a GraphView drawn with pyvis's vis-network in one self-contained HTML file.

pyvis's own template links Bootstrap (and, unless in_line, vis-network) from a CDN, so the page
is ours: it embeds the vis-network script and style sheet that ship inside the pyvis package, and
everything else it needs, so that it opens with the network cut off.

Layout: positions are computed here (pivot MDS, O(k·(n+m)) for k pivots), so the output is
deterministic. Small graphs are then relaxed by vis physics, which stops once stabilised; large
graphs are drawn at those positions with physics off (vis physics at 5k nodes takes ~40 s).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import defaultdict, deque
from importlib import resources
from operator import mul
from typing import Any

from .files import atomic_write
from .view import GraphView

DEFAULT_TITLE = "AI engineering knowledge graph"
PHYSICS_MAX_NODES = 500  # vis physics: 500 nodes ready in ~4 s, 1000 in ~9 s; above, Python only
LARGE = 2000  # above this, draw cheaper: no curved edges, hide edges while dragging or zooming
SPACING = 110.0  # canvas units per node: at scale 1 a 14 px label fits between neighbours
PIVOTS = 24

# class -> (colour, vis shape, legend symbol); shapes with the label below keep labels readable
CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    "Concept": ("#8c9bb0", "dot", "●"),
    "Architecture": ("#4e79a7", "hexagon", "⬢"),
    "Technique": ("#f28e2b", "diamond", "◆"),
    "Practice": ("#e15759", "triangle", "▲"),
    "ModelType": ("#76b7b2", "square", "■"),
    "Model": ("#59a14f", "dot", "●"),
    "Tool": ("#d4a6c8", "triangleDown", "▼"),
    "Organization": ("#b07aa1", "star", "★"),
    "Person": ("#ff9da7", "dot", "●"),
    "Dataset": ("#9c755f", "square", "■"),
    "Benchmark": ("#bab0ac", "diamond", "◆"),
    "Metric": ("#17becf", "triangle", "▲"),
    "Book": ("#8c564b", "square", "■"),
    "Topic": ("#2f4b7c", "hexagon", "⬢"),
}
FALLBACK_STYLE = ("#999999", "dot", "●")
# a relation and its inverse share a colour; dashed lines are the loose, symmetric ones
RELATION_COLOUR: dict[str, str] = {
    "isA": "#4e79a7", "hasKind": "#4e79a7",
    "contains": "#59a14f", "partOf": "#59a14f",
    "includes": "#8cd17d", "includedIn": "#8cd17d",
    "uses": "#f28e2b", "usedBy": "#f28e2b", "usedFor": "#e6a02e",
    "exampleOf": "#b07aa1", "hasExample": "#b07aa1",
    "developedBy": "#e15759", "developed": "#e15759", "createdBy": "#c44e52", "created": "#c44e52",
    "trainedOn": "#9c755f", "evaluates": "#499894", "evaluatedBy": "#499894",
    "measures": "#17becf", "measuredBy": "#17becf", "produces": "#b6992d", "producedBy": "#b6992d",
    "focusesOn": "#2f4b7c", "suffersFrom": "#d62728", "ranOn": "#7f7f7f",
    "contrastsWith": "#ff7f0e", "relatedTo": "#a0a0a0",
}
DASHED = {"contrastsWith", "relatedTo"}


def write_html(view: GraphView, path: str | os.PathLike[str], *, title: str = DEFAULT_TITLE) -> None:
    """Write the page for `view` to `path`, atomically: a failed write leaves an old page whole."""
    atomic_write(path, render_html(view, title=title))


def render_html(view: GraphView, *, title: str = DEFAULT_TITLE) -> str:
    """The page for `view`: the same view gives byte-identical HTML (the built page is in git)."""
    from pyvis.network import Network

    nodes = sorted({node.id: node for node in reversed(view.nodes)}.values(), key=lambda n: n.id)
    index = {node.id: i for i, node in enumerate(nodes)}
    edges = sorted(
        (e for e in view.edges if e.source in index and e.target in index),
        key=lambda e: (e.source, e.relation, e.target, e.sources),
    )
    positions = layout(len(nodes), [(index[e.source], index[e.target]) for e in edges])
    labels = _labels()

    net = Network(directed=True, cdn_resources="in_line", heading=title)
    net.nodes = [
        {"id": n.id, "label": n.label, "group": n.cls, "x": x, "y": y, "cls": n.cls, "aliases": n.aliases,
         "definition": n.definition, "sources": n.sources, "seeAlso": n.see_also}
        for n, (x, y) in zip(nodes, positions)
    ]
    net.edges = [
        {"id": i, "from": e.source, "to": e.target, "relation": e.relation, "sources": e.sources}
        for i, e in enumerate(edges)  # the page adds label, colour and dashes from the relation
    ]
    class_names = sorted({n.cls for n in nodes})
    net.options = _options(len(nodes), class_names)
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "classes": [
            {"name": c, "label": labels.get(c, c), "color": _style(c)[0], "symbol": _style(c)[2]}
            for c in class_names
        ],
        "relations": [
            {"name": r, "label": labels.get(r, r), "color": RELATION_COLOUR.get(r, "#808080"), "dashes": r in DASHED}
            for r in sorted({e.relation for e in edges})
        ],
    }
    parts = {"title": html.escape(title), "vis_css": _asset("vis-network.css"),
             "vis_js": _asset("vis-network.min.js"), "data": script_json(data)}
    # one pass, so that a title holding "{data}" is not filled in again
    return re.sub(r"\{(title|vis_css|vis_js|data)\}", lambda m: parts[m.group(1)], _PAGE)


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no `&` entities."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _style(cls: str) -> tuple[str, str, str]:
    return CLASS_STYLE.get(cls, FALLBACK_STYLE)


def _labels() -> dict[str, str]:
    """Human labels of classes and relations, from the vocabulary."""
    from . import vocab

    found = {name: c.label for name, c in vocab.classes().items()}
    found.update((name, r.label) for name, r in vocab.relations().items())
    return found


def _asset(name: str) -> str:
    """A vis-network file shipped inside the pyvis package, checked to be safe to inline."""
    text = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text("utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"pyvis's {name} cannot be inlined")
    return text


def _options(count: int, class_names: list[str]) -> dict[str, Any]:
    """vis-network options: physics only for small graphs, cheaper drawing for large ones."""
    large = count > LARGE
    groups = {}
    for cls in class_names:
        colour, shape, _ = _style(cls)
        groups[cls] = {"shape": shape, "color": {"background": colour, "border": "#444444",
                                                  "highlight": {"background": colour, "border": "#000000"}}}
    physics = 0 < count <= PHYSICS_MAX_NODES
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"size": 11, "borderWidth": 1, "font": {"size": 16, "face": "sans-serif",
                                                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1.2,
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 60, "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 300, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def layout(count: int, links: list[tuple[int, int]], spacing: float = SPACING) -> list[tuple[int, int]]:
    """Positions of `count` nodes: each connected component by pivot MDS, then packed in rows."""
    adjacency: list[set[int]] = [set() for _ in range(count)]
    for a, b in links:
        if a != b:
            adjacency[a].add(b)
            adjacency[b].add(a)
    neighbours = [sorted(s) for s in adjacency]
    positions: list[tuple[int, int]] = [(0, 0)] * count
    placed = [(component, _component_layout(component, neighbours, spacing)) for component in _components(neighbours)]
    row_width = max(spacing, math.sqrt(count) * spacing)
    x = y = row_height = 0.0
    for component, points in placed:  # shelf packing, largest component first
        left = min(p[0] for p in points)
        top = min(p[1] for p in points)
        width = max(p[0] for p in points) - left + spacing
        height = max(p[1] for p in points) - top + spacing
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(component, points):
            positions[node] = (round(x + px - left), round(y + py - top))
        x += width
        row_height = max(row_height, height)
    return positions


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(neighbours)
    found = []
    for start in range(len(neighbours)):
        if not seen[start]:
            seen[start] = True
            component, queue = [], deque([start])
            while queue:
                node = queue.popleft()
                component.append(node)
                for other in neighbours[node]:
                    if not seen[other]:
                        seen[other] = True
                        queue.append(other)
            found.append(component)
    return sorted(found, key=lambda c: (-len(c), c[0]))


def _bfs(adjacency: list[list[int]], start: int) -> list[int]:
    distance = [-1] * len(adjacency)
    distance[start] = 0
    queue = deque([start])
    while queue:
        node = queue.popleft()
        step = distance[node] + 1
        for other in adjacency[node]:
            if distance[other] < 0:
                distance[other] = step
                queue.append(other)
    return distance


def _component_layout(component: list[int], neighbours: list[list[int]], spacing: float) -> list[tuple[float, float]]:
    """Pivot MDS (Brandes and Pich): classical MDS on the distances to k far-apart pivots."""
    size = len(component)
    if size <= 2:
        return [(i * spacing, 0.0) for i in range(size)]
    local = {node: i for i, node in enumerate(component)}
    adjacency = [[local[m] for m in neighbours[node]] for node in component]
    pivot = max(range(size), key=lambda i: len(adjacency[i]))
    nearest = [size] * size
    squared: list[list[float]] = []
    for _ in range(min(PIVOTS, size)):
        distance = _bfs(adjacency, pivot)
        squared.append([float(d * d) for d in distance])
        nearest = list(map(min, nearest, distance))
        pivot = max(range(size), key=nearest.__getitem__)  # the node farthest from every pivot
        if nearest[pivot] == 0:
            break
    k = len(squared)
    row_mean = [sum(row) / k for row in zip(*squared)]
    col_mean = [sum(col) / size for col in squared]
    grand = sum(col_mean) / k
    centred = [[-0.5 * (v - r - cm + grand) for v, r in zip(col, row_mean)] for col, cm in zip(squared, col_mean)]
    gram = [[sum(map(mul, a, b)) for b in centred] for a in centred]
    first = _eigenvector(gram, None)
    second = _eigenvector(gram, first)
    xs, ys = [0.0] * size, [0.0] * size
    for col, w1, w2 in zip(centred, first, second):
        xs = [x + w1 * c for x, c in zip(xs, col)]
        ys = [y + w2 * c for y, c in zip(ys, col)]
    _even_out(xs, ys, spacing)
    _spread(xs, ys, spacing * 0.6, rounds=3)
    return list(zip(xs, ys))


def _eigenvector(matrix: list[list[float]], orthogonal_to: list[float] | None) -> list[float]:
    """The dominant eigenvector of a small symmetric matrix, by power iteration."""
    n = len(matrix)
    vector = [1.0 + i / n for i in range(n)]
    for _ in range(100):
        if orthogonal_to is not None:
            dot = sum(map(mul, vector, orthogonal_to))
            vector = [v - dot * o for v, o in zip(vector, orthogonal_to)]
        product = [sum(map(mul, row, vector)) for row in matrix]
        norm = math.sqrt(sum(p * p for p in product))
        if norm < 1e-12:
            return [0.0] * n
        vector = [p / norm for p in product]
    return vector


def _even_out(xs: list[float], ys: list[float], spacing: float) -> None:
    """Keep each node's direction from the centre but make the density even: a disc of
    `spacing`² per node. MDS piles the well-connected core on a few points."""
    size = len(xs)
    cx, cy = sum(xs) / size, sum(ys) / size
    radius = [math.hypot(x - cx, y - cy) for x, y in zip(xs, ys)]
    order = sorted(range(size), key=lambda i: (radius[i], i))
    outer = spacing * math.sqrt(size / math.pi)
    for rank, i in enumerate(order):
        target = outer * math.sqrt((rank + 0.5) / size)
        if radius[i] > 1e-9:
            scale = target / radius[i]
            xs[i], ys[i] = (xs[i] - cx) * scale, (ys[i] - cy) * scale
        else:  # on the centre: give it a direction of its own
            xs[i], ys[i] = target * (1 if i % 2 else -1), target * (1 if i % 4 < 2 else -1)


def _spread(xs: list[float], ys: list[float], gap: float, rounds: int) -> None:
    """Push apart nodes closer than `gap`, looking only at neighbouring grid cells (O(n))."""
    for _ in range(rounds):
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (x, y) in enumerate(zip(xs, ys)):
            cells[(math.floor(x / gap), math.floor(y / gap))].append(i)
        for (cx, cy), members in cells.items():
            for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1), (1, -1)):
                others = cells.get((cx + dx, cy + dy))
                if not others:
                    continue
                for a in members:
                    for b in others:
                        if (dx, dy) == (0, 0) and b <= a:
                            continue
                        ddx, ddy = xs[b] - xs[a], ys[b] - ys[a]
                        d = math.hypot(ddx, ddy)
                        if d >= gap:
                            continue
                        if d < 1e-9:
                            ddx, ddy, d = 1.0, (a + b) % 3 - 1.0, 1.0
                        push = (gap - d) / (2 * d)
                        xs[a] -= ddx * push
                        ys[a] -= ddy * push
                        xs[b] += ddx * push
                        ys[b] += ddy * push


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
body { display: flex; }
#kg-side { width: 340px; flex: none; height: 100%; overflow-y: auto; padding: 12px; border-right: 1px solid #ddd; background: #fafafa; }
#kg-graph { flex: 1; height: 100%; position: relative; }
h1 { font-size: 17px; margin: 0 0 10px; }
h2 { font-size: 16px; margin: 0 0 4px; }
h3 { font-size: 13px; margin: 10px 0 2px; color: #555; }
#kg-search { width: 100%; padding: 6px 8px; font: inherit; border: 1px solid #bbb; border-radius: 4px; }
ul { margin: 0; padding-left: 18px; }
#kg-matches { list-style: none; padding: 0; }
button.kg-link { border: 0; background: none; padding: 0; color: #1f5fbf; cursor: pointer; font: inherit; text-align: left; }
button.kg-link:hover { text-decoration: underline; }
#kg-details { margin: 10px 0; padding: 10px; background: #fff; border: 1px solid #ddd; border-radius: 4px; }
#kg-details p { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.kg-cls { color: #555; font-size: 12px; }
details { margin-top: 10px; }
summary { font-weight: 600; cursor: pointer; }
label.kg-filter { display: block; cursor: pointer; }
.kg-sym { display: inline-block; width: 1.3em; text-align: center; }
.kg-line { display: inline-block; width: 1.3em; height: 0; border-top: 3px solid; vertical-align: middle; margin: 0 3px; }
#kg-stats { color: #777; font-size: 12px; }
div.vis-tooltip { max-width: 420px; white-space: pre-wrap; font: 13px/1.4 system-ui, sans-serif; }
</style>
<script>{vis_js}</script>
</head>
<body>
<aside id="kg-side">
<h1>{title}</h1>
<input id="kg-search" type="search" placeholder="Find a concept or alias, then Enter" autocomplete="off" aria-label="Find a concept">
<ul id="kg-matches"></ul>
<section id="kg-details" hidden></section>
<details open><summary>Classes</summary><div id="kg-classes"></div></details>
<details open><summary>Relations</summary><div id="kg-relations"></div></details>
<p id="kg-stats"></p>
</aside>
<main id="kg-graph"></main>
<script type="application/json" id="kg-data">{data}</script>
<script>
"use strict";
(function () {
  // Note text reaches the DOM only through textContent and vis tooltips (innerText): never as HTML.
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(), links = new Map(), names = {};
  for (const c of data.classes.concat(data.relations)) names[c.name] = c.label;
  for (const n of data.nodes) {
    byId.set(n.id, n);
    links.set(n.id, []);
    n.title = [n.label + " (" + (names[n.cls] || n.cls) + ")", n.definition, n.sources.join("\\n")]
      .filter(Boolean).join("\\n\\n");
  }
  const relation = {};
  for (const r of data.relations) relation[r.name] = r;
  for (const e of data.edges) {
    const r = relation[e.relation];
    e.label = r.label; e.color = r.color; e.dashes = r.dashes;
    links.get(e.from).push({edge: e, other: e.to, out: true});
    links.get(e.to).push({edge: e, other: e.from, out: false});
  }
  const nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("kg-graph"), {nodes: nodes, edges: edges}, data.options);
  window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges;

  function ready() {  // the first draw after the layout is final; the timer makes sure one comes
    network.once("afterDrawing", function () { window.kgReady = true; document.body.dataset.ready = "true"; });
    setTimeout(function () { network.redraw(); }, 0);
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: {enabled: false}}); ready(); });
  } else {
    ready();
  }

  function el(tag, text, parent, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function link(id, parent) {
    const b = el("button", byId.get(id).label, parent, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focus(id); });
    return b;
  }

  // Selecting a node dims every node but it and its neighbours, and every edge not touching it.
  // Only what changes is updated: on a large graph a full update takes a noticeable time.
  let selected = null, lit = null;
  function highlight(id) {
    const keep = id === null ? null : new Set([id].concat(links.get(id).map(function (l) { return l.other; })));
    const nodeChanges = [], edgeChanges = [];
    for (const n of data.nodes) {
      const was = lit === null || lit.has(n.id), now = keep === null || keep.has(n.id);
      if (was !== now) nodeChanges.push({id: n.id, opacity: now ? 1 : 0.2, font: {color: now ? "#222222" : "#c8c8c8"}});
    }
    for (const e of data.edges) {
      const was = selected === null || e.from === selected || e.to === selected;
      const now = id === null || e.from === id || e.to === id;
      if (was === now) continue;
      edgeChanges.push({id: e.id, color: {color: e.color, highlight: e.color, hover: e.color, opacity: now ? 1 : 0.15},
                        font: {color: now ? "#555555" : "rgba(0,0,0,0)", strokeWidth: now ? 3 : 0}});
    }
    selected = id; lit = keep;
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
  }

  const panel = document.getElementById("kg-details");
  function show(id) {
    panel.replaceChildren();
    panel.hidden = id === null;
    if (id === null) return;
    const n = byId.get(id);
    el("h2", n.label, panel);
    el("div", names[n.cls] || n.cls, panel, "kg-cls");
    if (n.aliases.length) el("p", "Also: " + n.aliases.join(", "), panel);
    if (n.definition) el("p", n.definition, panel, "kg-definition");
    const rel = links.get(id);
    if (rel.length) {
      el("h3", "Relations", panel);
      const list = el("ul", undefined, panel);
      for (const l of rel) {
        const item = el("li", undefined, list), label = names[l.edge.relation] || l.edge.relation;
        if (l.out) { el("span", label + " → ", item); link(l.other, item); }
        else { link(l.other, item); el("span", " " + label + " → this", item); }
      }
    }
    if (n.sources.length) {
      el("h3", "Sources", panel);
      const list = el("ul", undefined, panel);
      for (const s of n.sources) el("li", s, list);
    }
    if (n.seeAlso.length) {
      el("h3", "See also", panel);
      const list = el("ul", undefined, panel);
      for (const url of n.seeAlso) {
        const item = el("li", undefined, list);
        if (!/^https?:\\/\\//i.test(url)) { el("span", url, item); continue; }
        const a = el("a", url, item);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      }
    }
  }

  function select(id) { show(id); highlight(id); }
  function focus(id) {
    const n = byId.get(id);
    if (nodes.get(id).hidden) setClass(n.cls, true);
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    select(id);
  }
  window.kgFocus = focus;
  network.on("click", function (params) { select(params.nodes.length ? params.nodes[0] : null); });

  // Search: exact label or alias first, then prefix, then substring; case-insensitive.
  const keys = data.nodes.map(function (n) { return [n, [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); })]; });
  function find(query) {
    const q = query.trim().toLowerCase(), found = [];
    if (!q) return found;
    for (const [n, words] of keys) {
      let rank = 3;
      for (const w of words) rank = Math.min(rank, w === q ? 0 : w.startsWith(q) ? 1 : w.includes(q) ? 2 : 3);
      if (rank < 3) found.push([rank, n]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1].label.length - b[1].label.length || (a[1].label < b[1].label ? -1 : 1); });
    return found.slice(0, 12).map(function (f) { return f[1]; });
  }
  const search = document.getElementById("kg-search"), matches = document.getElementById("kg-matches");
  search.addEventListener("input", function () {
    matches.replaceChildren();
    for (const n of find(search.value)) link(n.id, el("li", undefined, matches));
  });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    const best = find(search.value)[0];
    if (best) focus(best.id);
  });

  // Filters, which are also the legends.
  function filters(container, items, count, toggle) {
    for (const item of items) {
      const label = el("label", undefined, container, "kg-filter");
      const box = el("input", undefined, label);
      box.type = "checkbox"; box.checked = true; box.dataset.name = item.name;
      box.addEventListener("change", function () { toggle(item.name, box.checked); });
      const mark = item.symbol ? el("span", item.symbol, label, "kg-sym") : el("span", undefined, label, "kg-line");
      mark.style[item.symbol ? "color" : "borderColor"] = item.color;
      el("span", item.label + " (" + count(item.name) + ")", label);
    }
  }
  function tally(list, key) { const t = {}; for (const x of list) t[x[key]] = (t[x[key]] || 0) + 1; return t; }
  const perClass = tally(data.nodes, "cls"), perRelation = tally(data.edges, "relation");
  function setClass(name, visible) {
    document.querySelector('#kg-classes input[data-name="' + CSS.escape(name) + '"]').checked = visible;
    nodes.update(data.nodes.filter(function (n) { return n.cls === name; }).map(function (n) { return {id: n.id, hidden: !visible}; }));
  }
  filters(document.getElementById("kg-classes"), data.classes, function (c) { return perClass[c]; }, setClass);
  filters(document.getElementById("kg-relations"), data.relations, function (r) { return perRelation[r]; }, function (name, visible) {
    edges.update(data.edges.filter(function (e) { return e.relation === name; }).map(function (e) { return {id: e.id, hidden: !visible}; }));
  });
  document.getElementById("kg-stats").textContent = data.nodes.length + " concepts, " + data.edges.length + " relations";
})();
</script>
</body>
</html>
"""
