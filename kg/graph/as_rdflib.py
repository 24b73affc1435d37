"""The graph as rdflib objects, for the tools that read them (rdflib's SPARQL and serialisers,
pySHACL, OWL-RL): a Dataset with the named graph of every source line and their provenance in the
default graph, as exports/aie.trig holds them, or the union of all of them as one Graph, as
KnowledgeGraph.sparql queries it (exports/aie.ttl holds the same but the provenance).

Terms are made one by one, about ten times faster than rdflib parses the same triples. rdflib takes
~270 ms to import: only this module imports it, and only when a conversion is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.schema.vocab import XSD

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

XSD_STRING = XSD + "string"


def term(value: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """One pyoxigraph term as rdflib's; a plain string literal stays plain ("x", not "x"^^xsd:string,
    which rdflib holds to be another literal)."""
    import rdflib

    if isinstance(value, ox.NamedNode):
        return rdflib.URIRef(value.value)
    if isinstance(value, ox.BlankNode):
        return rdflib.BNode(value.value)
    if value.language:
        return rdflib.Literal(value.value, lang=value.language)
    datatype = None if value.datatype.value == XSD_STRING else rdflib.URIRef(value.datatype.value)
    return rdflib.Literal(value.value, datatype=datatype)


def triples_graph(triples: Iterable[ox.Triple | ox.Quad], prefixes: Mapping[str, str] | None = None) -> rdflib.Graph:
    """The triples (or the triples of quads, merged) as one rdflib Graph, with `prefixes` bound."""
    import rdflib

    graph = rdflib.Graph()
    _bind(graph, prefixes)
    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)
    return graph


def to_rdflib(quads: Iterable[ox.Quad], prefixes: Mapping[str, str], *, union: bool = False) -> rdflib.Dataset | rdflib.Graph:
    """The quads as an rdflib Dataset, each in its graph (the provenance in the default graph);
    with `union`, the triples of every graph as one Graph."""
    if union:
        return triples_graph(quads, prefixes)
    import rdflib
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    dataset = rdflib.Dataset()
    _bind(dataset, prefixes)
    contexts: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, rdflib.Graph] = {}

    def context(name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> rdflib.Graph:
        if name not in contexts:
            identifier = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else term(name)
            contexts[name] = dataset.graph(identifier)
        return contexts[name]

    dataset.addN((term(q.subject), term(q.predicate), term(q.object), context(q.graph_name)) for q in quads)
    return dataset


def _bind(graph: rdflib.Graph, prefixes: Mapping[str, str] | None) -> None:
    for name, namespace in (prefixes or {}).items():
        graph.bind(name, namespace, override=True, replace=True)
