"""The build's shortcuts in writing the dataset give what the long way gives: aie.trig written in
pieces, most source locations' descriptions from their kind's template (kg.graph.templated), is
byte for byte what pyoxigraph writes of every quad of described() sorted; and the named graphs put
in order graph by graph, with their digests, are the quads sorted by sort_key and of_graphs'
digests. Drawn on file names that need escaping or hold the template's stand-ins."""

from __future__ import annotations

import io

import pyoxigraph as ox
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.graph import serialize, templated
from kg.graph.assemble import Quads
from kg.graph.digests import in_graph_order, of_graphs
from kg.graph.namespaces import Namespaces
from kg.schema import vocab
from kg.source import RULE_TIERS, Source, places

NAMES = Namespaces("https://example.org/kg/", "ws")
FILES = st.sampled_from(["notes/a.md", "notes/b.md", "a b#c.md", 'q"uote\\s.md', "ünï{cödé}.md", "100%.md", f"x{templated.LINE}.md",
                         "a/b/c.md", f"{templated.DIGEST}.md", "{0}.md", "a.md."])
SOURCES = st.builds(Source, FILES, st.sampled_from([0, 1, 7, 10, 11, 100, 12345, int(templated.LINE)]),
                    st.sampled_from(["Extracted", "Curated", "Imported"]), st.sampled_from(["", "phrase", "table-row", "wikilink", *RULE_TIERS][:8]))
CONCEPTS = st.sampled_from([ox.NamedNode(NAMES.concept + name) for name in ("a", "b", "c-d", "e.f")])
OBJECTS = st.one_of(CONCEPTS, st.sampled_from([ox.Literal("text"), ox.Literal("deux", language="fr"), ox.Literal("7", datatype=ox.NamedNode(vocab.XSD + "integer"))]))
PREDICATES = st.sampled_from([vocab.RDF_TYPE, vocab.PREF_LABEL, vocab.term("isA"), vocab.term("uses")])
STATEMENTS = st.lists(st.tuples(CONCEPTS, PREDICATES, OBJECTS, SOURCES), min_size=1, max_size=25)


def quads_of(statements: list, about_locations: list[int]) -> Quads:
    quads = Quads(NAMES)
    quads.quads.add(ox.Quad(NAMES.scheme, vocab.RDF_TYPE, vocab.CONCEPT_SCHEME, ox.DefaultGraph()))
    for s, p, o, source in statements:
        quads.add(s, p, o, source)
    locations = list(quads.locations)
    for index in about_locations:  # a location the default graph says more of: written as quads
        quads.quads.add(ox.Quad(locations[index % len(locations)], vocab.PREF_LABEL, ox.Literal("more"), ox.DefaultGraph()))
    return quads


@settings(max_examples=300, deadline=None)
@given(STATEMENTS, st.lists(st.integers(min_value=0), max_size=2))
def test_the_dataset_written_in_pieces_is_what_pyoxigraph_writes_of_every_quad(statements: list, about: list[int]) -> None:
    quads = quads_of(statements, about)
    prefixes = NAMES.prefixes()
    pieces, used = quads.trig_pieces(prefixes)
    fast = io.BytesIO()
    templated.write(pieces, fast, used)
    slow = io.BytesIO()
    serialize.write(list(quads.described()), slow, ox.RdfFormat.TRIG, prefixes)
    assert fast.getvalue() == slow.getvalue()


def test_most_descriptions_are_written_from_templates() -> None:
    """Else the test above would pass with no template used."""
    quads = quads_of([(ox.NamedNode(NAMES.concept + "a"), vocab.PREF_LABEL, ox.Literal("a"), Source("notes/a.md", line))
                      for line in range(1, 30)], [])
    pieces, _used = quads.trig_pieces(NAMES.prefixes())
    texts = [piece for piece in pieces if isinstance(piece, str)]
    assert len(texts) == 29 and all(text.startswith("src:notes\\/a.md\\#L") for text in texts)


def test_a_kind_whose_stand_ins_are_ambiguous_has_no_template() -> None:
    head = templated.header(NAMES.prefixes())
    for file in (f"x{templated.LINE}.md", f"{templated.DIGEST}.md"):
        source = Source(file, int(templated.LINE), "Extracted")
        quads = Quads(NAMES)
        quads.add(ox.NamedNode(NAMES.concept + "a"), vocab.PREF_LABEL, ox.Literal("a"), source)
        graph = NAMES.location(source)
        description = [q for q in quads.described() if q.subject == graph]
        assert templated.template(sorted(description, key=serialize.sort_key), NAMES.prefixes(), head) is None


