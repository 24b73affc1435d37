"""Round trips: for every RDF format, export then parse gives back the same graph (quads with their
named graphs, for N-Quads and TriG), over generated graphs whose labels and definitions hold
unicode, quotes, line breaks, <>&, backslashes and very long text.

The writers are the registered ones, called as `kg export` calls them. The generated graphs have
no blank nodes except in test_blank_nodes_survive, so isomorphism is equality of the sets of
triples; that test uses rdflib's `isomorphic`. Two parsers read the exports: pyoxigraph, which
`kg import` uses, and rdflib, which knows nothing of how they were written.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.outputs import export as exporting
from kg.schema import vocab
from kg.errors import ExportError
from kg.graph.knowledge import KnowledgeGraph

BASE = "https://w3id.org/aie-kg/aie/"
TRIPLE_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                  "rdfxml": ox.RdfFormat.RDF_XML}
QUAD_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml", "nquads": "nquads", "trig": "trig"}
CLASSES = sorted(vocab.classes())
RELATIONS = sorted(vocab.relations())

# Text that breaks naive writers: quotes, markup, escapes, line breaks, astral and combining characters.
NASTY = ['"', "'", '"""', "<", ">", "&", "\\", "\n", "\r\n", "\r", "\t", "#", "@", ":", "{", "}", "é", "ß", "日本", "🤖", "e\u0301",
         "\u2028", "&amp;", "<script>", "]]>", "\\u0041", "_:b0", "http://x.org/"]
