"""`kg import` over N-Triples lines (kg.vocabularies.normalise, .ntriples, .turtle) writes the file
the importer wrote a triple at a time (tests/former_import.py), byte for byte, and counts alike: on
the AI Ontology, on a generated SKOS scheme, and on random vocabularies. Where the two differ on
purpose (skos:narrower, a scheme with two titles, a class through two parents), the test says why."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from former_import import former_import
from kg.schema import vocab
from kg.vocabularies import ntriples, turtle
from kg.vocabularies.importer import import_file

SKOS, OWL, RDFS, KG = vocab.SKOS, vocab.OWL, vocab.RDFS, vocab.VOCAB
DCT, OBO = "http://purl.org/dc/terms/", "http://purl.obolibrary.org/obo/"
XSD = vocab.XSD


def same_as_former(source: Path, data: Path, **options: str) -> None:
    """The file and the counts of `kg import` equal those of the former importer."""
    result = import_file(data, source, **options)  # type: ignore[arg-type]
    former = former_import(source, **options)
    assert result.written.read_bytes() == former.written
    assert (result.concepts, result.relations, result.triples) == (former.concepts, former.relations, former.triples)
    assert {k: v for k, v in result.left_out.items() if v} == {k: v for k, v in former.left_out.items() if v}


def test_the_ai_ontology_as_the_former_importer_wrote_it(vocab_folder: Path, tmp_path: Path) -> None:
    same_as_former(vocab_folder / "aio.owl", tmp_path)


def test_a_generated_skos_scheme_as_the_former_importer_wrote_it(tmp_path: Path) -> None:
    source = tmp_path / "scheme.ttl"
    rng = random.Random(3)
    lines = ["@prefix skos: <http://www.w3.org/2004/02/skos/core#> .", "@prefix ex: <https://example.org/vocab/> .",
             "@prefix kg: <https://w3id.org/aie-kg/vocab#> .",
             'ex:scheme a skos:ConceptScheme ; skos:prefLabel "Generated"@en .']
    heads = ["model", "library", "metric", "dataset", "method", "thing"]
    for i in range(300):
        label = f"term {i} {heads[i % len(heads)]}"
        lines.append(f'ex:c{i} a skos:Concept ; skos:prefLabel "{label}"@en, "Begriff {i}"@de ; skos:altLabel " T{i} " ;'
                     f' skos:definition "Definition\\t{i} with \\"quotes\\"." ; skos:inScheme ex:scheme'
                     + (f" ; skos:broader ex:c{rng.randrange(i)}" if i else "")
                     + f" ; skos:related ex:c{rng.randrange(300)} ; kg:uses ex:c{rng.randrange(400)}"
                     + f" ; skos:exactMatch <https://other.example/{i}> .")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    same_as_former(source, tmp_path)


# ---------------------------------------------------------------- random vocabularies

IRIS = [f"https://example.org/v/{n}" for n in ("a", "B-1", "c.d", "e_f", "g%20h", "é", "x/y", "k")] + \
       ["urn:x:one", "http://other.example/t#z"]
LITERALS = ['"Transformer Model"@en', '"  padded label  "', '"Übersetzer"@de', '"tab\\there"@EN', '"say \\"hi\\""',
            '"   "@en', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>', '"both"@en--ltr', '"library"', '"A metric"@en',
            '"x"^^<http://www.w3.org/2001/XMLSchema#string>', '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>']
TYPES = [SKOS + "Concept", OWL + "Class", RDFS + "Class", KG + "Architecture", KG + "Tool", SKOS + "ConceptScheme"]
LABELLING = [SKOS + "prefLabel", RDFS + "label", SKOS + "altLabel", "http://www.geneontology.org/formats/oboInOwl#hasExactSynonym",
             SKOS + "definition", OBO + "IAO_0000115", RDFS + "comment", DCT + "description"]
LINKING = [SKOS + "related", KG + "uses", KG + "contains", SKOS + "exactMatch", SKOS + "closeMatch", SKOS + "inScheme"]


@st.composite
def vocabularies(draw: st.DrawFn) -> str:
    """N-Triples of a few subjects typed as concepts, classes or schemes, with labels in several
    forms, definitions, one parent each, links in and out of the file, blank nodes and a repeated line."""
    subjects = draw(st.lists(st.sampled_from(IRIS), min_size=1, max_size=6, unique=True))
    lines = []
    for subject in subjects:
        s = f"<{subject}>"
        for kind in draw(st.lists(st.sampled_from(TYPES), max_size=2, unique=True)):
            lines.append(f"{s} <{vocab.RDF}type> <{kind}> .")
        for predicate in draw(st.lists(st.sampled_from(LABELLING), max_size=4)):
            lines.append(f"{s} <{predicate}> {draw(st.sampled_from(LITERALS))} .")
        parent = draw(st.sampled_from([None, *IRIS, OWL + "Thing", "_:restriction"]))
        if parent:
            kind = draw(st.sampled_from([RDFS + "subClassOf", SKOS + "broader"]))
            lines.append(f"{s} <{kind}> {parent if parent.startswith('_:') else f'<{parent}>'} .")
        for predicate in draw(st.lists(st.sampled_from(LINKING), max_size=3)):
            target = draw(st.sampled_from([*(f"<{i}>" for i in IRIS), '"a literal"']))
            lines.append(f"{s} <{predicate}> {target} .")
        if draw(st.booleans()):
            lines.append(f'{s} <{OWL}deprecated> "{draw(st.sampled_from(["true", "TRUE", "false"]))}" .')
    lines += [f"_:restriction <{vocab.RDF}type> <{OWL}Restriction> .", f"_:anonymous <{vocab.RDF}type> <{OWL}Class> ."]
    lines.append(draw(st.sampled_from(lines)))  # a line stated twice
    return "\n".join(draw(st.permutations(lines))) + "\n"


def _one_title_one_parent(text: str) -> bool:
    """Leave out what the two importers decide differently on purpose (see the tests below)."""
    titles = [line for line in text.splitlines() if any(p in line for p in (DCT + "title", RDFS + "label", SKOS + "prefLabel"))]
    schemes = {line.split(" ")[0] for line in text.splitlines() if SKOS + "ConceptScheme" in line}
    many_titles = any(sum(line.startswith(s + " ") for line in titles) > 1 for s in schemes)
    parents = [line.split(" ")[0] for line in text.splitlines() if RDFS + "subClassOf" in line or SKOS + "broader" in line]
    return not many_titles and len(parents) == len(set(parents))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=vocabularies())
def test_random_vocabularies_as_the_former_importer_wrote_them(tmp_path: Path, text: str) -> None:
    if not _one_title_one_parent(text):
        return
    source = tmp_path / "random.nt"
    source.write_text(text, encoding="utf-8")
    try:
        former = former_import(source)
    except Exception as error:  # noqa: BLE001 - the former importer refuses what the new one must refuse too
        with pytest.raises(type(error)):
            import_file(tmp_path, source)
        return
    if not former.concepts:
        with pytest.raises(Exception, match="no SKOS concepts"):
            import_file(tmp_path, source)
        return
    same_as_former(source, tmp_path)


# ---------------------------------------------------------------- where the two differ, on purpose

def imported(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    source = tmp_path / "v.nt"
    source.write_text(text, encoding="utf-8")
    return statements(import_file(tmp_path, source).written.read_bytes())


def statements(turtle_text: bytes) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, str(t.object)) for t in ox.parse(turtle_text, format=ox.RdfFormat.TURTLE)}


def test_narrower_makes_a_kind_whatever_the_order_of_the_iris(tmp_path: Path) -> None:
    """skos:narrower gives isA from the narrower concept to the broader one. The former importer lost
    it when the narrower concept's IRI sorted after the broader one's (it reset the parents it had
    noted): here b isA a was missing."""
    text = (f"<urn:x:a> <{vocab.RDF}type> <{SKOS}Concept> .\n<urn:x:b> <{vocab.RDF}type> <{SKOS}Concept> .\n"
            f"<urn:x:a> <{SKOS}narrower> <urn:x:b> .\n<urn:x:z> <{vocab.RDF}type> <{SKOS}Concept> .\n"
            f"<urn:x:z> <{SKOS}narrower> <urn:x:c> .\n<urn:x:c> <{vocab.RDF}type> <{SKOS}Concept> .\n")
    found = imported(tmp_path, text)
    assert ("urn:x:b", KG + "isA", "<urn:x:a>") in found and ("urn:x:c", KG + "isA", "<urn:x:z>") in found
    former = statements(former_import(tmp_path / "v.nt").written)
    assert ("urn:x:c", KG + "isA", "<urn:x:z>") in former and ("urn:x:b", KG + "isA", "<urn:x:a>") not in former


def test_a_scheme_with_two_titles_gets_the_first_in_order(tmp_path: Path) -> None:
    """The former importer took whichever title its set of triples gave first."""
    text = (f"<urn:x:s> <{vocab.RDF}type> <{SKOS}ConceptScheme> .\n<urn:x:s> <{DCT}title> \"Zeta\"@en .\n"
            f"<urn:x:s> <{DCT}title> \"Alpha\"@en .\n<urn:x:c> <{vocab.RDF}type> <{SKOS}Concept> .\n")
    assert ("urn:x:s", DCT + "title", '"Alpha"@en') in imported(tmp_path, text)


def test_a_class_comes_from_the_nearest_classified_parents_in_any_order(tmp_path: Path) -> None:
    """d has two parents: b (a Tool, one step up) and c, a kind of a (an Architecture, two steps up).
    The nearest is b, whichever order the concepts come in; the former importer's answer depended on
    the order its set of triples gave them."""
    rdf_type = f"<{vocab.RDF}type>"
    lines = [f"<urn:x:a> {rdf_type} <{KG}Architecture> .", f"<urn:x:b> {rdf_type} <{KG}Tool> .",
             f"<urn:x:c> {rdf_type} <{SKOS}Concept> .", f"<urn:x:d> {rdf_type} <{SKOS}Concept> .",
             f"<urn:x:c> <{SKOS}broader> <urn:x:a> .", f"<urn:x:d> <{SKOS}broader> <urn:x:b> .",
             f"<urn:x:d> <{SKOS}broader> <urn:x:c> ."]
    for order in (lines, lines[::-1], lines[3:] + lines[:3]):
        found = imported(tmp_path, "\n".join(order) + "\n")
        assert ("urn:x:d", vocab.RDF + "type", f"<{KG}Tool>") in found
        assert ("urn:x:c", vocab.RDF + "type", f"<{KG}Architecture>") in found


def test_the_summary_counts_the_triples_as_parsed(tmp_path: Path) -> None:
    source = tmp_path / "twice.nt"
    source.write_text(f"<urn:x:a> <{vocab.RDF}type> <{SKOS}Concept> .\n" * 2, encoding="utf-8")
    result = import_file(tmp_path, source)
    assert (result.read, result.concepts, result.triples) == (2, 1, 2)  # written: a label made of the IRI, the class


# ---------------------------------------------------------------- the pieces, against pyoxigraph

@given(st.text())
@example("\ufffe")  # a noncharacter, which pyoxigraph writes escaped
def test_literals_are_escaped_as_pyoxigraph_writes_them(text: str) -> None:
    assert ntriples.escape(text) == str(ox.Literal(text))[1:-1]
    assert ntriples.tagged(text, "EN") == str(ox.Literal(text, language="en")).encode("utf-8")
    term = str(ox.Literal(text, language="de")).encode("utf-8")
    assert ntriples.literal(term) == (text, b"@de")
    stripped = text.strip()
    assert ntriples.plain(term, b"en") == ((stripped.encode("utf-8"), b"de", ntriples.tagged(stripped, "de")) if stripped else None)


# mostly local names the writer shortens itself, now and then one it leaves to pyoxigraph
PLAIN_LOCAL = st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.:-]{0,5}", fullmatch=True)
LOCAL = st.one_of(PLAIN_LOCAL, PLAIN_LOCAL, PLAIN_LOCAL, st.text(alphabet=st.sampled_from("aZ09_-.:/#%~é·"), max_size=6))


@st.composite
def sorted_subjects(draw: st.DrawFn) -> list[tuple[bytes, list[tuple[bytes, bytes]]]]:
    namespaces = ["https://example.org/v/", "https://example.org/v/sub/", "urn:other:"]
    def an_iri() -> bytes:
        iri = draw(st.sampled_from(namespaces)) + draw(LOCAL).replace("%", "%25")
        try:
            return str(ox.NamedNode(iri)).encode("utf-8")
        except ValueError:  # not an IRI ("v/##")
            assume(False)
            raise
    subjects = {}
    for _ in range(draw(st.integers(1, 4))):
        pairs = set()
        for _ in range(draw(st.integers(1, 5))):
            predicate = draw(st.sampled_from([b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", an_iri()]))
            typed = b'"42"^^<http://www.w3.org/2001/XMLSchema#integer>' if draw(st.integers(0, 9)) == 0 else b'"plain"'
            obj = draw(st.sampled_from([an_iri(), ntriples.tagged(draw(st.text(max_size=5)), "en"), typed]))
            pairs.add((predicate, obj))
        subjects[an_iri()] = sorted(pairs)
    return sorted(subjects.items())


@settings(max_examples=150, deadline=None)
@given(subjects=sorted_subjects(), prefixed=st.lists(st.sampled_from(["v", "sub", "other"]), unique=True))
def test_turtle_is_written_as_pyoxigraph_writes_it(subjects: list, prefixed: list[str]) -> None:
    """Where the writer is sure of every term, its Turtle is pyoxigraph's byte for byte; where it is
    not, it says so (and `kg import` has pyoxigraph write the file)."""
    prefixes = {name: {"v": "https://example.org/v/", "sub": "https://example.org/v/sub/", "other": "urn:other:"}[name]
                for name in prefixed}
    lines = b"".join(b"%s %s %s .\n" % (s, p, o) for s, pairs in subjects for p, o in pairs)
    expected = ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    try:
        written = turtle.write(subjects, prefixes)
    except turtle.Unsure:
        return
    assert written == expected


def test_the_writer_is_sure_of_the_usual_vocabulary() -> None:
    """The common case takes the fast path: concepts under one namespace, the vocabulary's terms."""
    subjects = [(b"<https://example.org/v/LargeLanguageModel>",
                 [(b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", b"<https://w3id.org/aie-kg/vocab#ModelType>"),
                  (b"<http://www.w3.org/2004/02/skos/core#altLabel>", b'"LLM"@en'),
                  (b"<http://www.w3.org/2004/02/skos/core#altLabel>", b'"LLMs"@en'),
                  (b"<http://www.w3.org/2004/02/skos/core#prefLabel>", b'"Large Language Model"@en'),
                  (b"<https://w3id.org/aie-kg/vocab#isA>", b"<https://example.org/v/LanguageModel>")]),
                (b"<https://example.org/v/LanguageModel>", [(b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
                                                             b"<https://w3id.org/aie-kg/vocab#ModelType>")])]
    subjects.sort()
    prefixes = {"v": "https://example.org/v/", "kg": KG, "skos": SKOS}
    lines = b"".join(b"%s %s %s .\n" % (s, p, o) for s, pairs in subjects for p, o in pairs)
    expected = ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert turtle.write(subjects, prefixes) == expected
    assert b"v:LargeLanguageModel a kg:ModelType ;" in expected


# ---------------------------------------------------------------- the short ways agree with the long ones

LANGUAGES = st.sampled_from(["", "@en", "@EN", "@de-CH", "@en--ltr", "^^<http://www.w3.org/2001/XMLSchema#string>",
                             "^^<http://www.w3.org/2001/XMLSchema#integer>"])


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(' \t\n"\\aZ.-é\x7f\x85\u00a0\u200e'), max_size=8), tail=LANGUAGES)
def test_the_usual_literal_is_read_as_any_literal_is(text: str, tail: str) -> None:
    """plain() takes most literals by one regular expression; it gives what the general reading gives."""
    term = b'"' + ntriples.escape(text).encode("utf-8") + b'"' + tail.encode("ascii")
    assert ntriples.plain(term, b"en") == ntriples._plain(term, b"en")


@settings(max_examples=100, deadline=None)
@given(text=vocabularies(), chunk=st.integers(1, 300))
def test_lines_cut_as_the_regular_expression_cuts_them(text: str, chunk: int) -> None:
    """N-Triples as pyoxigraph writes them, cut into lines a chunk at a time, split into the terms
    triples() finds."""
    written = ox.serialize(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    assert [tuple(line.split(b" ", 2)) for line in ntriples.lines(written, chunk)] == ntriples.triples(written)
