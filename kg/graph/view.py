"""A property-graph view of the knowledge graph: plain nodes and edges for pictures and graph tools.

viz (the HTML page) and the graph exports (GraphML, GEXF, CSV, Mermaid, DOT) read this view, never
RDF: one place decides what a node and an edge are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.schema.vocab import BROADER, SUBJECT
from kg.source import Source, places, surest_tier

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
    topic: str = ""  # the IRI of the topic (heading) it is filed under where it is defined, if any


@dataclass
class ViewTopic:
    """A topic: a heading of the notes (or a folder), with the heading it sits under."""

    id: str
    label: str
    parent: str = ""


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
    topics: list[ViewTopic] = field(default_factory=list)  # every topic of the graph, by IRI


def view_of(graph: KnowledgeGraph, *, around: list[ox.NamedNode] | None = None, depth: int = 1,
            relations: set[str] | None = None, topics: bool = False) -> GraphView:
    """The graph as nodes and edges; with `around`, only concepts within `depth` hops of those
    (over `relations`, if given, else every relation), for a readable picture of one neighbourhood.
    The edges are the graph's statements (KnowledgeGraph.statements), so that the page counts
    what `kg build` and `kg stats` count. Each concept names the topic it is defined under, and the
    view lists the topics with their parents: a large page groups its concepts by them."""
    edges = [e for e in graph.statements() if relations is None or e.relation in relations]
    keep = {c for c in graph.concepts(topics=topics)}
    if around is not None:
        keep = _within(set(around), edges, depth) & (keep | set(around))
    headings, filed = _topics(graph)
    nodes = []
    for c in sorted(keep, key=lambda c: c.value):
        sources = graph.concept_sources(c)
        nodes.append(ViewNode(
            id=c.value,
            label=graph.label(c),
            cls=graph.class_of(c),
            aliases=graph.aliases(c),
            definition=graph.definition(c),
            sources=places(sources),
            see_also=graph.see_also(c),
            topic=_home(filed.get(c, []), sources[:1], headings),
        ))
    kept_edges = [
        ViewEdge(e.subject.value, e.object.value, e.relation, places(e.sources), surest_tier(e.sources))
        for e in edges
        if e.subject in keep and e.object in keep
    ]
    return GraphView(nodes, kept_edges, sorted(c.value for c in around or []),
                     [ViewTopic(t.value, graph.label(t), parent.value if parent else "")
                      for t, (parent, _) in sorted(headings.items(), key=lambda item: item[0].value)])


def _topics(graph: KnowledgeGraph) -> tuple[dict[ox.NamedNode, tuple[ox.NamedNode | None, list[Source]]],
                                            dict[ox.NamedNode, list[ox.NamedNode]]]:
    """Each topic with its parent and where its heading is; each concept with the topics it is
    filed under. One pass over dcterms:subject and skos:broader, not a lookup per concept."""
    topics = [c for c in graph.concepts() if graph.class_of(c) == "Topic"]
    known = set(topics)
    parents = {q.subject: q.object for q in graph.store.quads_for_pattern(None, BROADER, None, None)
               if q.subject in known and q.object in known and q.subject != q.object}
    filed: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    for quad in graph.store.quads_for_pattern(None, SUBJECT, None, None):
        if quad.object in known and isinstance(quad.subject, ox.NamedNode) and quad.object not in filed.get(quad.subject, []):
            filed.setdefault(quad.subject, []).append(quad.object)  # type: ignore[arg-type]
    return {t: (parents.get(t), graph.concept_sources(t)) for t in topics}, filed


def _home(filed: list[ox.NamedNode], defined: list[Source],
          topics: dict[ox.NamedNode, tuple[ox.NamedNode | None, list[Source]]]) -> str:
    """The topic a concept is defined under: of those it is filed under, the last heading above the
    line that defines it in the same file; else the first by IRI. A concept named in several
    sections is filed under each; a picture puts it in one."""
    if not filed:
        return ""
    above = [(where[0].line, t.value) for t in filed if (where := topics[t][1]) and defined
             and where[0].file == defined[0].file and where[0].line <= defined[0].line]
    return max(above)[1] if above else min(t.value for t in filed)


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
