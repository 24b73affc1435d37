"""The interactive page: a GraphView drawn with pyvis's vis-network in one self-contained HTML file.

Offline: pyvis's template links Bootstrap from a CDN (and vis-network too, unless in_line), so the
page is our own template around pyvis's Network data, and it inlines the vis-network script and
style sheet that ship inside the pyvis package. It loads nothing else: no fonts, no images.

Escaping: the data goes in as JSON with <, >, & escaped (no `</script>` can close its element);
the page puts note text into the DOM with textContent only, draws labels with the canvas's
fillText, and vis shows tooltips with innerText.

Layout: positions are computed in Python (kg.layout), so the same view gives the same bytes. Up to
PHYSICS_MAX_NODES, vis physics relaxes them and is switched off once stabilised; above, they are
drawn as they are (vis physics at 5k nodes takes ~40 s). The page sets window.kgReady once the final
layout is drawn, and exposes the vis objects as window.kgNetwork, kgNodes and kgEdges for tests.

The script (templates/graph.js) places the labels where they cover no other (more of them as one
zooms in), ranks search matches as `kg search` does, typos forgiven, and counts what the filters
leave; kg.outputs.style says how each class and relation is drawn.

Above `overview_from` concepts (kg.outputs.overview) the page opens as an overview of clusters that
open in place, laid out by kg.outputs.layout.grouped_layout, and a selected concept is drawn with
its neighbours around it (templates/overview.js); a page drawn --around lays its neighbourhood out
around its centres (templates/focus.js). Each script is inlined only where it serves.
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
from kg.outputs.layout import grouped_layout, layout
from kg.outputs.overview import OVERVIEW_FROM, clusters_of
from kg.outputs.style import class_style, relation_style
from kg.graph.view import GraphView, view_of
from kg.source import TIERS

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph

DEFAULT_TITLE = "AI engineering knowledge graph"
PHYSICS_MAX_NODES = 500  # vis physics: 500 nodes ready in ~4 s, 1000 in ~9 s; above, Python only
LARGE = 2000  # above this: straight edges, no relation labels (tooltips name them), no dimming on select


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


def whole_view(graph: KnowledgeGraph) -> tuple[GraphView, str]:
    """The view of the whole graph and its title: what render_html() draws as the page a build puts
    in place with its other files, once it may have let the graph go."""
    return _view_and_title(graph, None, 1, None)


def _view_and_title(graph: KnowledgeGraph, around: list[str] | None, depth: int,
                    relations: set[str] | None) -> tuple[GraphView, str]:
    centres = [graph.resolve(name) for name in around] if around else None
    view = view_of(graph, around=centres, depth=depth, relations=relations)
    title = graph.title() or DEFAULT_TITLE
    if around:
        title = f"{title}: around {', '.join(graph.label(c) for c in centres or [])}"
    return view, title


def write_html(view: GraphView, path: str | os.PathLike[str], *, title: str = DEFAULT_TITLE,
               overview_from: float = OVERVIEW_FROM) -> None:
    """Write the page for `view` to `path`, atomically: a failed write leaves an old page whole."""
    atomic_write(path, render_html(view, title=title, overview_from=overview_from))


def render_html(view: GraphView, *, title: str = DEFAULT_TITLE, overview_from: float = OVERVIEW_FROM) -> str:
    """The page for `view`: the same view gives byte-identical HTML (the built page is in git).
    A view of more than `overview_from` concepts opens as an overview of clusters (kg.outputs.overview)."""
    from pyvis.network import Network

    nodes = sorted({node.id: node for node in reversed(view.nodes)}.values(), key=lambda n: n.id)
    index = {node.id: i for i, node in enumerate(nodes)}
    edges = sorted(
        (e for e in view.edges if e.source in index and e.target in index),
        key=lambda e: (e.source, e.relation, e.target, e.sources),
    )
    links = [(index[e.source], index[e.target]) for e in edges]
    labels = _labels()
    overview: dict[str, Any] | None = None
    grouped = clusters_of(nodes, view.topics, labels) if len(nodes) > overview_from else None
    if grouped:
        kind, clusters = grouped
        positions, discs = grouped_layout(len(nodes), links, [c.members for c in clusters])
        overview = {"kind": kind, "clusters": [
            {"key": c.key, "label": c.label, "members": c.members, "x": d.x, "y": d.y, "r": d.radius,
             "color": class_style(c.cls).colour if c.cls else None}
            for c, d in zip(clusters, discs)]}
    else:
        positions = layout(len(nodes), links)

    net = Network(directed=True, cdn_resources="in_line", heading=title)
    net.nodes = [
        {"id": n.id, "label": n.label, "group": n.cls, "x": x, "y": y, "cls": n.cls, "aliases": n.aliases,
         "definition": n.definition, "sources": n.sources, "seeAlso": n.see_also}
        for n, (x, y) in zip(nodes, positions)
    ]
    relation_names = sorted({e.relation for e in edges})
    tiers = [t for t in TIERS if any(e.tier == t for e in edges)]
    # an edge names its ends by their places in the list of nodes, not by IRI: 40% fewer bytes
    # at 20,000 concepts, and the page's time to open follows its size
    net.edges = [{"from": index[e.source], "to": index[e.target], "relation": e.relation, "sources": e.sources,
                  "tier": e.tier} for e in edges]  # the page adds label, colour and dashes from the relation
    class_names = sorted({n.cls for n in nodes})
    net.options = _options(len(nodes), class_names, overview=overview is not None, around=bool(view.centres))
    data = {
        "small": len(nodes) <= LARGE,
        **({"overview": overview} if overview else {}),
        "centres": [c for c in view.centres if c in index],  # their labels come first
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "classes": [
            {"name": c, "label": labels.get(c, c), "color": class_style(c).colour, "symbol": class_style(c).symbol}
            for c in class_names
        ],
        "relations": [
            {"name": r, "label": labels.get(r, r), "color": relation_style(r).colour, "dashes": relation_style(r).dashes}
            for r in relation_names
        ],
        # how sure each reading is; weak ones (guesses from closeness) start hidden
        "tiers": [{"name": t, "label": t, "shown": t != "weak"} for t in tiers],
    }
    templates = Path(__file__).with_name("templates")
    # the focused layout for an overview and a page drawn --around; clusters to open for an overview
    scripts = (["focus.js"] if overview or data["centres"] else []) + (["overview.js"] if overview else []) + ["graph.js"]
    parts = {"title": html.escape(title), "vis_css": _asset("vis-network.css"),
             "vis_js": _asset("vis-network.min.js"), "data": script_json(data),
             "script": "".join(_inlinable(name, (templates / name).read_text(encoding="utf-8")) for name in scripts)}
    # one pass, so that a title holding "{data}" is not filled in again
    page = (templates / "graph.html").read_text(encoding="utf-8")
    return re.sub(r"\{(title|vis_css|vis_js|data|script)\}", lambda m: parts[m.group(1)], page)


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no `&` entities."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _labels() -> dict[str, str]:
    """Human labels of classes and relations, from the vocabulary."""
    from kg.schema import vocab

    found = {name: c.label for name, c in vocab.classes().items()}
    found.update((name, r.label) for name, r in vocab.relations().items())
    return found


def _asset(name: str) -> str:
    """A vis-network file shipped inside the pyvis package, checked to be safe to inline."""
    return _inlinable(f"pyvis's {name}", resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text("utf-8"))


def _inlinable(name: str, text: str) -> str:
    """A script or style sheet checked to be safe inside its element: nothing in it closes one."""
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{name} cannot be inlined")
    return text


def _spring(count: int) -> float:
    """vis's spring length: 60 for the whole graph; up to 100 for a small neighbourhood, which vis's
    fit draws at scale 1 at most, leaving room on screen that the labels can use."""
    return max(60, min(100, round(6000 / max(count, 1))))


def _options(count: int, class_names: list[str], overview: bool = False, around: bool = False) -> dict[str, Any]:
    """vis-network options: physics only for small graphs, cheaper drawing for large ones. An
    overview draws few nodes at a time, so none of the savings; nodes stay where the layout put
    them (dragging one pans), since a cluster opens its members at their places. A page drawn
    around its centres is laid out by the page around them (templates/focus.js): no physics."""
    large = count > LARGE
    groups = {}
    for cls in class_names:
        colour, shape = class_style(cls)
        groups[cls] = {"shape": shape, "color": {"background": colour, "border": "#444444",
                                                  "highlight": {"background": colour, "border": "#000000"}}}
    physics = 0 < count <= PHYSICS_MAX_NODES and not overview and not around
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"size": 11, "borderWidth": 1},  # the page draws the labels (placeLabels in graph.js)
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1.2,
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},  # positions are given: no vis layout
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": _spring(count), "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 300, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large and not overview,
                        "hideEdgesOnZoom": large and not overview, **({"dragNodes": False} if overview else {})},
    }
