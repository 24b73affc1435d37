"""kg.ingest.mindmap on small mindmaps of its own (each node shape Mermaid allows, icons and classes,
indentation), on large adversarial input (the work must stay linear), and what the graph makes of a
mindmap in notes: a branch is within the node above it, a kind of it when it ends on its words.
Every input here is written for the test."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from reading import build, lowered
from test_mermaid import deadline

from kg.ingest.mindmap import parse


def tree(text: str) -> list[tuple[str, str]]:
    diagram = parse(textwrap.dedent(text))
    assert diagram is not None and diagram.topics
    return [(diagram.nodes[e.source].name, diagram.nodes[e.target].name) for e in diagram.edges]


def test_indentation_makes_the_tree_and_every_shape_gives_its_text() -> None:
    assert tree("""\
        mindmap
          root((Burrows))
            a[Tunnels]
              b(Side tunnels)
              c))Dead ends((
            d)Chambers(
              e{{Nest chamber}}
              Plain text node
            ::icon(fa fa-book)
            :::urgent
        """) == [("Burrows", "Tunnels"), ("Tunnels", "Side tunnels"), ("Tunnels", "Dead ends"),
                 ("Burrows", "Chambers"), ("Chambers", "Nest chamber"), ("Chambers", "Plain text node")]


def test_markup_in_a_label_is_dropped_and_a_line_break_starts_its_description() -> None:
    diagram = parse('mindmap\n  root((Burrows))\n    a["`**Clay** walls`"]\n    b[Nest<br/>where pups sleep]\n')
    assert diagram is not None
    assert [(n.name, n.description) for n in diagram.nodes.values()] == [("Burrows", ""), ("Clay walls", ""), ("Nest", "where pups sleep")]


@pytest.mark.parametrize("text", ["graph TD\n  A --> B", "mindmap", "", "%% mindmap\npie title X"])
def test_what_is_no_mindmap_or_holds_no_node_gives_none(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(("body", "nodes"), [
    ("".join(f"{' ' * (i + 2)}n{i}\n" for i in range(3_000)), 3_000),  # ever deeper
    ("  root\n" + "    (" * 50_000 + "\n", 2),  # an unclosed shape, 200 KB long
    ("  root\n" + "    leaf\n" * 20_000, 20_001),  # a wide fan
    ("  root((" + "x" * 200_000 + "))\n", 1),
])
def test_large_adversarial_input_takes_linear_work(body: str, nodes: int) -> None:
    with deadline():
        diagram = parse("mindmap\n" + body)
    assert diagram is not None and len(diagram.nodes) == nodes


def test_a_mindmap_in_notes_is_a_tree_of_topics(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        ```mermaid
        mindmap
          root((Burrow design))
            Tunnels
              Side tunnels
              Root clearing
            Chambers
        ```
        """))
    assert {("burrow design", "includes", "tunnel"), ("side tunnel", "isA", "tunnel"), ("tunnel", "includes", "root clearing"),
            ("burrow design", "includes", "chamber")} <= found, found
