"""The search `kg path` runs: the shortest chains of asserted edges between two nodes, each edge
walked either way, and the chains as rows and text. It knows nothing of where the edges come from:
a Walk gives them, from the graph (kg.query.paths) or from plain lists `kg build` saves in the cards
(SavedWalk, which kg.query.answers reads), so both answer alike. No graph engine is imported here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any, NamedTuple

from kg.errors import NothingFound
from kg.source import places

CANDIDATES = 1000  # most shortest paths gathered before sorting and keeping `limit`


class Hop(NamedTuple):
    """One asserted edge (subject, relation, object, sources) walked from `start` to `end`, either way round."""

    start: Any
    end: Any
    edge: Any
    forward: bool


class Walk:
    """Asserted edges to walk and the names of what they join. Nodes are whatever a subclass
    chooses (pyoxigraph terms, numbers), each with an IRI that orders them."""

    def hops(self, node: Any) -> list[Hop]:
        """The edges out of `node`, then those into it, each as a hop away from it."""
        raise NotImplementedError

    def label(self, node: Any) -> str:
        raise NotImplementedError

    def iri(self, node: Any) -> str:
        raise NotImplementedError

    def inverse(self, relation: str) -> str | None:
        raise NotImplementedError

    def arrow(self, hop: Hop) -> str:
        """`-isA->` along the edge; against it, the inverse's name (`-contains->`) or `<-usedFor-`."""
        relation = hop.edge.relation
        if hop.forward:
            return f"-{relation}->"
        inverse = self.inverse(relation)
        return f"-{inverse}->" if inverse else f"<-{relation}-"


class Link(NamedTuple):
    """An asserted edge of a SavedWalk: nodes by number, sources as text."""

    subject: int
    relation: str
    object: int
    sources: tuple[str, ...]


class SavedWalk(Walk):
    """A walk kept as plain lists (kg.query.paths.saved_walk writes them, the cards keep them): the
    nodes' IRIs and labels, the edges by node number, indexed both ways in their order."""

    def __init__(self, iris: list[str], labels: list[str], edges: list[tuple], relations: dict[str, tuple[str, str | None]]) -> None:
        self.iris, self.labels = iris, labels
        self.inverses = {name: inverse for name, (_label, inverse) in relations.items()}
        self.out: dict[int, list[Link]] = {}
        self.into: dict[int, list[Link]] = {}
        for edge in edges:
            link = Link(*edge)
            self.out.setdefault(link.subject, []).append(link)
            self.into.setdefault(link.object, []).append(link)

    def hops(self, node: int) -> list[Hop]:
        found = [Hop(node, e.object, e, True) for e in self.out.get(node, [])]
        return found + [Hop(node, e.subject, e, False) for e in self.into.get(node, [])]

    def label(self, node: int) -> str:
        return self.labels[node]

    def iri(self, node: int) -> str:
        return self.iris[node]

    def inverse(self, relation: str) -> str | None:
        return self.inverses.get(relation)


def allowed_relations(relations: list[str] | None, name: Callable[[str], str | None],
                      inverse: Callable[[str], str | None]) -> set[str] | None:
    """The relations a search may follow for --rel: each one `name` reads and its inverse; None for all."""
    if not relations:
        return None
    allowed = {found for r in relations if (found := name(r))}
    return allowed | {found for r in allowed if (found := inverse(r))}


