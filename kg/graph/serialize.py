"""Writing RDF byte for byte the same for the same graph: quads sorted, only the prefixes used."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph as ox

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def sort_key(quad: ox.Quad | ox.Triple) -> str:
    """Graph, subject, predicate, object in N-Triples form, joined by a character below any they
    hold (N-Triples escapes control characters): the order of the 4-tuple, in one string rather
    than five objects, which matters when a million keys are held at once."""
    graph = str(quad.graph_name) if isinstance(quad, ox.Quad) and not isinstance(quad.graph_name, ox.DefaultGraph) else ""
    return f"{graph}\x00{quad.subject}\x00{quad.predicate}\x00{quad.object}"


def used_prefixes(items: Iterable[ox.Quad | ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes some IRI of `items` starts with, so that no unused prefix is written."""
    iris: set[str] = set()
    for item in items:
        predicate = None if item.predicate == _RDF_TYPE else item.predicate  # written "a"
        for term in (item.subject, predicate, item.object, getattr(item, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal) and term.language is None and term.datatype != _XSD_STRING:
                iris.add(term.datatype.value)  # "..."@en and "..." are written without rdf:langString, xsd:string
    return prefixes_of(iris, prefixes)


def prefixes_of(iris: Iterable[str], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes some of `iris` (every IRI a file writes but rdf:type, written "a") starts with."""
    ordered = sorted(set(iris))  # the IRIs a namespace starts are together, from where it would sort

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


def union(quads: Iterable[ox.Quad]) -> set[ox.Triple]:
    """The triples of every graph of a dataset, merged: what a Turtle file of it holds."""
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
