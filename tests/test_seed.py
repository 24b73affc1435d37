"""The graph of the shipped notes holds what ../shared/reference says a correct graph holds.

The semantics are the reference files' own (their header): labels match preferred or alternative
labels case-insensitively; isA, contains, partOf and includes hold through chains; inverse pairs
count; contrastsWith and relatedTo are symmetric, and relatedTo holds for an edge of any relation.
The closure here is written independently of kg's own inference, from those header rules.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pytest

import kg
from kg.workspace import Workspace

TRANSITIVE = {"isA", "contains", "partOf", "includes"}
INVERSE = {"isA": "hasKind", "contains": "partOf", "includes": "includedIn", "uses": "usedBy",
           "exampleOf": "hasExample", "developedBy": "developed", "createdBy": "created",
           "evaluates": "evaluatedBy", "measures": "measuredBy", "produces": "producedBy"}
INVERSE.update({v: k for k, v in list(INVERSE.items())})
SYMMETRIC = {"contrastsWith", "relatedTo"}


def rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


class Oracle:
    """Labels and relations of a built graph, with the reference's rules for what holds."""

    def __init__(self, graph: kg.KnowledgeGraph) -> None:
        self.graph = graph
        self.by_label: dict[str, set] = defaultdict(set)
        for concept in graph.concepts():
            for label in [graph.label(concept), *graph.aliases(concept)]:
                self.by_label[label.casefold()].add(concept)
        self.edges: dict[str, dict] = defaultdict(lambda: defaultdict(set))
        self.any_edge: set[frozenset] = set()
        for edge in graph.edges():
            self._add(edge.subject, edge.relation, edge.object)
            self.any_edge.add(frozenset((edge.subject, edge.object)))

    def _add(self, s, relation: str, o) -> None:
        self.edges[relation][s].add(o)
        if relation in INVERSE:
            self.edges[INVERSE[relation]][o].add(s)
        if relation in SYMMETRIC:
            self.edges[relation][o].add(s)

    def concepts(self, cell: str) -> set:
        return set().union(*(self.by_label.get(label.casefold(), set()) for label in cell.split("|")))

    def reaches(self, s, relation: str, o) -> bool:
        if relation == "relatedTo" and frozenset((s, o)) in self.any_edge:
            return True
        seen, frontier = {s}, {s}
        while frontier:
            frontier = {n for c in frontier for n in self.edges[relation].get(c, ())} - seen
            if o in frontier:
                return True
            if relation not in TRANSITIVE:
                return False
            seen |= frontier
        return False

    def holds(self, subject: str, relations: str, obj: str) -> bool:
        return any(
            self.reaches(s, relation, o)
            for s in self.concepts(subject)
            for o in self.concepts(obj)
            for relation in relations.split("|")
        )


@pytest.fixture(scope="module")
def oracle(graph: kg.KnowledgeGraph) -> Oracle:
    return Oracle(graph)


def fact_rows(shared: Path) -> list[list[str]]:
    return rows(shared / "reference" / "seed-facts.tsv")


def test_every_seed_fact_holds(oracle: Oracle, shared: Path) -> None:
    missing = [row for row in fact_rows(shared) if not oracle.holds(*row[:3])]
    assert not missing, f"{len(missing)} seed facts do not hold: {missing}"


def test_every_seed_concept_is_there_with_its_kind_and_definition(oracle: Oracle, graph: kg.KnowledgeGraph, shared: Path) -> None:
    problems = []
    for label, kinds, definition, line in rows(shared / "reference" / "seed-concepts.tsv"):
        found = oracle.concepts(label)
        if not found:
            problems.append(f"line {line}: no concept labelled {label}")
            continue
        accepted = set(kinds.split("|"))
        if "Concept" not in accepted and not any(graph.class_of(c) in accepted for c in found):
            problems.append(f"line {line}: {label} is {[graph.class_of(c) for c in found]}, not {kinds}")
        if definition == "yes" and not any(graph.definition(c) for c in found):
            problems.append(f"line {line}: {label} has no definition")
    assert not problems, "\n".join(problems)


def test_the_design_cards_examples_hold(oracle: Oracle) -> None:
    assert oracle.holds("transformer", "contains", "attention")
    assert oracle.holds("MoE", "isA", "sparse model")


def test_extraction_alone_holds_three_quarters_of_the_seed_facts(tmp_path: Path, repo: Path, shared: Path) -> None:
    """Without data/curated.ttl, the ingester's own reading must hold at least 75% of the rows."""
    shutil.copytree(repo / "data" / "notes", tmp_path / "data" / "notes")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(workspace, page=False)
    oracle = Oracle(kg.load(workspace))
    facts = fact_rows(shared)
    held = [row for row in facts if oracle.holds(*row[:3])]
    share = len(held) / len(facts)
    print(f"extraction alone: {len(held)}/{len(facts)} seed facts = {share:.0%}")
    assert share >= 0.75, f"only {share:.0%} of seed facts from extraction alone"


def test_the_oracle_can_fail(oracle: Oracle) -> None:
    """The checks above are not vacuous: a false fact and an unknown label do not hold."""
    assert not oracle.holds("sparse model", "isA", "mixture of experts")
    assert not oracle.holds("no such concept", "relatedTo", "token")
    assert not oracle.holds("token", "contains", "vocabulary")
