"""`kg validate` reads every graph of a store as one without merging them (kg.vocabularies.merged):
the workspace's on-disk store as it is, a dataset file as parsed. Its answers are those of the
plain path, every triple once in the default graph of a store (as it read a graph before): the
same findings, triple count and SHACL report, on built workspaces, on graphs broken in named
graphs, on a triple stated in two graphs, and on Turtle and N-Triples read by `kg validate FILE`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import build
from kg.vocabularies.merged import Merged
from kg.vocabularies.validate import Report, check, validate, validate_workspace
from kg.workspace import Workspace
from test_validate import GOOD, PREFIXES, read_merged, run, write

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def plain(path: Path) -> Report:
    return check(Merged(read_merged(path)))


def assert_same(report: Report, expected: Report) -> None:
    assert report.text() == expected.text()
    assert (report.conforms, report.violations, report.warnings, report.triples) == \
        (expected.conforms, expected.violations, expected.warnings, expected.triples)
    assert (report.results is None) == (expected.results is None)  # None: it conforms, no pySHACL run
    if expected.results is not None:  # the graphs, not their Turtle, which writes a list shared by two results twice
        assert isomorphic(report.results, expected.results)


@pytest.fixture
def twice(stated_twice: Path, tmp_path: Path) -> Workspace:
    """A workspace whose notes and curated Turtle state one relation: a triple in two named graphs."""
    workspace = Workspace.at(stated_twice, tmp_path / "twice-exports")
    build(workspace, page=False)
    return workspace


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
@pytest.mark.parametrize("which", ["shipped", "stated twice"])
def test_the_workspace_is_validated_as_the_plain_path_validates_its_dataset(
        request: pytest.FixtureRequest, tmp_path: Path, which: str, store: str) -> None:
    from kg.stores.backends import write_store

    workspace = request.getfixturevalue("copied" if which == "shipped" else "twice")._replace(store=store)
    kept = shutil.copy(workspace.dataset, tmp_path / "kept.trig")
    if store == "oxigraph":  # the on-disk store, and nothing else to read
        write_store(workspace)
        workspace.dataset.unlink()
    expected = plain(Path(kept))
    assert_same(validate_workspace(workspace), expected)
    out = tmp_path / "report.ttl"
    result = run(workspace, "--store", store, "validate", "--shacl-report", str(out))
    assert result.exit_code == (0 if expected.conforms else 1), result.output
    assert result.stdout == expected.text()
    written = rdflib.Graph().parse(out, format="turtle")
    assert (None, SH.conforms, rdflib.Literal(expected.conforms)) in written
    assert set(written.objects(None, SH.focusNode)) == \
        (set(expected.results.objects(None, SH.focusNode)) if expected.results is not None else set())


def test_a_store_that_is_not_aie_trig_as_it_is_is_not_read(copied: Workspace) -> None:
    """aie.trig changed since the on-disk store was written: it is read instead, and the store left
    as it is (writing it anew takes longer than the parse)."""
    from kg.stores.backends import store_dir, write_store

    workspace = copied._replace(store="oxigraph")
    write_store(workspace)
    stamp = (store_dir(workspace) / "stamp").read_text()
    with workspace.dataset.open("a", encoding="utf-8") as trig:
        trig.write('\n<https://example.org/x> a <https://w3id.org/aie-kg/vocab#Concept> .\n')
    report = validate_workspace(workspace)
    assert [f.focus for f in report.violations] == ["https://example.org/x"], report.text()
    assert (store_dir(workspace) / "stamp").read_text() == stamp
    assert_same(report, plain(workspace.dataset))


def test_a_triple_stated_in_two_graphs_counts_once(twice: Workspace) -> None:
    quads = list(ox.parse(path=twice.dataset, format=ox.RdfFormat.TRIG))
    repeated = len(quads) - len({q.triple for q in quads})
    assert repeated > 0, "the relation stated in the notes and in curated Turtle is in two graphs"
    assert validate_workspace(twice).triples == len(quads) - repeated == plain(twice.dataset).triples


# A dataset broken in its named graphs, with what repeats across graphs and is no violation: a
# triple in the default graph and in a named one, in two named graphs, a label, a file and a line
# stated twice (one preferred label, one file, one line all the same), a concept with no label.
BROKEN = PREFIXES + """@prefix src: <https://example.org/src#> .
ex:good a kg:Architecture ; skos:prefLabel "good"@en ; skos:definition "Fine."@en ; kg:uses ex:other .
src:L1 a kg:SourceLocation ; kg:file "notes.md" ; kg:line 1 ; kg:method kg:Extracted .
src:L2 a kg:SourceLocation ; kg:file "notes.md" ; kg:line 2 .
src:L1 { ex:other a kg:Tool ; skos:prefLabel "other" ; skos:definition "Also fine." . ex:good kg:uses ex:other .
         ex:x a kg:Concept ; skos:prefLabel "one"@en, "two"@en ; kg:isA "a literal" .
         src:L2 kg:file "notes.md" ; kg:line 2 . }
