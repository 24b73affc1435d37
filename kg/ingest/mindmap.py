"""Mermaid mindmaps read into the flowchart's plain data (kg.ingest.mermaid.Diagram): each node, and an
edge with no text from each node to every node indented under it. The tree is a map of topics: what
stands under a node is within it (kg.ingest.diagrams reads it so). Icons (`::icon(...)`) and classes
(`:::urgent`) are styling, skipped. One pass over the lines: time is linear in the input."""

from __future__ import annotations

import re

from kg.ingest.mermaid import Diagram, Edge, Node, label_lines

# "root((Evaluation))", "id[Text]", "id(Text)", "id))Bang((", "id)Cloud(", "id{{Hexagon}}"; or the text alone
_SHAPED = re.compile(r"^(?P<id>[^\s\[\](){}]*)(?:\(\((?P<circle>.*)\)\)|\)\)(?P<bang>.*)\(\(|\{\{(?P<hexagon>.*)\}\}"
                     r"|\[(?P<square>.*)\]|\((?P<rounded>.*)\)|\)(?P<cloud>.*)\()$")
_STYLING = re.compile(r"^(?:::icon\(.*\)|:::.*)$")


def parse(text: str) -> Diagram | None:
    """None unless the block's first line (past comments) is `mindmap`."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if not line.lstrip().startswith("%%")]
    filled = [(index, line) for index, line in enumerate(lines) if line.strip()]
    if not filled or filled[0][1].strip() != "mindmap":
        return None
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    above: list[tuple[int, str]] = []  # (indent, node id) of the nodes this line may stand under
    for index, line in filled[1:]:
        written = line.strip()
        if _STYLING.match(written):
            continue
        indent = len(line) - len(line.lstrip())
        shaped = _SHAPED.match(written)
        label = next((shaped[g] for g in ("circle", "bang", "hexagon", "square", "rounded", "cloud") if shaped and shaped[g] is not None), written)
        names = label_lines(label)
        if not names:
            continue
        node = Node(f"n{index}", names[0], " ".join(names[1:]), index)  # ids repeat in mindmaps: each line is its own
        nodes[node.id] = node
        while above and above[-1][0] >= indent:
            above.pop()
        if above:
            edges.append(Edge(above[-1][1], node.id, "", index))
        above.append((indent, node.id))
    return Diagram("", nodes, tuple(edges), (), topics=True) if nodes else None
