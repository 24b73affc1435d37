"""Quads held in Python, looked up as a store looks them up: the graph `kg build` counts, over the
quads it has just written, without copying them into a store (at 20,000 concepts an in-memory
pyoxigraph store of the 150k quads the counts read takes 100 MB more, and 2 s to fill).

A KnowledgeGraph over it reads it as it reads a remote store: every quad at once for the edges,
no SPARQL (KnowledgeGraph.defined reads the definitions' subjects instead)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph


class HeldQuads:
    """The quads given, by predicate, and by subject within a predicate once asked so."""

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self.by_predicate: dict[ox.NamedNode, list[ox.Quad]] = defaultdict(list)
        for quad in quads:
            self.by_predicate[quad.predicate].append(quad)
        self._by_subject: dict[ox.NamedNode, dict[Term, list[ox.Quad]]] = {}

    def quads_for_pattern(self, subject: Term | None, predicate: ox.NamedNode | None, obj: Term | None,
                          graph: Term | None = None) -> list[ox.Quad]:
        if predicate is None:
            found = [quad for quads in self.by_predicate.values() for quad in quads]
        elif subject is not None:
            found = self._of_subjects(predicate).get(subject, [])
            subject = None
        else:
            found = self.by_predicate.get(predicate, [])
        if subject is None and obj is None and graph is None:
            return list(found)  # nothing to match: kg build's counts ask so of every predicate
        return [quad for quad in found if (subject is None or quad.subject == subject) and (obj is None or quad.object == obj)
                and (graph is None or quad.graph_name == graph)]

    def _of_subjects(self, predicate: ox.NamedNode) -> dict[Term, list[ox.Quad]]:
        """A predicate's quads by subject: a concept's label is asked for one concept at a time."""
        found = self._by_subject.get(predicate)
        if found is None:
            found = self._by_subject[predicate] = defaultdict(list)
            for quad in self.by_predicate.get(predicate, []):
                found[quad.subject].append(quad)
        return found

    def __len__(self) -> int:
        return sum(len(quads) for quads in self.by_predicate.values())
