"""The interactive page: a GraphView drawn with pyvis's vis-network in one self-contained HTML file.

Offline: pyvis's template links Bootstrap from a CDN (and vis-network too, unless in_line), so the
page is our own template around pyvis's Network data, and it inlines the vis-network script and
style sheet that ship inside the pyvis package. It loads nothing else: no fonts, no images.

Escaping: the data goes in as JSON with <, >, & escaped (no `</script>` can close its element);
the page puts note text into the DOM with textContent only, and vis shows tooltips with innerText.

Layout: positions are computed in Python (kg.layout), so the same view gives the same bytes. Up to PHYSICS_MAX_NODES, vis physics relaxes them and is
switched off once stabilised; above, they are drawn as they are (vis physics at 5k nodes takes
~40 s). The page sets window.kgReady once the final layout is drawn, and exposes the vis objects
as window.kgNetwork, kgNodes and kgEdges for tests.
"""

from __future__ import annotations

import html
import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.files import atomic_write
from kg.outputs.layout import layout
from kg.graph.view import GraphView, view_of
from kg.source import TIERS

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph

DEFAULT_TITLE = "AI engineering knowledge graph"
PHYSICS_MAX_NODES = 500  # vis physics: 500 nodes ready in ~4 s, 1000 in ~9 s; above, Python only
LARGE = 2000  # above this: straight edges, relation in a tooltip not a label, no dimming on select

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
    "contrastsWith": "#ff7f0e", "relatedTo": "#a0a0a0", "matches": "#59a14f",
}
DASHED = {"contrastsWith", "relatedTo", "matches"}


def draw(graph: KnowledgeGraph, path: str | os.PathLike[str], *, around: list[str] | None = None,
         depth: int = 1, relations: set[str] | None = None) -> GraphView:
    """Write the page of a graph, or of the neighbourhood of the concepts named in `around`."""
    view, text = page_of(graph, around=around, depth=depth, relations=relations)
    atomic_write(path, text)
    return view


def page_of(graph: KnowledgeGraph, *, around: list[str] | None = None, depth: int = 1,
            relations: set[str] | None = None) -> tuple[GraphView, str]:
    """What draw() writes, and the view drawn: for `kg viz -o -`, which writes the page to stdout."""
    view, title = _view_and_title(graph, around, depth, relations)
    return view, render_html(view, title=title)


def whole_page(graph: KnowledgeGraph) -> str:
    """The page of the whole graph as text, for a build that puts it in place with its other files."""
    return page_of(graph)[1]


def _view_and_title(graph: KnowledgeGraph, around: list[str] | None, depth: int,
                    relations: set[str] | None) -> tuple[GraphView, str]:
    centres = [graph.resolve(name) for name in around] if around else None
    view = view_of(graph, around=centres, depth=depth, relations=relations)
    title = graph.title() or DEFAULT_TITLE
    if around:
        title = f"{title}: around {', '.join(graph.label(c) for c in centres or [])}"
    return view, title


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
        {"id": i, "from": e.source, "to": e.target, "relation": e.relation, "sources": e.sources, "tier": e.tier}
        for i, e in enumerate(edges)  # the page adds label, colour and dashes from the relation
    ]
    class_names = sorted({n.cls for n in nodes})
    net.options = _options(len(nodes), class_names)
    data = {
        "small": len(nodes) <= LARGE,
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
        # how sure each reading is; weak ones (guesses from closeness) start hidden
        "tiers": [{"name": t, "label": t, "color": "#666666", "shown": t != "weak"}
                  for t in TIERS if any(e.tier == t for e in edges)],
    }
    parts = {"title": html.escape(title), "vis_css": _asset("vis-network.css"),
             "vis_js": _asset("vis-network.min.js"), "data": script_json(data)}
    # one pass, so that a title holding "{data}" is not filled in again
    page = (Path(__file__).with_name("templates") / "graph.html").read_text(encoding="utf-8")
    return re.sub(r"\{(title|vis_css|vis_js|data)\}", lambda m: parts[m.group(1)], page)


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
    from kg.schema import vocab

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
            "font": {"size": 11, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1.2,
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},  # positions are given: no vis layout
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 60, "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 300, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }
