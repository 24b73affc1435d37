"""Inference over the asserted relations: what the vocabulary's OWL characteristics entail.

The rules are those of OWL 2 RL that bear on relations between concepts, read from the registry
(kg.vocab), so that a reasoner given kg/schema/vocab.ttl and this code agree (tests/test_query.py
holds them side by side):

    inverse     x p y, p owl:inverseOf q         =>  y q x
    symmetric   x p y, p a owl:SymmetricProperty  =>  y p x
    transitive  x p y, y p z, p transitive       =>  x p z

A relation r between x and y therefore holds when a chain of "steps" links them, each step an
asserted edge read as r (stated, or reversed by an inverse or symmetric declaration), the chain of
length one unless r (or its inverse, which makes r so too) is transitive. Reflexive facts (x r x,
which a cycle of a transitive relation entails) are left out: "a transformer contains itself"
tells nobody anything.

No rdflib, no owlrl: this runs on pyoxigraph's pattern lookups, one concept at a time, so that a
query about one concept costs a few lookups whatever the size of the graph.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

import pyoxigraph as ox

from kg.schema import vocab

if TYPE_CHECKING:  # for annotations only, so that KnowledgeGraph.to_networkx may import this module
    from kg.graph.knowledge import Edge, KnowledgeGraph
    from kg.source import Source


# NamedTuples rather than dataclasses here and in kg.query: they cost a fifth as much to define,
# and every `kg show` pays for the definitions at start-up.
class Step(NamedTuple):
    """One asserted edge read as `relation` from `subject` to `object`."""

    subject: ox.NamedNode
    relation: str
    object: ox.NamedNode
    edge: Edge
    how: str  # "stated" | "inverse" | "symmetric"


class Fact(NamedTuple):
    """A relation between two concepts, stated in the sources or inferred by a rule from a chain of steps."""

    subject: ox.NamedNode
    relation: str
    object: ox.NamedNode
    steps: tuple[Step, ...]

    @property
    def stated(self) -> bool:
        return len(self.steps) == 1 and self.steps[0].how == "stated"

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources of every asserted edge the fact rests on."""
        return tuple(sorted({s for step in self.steps for s in step.edge.sources}))

    def rule(self, label: Callable[[ox.NamedNode], str]) -> str | None:
        """How the fact was inferred, in words, with `label` naming concepts; None for a stated fact.

        "inverse of partOf: transformer block partOf transformer architecture", "symmetric: ...",
        "transitive: A contains B (inverse of partOf), B contains C".
        """
        if self.stated:
            return None
        if len(self.steps) == 1:
            return _step_rule(self.steps[0], label)
        hops = []
        for step in self.steps:
            note = "" if step.how == "stated" else f" ({_kind(step)})"
            hops.append(f"{label(step.subject)} {step.relation} {label(step.object)}{note}")
        return "transitive: " + ", ".join(hops)

    def short_rule(self, label: Callable[[ox.NamedNode], str]) -> str | None:
        """The rule in a few words, for tables: "inverse of partOf", "transitive via A, B"."""
        if self.stated:
            return None
        if len(self.steps) == 1:
            return _kind(self.steps[0])
        return "transitive via " + ", ".join(label(step.object) for step in self.steps[:-1])


def _kind(step: Step) -> str:
    """The rule that reads an asserted edge the other way round: "inverse of partOf", "symmetric"."""
    return f"inverse of {step.edge.relation}" if step.how == "inverse" else "symmetric"


def _step_rule(step: Step, label: Callable[[ox.NamedNode], str]) -> str:
    edge = step.edge
    return f"{_kind(step)}: {label(edge.subject)} {edge.relation} {label(edge.object)}"


@cache
def inverse_of(relation: str) -> str | None:
    """The inverse of a relation, declared on either side (OWL lets one owl:inverseOf serve both)."""
    table = vocab.relations()
    declared = table[relation].inverse
    if declared:
        return declared
    return next((name for name, rel in sorted(table.items()) if rel.inverse == relation), None)


@cache
def is_symmetric(relation: str) -> bool:
    inverse = inverse_of(relation)
    return vocab.relations()[relation].symmetric or (inverse is not None and vocab.relations()[inverse].symmetric)


