"""The graph as files for graph tools and diagrams: GraphML (yEd, Gephi), GEXF (Gephi), CSV for
neo4j-admin import, Mermaid and Graphviz DOT. Each writer reads the property-graph view (kg.view),
never RDF, and is called through the registry in kg.export.

Every text that comes from notes is escaped for its format: XML by ElementTree (with the control
characters XML 1.0 forbids dropped), DOT and Mermaid by the functions below.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, BinaryIO

from kg.outputs.layout import layout
from kg.outputs.style import class_style

if TYPE_CHECKING:
    from kg.outputs.export import ExportData
    from kg.graph.view import GraphView, ViewNode

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
ARRAY_DELIMITER = ";"  # neo4j-admin import's default --array-delimiter
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _colour(cls: str) -> str:
    return class_style(cls).colour


def _positions(view: GraphView) -> list[tuple[int, int]]:
    """The page's layout, so that yEd and Gephi open the graph spread out rather than in a heap."""
    index = {node.id: number for number, node in enumerate(view.nodes)}
    return layout(len(view.nodes), [(index[e.source], index[e.target]) for e in view.edges])


def _text(value: str) -> str:
    """Text XML 1.0 can hold: the control characters it forbids are dropped."""
    return _XML_ILLEGAL.sub("", value)


def _node_attributes(node: ViewNode) -> dict[str, str]:
    return {
        "label": node.label,
        "class": node.cls,
        "iri": node.id,
        "aliases": ARRAY_DELIMITER.join(node.aliases),
        "definition": node.definition,
        "sources": ARRAY_DELIMITER.join(node.sources),
        "seeAlso": ARRAY_DELIMITER.join(node.see_also),
    }


# ---------------------------------------------------------------- GraphML


def write_graphml(data: ExportData, out: BinaryIO) -> None:
    """GraphML with plain data keys (Gephi reads "label") and yEd's node and edge graphics, so that
    yEd shows labels and class colours too (Layout > Organic spreads the nodes)."""
    view = data.view
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("y", YED_NS)
    g, y = f"{{{GRAPHML_NS}}}", f"{{{YED_NS}}}"
    root = ET.Element(g + "graphml")
    node_keys = ["label", "class", "iri", "aliases", "definition", "sources", "seeAlso"]
    edge_keys = ["label", "relation", "sources"]
    for scope, names in (("node", node_keys), ("edge", edge_keys)):
        for name in names:
            ET.SubElement(root, g + "key", {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": "string"})
    ET.SubElement(root, g + "key", {"id": "n_graphics", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, g + "key", {"id": "e_graphics", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, g + "graph", {"id": "G", "edgedefault": "directed"})
    for node, (x, y_) in zip(view.nodes, _positions(view)):
        element = ET.SubElement(graph, g + "node", {"id": node.id})
        for name, value in _node_attributes(node).items():
            if value:
                ET.SubElement(element, g + "data", {"key": f"n_{name}"}).text = _text(value)
        shape = ET.SubElement(ET.SubElement(element, g + "data", {"key": "n_graphics"}), y + "ShapeNode")
        ET.SubElement(shape, y + "Geometry", {"height": "30.0", "width": f"{max(60, 7 * len(node.label) + 16)}.0",
                                              "x": f"{x}.0", "y": f"{y_}.0"})
        ET.SubElement(shape, y + "Fill", {"color": _colour(node.cls), "transparent": "false"})
        ET.SubElement(shape, y + "NodeLabel").text = _text(node.label)
        ET.SubElement(shape, y + "Shape", {"type": "roundrectangle"})
    for number, edge in enumerate(view.edges):
        element = ET.SubElement(graph, g + "edge", {"id": f"e{number}", "source": edge.source, "target": edge.target})
        for name, value in (("label", edge.relation), ("relation", edge.relation), ("sources", ARRAY_DELIMITER.join(edge.sources))):
            if value:
                ET.SubElement(element, g + "data", {"key": f"e_{name}"}).text = _text(value)
        line = ET.SubElement(ET.SubElement(element, g + "data", {"key": "e_graphics"}), y + "PolyLineEdge")
        ET.SubElement(line, y + "Arrows", {"source": "none", "target": "standard"})
        ET.SubElement(line, y + "EdgeLabel").text = edge.relation
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)


# ---------------------------------------------------------------- GEXF


def write_gexf(data: ExportData, out: BinaryIO) -> None:
    """GEXF 1.2 through networkx: labels, the class (and its colour) and the other fields as attributes."""
    import networkx as nx

    view = data.view
    graph = nx.MultiDiGraph()
    for node, (x, y) in zip(view.nodes, _positions(view)):
        colour = _colour(node.cls).lstrip("#")
        attributes = {name: _text(value) for name, value in _node_attributes(node).items()}
        attributes["viz"] = {"color": {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16), "a": 1.0},
                             "position": {"x": float(x), "y": float(-y), "z": 0.0}}  # GEXF's y axis points up
        graph.add_node(node.id, **attributes)
    for number, edge in enumerate(view.edges):
        graph.add_edge(edge.source, edge.target, key=f"e{number}", id=f"e{number}", label=edge.relation,
                       relation=edge.relation, sources=ARRAY_DELIMITER.join(edge.sources))
    nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True)


# ---------------------------------------------------------------- CSV for neo4j-admin import


def write_csv_nodes(data: ExportData, out: BinaryIO) -> None:
    """id:ID,label,:LABEL,...: the node's class is its Neo4j label; arrays are ';'-separated."""
    rows = [[n.id, n.label, n.cls, ARRAY_DELIMITER.join(n.aliases), n.definition,
             ARRAY_DELIMITER.join(n.sources), ARRAY_DELIMITER.join(n.see_also)] for n in data.view.nodes]
    _write_csv(out, ["id:ID", "label", ":LABEL", "aliases:string[]", "definition", "sources:string[]", "seeAlso:string[]"], rows)


def write_csv_edges(data: ExportData, out: BinaryIO) -> None:
    """:START_ID,:END_ID,:TYPE,sources:string[]: the relation's name is the relationship type."""
    rows = [[e.source, e.target, e.relation, ARRAY_DELIMITER.join(e.sources)] for e in data.view.edges]
    _write_csv(out, [":START_ID", ":END_ID", ":TYPE", "sources:string[]"], rows)


def _write_csv(out: BinaryIO, header: list[str], rows: list[list[str]]) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")  # a definition with a line break is quoted: use --multiline-fields=true
    writer.writerow(header)
    writer.writerows(rows)
    out.write(text.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- Mermaid and DOT


def mermaid_text(value: str) -> str:
    """A label Mermaid shows as written: quotes, brackets, '#', '&' and backticks as entity codes
    (Mermaid's #code; form), line breaks as spaces."""
    value = " ".join(value.split()).replace("#", "#35;")  # first: the codes below start with '#'
    for char in "&\"<>`[]{}()|":
        value = value.replace(char, f"#{ord(char)};")
    return value


def write_mermaid(data: ExportData, out: BinaryIO) -> None:
    """A left-to-right flowchart, nodes n0, n1, ... (safe ids) coloured by class."""
    view = data.view
    ids = {node.id: f"n{number}" for number, node in enumerate(view.nodes)}
    lines = ["flowchart LR"]
    lines += [f'    {ids[node.id]}["{mermaid_text(node.label)}"]' for node in view.nodes]
    lines += [f"    {ids[e.source]} -->|{mermaid_text(e.relation)}| {ids[e.target]}" for e in view.edges]
    for cls in sorted({node.cls for node in view.nodes}):
        name = _identifier(cls)
        lines.append(f"    classDef {name} fill:{_colour(cls)},stroke:#444444,color:#000000")
        lines.append(f"    class {','.join(ids[n.id] for n in view.nodes if n.cls == cls)} {name}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


def dot_string(value: str) -> str:
    """A DOT quoted string: backslashes and quotes escaped, line breaks as \\n."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"'


def write_dot(data: ExportData, out: BinaryIO) -> None:
    """A digraph for `dot -Tsvg`: boxes filled by class, edges labelled with the relation."""
    view = data.view
    lines = ["digraph aie {", "    graph [rankdir=LR];", '    node [shape=box, style="rounded,filled", fontname="Helvetica"];',
             '    edge [fontname="Helvetica", fontsize=10];']
    for node in view.nodes:
        lines.append(f"    {dot_string(node.id)} [label={dot_string(node.label)}, fillcolor={dot_string(_colour(node.cls))}, "
                     f"class={dot_string(node.cls)}, tooltip={dot_string(node.definition or node.label)}];")
    for edge in view.edges:
        lines.append(f"    {dot_string(edge.source)} -> {dot_string(edge.target)} [label={dot_string(edge.relation)}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _identifier(name: str) -> str:
    return re.sub(r"\W", "_", name) or "cls"