def shortest(walk: Walk, a: Any, b: Any, *, max_length: int = 6, allowed: set[str] | None = None,
             limit: int = 10) -> list[list[Hop]]:
    """The shortest chains between two nodes over edges of the `allowed` relations (None: all).

    A bidirectional breadth-first search, each side a layer at a time, the smaller frontier first.
    NothingFound when no chain of at most `max_length` hops exists.
    """
    def hops(node: Any) -> list[Hop]:
        return [h for h in walk.hops(node) if h.end != node and (allowed is None or h.edge.relation in allowed)]

    # parents[side][node] = hops that reach node at its shortest distance from that side's root
    parents: tuple[dict, dict] = ({a: []}, {b: []})
    frontier: tuple[list, list] = ([a], [b])
    depth = [0, 0]
    meeting: list[Any] = []
    while not meeting and frontier[0] and frontier[1] and depth[0] + depth[1] < max_length:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        layer: dict[Any, list[Hop]] = {}
        for node in frontier[side]:
            for hop in hops(node):
                if hop.end not in parents[side]:
                    layer.setdefault(hop.end, []).append(hop)
        parents[side].update(layer)
        frontier[side][:] = sorted(layer, key=walk.iri)
        depth[side] += 1
        meeting = [n for n in frontier[side] if n in parents[1 - side]]
        if meeting:  # the shortest length is reached only through the other side's nearest nodes
            best = min(_distance(parents[1 - side], n) for n in meeting)
            meeting = [n for n in meeting if _distance(parents[1 - side], n) == best]
    if not meeting:
        only = f" over {', '.join(sorted(allowed))}" if allowed else ""
        raise NothingFound(f"no path of at most {max_length} hops{only} between '{walk.label(a)}' and '{walk.label(b)}'")
    # A dense graph can hold thousands of equally short paths: sort a bounded sample of them.
    found = list(islice((head + [_reverse(h) for h in reversed(tail)]
                         for node in meeting
                         for head in _chains(parents[0], node)
                         for tail in _chains(parents[1], node)), CANDIDATES))
    # Paths that say how things relate come before those through the vague relatedTo.
    found.sort(key=lambda p: (sum(h.edge.relation == "relatedTo" for h in p), [(walk.label(h.end).lower(), h.edge.relation) for h in p]))
    return found[:limit]


def _distance(parents: dict, node: Any) -> int:
    steps = 0
    while parents[node]:
        node = parents[node][0].start
        steps += 1
    return steps


def _chains(parents: dict, node: Any) -> Iterator[list[Hop]]:
    """Every shortest chain of hops from the search root to `node`, lazily."""
    if not parents[node]:
        yield []
        return
    for hop in parents[node]:
        for chain in _chains(parents, hop.start):
            yield chain + [hop]


def _reverse(hop: Hop) -> Hop:
    return Hop(hop.end, hop.start, hop.edge, not hop.forward)


def path_text(walk: Walk, hops: list[Hop]) -> str:
    """`mixture of experts -isA-> sparse model -contrastsWith-> dense model`"""
    return " ".join([walk.label(hops[0].start)] + [f"{walk.arrow(h)} {walk.label(h.end)}" for h in hops])


def path_row(walk: Walk, hops: list[Hop]) -> dict[str, object]:
    label = walk.label
    return {
        "length": len(hops),
        "path": path_text(walk, hops),
        "hops": [{"from": label(h.start), "arrow": walk.arrow(h), "to": label(h.end),
                  "stated_as": f"{label(h.edge.subject)} {h.edge.relation} {label(h.edge.object)}",
                  "sources": places(h.edge.sources), "from_iri": walk.iri(h.start), "to_iri": walk.iri(h.end)}
                 for h in hops],
    }


def path_lines(row: dict[str, object], width: int = 80) -> str:
    """A path for a person: the chain, wrapped at `width`, then each hop as stated, with its sources."""
    from kg.terminal import wrapped

    hops = row["hops"]
    lines = [str(hops[0]["from"])]
    for hop in hops:  # break lines before an arrow, never inside a label
        piece = f"{hop['arrow']} {hop['to']}"
        if len(lines[-1]) + 1 + len(piece) > width and lines[-1].strip():
            lines.append("    " + piece)
        else:
            lines[-1] += " " + piece
    for hop in row["hops"]:
        lines += wrapped(f"{hop['stated_as']}  ({', '.join(hop['sources'])})", width,
                               initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False)
    return "\n".join(lines) + "\n"
