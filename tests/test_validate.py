"""`kg validate`: the shipped graph conforms; each shape catches what it is for and the report
names the concept; lint warns without failing unless --strict; the SHACL report as Turtle."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from cli import cli
from kg.schema import vocab
from kg.vocabularies.merged import Merged
from kg.vocabularies.validate import lint, read
from kg.workspace import Workspace

PREFIXES = """@prefix kg: <https://w3id.org/aie-kg/vocab#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
"""
GOOD = PREFIXES + """ex:good a kg:Architecture ; skos:prefLabel "good"@en, "bon"@fr ; skos:definition "Fine."@en ; kg:uses ex:other .
ex:other a kg:Tool ; skos:prefLabel "other" ; skos:altLabel "the other one"@en ; skos:definition "Also fine." .
"""


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def read_merged(path: Path) -> ox.Store:
    """The plain path: every triple of every graph of a file once, in the default graph of a store,
    as kg validate read a file before it asked a dataset's graphs as they are."""
    store = read(path)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } ; DROP NAMED")
    return store


READS = {"merged": read_merged, "as built": read}  # the plain path, and the graphs as kg validate reads them


def test_the_shipped_graph_conforms(built: Workspace) -> None:
    result = run(built, "validate")
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.stdout
    assert "violation:" not in result.stdout


def test_lint_warnings_fail_only_when_strict(built: Workspace) -> None:
    result = run(built, "validate", "--strict")
    assert "no definition: 'Google'" in result.stdout, "named things in the notes have no definition"
    assert result.exit_code == 1 and "--strict" in result.stderr


