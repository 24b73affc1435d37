"""Writing RDF byte for byte the same for the same graph: quads sorted, only the prefixes used."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import BinaryIO

import pyoxigraph as ox

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def sort_key(quad: ox.Quad | ox.Triple) -> str:
    """Graph, subject, predicate, object in N-Triples form, in one string rather than five objects,
    which matters when a million keys are held at once: the graph, a character below any a term
    holds (N-Triples escapes control characters), then the triple as N-Triples writes it. Its
    subject and predicate are IRIs or blank nodes, which hold no space, so the spaces between the
    terms sort as that character would: the order of the 4-tuple, at a third of the cost of
    writing each term alone."""
    if isinstance(quad, ox.Triple):
        return f"\x00{quad}"
    graph = quad.graph_name
    return f"{'' if isinstance(graph, ox.DefaultGraph) else graph}\x00{quad.triple}"


def used_prefixes(items: Iterable[ox.Quad | ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes some IRI of `items` starts with, so that no unused prefix is written."""
    return prefixes_of(iris(items), prefixes)


def iris(items: Iterable[ox.Quad | ox.Triple], *, graphs: bool = True) -> set[str]:
    """The IRIs of `items` a prefix can shorten: not rdf:type as a predicate (written "a"), nor the
    datatype of a literal with a language or of a plain one ("..."@en and "..." are written without
    rdf:langString or xsd:string); with `graphs` false, those of the quads' triples only."""
    found: set[str] = set()
    for item in items:
        predicate = None if item.predicate == _RDF_TYPE else item.predicate
        for term in (item.subject, predicate, item.object, getattr(item, "graph_name", None) if graphs else None):
            if (iri := term_iri(term)) is not None:
                found.add(iri)
    return found


def term_iri(term: object) -> str | None:
    """The IRI of a term that a prefix can shorten, as iris() finds them: a named node's own, a
    literal's datatype but for a language's or xsd:string."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal) and term.language is None and term.datatype != _XSD_STRING:
        return term.datatype.value  # "..."@en and "..." are written without rdf:langString, xsd:string
    return None


def prefixes_of(found: set[str], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes some of the IRIs `found` start with."""
    ordered = sorted(found)  # the IRIs a namespace starts are together, from where it would sort

    def used(ns: str) -> bool:
        at = bisect.bisect_right(ordered, ns)  # past the namespace itself, which needs a longer IRI
        return at < len(ordered) and ordered[at].startswith(ns)

    return {name: ns for name, ns in prefixes.items() if used(ns)}


def write(items: Iterable[ox.Quad | ox.Triple], output: BinaryIO, rdf_format: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """Serialize `items` sorted, with the used prefixes (for the formats that have prefixes)."""
    ordered = sorted(items, key=sort_key)
    if rdf_format in {ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS}:
        ox.serialize(ordered, output, format=rdf_format)
        return
    ox.serialize(ordered, output, format=rdf_format, prefixes=used_prefixes(ordered, prefixes))


def write_in_order(items: Iterable[ox.Quad | ox.Triple], output: BinaryIO, rdf_format: ox.RdfFormat, used: dict[str, str]) -> None:
    """Serialize `items`, already in sort_key's order, with the prefixes `used` (prefixes_of): what
    write() writes, from items made as they are written (pyoxigraph takes them one at a time)."""
    if rdf_format in {ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS}:
        ox.serialize(items, output, format=rdf_format)
        return
    ox.serialize(items, output, format=rdf_format, prefixes=used)


def union_in_order(quads: Iterable[ox.Quad], found: set[str] | None = None) -> tuple[Iterator[ox.Triple], set[str]]:
    """union(quads) in sort_key's order, and the IRIs it holds (for prefixes_of; `found`, when the
    caller knows them): each triple made as it is written, once however many graphs hold it, from
    the quads sorted by their triple's key, without a set of the triples besides the quads."""
    keyed = sorted(((f"\x00{quad.triple}", quad) for quad in quads), key=itemgetter(0))  # sort_key of the triple
    if found is None:
        found = iris((quad for _key, quad in keyed), graphs=False)

    def triples() -> Iterator[ox.Triple]:
        last = None
        for key, quad in keyed:
            if key != last:
                last = key
                yield quad.triple

    return triples(), found


def union(quads: Iterable[ox.Quad]) -> set[ox.Triple]:
    """The triples of every graph of a dataset, merged: what a Turtle file of it holds."""
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
