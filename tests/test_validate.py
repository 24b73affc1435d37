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
from kg.vocabularies.importer import read_rdf
from kg.vocabularies.validate import lint
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


@pytest.mark.parametrize("broken, expected", [
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
])
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
    found = {(f.kind, f.label) for f in lint(read_rdf(write(tmp_path, text)))}
    assert ("no definition", "alone") in found and ("unreached", "alone") in found
    assert ("label clash", "other") in found, "'other' and 'Others' fold to one key"
    assert not any(label == "good" for kind, label in found), "a topic and a concept may share a label"
    linked = text + "ex:twin skos:closeMatch ex:other .\n"
    assert not any(kind == "label clash" for kind, _ in {(f.kind, f.label) for f in lint(read_rdf(write(tmp_path, linked)))})


def test_a_graph_that_does_not_parse_is_an_error(built: Workspace, tmp_path: Path) -> None:
    result = run(built, "validate", str(write(tmp_path, GOOD + "ex:a ex:b .\n")))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'graph.ttl'}:7: column ")
