"""`kg import` and `kg links`: the AI Ontology (RDF/XML, OWL) and a small SKOS scheme merged into a
copy of the workspace, queried across; links proposed, accepted, built; bad input rejected with
file, line and column. The ontology is read from tests/vocab/: if it is missing these tests fail,
they do not skip."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from cli import cli
from kg.schema import vocab
from kg.vocabularies.importer import import_file
from kg.workspace import Workspace

AIO = "https://w3id.org/aio/"


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


@pytest.fixture(scope="session")
def aio_owl(vocab_folder: Path) -> Path:
    path = vocab_folder / "aio.owl"
    assert path.is_file(), f"the AI Ontology is missing: {path} (tests/vocab/ holds it)"
    return path


def fresh(root: Path, repo: Path) -> Workspace:
    shutil.copytree(repo / "data", root / "data")
    return Workspace.at(root / "data", root / "exports")


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory, repo: Path, aio_owl: Path) -> Workspace:
    """A copy of the shipped workspace with the AI Ontology imported and the graph built."""
    workspace = fresh(tmp_path_factory.mktemp("merged"), repo)
    result = run(workspace, "import", str(aio_owl))
    assert result.exit_code == 0, result.output
    assert run(workspace, "build", "--no-page").exit_code == 0
    return workspace


def test_import_normalises_the_ontology_into_data_imported(merged: Workspace) -> None:
    path = merged.data / "imported" / "aio.ttl"
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    concepts = {t.subject for t in triples if t.predicate == vocab.RDF_TYPE and t.object != vocab.CONCEPT_SCHEME}
    assert len(concepts) == 442
    known = {c.iri for c in vocab.classes().values()}
    assert {t.object for t in triples if t.predicate == vocab.RDF_TYPE} <= known | {vocab.CONCEPT_SCHEME}, "only kg classes"
    used = {t.predicate.value for t in triples}
    assert not {p for p in used if p.startswith(vocab.OWL) or p == vocab.RDFS + "subClassOf"}, "no OWL left: kg:isA instead"
    llm = ox.NamedNode(AIO + "LargeLanguageModel")
    facts = {(t.predicate, t.object) for t in triples if t.subject == llm}
    assert (vocab.PREF_LABEL, ox.Literal("Large Language Model", language="en")) in facts
    assert (vocab.ALT_LABEL, ox.Literal("LLM", language="en")) in facts
    assert (vocab.term("isA"), ox.NamedNode(AIO + "LanguageModel")) in facts
    assert (vocab.RDF_TYPE, vocab.term("ModelType")) in facts, "the head word 'model' gives the class"
    assert any(p == vocab.DEFINITION for p, _ in facts)


def test_the_built_graph_holds_both_and_resolves_across_them(merged: Workspace) -> None:
    graph = kg.load(merged)
    llm = graph.resolve("Large Language Model")
    assert llm.value == AIO + "LargeLanguageModel"
    assert graph.resolve("LLMs") == llm, "an imported alias, in the plural"
    assert graph.resolve("MoE").value.endswith("/concept/mixture-of-experts"), "the notes' concepts are still there"
    [edge] = [e for e in graph.edges(subject=llm, relation="isA")]
    assert edge.object.value == AIO + "LanguageModel"
    assert [(s.file, s.method) for s in edge.sources] == [("imported/aio.ttl", "Imported")]


def test_an_imported_concept_is_sourced_to_the_first_line_of_its_block(merged: Workspace) -> None:
    """One source location per imported concept (not one per statement: at 100k terms that would
    be 5 quads more per statement), at the line its block starts in data/imported/aio.ttl."""
    lines = (merged.data / "imported" / "aio.ttl").read_text(encoding="utf-8").splitlines()
    starts = {number: line.split()[0] for number, line in enumerate(lines, 1) if line.startswith("aio:")}
    graph = kg.load(merged)
    located: dict[str, set[int]] = {}
    for edge in graph.edges():
        for source in edge.sources:
            if source.method == "Imported":
                located.setdefault(edge.subject.value, set()).add(source.line)
    assert len(located) > 400
    for subject, found in located.items():
        assert len(found) == 1 and starts[found.pop()] == "aio:" + subject.removeprefix(AIO), subject


def test_query_and_show_work_across_the_import(merged: Workspace) -> None:
    result = run(merged, "query", "Causal LLM", "isA", "?", "--format", "json")
    assert result.exit_code == 0, result.output
    kinds = {row["object"] for row in json.loads(result.stdout)}
    assert {"Large Language Model", "Language Model"} <= kinds, "isA is transitive across imported concepts"
    result = run(merged, "show", "Transformer Network", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["class"] == "Architecture"


def test_the_page_keeps_the_notes_title_after_an_import(merged: Workspace, graph: kg.KnowledgeGraph, tmp_path: Path) -> None:
    """The imported ontology brings a concept scheme with a title of its own; the page is still the notes'."""
    imported = [t.object.value for t in ox.parse(path=str(merged.data / "imported" / "aio.ttl"), format=ox.RdfFormat.TURTLE)
                if t.predicate == vocab.TITLE]
    notes_title = graph.title()  # the shipped notes built alone
    assert imported and notes_title and notes_title not in imported
    assert kg.load(merged).title() == notes_title
    page = tmp_path / "graph.html"
    assert run(merged, "viz", "-o", str(page)).exit_code == 0
    text = page.read_text("utf-8")
    assert re.search(r"<title>(.*?)</title>", text).group(1) == notes_title
    assert re.search(r"<h1>(.*?)</h1>", text).group(1) == notes_title
    around = tmp_path / "around.html"
    assert run(merged, "viz", "--around", "MoE", "-o", str(around)).exit_code == 0
    assert re.search(r"<title>(.*?)</title>", around.read_text("utf-8")).group(1) == f"{notes_title}: around mixture of experts"


