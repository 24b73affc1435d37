"""The cards `kg build` saves for `kg show`: the same answers as the graph gives, for every concept
and format, and never an answer from cards that no longer match the graph."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.query import cards
from kg.query import patterns as query
from kg.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


def show(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), "show", *args],
                              env={"KG_ENDPOINT": None, "KG_STORE": None})


def every_name(graph: kg.KnowledgeGraph) -> list[str]:
    return sorted({name for c in graph.concepts() for name in [graph.label(c), *graph.aliases(c)]})


def test_build_writes_cards(built: Workspace) -> None:
    assert os.path.getsize(cards.cards_file(built)) > 0


def test_cards_describe_every_concept_as_the_graph_does(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    compared = 0
    for name in every_name(graph):
        try:
            expected = query.describe(graph, name)
        except kg.UnknownConceptError:  # a label two concepts share: the cards leave it to the graph
            assert cards.lookup(built, name) is None
            continue
        assert cards.lookup(built, name) == expected, name
        assert cards.lookup(built, name.upper()) == expected, name  # names resolve as the graph resolves them
        compared += 1
    assert compared >= len(graph.concepts()) * 0.9


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
@pytest.mark.parametrize("name", ["transformer", "MoE", "RNNs", "sparse model"])
def test_show_prints_the_same_with_and_without_cards(copied: Workspace, fmt: str, name: str) -> None:
    from_cards = show(copied, name, "--format", fmt)
    os.remove(cards.cards_file(copied))
    from_graph = show(copied, name, "--format", fmt)
    assert from_cards.exit_code == from_graph.exit_code == 0, from_graph.output
    assert from_cards.stdout == from_graph.stdout


def test_cards_of_another_graph_are_not_read(copied: Workspace, tmp_path: Path) -> None:
    """aie.trig rebuilt from other notes, the cards left from before: show answers from the graph."""
    other = Workspace.at(tmp_path / "other", tmp_path / "other-exports")
    (other.notes).mkdir(parents=True)
    (other.notes / "notes.md").write_text("# Notes\n\n## Models\n\n- **Transformer**: a model built from attention layers.\n",
                                          encoding="utf-8")
    kg.build(other, page=False)
    shutil.copyfile(other.dataset, copied.dataset)
    assert cards.lookup(copied, "transformer") is None
    result = show(copied, "transformer", "--format", "json")
    assert result.exit_code == 0 and '"definition": "a model built from attention layers."' in result.stdout


@pytest.mark.parametrize("spoil", [b"", b"\x00" * 8, b"\xff" * 64, b"not marshal data at all"])
def test_unreadable_cards_leave_the_graph_to_answer(copied: Workspace, spoil: bytes) -> None:
    expected = show(copied, "MoE", "--format", "json").stdout
    Path(cards.cards_file(copied)).write_bytes(spoil)
    assert cards.lookup(copied, "MoE") is None
    result = show(copied, "MoE", "--format", "json")
    assert result.exit_code == 0 and result.stdout == expected


def test_unknown_names_get_the_graphs_error(built: Workspace) -> None:
    assert cards.lookup(built, "transformr") is None
    result = show(built, "transformr")
    assert result.exit_code == 1 and "did you mean" in result.stderr and "transformer" in result.stderr


def test_cards_serve_only_the_memory_backend(built: Workspace) -> None:
    assert cards.lookup(built, "MoE") is not None
    assert cards.lookup(built._replace(store="memory"), "MoE") is not None
    assert cards.lookup(built._replace(store="oxigraph"), "MoE") is None
    assert cards.lookup(built._replace(endpoint="http://127.0.0.1:9/sparql"), "MoE") is None


def test_a_build_too_large_for_memory_removes_the_cards(copied: Workspace) -> None:
    kg.build(copied._replace(store="oxigraph"), page=False)
    assert not os.path.exists(cards.cards_file(copied))
    assert show(copied, "MoE").exit_code == 0


def test_show_from_cards_imports_no_graph_engine(built: Workspace) -> None:
    """The point of the cards: `kg show` starts without pyoxigraph and the graph modules."""
    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import cli
        result = CliRunner().invoke(cli.cli, ["--data", {str(built.data)!r}, "--exports", {str(built.exports)!r},
                                              "show", "transformer"])
        assert result.exit_code == 0, result.output
        print(" ".join(sorted(m for m in ("pyoxigraph", "kg.graph.knowledge", "kg.query.patterns", "kg.schema.vocab") if m in sys.modules)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={"PATH": "", "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
