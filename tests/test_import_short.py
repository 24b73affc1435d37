"""`kg import`'s short way for the usual concept (kg.vocabularies.usual) writes what the general way
writes (kg.vocabularies.normalise, then kg.vocabularies.turtle), byte for byte, and counts alike: on
a small vocabulary with blank nodes, language tags, datatypes and prefixes (which the former
importer, tests/former_import.py, writes the same too), on a large one of usual concepts only, and on
random vocabularies whose concepts are mostly usual but each may depart from it in some way."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from former_import import former_import
from kg.schema import vocab
from kg.vocabularies.importer import import_file, read_facts, turtle_of

SKOS, OWL, RDFS, KG, RDF = vocab.SKOS, vocab.OWL, vocab.RDFS, vocab.VOCAB, vocab.RDF

SMALL = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kg: <https://w3id.org/aie-kg/vocab#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/terms/> .

ex:scheme a skos:ConceptScheme ; skos:prefLabel "Terms"@en .
ex:model a kg:ModelType ; skos:prefLabel "language model"@en ; skos:altLabel "LM"@en ;
    skos:definition "A model of language."@en ; kg:uses ex:tokenizer ; kg:contains ex:attention , ex:decoder .
ex:tokenizer a skos:Concept ; skos:prefLabel "tokenizer" ; skos:altLabel "tokeniser"^^xsd:string ; skos:broader ex:tool .
ex:tool a skos:Concept ; skos:prefLabel "tool"@en ; skos:altLabel "tool" ; skos:inScheme ex:scheme .
ex:attention a skos:Concept ; skos:prefLabel "  attention module "@EN ;
    skos:definition "Weighs the \\"tokens\\"\\tof a sequence."@en ; skos:related ex:model .
ex:decoder a skos:Concept ; skos:prefLabel "decoder"@en , "Dekodierer"@de ; skos:related ex:model , ex:nowhere .
ex:size a skos:Concept ; skos:prefLabel "size"@en ; skos:definition "42"^^xsd:integer ; owl:deprecated false .
ex:old a skos:Concept ; skos:prefLabel "old"@en ; owl:deprecated true .
ex:Restricted a owl:Class ; rdfs:label "restricted"@en ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty kg:uses ; owl:someValuesFrom ex:tool ] , owl:Thing .
[] a owl:Class ; rdfs:label "anonymous"@en .
ex:named a skos:Concept ; skos:prefLabel "named thing"@en ; skos:inScheme ex:scheme ;
    skos:exactMatch <https://other.example/named> .
"""


def both_ways(source: Path, **options: str) -> bytes:
    """What the short way writes, once held to what the general way writes and counts; with the
    concepts written the short way."""
    facts = read_facts(source)
    short, found = turtle_of(facts, "v", lang=options.get("lang", "en"), title=source.name)
    general, every = turtle_of(facts, "v", lang=options.get("lang", "en"), title=source.name, short=False)
    assert b"".join(short) == b"".join(general)
    assert (found.concepts, found.relations, found.triples, found.left_out) == \
        (every.concepts, every.relations, every.triples, every.left_out)
    assert not every.texts, "the general way writes every concept itself"
    return b"\n".join(subject for subject, _text in found.texts)  # the concepts written the short way


def test_a_small_vocabulary_is_written_alike_both_ways_and_as_the_former_importer_wrote_it(tmp_path: Path) -> None:
    source = tmp_path / "terms.ttl"
    source.write_text(SMALL, encoding="utf-8")
    short = both_ways(source)
    # usual: a class of the vocabulary, or one from a label's head word ("model", "tool") or from a
    # parent (the tokenizer, a kind of tool); not: two preferred labels (decoder), a literal that is
    # no text (size), a mapping (named), an OWL class (rdfs:label, a restriction, owl:Thing)
    assert sorted(short.split(b"\n")) == [b"<https://example.org/terms/attention>", b"<https://example.org/terms/model>",
                                          b"<https://example.org/terms/tokenizer>", b"<https://example.org/terms/tool>"]
    result = import_file(tmp_path, source)
    former = former_import(source)
    assert result.written.read_bytes() == former.written
    assert (result.concepts, result.relations, result.triples) == (former.concepts, former.relations, former.triples)
    assert {k: v for k, v in result.left_out.items() if v} == {k: v for k, v in former.left_out.items() if v}


