"""Shortest chains of relations between two concepts (`kg path`), walking edges both ways and
printing each hop with its real direction."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import NothingFound, QueryError
from kg.graph.knowledge import Edge, KnowledgeGraph
from kg.graph.infer import Reasoner, inverse_of
from kg.query.patterns import relation_name

CANDIDATES = 1000  # most shortest paths gathered before sorting and keeping `limit`


class Hop(NamedTuple):
    """One asserted edge walked from `start` to `end`, either way round."""

    start: ox.NamedNode
    end: ox.NamedNode
    edge: Edge
    forward: bool

    def arrow(self) -> str:
        """`-isA->` along the edge; against it, the inverse's name (`-contains->`) or `<-usedFor-`."""
        relation = self.edge.relation
        if self.forward:
            return f"-{relation}->"
        inverse = inverse_of(relation)
        return f"-{inverse}->" if inverse else f"<-{relation}-"


def paths(graph: KnowledgeGraph, start: str, end: str, *, max_length: int = 6,
          relations: list[str] | None = None, limit: int = 10) -> list[list[Hop]]:
    """The shortest chains of relations between two concepts, walking edges both ways.

    A bidirectional breadth-first search over asserted edges (an inferred edge is a chain of them),
    each side a layer at a time, the smaller frontier first. `relations` keeps edges of those
    relations or of their inverses. NothingFound when no chain of at most `max_length` hops exists.
    """
    a, b = graph.resolve(start), graph.resolve(end)
    if a == b:
        raise QueryError(f"'{start}' and '{end}' name the same concept, '{graph.label(a)}'")
    allowed = None
    if relations:
        allowed = {relation_name(r) for r in relations}
        allowed |= {inverse_of(r) for r in allowed if inverse_of(r)}
    return shortest(graph, a, b, max_length=max_length, allowed=allowed, limit=limit)


def shortest(graph: KnowledgeGraph, a: ox.NamedNode, b: ox.NamedNode, *, max_length: int = 6,
             allowed: set[str] | None = None, limit: int = 10) -> list[list[Hop]]:
    """paths() between two concepts given by IRI, over edges of the `allowed` relations (None: all)."""
    reasoner = Reasoner(graph)

    def hops(node: ox.NamedNode) -> list[Hop]:
        found = [Hop(node, e.object, e, True) for e in reasoner.out_edges(node)]
        found += [Hop(node, e.subject, e, False) for e in reasoner.in_edges(node)]
        return [h for h in found if h.end != node and (allowed is None or h.edge.relation in allowed)]

    # parents[side][node] = hops that reach node at its shortest distance from that side's root
    parents: tuple[dict, dict] = ({a: []}, {b: []})
    frontier: tuple[list, list] = ([a], [b])
    depth = [0, 0]
    meeting: list[ox.NamedNode] = []
    while not meeting and frontier[0] and frontier[1] and depth[0] + depth[1] < max_length:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        layer: dict[ox.NamedNode, list[Hop]] = {}
        for node in frontier[side]:
            for hop in hops(node):
                if hop.end not in parents[side]:
                    layer.setdefault(hop.end, []).append(hop)
        parents[side].update(layer)
        frontier[side][:] = sorted(layer, key=lambda n: n.value)
        depth[side] += 1
        meeting = [n for n in frontier[side] if n in parents[1 - side]]
        if meeting:  # the shortest length is reached only through the other side's nearest nodes
            best = min(_distance(parents[1 - side], n) for n in meeting)
            meeting = [n for n in meeting if _distance(parents[1 - side], n) == best]
    if not meeting:
        only = f" over {', '.join(sorted(allowed))}" if allowed else ""
        raise NothingFound(f"no path of at most {max_length} hops{only} between '{graph.label(a)}' and '{graph.label(b)}'")
    # A dense graph can hold thousands of equally short paths: sort a bounded sample of them.
    found = list(islice((head + [_reverse(h) for h in reversed(tail)]
                         for node in meeting
                         for head in _chains(parents[0], node)
                         for tail in _chains(parents[1], node)), CANDIDATES))
    # Paths that say how things relate come before those through the vague relatedTo.
    found.sort(key=lambda p: (sum(h.edge.relation == "relatedTo" for h in p), [(graph.label(h.end).lower(), h.edge.relation) for h in p]))
    return found[:limit]


def _distance(parents: dict, node: ox.NamedNode) -> int:
    steps = 0
    while parents[node]:
        node = parents[node][0].start
        steps += 1
    return steps


def _chains(parents: dict, node: ox.NamedNode) -> Iterator[list[Hop]]:
    """Every shortest chain of hops from the search root to `node`, lazily."""
    if not parents[node]:
        yield []
        return
    for hop in parents[node]:
        for chain in _chains(parents, hop.start):
            yield chain + [hop]


def _reverse(hop: Hop) -> Hop:
    return Hop(hop.end, hop.start, hop.edge, not hop.forward)


def path_text(graph: KnowledgeGraph, hops: list[Hop]) -> str:
    """`mixture of experts -isA-> sparse model -contrastsWith-> dense model`"""
    return " ".join([graph.label(hops[0].start)] + [f"{h.arrow()} {graph.label(h.end)}" for h in hops])


def path_row(graph: KnowledgeGraph, hops: list[Hop]) -> dict[str, object]:
    return {
        "length": len(hops),
        "path": path_text(graph, hops),
        "hops": [{"from": graph.label(h.start), "arrow": h.arrow(), "to": graph.label(h.end),
                  "stated_as": f"{graph.label(h.edge.subject)} {h.edge.relation} {graph.label(h.edge.object)}",
                  "sources": [str(s) for s in h.edge.sources], "from_iri": h.start.value, "to_iri": h.end.value}
                 for h in hops],
    }


def path_lines(row: dict[str, object], width: int = 80) -> str:
    """A path for a person: the chain, wrapped at `width`, then each hop as stated, with its sources."""
    hops = row["hops"]
    lines = [str(hops[0]["from"])]
    for hop in hops:  # break lines before an arrow, never inside a label
        piece = f"{hop['arrow']} {hop['to']}"
        if len(lines[-1]) + 1 + len(piece) > width and lines[-1].strip():
            lines.append("    " + piece)
        else:
            lines[-1] += " " + piece
    for hop in row["hops"]:
        lines += textwrap.wrap(f"{hop['stated_as']}  ({', '.join(hop['sources'])})", width,
                               initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False)
    return "\n".join(lines) + "\n"