@settings(max_examples=200, deadline=None)
@given(STATEMENTS)
def test_named_graphs_in_order_graph_by_graph_are_the_quads_sorted(statements: list) -> None:
    quads = quads_of(statements, [])
    named = [q for q in quads.quads if isinstance(q.graph_name, ox.NamedNode)]
    by_graph: dict = {}
    for quad in named:
        by_graph.setdefault(quad.graph_name, []).append(quad)
    ordered, digests = in_graph_order(by_graph)
    assert ordered == sorted(named, key=serialize.sort_key)
    assert digests == of_graphs(named)[0]


def test_a_location_named_otherwise_than_its_source_is_written_as_quads() -> None:
    """A template writes the IRI its source names; a graph described with a source of another name
    (not one Quads.add makes) is written from its own quads."""
    quads = quads_of([(ox.NamedNode(NAMES.concept + "a"), vocab.PREF_LABEL, ox.Literal("a"), Source("notes/a.md", 3))], [])
    other = ox.NamedNode(NAMES.source + "elsewhere#L3")
    quads.quads.add(ox.Quad(ox.NamedNode(NAMES.concept + "b"), vocab.PREF_LABEL, ox.Literal("b"), other))
    quads.locations[other] = Source("notes/a.md", 3)
    pieces, used = quads.trig_pieces(NAMES.prefixes())
    fast = io.BytesIO()
    templated.write(pieces, fast, used)
    slow = io.BytesIO()
    serialize.write(list(quads.described()), slow, ox.RdfFormat.TRIG, NAMES.prefixes())
    assert fast.getvalue() == slow.getvalue()


@settings(max_examples=200, deadline=None)
@given(SOURCES, st.sampled_from([("https://example.org/kg/", "ws"), ("https://w3id.org/aie-kg/aie/", None), ("https://example.org/", "b-1")]))
def test_a_location_iri_is_its_file_quoted_under_the_collection(source: Source, base: tuple) -> None:
    """Namespaces.location and .file remember each file's IRI (kg.graph.namespaces._file_iri): the same IRIs."""
    from urllib.parse import quote

    names = Namespaces(*base)
    rule = f"-{source.rule}" if source.rule else ""
    assert names.location(source).value == f"{names.source}{quote(source.file)}#L{source.line}{rule}"
    assert names.file(source.file).value == names.source + quote(source.file)


MARKDOWN = st.lists(st.sampled_from(["[", "]", "(", ")", "![", "[[", "]]", "](", "x", "a b", " ", "\n", "\n\n", "- ", "**", "`", "<", ">",
                                     "\\", "http://a.b/c", '"t"', "[r]", "[r]: http://r.s/\n", "[](", "[x](", "u)", "| a | b |\n|---|---|\n", "> "]),
                    max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MARKDOWN)
@example("[](u) and ![](v)")
@example("[[x]] [a](b)")
def test_links_tried_only_where_they_can_end_parse_as_everywhere(text: str) -> None:
    """kg.ingest.link_rules: the parser with its link and image rules guarded gives the tokens of the
    one without, on text dense in brackets, parentheses, link references and images."""
    from markdown_it import MarkdownIt

    from kg.ingest.markdown import MAX_NESTING, _parser

    plain = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    assert _parser().parse(text) == plain.parse(text)


def test_the_link_rules_are_guarded() -> None:
    """Else the test above compares the parser with itself."""
    from kg.ingest.markdown import _parser

    rules = {rule.name: rule.fn for rule in _parser().inline.ruler.__rules__}
    assert rules["link"].__qualname__.startswith("where_a_link_can_end") and rules["image"].__qualname__.startswith("where_a_link_can_end")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([" .\n", "\n}\n", " .", "\n}", "\n", "}", "\t", " ", ".", "a", "@prefix a: <b> .\n"]), max_size=40).map("".join),
       st.integers(min_value=1, max_value=12))
def test_the_last_block_end_found_from_the_tail_is_that_of_the_whole(text: str, tail: int) -> None:
    """kg.stores.bulk.last_block_end searches a piece's tail first: the cut the whole piece's
    matches give (the last), or none."""
    from kg.stores import bulk

    data = text.encode()
    matches = list(bulk._BLOCK_END.finditer(data))
    old, bulk.TAIL = bulk.TAIL, tail
    try:
        assert bulk.last_block_end(data) == (matches[-1].end() if matches else None)
    finally:
        bulk.TAIL = old


def test_a_line_two_rules_read_is_one_place() -> None:
    """ "Sparse vs Dense Models: ..., while dense models ...": read as a compared pair and as a sentence, the
    statement keeps both readings, and a person is shown the line once."""
    sources = [Source("notes/a.md", 78, rule="vs-entry"), Source("notes/a.md", 78, rule="phrase"), Source("notes/a.md", 80)]
    assert places(sources) == ["notes/a.md:78", "notes/a.md:80"]