def test_a_large_vocabulary_of_usual_concepts_takes_the_short_way_for_each(tmp_path: Path) -> None:
    kinds = ["kg:Architecture", "kg:Tool", "skos:Concept", "kg:Technique"]
    lines = ["@prefix skos: <http://www.w3.org/2004/02/skos/core#> .", "@prefix kg: <https://w3id.org/aie-kg/vocab#> .",
             "@prefix ex: <https://example.org/v/> .", 'ex:scheme a skos:ConceptScheme ; skos:prefLabel "Scheme"@en .']
    for i in range(400):
        lines.append(f'ex:c{i} a {kinds[i % 4]} ; skos:prefLabel "term {i} {"model" if i % 3 else "thing"}"@en ;'
                     f' skos:altLabel "T{i}" ; skos:definition "What term {i} is."@en'
                     + (f" ; skos:broader ex:c{i // 2}" if i else "")
                     + f" ; kg:uses ex:c{(i * 7) % 400} , ex:c{(i * 11) % 400} ; skos:related ex:c{(i * 13) % 400} .")
    source = tmp_path / "large.ttl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    short = both_ways(source)
    assert len(short.split(b"\n")) == 400, "every concept"


@st.composite
def mostly_usual(draw: st.DrawFn) -> str:
    """N-Triples of a few concepts, most of them usual, each perhaps with a departure: another label,
    a literal that is no text or blank, a link out of the file or to itself, a mapping, a narrower
    one, a deprecated one, two types, a scheme that is a concept too; subjects' lines apart."""
    names = [f"https://example.org/v/{name}" for name in draw(st.lists(st.sampled_from(
        ["a", "b", "c", "Model", "d-1", "e.f", "g_h", "tool", "x/y"]), min_size=1, max_size=7, unique=True))]
    schemes = draw(st.lists(st.sampled_from(["https://example.org/v/scheme", "https://example.org/v/a"]),
                            max_size=2, unique=True))
    texts = ["term model", "library", "a tool", "zzz", "  spaced  ", "   ", "tab\\tthere", 'say \\"hi\\"', "Übersetzer"]
    literal = st.builds(lambda text, tail: f'"{text}"{tail}', st.sampled_from(texts), st.sampled_from(
        ["@en", "@en", "@en", "", "@de", "@EN", "^^<http://www.w3.org/2001/XMLSchema#string>",
         "^^<http://www.w3.org/2001/XMLSchema#integer>"]))
    kinds = [SKOS + "Concept", KG + "Tool", KG + "ModelType", OWL + "Class", SKOS + "ConceptScheme"]
    links = [KG + "uses", KG + "contains", KG + "isA", KG + "relatedTo", SKOS + "broader", RDFS + "subClassOf",
             SKOS + "related", SKOS + "narrower", SKOS + "exactMatch", SKOS + "inScheme"]
    lines = [f"<{s}> <{RDF}type> <{SKOS}ConceptScheme> ." for s in schemes]
    for name in names:
        subject = f"<{name}>"
        own = [f"{subject} <{RDF}type> <{kind}> ." for kind in draw(st.lists(st.sampled_from(kinds[:4]), min_size=1,
                                                                             max_size=2, unique=True))]
        for predicate, most in ((SKOS + "prefLabel", 2), (SKOS + "altLabel", 2), (SKOS + "definition", 2)):
            own += [f"{subject} <{predicate}> {draw(literal)} ." for _ in range(draw(st.integers(0, most)))]
        for _ in range(draw(st.integers(0, 3))):
            target = draw(st.sampled_from([*names, *names, *schemes, "https://example.org/v/outside"]))
            own.append(f"{subject} <{draw(st.sampled_from(links))}> <{target}> .")
        if draw(st.integers(0, 9)) == 0:
            own.append(f'{subject} <{OWL}deprecated> "{draw(st.sampled_from(["true", "false"]))}" .')
        lines += draw(st.permutations(own)) if draw(st.booleans()) else own
    if lines and draw(st.booleans()):
        lines.append(lines[draw(st.integers(0, len(lines) - 1))])  # a line twice, or a subject's lines apart
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=mostly_usual())
def test_mostly_usual_vocabularies_are_written_alike_both_ways(tmp_path: Path, text: str) -> None:
    source = tmp_path / "random.nt"
    source.write_text(text, encoding="utf-8")
    if read_facts(source).concepts:
        both_ways(source)