texts = st.one_of(
    st.text(min_size=1, max_size=40),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=5), min_size=1, max_size=12).map("".join),
    st.tuples(st.sampled_from(NASTY), st.integers(2_000, 20_000)).map(lambda p: (p[0] + " long text ") * (p[1] // 12)),
)
languages = st.sampled_from([None, "en", "fr", "de-ch", "zh-hant"])


def literal(text: str, language: str | None) -> ox.Literal:
    return ox.Literal(text, language=language) if language else ox.Literal(text)


@st.composite
def graphs(draw: st.DrawFn, quads: bool) -> list[ox.Quad]:
    """A few concepts with a class, labels, definitions, relations among them and typed literals;
    with `quads`, each statement in one of a few named graphs (source lines), as `kg build` does."""
    count = draw(st.integers(1, 5))
    concepts = [ox.NamedNode(f"{BASE}concept/c{i}-{draw(st.sampled_from(['x', 'é', '%C3%A9', 'a.b', 'a_b']))}") for i in range(count)]
    places = [ox.NamedNode(f"{BASE}source/notes/n.md#L{n}") for n in range(1, 4)] if quads else [ox.DefaultGraph()]
    found: set[ox.Quad] = set()

    def add(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        found.add(ox.Quad(s, p, o, draw(st.sampled_from(places))))

    for concept in concepts:
        add(concept, vocab.RDF_TYPE, vocab.term(draw(st.sampled_from(CLASSES))))
        add(concept, vocab.PREF_LABEL, literal(draw(texts), draw(languages)))
        for _ in range(draw(st.integers(0, 2))):
            add(concept, vocab.ALT_LABEL, literal(draw(texts), draw(languages)))
        if draw(st.booleans()):
            add(concept, vocab.DEFINITION, literal(draw(texts), draw(languages)))
        if draw(st.booleans()):
            add(concept, vocab.term("line"), ox.Literal(str(draw(st.integers(0, 10**12))), datatype=ox.NamedNode(vocab.XSD + "integer")))
        if draw(st.booleans()):
            add(concept, vocab.SEE_ALSO, ox.NamedNode(draw(st.sampled_from(["https://example.org/a?b=c&d=e#f", "urn:isbn:0451450523",
                                                                         "http://example.org/~x/%20y",
                                                                         "aie:an-iri-whose-scheme-looks-like-a-prefix"]))))
    for _ in range(draw(st.integers(0, 2 * count))):
        add(draw(st.sampled_from(concepts)), vocab.term(draw(st.sampled_from(RELATIONS))), draw(st.sampled_from(concepts)))
    return sorted(found, key=str)


def exported(fmt: str, quads: list[ox.Quad]) -> bytes:
    out = io.BytesIO()
    exporting.writer(fmt).function()(exporting.ExportData(KnowledgeGraph.from_quads(quads)), out)
    return out.getvalue()


def triples_of(quads: list[ox.Quad]) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def has_xml_illegal(quads: list[ox.Quad]) -> bool:
    return any(isinstance(q.object, ox.Literal) and any(exporting._xml_illegal(ch) for ch in q.object.value) for q in quads)


def rdflib_triples(data: bytes, fmt: str) -> set[ox.Triple]:
    graph = rdflib.Graph().parse(data=data, format=RDFLIB_NAMES[fmt])
    return {ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in graph}


def _ox(term: rdflib.term.Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    assert isinstance(term, rdflib.Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
@PROPERTY
@given(quads=graphs(quads=False))
def test_triple_formats_round_trip(fmt: str, quads: list[ox.Quad]) -> None:
    if fmt == "rdfxml" and has_xml_illegal(quads):
        with pytest.raises(ExportError, match="control characters"):
            exported(fmt, quads)
        return
    data = exported(fmt, quads)
    assert triples_of(list(ox.parse(data, format=TRIPLE_FORMATS[fmt]))) == triples_of(quads)


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
@PROPERTY
@given(quads=graphs(quads=True))
def test_quad_formats_round_trip_with_their_named_graphs(fmt: str, quads: list[ox.Quad]) -> None:
    data = exported(fmt, quads)
    assert set(ox.parse(data, format=QUAD_FORMATS[fmt])) == set(quads)


@pytest.mark.parametrize("fmt", ["jsonld", "rdfxml", "turtle"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(quads=graphs(quads=False))
def test_a_second_parser_reads_the_same_graph(fmt: str, quads: list[ox.Quad]) -> None:
    """rdflib, which shares no code with the writers, reads what they wrote the same way."""
    if fmt == "rdfxml" and has_xml_illegal(quads):
        return  # refused, as test_triple_formats_round_trip shows
    assert rdflib_triples(exported(fmt, quads), fmt) == triples_of(quads)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(quads=graphs(quads=True))
def test_jsonld_holds_named_graphs_too(quads: list[ox.Quad]) -> None:
    """kg export writes JSON-LD from the union, but the writer keeps named graphs when given quads."""
    document = exporting.jsonld_document(quads, exporting.ExportData(KnowledgeGraph.from_quads(quads)).prefixes)
    data = __import__("json").dumps(document).encode()
    assert set(ox.parse(data, format=ox.RdfFormat.JSON_LD)) == set(quads)


@pytest.mark.parametrize("fmt", [*TRIPLE_FORMATS, *QUAD_FORMATS])
def test_blank_nodes_survive(fmt: str) -> None:
    subject, other = ox.BlankNode("b1"), ox.BlankNode("b2")
    named = ox.NamedNode(BASE + "concept/x")
    graph = ox.NamedNode(BASE + "source/n.md#L1") if fmt in QUAD_FORMATS else ox.DefaultGraph()
    quads = [ox.Quad(subject, vocab.PREF_LABEL, ox.Literal("anonymous", language="en"), graph),
             ox.Quad(subject, vocab.term("isA"), other, graph), ox.Quad(other, vocab.term("isA"), named, graph),
             ox.Quad(named, vocab.RDF_TYPE, vocab.term("Concept"), graph)]
    data = exported(fmt, quads)
    back = rdflib.Dataset() if fmt in QUAD_FORMATS else rdflib.Graph()
    back.parse(data=data, format=RDFLIB_NAMES[fmt])
    original = rdflib.Graph().parse(data=ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                                      format=ox.RdfFormat.N_TRIPLES), format="nt")
    union = rdflib.Graph()
    for s, p, o, *_ in (back.quads((None, None, None, None)) if fmt in QUAD_FORMATS else back):
        union.add((s, p, o))
    assert isomorphic(union, original)