@cache
def is_transitive(relation: str) -> bool:
    inverse = inverse_of(relation)
    return vocab.relations()[relation].transitive or (inverse is not None and vocab.relations()[inverse].transitive)


class Reasoner:
    """Asserted edges, looked up per concept and kept, and the facts they entail."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self._out: dict[ox.NamedNode, list[Edge]] = {}
        self._in: dict[ox.NamedNode, list[Edge]] = {}
        self._complete = False

    def preload(self) -> None:
        """Read every asserted edge at once: cheaper than one lookup per concept for whole-graph queries."""
        if self._complete:
            return
        self._out, self._in = {}, {}
        for edge in self.graph.edges():
            self._out.setdefault(edge.subject, []).append(edge)
            self._in.setdefault(edge.object, []).append(edge)
        self._complete = True

    def out_edges(self, node: ox.NamedNode) -> list[Edge]:
        if node not in self._out and not self._complete:
            self._out[node] = list(self.graph.edges(subject=node))
        return self._out.get(node, [])

    def in_edges(self, node: ox.NamedNode) -> list[Edge]:
        if node not in self._in and not self._complete:
            self._in[node] = list(self.graph.edges(obj=node))
        return self._in.get(node, [])

    def nodes(self) -> list[ox.NamedNode]:
        """Every concept that takes part in some asserted relation."""
        self.preload()
        return sorted(set(self._out) | set(self._in), key=lambda n: n.value)

    def steps(self, node: ox.NamedNode, relation: str, *, backward: bool = False) -> Iterator[Step]:
        """The one-step facts `node relation y` (or, backward, `y relation node`), stated ones first."""
        inverse = inverse_of(relation)
        symmetric = is_symmetric(relation)
        out, into = (self.in_edges, self.out_edges) if backward else (self.out_edges, self.in_edges)
        for edge in out(node):
            if edge.relation == relation:
                yield _step(edge, relation, "stated", flip=False)
        for edge in into(node):
            if inverse is not None and edge.relation == inverse and inverse != relation:
                yield _step(edge, relation, "inverse", flip=True)
            elif symmetric and edge.relation == relation:
                yield _step(edge, relation, "symmetric", flip=True)
        if symmetric and inverse is not None and inverse != relation:
            for edge in out(node):  # x q y with q symmetric: y q x, hence x r y
                if edge.relation == inverse:
                    yield _step(edge, relation, "symmetric", flip=False)

    def facts(self, node: ox.NamedNode, relation: str, *, backward: bool = False) -> list[Fact]:
        """Every fact `node relation y` (backward: `y relation node`), each with its shortest chain.

        A breadth-first walk when the relation is transitive, one step otherwise.
        """
        transitive = is_transitive(relation)
        chains: dict[ox.NamedNode, tuple[Step, ...]] = {}
        queue: deque[tuple[ox.NamedNode, tuple[Step, ...]]] = deque([(node, ())])
        while queue:
            current, chain = queue.popleft()
            for step in self.steps(current, relation, backward=backward):
                reached = step.subject if backward else step.object
                if reached == node or reached in chains:
                    continue
                path = (step, *chain) if backward else (*chain, step)
                chains[reached] = path
                if transitive:
                    queue.append((reached, path))
        return [
            Fact(other if backward else node, relation, node if backward else other, chain)
            for other, chain in chains.items()
        ]

    def closure(self, relation: str) -> list[Fact]:
        """Every fact of one relation in the graph."""
        self.preload()
        return [fact for node in self.nodes() for fact in self.facts(node, relation)]

    def inferred(self) -> list[Fact]:
        """What inference adds to the graph's statements: every fact between two concepts (topics
        aside, as KnowledgeGraph.statements counts) that no source states, relation by relation."""
        concepts = set(self.graph.concepts(topics=False))
        return [fact for relation in vocab.relations() for fact in self.closure(relation)
                if not fact.stated and fact.subject in concepts and fact.object in concepts]


def _step(edge: Edge, relation: str, how: str, *, flip: bool) -> Step:
    if flip:
        return Step(edge.object, relation, edge.subject, edge, how)
    return Step(edge.subject, relation, edge.object, edge, how)
