"""Shortest chains of relations between two concepts (`kg path`), over the graph's asserted edges,
walking them both ways and printing each hop with its real direction. The search itself is
kg.query.walks, which also runs over the edges `kg build` saves in the cards (saved_walk)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.infer import Reasoner, inverse_of
from kg.graph.knowledge import KnowledgeGraph
from kg.query.patterns import relation_name
from kg.query.walks import Hop, Walk, allowed_relations, path_lines, path_row as walk_row, path_text as walk_text
from kg.query.walks import shortest as walk_shortest

__all__ = ["Hop", "GraphWalk", "paths", "shortest", "path_text", "path_row", "path_lines", "saved_walk"]


class GraphWalk(Walk):
    """The graph's asserted edges, looked up per concept as the search reaches it."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.reasoner = Reasoner(graph)

    def hops(self, node: ox.NamedNode) -> list[Hop]:
        found = [Hop(node, e.object, e, True) for e in self.reasoner.out_edges(node)]
        return found + [Hop(node, e.subject, e, False) for e in self.reasoner.in_edges(node)]

    def label(self, node: ox.NamedNode) -> str:
        return self.graph.label(node)

    def iri(self, node: ox.NamedNode) -> str:
        return node.value

    def inverse(self, relation: str) -> str | None:
        return inverse_of(relation)


def paths(graph: KnowledgeGraph, start: str, end: str, *, max_length: int = 6,
          relations: list[str] | None = None, limit: int = 10) -> list[list[Hop]]:
    """The shortest chains of relations between two concepts, walking edges both ways.

    A bidirectional breadth-first search over asserted edges (an inferred edge is a chain of them);
    `relations` keeps edges of those relations or of their inverses. NothingFound when no chain of
    at most `max_length` hops exists.
    """
    a, b = graph.resolve(start), graph.resolve(end)
    if a == b:
        raise QueryError(f"'{start}' and '{end}' name the same concept, '{graph.label(a)}'")
    return shortest(graph, a, b, max_length=max_length, allowed=allowed_relations(relations, relation_name, inverse_of),
                    limit=limit)


def shortest(graph: KnowledgeGraph, a: ox.NamedNode, b: ox.NamedNode, *, max_length: int = 6,
             allowed: set[str] | None = None, limit: int = 10) -> list[list[Hop]]:
    """paths() between two concepts given by IRI, over edges of the `allowed` relations (None: all)."""
    return walk_shortest(GraphWalk(graph), a, b, max_length=max_length, allowed=allowed, limit=limit)


def path_text(graph: KnowledgeGraph, hops: list[Hop]) -> str:
    """`mixture of experts -isA-> sparse model -contrastsWith-> dense model`"""
    return walk_text(GraphWalk(graph), hops)


def path_row(graph: KnowledgeGraph, hops: list[Hop]) -> dict[str, object]:
    return walk_row(GraphWalk(graph), hops)


def saved_walk(graph: KnowledgeGraph, concepts: list[ox.NamedNode]) -> tuple[list[str], list[str], list[tuple]]:
    """The graph's asserted edges as the cards keep them for `kg path` (kg.query.answers): the IRIs
    and labels of the nodes, `concepts` first in their order, then whatever else an edge reaches;
    and every edge as (subject, relation, object, sources), nodes by number, in the order the graph
    gives them, which is the order the search meets them in."""
    number = {c: i for i, c in enumerate(concepts)}
    edges = list(graph.edges())
    for edge in edges:
        for node in (edge.subject, edge.object):
            number.setdefault(node, len(number))
    nodes = list(number)
    return ([n.value for n in nodes], [graph.label(n) for n in nodes],
            [(number[e.subject], e.relation, number[e.object], tuple(str(s) for s in e.sources)) for e in edges])