src:L2 { ex:good kg:uses ex:other . ex:other skos:prefLabel "other" ; kg:uses ex:nowhere .
         ex:nameless a kg:Concept ; skos:definition "No label." .
         src:L1 kg:line 7 ; kg:method kg:Guessed . }
"""
CASES = {"broken": BROKEN, "conforms": GOOD + "GRAPH ex:g { ex:good kg:uses ex:other . ex:other skos:prefLabel \"other\" }\n"}


@pytest.mark.parametrize("case", CASES)
def test_a_dataset_is_validated_as_the_plain_path_validates_it(tmp_path: Path, case: str) -> None:
    path = tmp_path / "graph.trig"
    path.write_text(CASES[case], encoding="utf-8")
    expected = plain(path)
    on_disk = ox.Store(str(tmp_path / "db"))
    on_disk.load(path=str(path), format=ox.RdfFormat.TRIG)
    on_disk.flush()
    del on_disk  # closed, then opened read-only as kg opens the workspace's store
    for report in (validate(path), check(Merged(ox.Store.read_only(str(tmp_path / "db"))))):
        assert_same(report, expected)
    assert expected.triples == len({q.triple for q in ox.parse(path=path, format=ox.RdfFormat.TRIG)})
    if case == "broken":
        found = {(f.focus.removeprefix("https://example.org/"), f.path) for f in expected.violations}
        assert found == {("x", "skos:prefLabel"), ("x", "kg:isA"), ("other", "kg:uses"), ("nameless", "skos:prefLabel"),
                         ("src#L1", "kg:line"), ("src#L1", "kg:method")}, expected.text()
    else:
        assert expected.conforms, expected.text()


@pytest.mark.parametrize("suffix, fmt", [(".ttl", ox.RdfFormat.TURTLE), (".nt", ox.RdfFormat.N_TRIPLES)])
def test_turtle_and_n_triples_are_validated_as_the_plain_path_validates_them(
        built: Workspace, tmp_path: Path, suffix: str, fmt: ox.RdfFormat) -> None:
    turtle = write(tmp_path, GOOD + 'ex:x a kg:Concept ; kg:isA "literal" ; skos:prefLabel "x"@en, "y"@en .\n')
    path = tmp_path / f"graph{suffix}"
    if suffix != ".ttl":
        path.write_bytes(ox.serialize(ox.parse(path=turtle, format=ox.RdfFormat.TURTLE), format=fmt))
    expected = plain(turtle)
    assert not expected.conforms and len(expected.violations) == 2, expected.text()
    result = run(built, "validate", str(path))
    assert result.exit_code == 1
    assert result.stdout == expected.text()
    assert_same(validate(path), expected)


@pytest.mark.parametrize("store", ["auto", "oxigraph"])
def test_a_workspace_never_built_is_an_error(tmp_path: Path, store: str) -> None:
    result = run(Workspace.at(tmp_path / "data", tmp_path / "exports"), "--store", store, "validate")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "run `kg build` first" in result.stderr
