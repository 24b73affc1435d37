"""Helpers for the tests of what the ingester reads: build a workspace from notes written in the
test, and look at the graph as label triples, with the rule and tier of each statement."""

from __future__ import annotations

import textwrap
from pathlib import Path

import kg
from kg import Workspace
from kg.builder import BuildResult
from kg.labels import fold


def build_files(tmp_path: Path, files: dict[str, str]) -> tuple[BuildResult, kg.KnowledgeGraph]:
    """Write notes (paths below data/notes), build, and return the build result and the graph."""
    notes = tmp_path / "data" / "notes"
    for name, text in files.items():
        path = notes / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    result = kg.build(workspace, page=False)
    return result, kg.load(workspace)


def build(tmp_path: Path, notes: str, name: str = "notes.md") -> kg.KnowledgeGraph:
    """A workspace of one notes file, built and loaded."""
    return build_files(tmp_path, {name: notes})[1]


def facts(graph: kg.KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(graph.label(e.subject), e.relation, graph.label(e.object)) for e in graph.edges()}


def folded_facts(graph: kg.KnowledgeGraph) -> set[tuple[str, str, str]]:
    """Facts with labels folded (case, punctuation), where the label's spelling is not the point."""
    return {(fold(s), r, fold(o)) for s, r, o in facts(graph)}


def lowered(graph: kg.KnowledgeGraph) -> set[tuple[str, str, str]]:
    """Facts in lower case (a bold term's label may be lower-cased), punctuation kept ("smith et al.")."""
    return {(s.casefold(), r, o.casefold()) for s, r, o in facts(graph)}


def rules(graph: kg.KnowledgeGraph, subject: str, relation: str, obj: str) -> set[tuple[str, str]]:
    """(rule, tier) of every source of one statement, named by its concepts' names."""
    edges = list(graph.edges(graph.resolve(subject), relation, graph.resolve(obj)))
    assert edges, f"no statement {subject} {relation} {obj}"
    return {(s.rule, s.tier) for e in edges for s in e.sources}


def names(graph: kg.KnowledgeGraph, topics: bool = False) -> set[str]:
    """Every label and alias of the graph's concepts (topics too when asked), in lower case: exact
    otherwise, so that markup ("[!note]", "1. ...") is told from the label it would be cleaned to."""
    found = set()
    for c in graph.concepts(topics=topics):
        found.add(graph.label(c).casefold())
        found.update(a.casefold() for a in graph.aliases(c))
    return found


def assert_no_concept(graph: kg.KnowledgeGraph, *labels: str, topics: bool = False) -> None:
    present = names(graph, topics=topics)
    for label in labels:
        assert label.casefold() not in present, f"{label!r} became a concept"