def test_the_import_validates(merged: Workspace) -> None:
    result = run(merged, "validate")
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.stdout


def test_links_propose_matches_for_a_person_to_review(merged: Workspace) -> None:
    result = run(merged, "links", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    pairs = {(row["concept"], row["imported"]): row["match"] for row in rows}
    assert pairs[("distillation", "Distillation")] == "label"
    assert pairs[("language model", "Language Model")] == "label"
    assert pairs[("transformer architecture", "Transformer Network")] == "head"
    assert not any(imported == "Transformer Network" and concept == "Transformers" for concept, imported in pairs), \
        "the library Transformers is not the network"
    assert [row["n"] for row in rows] == list(range(1, len(rows) + 1))
    graph = kg.load(merged)
    assert not list(graph.store.quads_for_pattern(None, ox.NamedNode(vocab.SKOS + "closeMatch"), None, None)), "nothing merged silently"


def test_accepting_a_link_writes_it_and_the_build_merges_it(tmp_path: Path, repo: Path, aio_owl: Path) -> None:
    workspace = fresh(tmp_path, repo)
    assert run(workspace, "import", str(aio_owl)).exit_code == 0
    assert run(workspace, "build", "--no-page").exit_code == 0
    rows = json.loads(run(workspace, "links", "--format", "json").stdout)
    number = next(row["n"] for row in rows if row["imported"] == "Distillation")
    result = run(workspace, "links", "--accept", str(number))
    assert result.exit_code == 0, result.output
    text = (workspace.data / "links.ttl").read_text(encoding="utf-8")
    assert f"<{AIO}Distillation>" in text and "aie-kg/vocab#matches" in text
    left = json.loads(run(workspace, "links", "--format", "json").stdout)
    assert len(left) == len(rows) - 1 and all(row["imported"] != "Distillation" for row in left)
    assert run(workspace, "build", "--no-page").exit_code == 0
    graph = kg.load(workspace)
    distillation = ox.NamedNode("https://w3id.org/aie-kg/aie/concept/distillation")
    assert list(graph.store.quads_for_pattern(distillation, vocab.term("matches"), ox.NamedNode(AIO + "Distillation"), None))
    assert "'distillation' also names" not in run(workspace, "validate").stdout, "a linked pair is no label clash"
    # A relation like any other: shown, and crossed by paths (symmetric, so from the other side too).
    shown = json.loads(run(workspace, "show", "distillation", "--format", "json").stdout)
    assert {"direction": "out", "relation": "matches", "concept_iri": AIO + "Distillation"}.items() <= \
        next(r for r in shown["relations"] if r["relation"] == "matches").items()
    path = run(workspace, "path", "distillation", "TrainingStrategy")
    assert path.exit_code == 0 and "-matches-> Distillation -isA-> TrainingStrategy" in path.stdout, path.output
    assert run(workspace, "links", "--accept", "999").exit_code == 1


def test_rejecting_a_proposal_keeps_it_from_coming_back(tmp_path: Path, repo: Path, aio_owl: Path) -> None:
    workspace = fresh(tmp_path, repo)
    assert run(workspace, "import", str(aio_owl)).exit_code == 0
    assert run(workspace, "build", "--no-page").exit_code == 0
    rows = json.loads(run(workspace, "links", "--format", "json").stdout)
    head = [row["n"] for row in rows if row["match"] == "head"]
    result = run(workspace, "links", "--reject", ",".join(map(str, head)))
    assert result.exit_code == 0 and f"rejected {len(head)} proposal" in result.stdout, result.output
    left = json.loads(run(workspace, "links", "--format", "json").stdout)
    assert [row["match"] for row in left] == ["label"] * (len(rows) - len(head))
    assert not (workspace.data / "links.ttl").exists(), "a rejection states nothing"
    assert run(workspace, "links", "--accept", "1", "--reject", "2").exit_code == 2
    rejected = workspace.data / "links-rejected.txt"
    rejected.write_text(rejected.read_text(encoding="utf-8") + "<not an iri> and more\n", encoding="utf-8")
    broken = run(workspace, "links")
    lines = rejected.read_text(encoding="utf-8").splitlines()
    assert broken.exit_code == 1 and broken.output.startswith(f"Error: {rejected}:{len(lines)}: "), broken.output


def test_importing_again_replaces_the_file_byte_for_byte(tmp_path: Path, repo: Path, aio_owl: Path) -> None:
    workspace = fresh(tmp_path, repo)
    assert run(workspace, "import", str(aio_owl)).exit_code == 0
    first = (workspace.data / "imported" / "aio.ttl").read_bytes()
    result = run(workspace, "import", str(aio_owl))
    assert result.exit_code == 0 and "442 concepts" in result.stdout
    assert (workspace.data / "imported" / "aio.ttl").read_bytes() == first


SKOS_SCHEME = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/terms/> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Example terms"@en .
ex:retrieval a skos:Concept ; skos:inScheme ex:scheme ;
    skos:prefLabel "retrieval" , "Retrieval step"@en , "recherche"@fr ;
    skos:altLabel "search" ; skos:definition "Finding what is relevant." ;
    skos:related ex:rag .
ex:rag a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "retrieval-augmented generation"@en ;
    skos:broader ex:technique .
ex:technique a skos:Concept ; skos:inScheme ex:scheme ; skos:narrower ex:caching .
ex:caching a skos:Concept ; skos:prefLabel "caching"@en .
"""


def test_a_skos_scheme_becomes_concepts(tmp_path: Path, repo: Path) -> None:
    workspace = fresh(tmp_path, repo)
    source = tmp_path / "terms.ttl"
    source.write_text(SKOS_SCHEME, encoding="utf-8")
    result = run(workspace, "import", str(source))
    assert result.exit_code == 0, result.output
    assert "4 concepts" in result.stdout
    triples = {(t.subject.value.rsplit("/", 1)[-1], t.predicate, t.object)
               for t in ox.parse(path=str(workspace.data / "imported" / "terms.ttl"), format=ox.RdfFormat.TURTLE)}
    assert ("retrieval", vocab.PREF_LABEL, ox.Literal("Retrieval step", language="en")) in triples
    assert ("retrieval", vocab.ALT_LABEL, ox.Literal("retrieval", language="en")) in triples, "a second English label"
    assert ("retrieval", vocab.PREF_LABEL, ox.Literal("recherche", language="fr")) in triples
    assert ("retrieval", vocab.DEFINITION, ox.Literal("Finding what is relevant.", language="en")) in triples
    assert ("retrieval", vocab.term("relatedTo"), ox.NamedNode("https://example.org/terms/rag")) in triples
    assert ("rag", vocab.term("isA"), ox.NamedNode("https://example.org/terms/technique")) in triples
    assert ("caching", vocab.term("isA"), ox.NamedNode("https://example.org/terms/technique")) in triples, "narrower, reversed"
    assert ("technique", vocab.PREF_LABEL, ox.Literal("technique", language="en")) in triples, "no label: the IRI's name"
    assert run(workspace, "build", "--no-page").exit_code == 0
    assert kg.load(workspace).resolve("recherche").value == "https://example.org/terms/retrieval"
    assert run(workspace, "validate").exit_code == 0


def test_a_graph_in_this_vocabulary_imports_with_its_relations(tmp_path: Path, built: Workspace) -> None:
    """Another aie-kg graph (here the shipped one, as `kg build` wrote it) into an empty workspace:
    its kg:contains, kg:isA, ... between its concepts come along, and the queries cross them."""
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    (workspace.notes).mkdir(parents=True)
    (workspace.notes / "notes.md").write_text("# Mine\n\n- **Beam search**: a decoding strategy.\n", encoding="utf-8")
    result = run(workspace, "import", str(built.turtle), "--name", "shipped")
    assert result.exit_code == 0, result.output
    stated = {(t.subject.value, t.predicate.value, t.object.value)
              for t in ox.parse(path=str(built.turtle), format=ox.RdfFormat.TURTLE) if vocab.relation_of(t.predicate.value)}
    imported = {(t.subject.value, t.predicate.value, t.object.value)
                for t in ox.parse(path=str(workspace.data / "imported" / "shipped.ttl"), format=ox.RdfFormat.TURTLE)
                if vocab.relation_of(t.predicate.value)}
    between_concepts = {s for s in stated if "/topic/" not in s[0] + s[2]}  # topics are headings, not concepts
    assert between_concepts and between_concepts <= imported
    assert f"{len(imported)} relations" in result.stdout
    building = run(workspace, "build", "--no-page")
    assert building.exit_code == 0, building.output
    concepts = len(kg.load(built).concepts(topics=False)) + 2  # and beam search, a decoding strategy; topics are not counted
    assert building.stdout.startswith(f"{concepts} concepts") and "(1 notes, 0 curated, 1 imported)" in building.stdout
    answer = run(workspace, "query", "transformer", "contains", "?", "--format", "json")
    assert answer.exit_code == 0 and {"decoder", "attention module"} <= {r["object"] for r in json.loads(answer.stdout)}


# ---------------------------------------------------------------- bad input


def test_a_turtle_syntax_error_names_file_line_and_column(tmp_path: Path, repo: Path) -> None:
    workspace = fresh(tmp_path, repo)
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <https://example.org/> .\nex:a a ex:B .\nex:c ex:d "unterminated .\n', encoding="utf-8")
    result = run(workspace, "import", str(bad))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}:3: column 11: ")
    assert not (workspace.data / "imported").exists(), "nothing written"


def test_an_rdfxml_syntax_error_names_its_line(tmp_path: Path, repo: Path) -> None:
    workspace = fresh(tmp_path, repo)
    bad = tmp_path / "bad.owl"
    bad.write_text('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                   '<rdf:Description rdf:about="https://example.org/a">\n</rdf:RDF>\n', encoding="utf-8")
    result = run(workspace, "import", str(bad))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}:4: column ")


@pytest.mark.parametrize("name, text", [
    ("relative.ttl", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<a> a skos:Concept ; skos:prefLabel \"A\" .\n"),
    ("relative.owl", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
                     '  xmlns:owl="http://www.w3.org/2002/07/owl#">\n  <owl:Class rdf:about="#A"/>\n</rdf:RDF>\n'),
    ("relative.jsonld", '{"@id": "a", "@type": "http://www.w3.org/2004/02/skos/core#Concept"}'),
])
def test_relative_iris_need_a_base(tmp_path: Path, repo: Path, name: str, text: str) -> None:
    workspace = fresh(tmp_path, repo)
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = run(workspace, "import", str(source))
    assert result.exit_code == 1
    assert "relative IRI" in result.output and "--base" in result.output
    line = {"relative.ttl": ":2: column 1: ", "relative.owl": ":4: column 25: ", "relative.jsonld": ": "}[name]
    assert result.output.startswith(f"Error: {source}{line}"), "file, line and column are named"
    assert ("'<a>'" if name.endswith(".ttl") else "'#A'" if name.endswith(".owl") else "'a'") in result.output, "the IRI is shown"
    result = run(workspace, "import", str(source), "--base", "https://example.org/vocab/")
    assert result.exit_code == 0, result.output
    written = list(ox.parse(path=str(workspace.data / "imported" / "relative.ttl"), format=ox.RdfFormat.TURTLE))
    concepts = {t.subject.value for t in written if t.predicate == vocab.RDF_TYPE}
    assert concepts == {"https://example.org/vocab/a" if not name.endswith(".owl") else "https://example.org/vocab/#A"}


def test_an_unknown_import_format_is_a_usage_error(tmp_path: Path, repo: Path, aio_owl: Path) -> None:
    result = run(fresh(tmp_path, repo), "import", str(aio_owl), "--from", "owlxml")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --from: no format named 'owlxml'; formats: turtle, ")  # close to none
    assert "rdfxml" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_file_with_nothing_to_import_is_an_error(tmp_path: Path, repo: Path) -> None:
    source = tmp_path / "plain.nt"
    source.write_text("<https://example.org/a> <https://example.org/b> \"c\" .\n", encoding="utf-8")
    result = run(fresh(tmp_path, repo), "import", str(source))
    assert result.exit_code == 1 and "no SKOS concepts" in result.output


def test_the_notes_concept_wins_over_an_imported_one_with_the_same_label(tmp_path: Path, repo: Path, aio_owl: Path) -> None:
    """After importing aio.owl, "distillation" still means the notes' concept, not the imported class."""
    shutil.copytree(repo / "data", tmp_path / "data")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    import_file(workspace.data, aio_owl)
    kg.build(workspace, page=False)
    graph = kg.load(workspace)
    chosen = graph.resolve("distillation")
    assert chosen.value.startswith("https://w3id.org/aie-kg/aie/concept/")
    assert graph.resolve("Large Language Model").value != chosen.value
