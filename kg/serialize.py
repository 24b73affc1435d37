"""Writing RDF byte for byte the same for the same graph: quads sorted, only the prefixes used."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph as ox

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def sort_key(quad: ox.Quad | ox.Triple) -> tuple[str, ...]:
    graph = str(quad.graph_name) if isinstance(quad, ox.Quad) and not isinstance(quad.graph_name, ox.DefaultGraph) else ""
    return (graph, str(quad.subject), str(quad.predicate), str(quad.object))


def used_prefixes(items: Iterable[ox.Quad | ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes some IRI of `items` starts with, so that no unused prefix is written."""
    iris: set[str] = set()
    for item in items:
        predicate = None if item.predicate == _RDF_TYPE else item.predicate  # written "a"
        for term in (item.subject, predicate, item.object, getattr(item, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal) and term.language is None:  # "..."@en is written without rdf:langString
                iris.add(term.datatype.value)
    return {name: ns for name, ns in prefixes.items() if any(iri.startswith(ns) and len(iri) > len(ns) for iri in iris)}


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
