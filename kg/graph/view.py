"""A property-graph view of the knowledge graph: plain nodes and edges for pictures and graph tools.

viz (the HTML page) and the graph exports (GraphML, GEXF, CSV, Mermaid, DOT) read this view, never
RDF: one place decides what a node and an edge are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.source import surest_tier

if TYPE_CHECKING:
    from kg.graph.knowledge import Edge, KnowledgeGraph


@dataclass
class ViewNode:
    """One concept: `id` is its IRI, `cls` its class's local name (Architecture, Tool, ...)."""

    id: str
    label: str
    cls: str
    aliases: list[str] = field(default_factory=list)
    definition: str = ""
    sources: list[str] = field(default_factory=list)  # "notes/ai-engineering-notes.md:77"
    see_also: list[str] = field(default_factory=list)  # URLs


@dataclass
class ViewEdge:
    """One asserted relation between two concepts; `relation` is its local name (isA, contains, ...)."""

    source: str
    target: str
    relation: str
    sources: list[str] = field(default_factory=list)
    tier: str = "stated"  # the surest reading among its sources: stated, structural or weak


@dataclass
class GraphView:
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    centres: list[str] = field(default_factory=list)  # the concepts a neighbourhood is drawn around


def view_of(graph: KnowledgeGraph, *, around: list[ox.NamedNode] | None = None, depth: int = 1,
            relations: set[str] | None = None, topics: bool = False) -> GraphView:
    """The graph as nodes and edges; with `around`, only concepts within `depth` hops of those
    (over `relations`, if given, else every relation), for a readable picture of one neighbourhood.
    The edges are the graph's statements (KnowledgeGraph.statements), so that the page counts
    what `kg build` and `kg stats` count."""
    edges = [e for e in graph.statements() if relations is None or e.relation in relations]
    keep = {c for c in graph.concepts(topics=topics)}
    if around is not None:
        keep = _within(set(around), edges, depth) & (keep | set(around))
    nodes = [
        ViewNode(
            id=c.value,
            label=graph.label(c),
            cls=graph.class_of(c),
            aliases=graph.aliases(c),
            definition=graph.definition(c),
            sources=[str(s) for s in graph.concept_sources(c)],
            see_also=graph.see_also(c),
        )
        for c in sorted(keep, key=lambda c: c.value)
    ]
    kept_edges = [
        ViewEdge(e.subject.value, e.object.value, e.relation, [str(s) for s in e.sources], surest_tier(e.sources))
        for e in edges
        if e.subject in keep and e.object in keep
    ]
    return GraphView(nodes, kept_edges, sorted(c.value for c in around or []))


def _within(start: set[ox.NamedNode], edges: list[Edge], depth: int) -> set[ox.NamedNode]:
    neighbours: dict[ox.NamedNode, set[ox.NamedNode]] = {}
    for edge in edges:
        neighbours.setdefault(edge.subject, set()).add(edge.object)
        neighbours.setdefault(edge.object, set()).add(edge.subject)
    seen, frontier = set(start), set(start)
    for _ in range(depth):
        frontier = {n for c in frontier for n in neighbours.get(c, ())} - seen
        seen |= frontier
    return seen