def test_a_broken_concept_fails_with_a_report_that_names_it(built: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + """ex:broken a kg:Concept ; skos:definition "No label."@en ; kg:isA "a literal" .\n""")
    result = run(built, "validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "violation: <https://example.org/broken> skos:prefLabel: a concept needs a preferred label (skos:prefLabel)" in lines
    assert ("violation: <https://example.org/broken> kg:isA = 'a literal': a relation must point at a concept: "
            "an IRI with a class of the vocabulary") in lines
    assert lines[-1].startswith("SHACL: does not conform: 2 violations")
    assert result.stderr == "Error: the graph does not conform to the shapes: 2 violation(s)\n"


CASES = [  # one broken resource per shape, and what the report says of it
    ('ex:x skos:prefLabel "no class"@en .', "a labelled resource must have a class of the vocabulary"),
    ('ex:x a kg:Architcture ; skos:prefLabel "typo"@en .', "the class is not one of the vocabulary"),
    ('ex:x a kg:Concept ; skos:prefLabel "one"@en, "two"@en .', "more than one preferred label in one language"),
    ('ex:x a kg:Concept ; skos:prefLabel "one", "two" .', "more than one preferred label without a language tag"),
    ('ex:x a kg:Concept ; skos:prefLabel ""@en .', "a preferred label must be a non-empty string"),
    ('ex:x a kg:Concept ; skos:prefLabel 7 .', "a preferred label must be a non-empty string"),
    ('ex:x a kg:Concept ; skos:prefLabel "x"@en ; skos:definition 42 .', "a definition (skos:definition) must be a string"),
    ('ex:x a kg:Concept ; skos:prefLabel "x"@en ; kg:uses ex:nowhere .', "a relation must point at a concept"),
    ('ex:x kg:uses ex:good .', "the subject of a relation must be a concept"),
    ('<https://example.org/src#L1> a kg:SourceLocation ; kg:file "notes.md" ; kg:line "one" .', "Value is not Literal with datatype"),
]


@pytest.mark.parametrize("broken, expected", CASES)
def test_each_shape_catches_its_case(tmp_path: Path, broken: str, expected: str) -> None:
    from kg.vocabularies.validate import validate

    report = validate(write(tmp_path, GOOD + broken + "\n"))
    assert not report.conforms
    assert any(expected in f.message and f.focus.startswith("https://example.org/") for f in report.violations), report.text()


def test_a_good_graph_conforms(tmp_path: Path) -> None:
    from kg.vocabularies.validate import validate

    report = validate(write(tmp_path, GOOD))
    assert report.conforms and not report.violations, report.text()


def test_the_shacl_report_as_turtle(built: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'ex:x a kg:Concept ; kg:isA "literal" ; skos:prefLabel "x"@en .\n')
    result = run(built, "validate", str(path), "--shacl-report", "-")
    assert result.exit_code == 1
    report = rdflib.Graph().parse(data=result.stdout, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert (None, sh.conforms, rdflib.Literal(False)) in report
    assert set(report.objects(None, sh.focusNode)) == {rdflib.URIRef("https://example.org/x")}
    assert "SHACL: does not conform" in result.stderr, "the text report moves to stderr"
    out = tmp_path / "report.ttl"
    assert run(built, "validate", "--shacl-report", str(out)).exit_code == 0
    assert (None, sh.conforms, rdflib.Literal(True)) in rdflib.Graph().parse(out, format="turtle")


def test_the_shapes_name_every_relation_of_the_vocabulary() -> None:
    shapes = list(ox.parse(path=vocab.schema_path("shapes.ttl"), format=ox.RdfFormat.TURTLE))
    targets = {t.object.value for t in shapes if t.predicate.value.endswith("#targetSubjectsOf") and vocab.relation_of(t.object.value)}
    listed = {t.object.value for t in shapes if t.predicate.value == vocab.RDF + "first" and vocab.relation_of(t.object.value)}
    everyone = {r.iri.value for r in vocab.relations().values()}
    assert targets == everyone and listed == everyone


def test_lint_finds_undefined_unreached_and_clashing_concepts(tmp_path: Path) -> None:
    text = GOOD + """ex:alone a kg:Concept ; skos:prefLabel "alone"@en .
ex:twin a kg:Concept ; skos:prefLabel "Others"@en ; skos:definition "Plural of the other." ; kg:relatedTo ex:good .
ex:topic a kg:Topic ; skos:prefLabel "good"@en .
"""
    found = {(f.kind, f.label) for f in lint(Merged(read_merged(write(tmp_path, text))))}
    assert ("no definition", "alone") in found and ("unreached", "alone") in found
    assert ("label clash", "other") in found, "'other' and 'Others' fold to one key"
    assert not any(label == "good" for kind, label in found), "a topic and a concept may share a label"
    linked = text + "ex:twin skos:closeMatch ex:other .\n"
    assert not any(kind == "label clash" for kind, _ in {(f.kind, f.label) for f in lint(Merged(read_merged(write(tmp_path, linked))))})


def test_a_graph_that_does_not_parse_is_an_error(built: Workspace, tmp_path: Path) -> None:
    result = run(built, "validate", str(write(tmp_path, GOOD + "ex:a ex:b .\n")))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'graph.ttl'}:7: column ")


# ---------------------------------------------------------------- the SHACL report, asked of suspects only

BREAKAGES = [  # (what, Turtle added to the graph) each one broken in its own way: {c} a concept of the graph,
    # {g} a source location; "-{c} P" first takes P away from {c}
    ("no preferred label", "-{c} prefLabel"),
    ("two untagged labels", '{c} skos:prefLabel "another", "and another" .'),
    ("second label in English", '{c} skos:prefLabel "another"@en, "and another"@en .'),
    ("a literal related", '{c} kg:uses "a literal" .'),
    ("a relation to no concept", "{c} kg:uses ex:nowhere ."),
    ("a misspelt class", "{c} a kg:Architcture ."),
    ("an empty alias", '{c} skos:altLabel "" .'),
    ("a number as definition", "{c} skos:definition 42 ."),
    ("a label and no class", 'ex:y skos:prefLabel "unclassed"@en .'),
    ("a blank node concept", '[] a kg:Concept ; skos:prefLabel "anonymous" .'),
    ("a class of the data's own", 'ex:MyKind rdfs:subClassOf kg:Tool . ex:z a ex:MyKind ; skos:altLabel "zed" .'),
    ("a line that is no number", '<{g}> kg:line "one" .'),
    ("a line of 0", "<{g}> kg:line 0 ."),
    ("a second file", '<{g}> kg:file "other.md" .'),
    ("an unknown method", "-{g} method <{g}> kg:method kg:Guessed ."),
    ("an unknown tier", "<{g}> kg:tier kg:Strong ."),
    ("a literal class", 'ex:w a "https://w3id.org/aie-kg/vocab#Tool" .'),
]
TURTLE_PREFIXES = PREFIXES + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"


def assert_reports_alike(store: ox.Store) -> tuple[bool, rdflib.Graph]:
    """kg validate's SHACL answer and report, and pySHACL's on every triple (as kg validate asked it before)."""
    from rdflib.compare import isomorphic

    from kg.vocabularies.validate import _pyshacl, shacl

    conforms, results = shacl(Merged(store))
    whole_conforms, whole = _pyshacl(list(store))
    assert conforms == whole_conforms
    if results is None:
        results = _pyshacl([])[1]
    assert isomorphic(results, whole), results.serialize(format="turtle") + "\n---\n" + whole.serialize(format="turtle")
    return conforms, whole


@pytest.mark.parametrize("reading", READS)
@pytest.mark.parametrize("broken", [[what] for what, _turtle in BREAKAGES] + [["mixed", seed] for seed in range(3)])
def test_the_report_from_suspects_is_pyshacl_s_report_of_the_whole_graph(built: Workspace, broken: list, reading: str) -> None:
    """The shipped graph broken in one way, or in three at random, merged or as built (the breakage
    in the named graph of a source line): the same answer and report."""
    import random

    rng = random.Random(broken[-1])
    store = READS[reading](built.dataset)
    concepts = sorted({q.subject for q in store.quads_for_pattern(None, vocab.RDF_TYPE, vocab.term("Technique"), None)}, key=str)
    graphs = sorted({q.subject for q in store.quads_for_pattern(None, vocab.RDF_TYPE, vocab.term("SourceLocation"), None)}, key=str)
    chosen = rng.sample(BREAKAGES, 3) if broken[0] == "mixed" else [b for b in BREAKAGES if b[0] == broken[0]]
    for _what, turtle in chosen:
        concept, graph = rng.choice(concepts), rng.choice(graphs)
        if turtle.startswith("-"):
            which, name, turtle = turtle[1:].split(" ", 2) + [""] * (turtle.count(" ") < 2)
            node = concept if which == "{c}" else graph
            predicate = vocab.PREF_LABEL if name == "prefLabel" else vocab.term(name)
            for quad in list(store.quads_for_pattern(node, predicate, None, None)):  # from every graph
                store.remove(quad)
        store.load((TURTLE_PREFIXES + turtle.format(c=concept, g=graph.value)).encode(), format=ox.RdfFormat.TURTLE,
                   to_graph=graph if reading == "as built" else ox.DefaultGraph())
    conforms, _report = assert_reports_alike(store)
    assert not conforms


@pytest.mark.parametrize("reading", READS)
def test_the_report_of_a_graph_that_conforms_is_pyshacl_s(built: Workspace, synthetic_built: Workspace, reading: str) -> None:
    from kg.vocabularies.validate import shacl

    for workspace in (built, synthetic_built):
        store = READS[reading](workspace.dataset)
        assert shacl(Merged(store)) == (True, None), "nothing to ask pySHACL"
        assert assert_reports_alike(store)[0]


@pytest.mark.parametrize("broken", [broken for broken, _expected in CASES] + ["\n".join(b for b, _e in CASES)])
def test_each_broken_case_reports_as_pyshacl_on_the_whole_graph(tmp_path: Path, broken: str) -> None:
    assert_reports_alike(read_merged(write(tmp_path, GOOD + broken + "\n")))


def lint_triple_by_triple(triples: list[ox.Triple]) -> list:
    """lint() as it was written over a list of triples, before the store answered it."""
    from collections import defaultdict

    from kg.labels import key
    from kg.vocabularies.validate import _MAPPINGS, Finding

    classes = {c.iri.value for c in vocab.classes().values()}
    concepts = {t.subject.value for t in triples if t.predicate == vocab.RDF_TYPE and t.object.value in classes}
    concepts -= {t.subject.value for t in triples if t.predicate == vocab.RDF_TYPE and t.object == vocab.term("Topic")}
    labels: dict[str, str] = {}
    for t in sorted(triples, key=lambda t: str(t.object)):
        if t.predicate == vocab.PREF_LABEL and isinstance(t.object, ox.Literal):
            labels.setdefault(t.subject.value, t.object.value)
    defined = {t.subject.value for t in triples if t.predicate == vocab.DEFINITION}
    related = {end.value for t in triples if vocab.relation_of(t.predicate.value) for end in (t.subject, t.object) if isinstance(end, ox.NamedNode)}
    matched = {frozenset((t.subject.value, t.object.value)) for t in triples if t.predicate.value in _MAPPINGS}
    owners: dict[str, set[str]] = defaultdict(set)
    for t in triples:
        if t.predicate in (vocab.PREF_LABEL, vocab.ALT_LABEL) and t.subject.value in concepts and isinstance(t.object, ox.Literal):
            owners[key(t.object.value)].add(t.subject.value)
    found = []
    for concept in sorted(concepts):
        if concept not in defined:
            found.append(Finding("no definition", concept, labels.get(concept, ""), "a concept without a definition (skos:definition)"))
        if concept not in related:
            found.append(Finding("unreached", concept, labels.get(concept, ""), "no relation leads to or from this concept"))
    for name, owners_of in sorted(owners.items()):
        clashing = sorted(owners_of)
        if len(clashing) > 1 and not any(frozenset((a, b)) in matched for a in clashing for b in clashing if a < b):
            others = ", ".join(f"'{labels.get(c, c)}' <{c}>" for c in clashing[1:])
            found.append(Finding("label clash", clashing[0], labels.get(clashing[0], ""), f"the label '{name}' also names {others}"))
    return found


@pytest.mark.parametrize("reading", READS)
def test_lint_from_the_store_is_lint_triple_by_triple(built: Workspace, synthetic_built: Workspace, tmp_path: Path, reading: str) -> None:
    from kg.vocabularies.importer import read_rdf

    clashing = write(tmp_path, GOOD + 'ex:twin a kg:Concept ; skos:prefLabel "Others"@en ; kg:relatedTo ex:good .\n'
                     'ex:alone a kg:Concept ; skos:prefLabel "alone"@en .\n')
    for path in (built.dataset, synthetic_built.dataset, clashing):
        found = lint(Merged(READS[reading](path)))
        assert found == lint_triple_by_triple(read_rdf(path))
    assert {f.kind for f in found} == {"no definition", "unreached", "label clash"}
