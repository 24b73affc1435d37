"""The query commands through click's CliRunner: show, query, path, search, sparql, stats — exit
codes, the three output formats, hostile names, and what a query process imports."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.workspace import Workspace

HEAVY = ("rdflib", "networkx", "pyvis", "markdown_it", "owlrl", "fsrs", "genanki", "watchfiles", "rich")


def run(workspace: Workspace, *args: str, input: str | None = None) -> Result:
    # No endpoint from the environment: these tests read the workspace's own graph.
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args],
                              input=input, env={"KG_ENDPOINT": None, "KG_STORE": None})


def table_lines(result: Result) -> list[str]:
    return result.stdout.splitlines()


# ---------------------------------------------------------------- help and exit codes

@pytest.mark.parametrize("args", [["show"], ["query", "MoE", "isA"], ["path", "MoE"], ["search"],
                                  ["path", "MoE", "RNN", "--max-length", "0"],
                                  ["sparql"], ["sparql", "ASK {}", "--file", "-"]])
def test_usage_errors_exit_2(built: Workspace, args: list[str]) -> None:
    result = run(built, *args)
    assert result.exit_code == 2, result.output
    assert "Usage:" in result.output


def test_an_unknown_name_exits_1_with_the_closest_labels(built: Workspace) -> None:
    result = run(built, "show", "mixture of expert systems")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no concept named 'mixture of expert systems'; did you mean 'mixture of experts'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_built_graph_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "--exports", str(tmp_path / "none"), "show", "MoE"],
                                env={"KG_ENDPOINT": None, "KG_STORE": None})
    assert result.exit_code == 1 and "kg build" in result.stderr and "Traceback" not in result.output


# ---------------------------------------------------------------- show

def test_show_prints_the_concept_and_its_relations_with_sources(built: Workspace) -> None:
    result = run(built, "show", "transformer")
    assert result.exit_code == 0, result.output
    lines = table_lines(result)
    assert lines[0] == "transformer architecture"
    assert any(line.split() == ["class", "Architecture"] for line in lines)
    assert any(line.split()[:3] == ["contains", "decoder", "stated"] and line.endswith("notes/ai-engineering-notes.md:58") for line in lines)
    assert any(line.split()[:4] == ["contains", "transformer", "block", "inferred"] and "inverse of partOf" in line for line in lines)
    assert all(len(line) <= 80 for line in lines)


def test_show_json_shape(built: Workspace) -> None:
    result = run(built, "show", "MoE", "--format", "json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert set(found) == {"iri", "label", "class", "aliases", "hidden_labels", "definition", "see_also", "topics", "sources", "relations"}
    assert found["label"] == "mixture of experts" and found["aliases"] == ["MoE"]
    assert {"direction": "out", "relation": "isA", "concept": "sparse model", "stated": True, "how": "stated", "reading": [],
            "rule": None, "sources": ["curated.ttl:20"],
            "concept_iri": "https://w3id.org/aie-kg/aie/concept/sparse-model"} in found["relations"]
    architecture = next(r for r in found["relations"] if r["concept"] == "model architecture")  # "MoE is a model architecture"
    assert architecture["how"] == "stated" and architecture["reading"] == ["phrase"]


def test_show_csv_has_a_header_and_incoming_rows(built: Workspace) -> None:
    result = run(built, "show", "sentiment analysis", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert rows == [{"direction": "out", "relation": "isA", "concept": "non-generative task", "stated": "True",
                     "how": "stated", "reading": "phrase", "rule": "", "sources": "notes/ai-engineering-notes.md:23",
                     "concept_iri": "https://w3id.org/aie-kg/aie/concept/non-generative-task"},
                    {"direction": "in", "relation": "usedFor", "concept": "masked language model", "stated": "True",
                     "how": "stated", "reading": "phrase", "rule": "", "sources": "notes/ai-engineering-notes.md:23",
                     "concept_iri": "https://w3id.org/aie-kg/aie/concept/masked-language-model"}]


def test_show_asserted(built: Workspace) -> None:
    result = run(built, "show", "transformer", "--asserted")
    assert result.exit_code == 0 and "inferred" not in result.stdout and "decoder" in result.stdout


# ---------------------------------------------------------------- query

def test_query_with_a_wildcard_object(built: Workspace) -> None:
    result = run(built, "query", "transformer", "contains", "?")
    assert result.exit_code == 0
    rows = {line.split("  ")[0].strip(): line for line in table_lines(result)[2:] if not line.startswith(" ")}
    assert {"transformer block", "attention module", "MLP module", "encoder", "decoder"} <= set(rows)
    assert "stated" in rows["encoder"] and "inferred" in rows["attention module"]
    assert all(len(line) <= 80 for line in table_lines(result))


def test_query_json_rows_say_stated_or_inferred(built: Workspace) -> None:
    result = run(built, "query", "?", "isA", "sparse model", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{
        "subject": "mixture of experts", "relation": "isA", "object": "sparse model", "stated": True, "how": "stated",
        "reading": [], "rule": None, "sources": ["curated.ttl:20"], "subject_iri": "https://w3id.org/aie-kg/aie/concept/mixture-of-experts",
        "object_iri": "https://w3id.org/aie-kg/aie/concept/sparse-model"}]
    inferred = json.loads(run(built, "query", "transformer", "contains", "attention", "-f", "json").stdout)
    assert inferred[0]["stated"] is False and inferred[0]["rule"].startswith("transitive: ")


def test_query_csv_and_asserted(built: Workspace) -> None:
    result = run(built, "query", "MoE", "?", "?", "--format", "csv", "--asserted")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert list(rows[0]) == ["subject", "relation", "object", "stated", "how", "reading", "rule", "sources", "subject_iri", "object_iri"]
    # sitting under the heading "Model Size" no longer relates MoE to model size: its definition never says so
    assert {(r["relation"], r["object"]) for r in rows} == {("isA", "model architecture"), ("isA", "sparse model"),
                                                           ("uses", "expert network")}


def test_query_that_matches_nothing_exits_1(built: Workspace) -> None:
    result = run(built, "query", "attention module", "contains", "transformer")
    assert result.exit_code == 1 and result.stderr.startswith("Error: no relation matches")


def test_a_misspelt_relation_is_a_usage_error_with_the_names_it_is_close_to(built: Workspace) -> None:
    result = run(built, "query", "transformer", "contain", "?")
    assert result.exit_code == 2 and "no relation named 'contain'; did you mean contains?" in result.stderr
    result = run(built, "query", "MoE", "kindOf", "?")  # close to none: every name is listed
    assert result.exit_code == 2 and "no relation named 'kindOf'; relations: contains," in result.stderr


@pytest.mark.parametrize("name", ['quote " inside', "} ; DROP ALL ; {", 'x" } INSERT DATA { <a:b> <a:c> <a:d> } #',
                                  "{braces}", "back\\slash", "new\nline", "?s ?p ?o"])
def test_hostile_names_exit_1_and_leave_the_graph_alone(built: Workspace, name: str) -> None:
    before = built.dataset.read_bytes()
    count = run(built, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv").stdout
    for args in (["show", name], ["query", name, "?", "?"], ["query", "?", "?", name], ["path", name, "MoE"]):
        result = run(built, *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith("Error: no concept named"), result.stderr
        assert "Traceback" not in result.output
    assert built.dataset.read_bytes() == before
    assert run(built, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv").stdout == count


# ---------------------------------------------------------------- path

def test_path_prints_chains_with_directions_and_sources(built: Workspace) -> None:
    result = run(built, "path", "MoE", "dense model")
    assert result.exit_code == 0
    assert "mixture of experts -isA-> sparse model -contrastsWith-> dense model" in result.stdout.splitlines()
    assert "  sparse model contrastsWith dense model  (notes/ai-engineering-notes.md:78)" in result.stdout.splitlines()


def test_path_json_and_options(built: Workspace) -> None:
    result = run(built, "path", "transformer", "attention module", "--rel", "contains", "--format", "json")
    assert result.exit_code == 0
    [found] = json.loads(result.stdout)
    assert found["length"] == 2
    assert found["hops"][0] == {"from": "transformer architecture", "arrow": "-contains->", "to": "transformer block",
                                "stated_as": "transformer block partOf transformer architecture",
                                "sources": ["notes/ai-engineering-notes.md:69"],
                                "from_iri": "https://w3id.org/aie-kg/aie/concept/transformer-architecture",
                                "to_iri": "https://w3id.org/aie-kg/aie/concept/transformer-block"}
    assert run(built, "path", "MoE", "dense model", "--rel", "isA,contrastsWith", "-f", "csv").stdout.count("\n") == 2
    result = run(built, "path", "MoE", "dense model", "--max-length", "1")
    assert result.exit_code == 1 and "no path of at most 1 hops" in result.stderr


# ---------------------------------------------------------------- search

def test_search_finds_through_typos(built: Workspace) -> None:
    result = run(built, "search", "autogregresive")
    assert result.exit_code == 0
    assert table_lines(result)[2].startswith("autoregressive language model")
    rows = json.loads(run(built, "search", "mixture", "of", "experts", "-f", "json").stdout)
    assert rows[0]["label"] == "mixture of experts" and rows[0]["field"] == "label"
    assert set(rows[0]) == {"label", "class", "score", "field", "text", "iri"}


def test_search_with_no_match_exits_1(built: Workspace) -> None:
    result = run(built, "search", "qqqzzz")
    assert result.exit_code == 1 and result.stderr == "Error: nothing matches 'qqqzzz'\n"


# ---------------------------------------------------------------- sparql

def test_sparql_select_json_is_the_sparql_results_format(built: Workspace) -> None:
    result = run(built, "sparql", "SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind } ORDER BY ?kind", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"head": {"vars": ["kind"]}, "results": {"bindings": [
        {"kind": {"type": "uri", "value": "https://w3id.org/aie-kg/aie/concept/model-architecture"}},
        {"kind": {"type": "uri", "value": "https://w3id.org/aie-kg/aie/concept/sparse-model"}}]}}
    table = run(built, "sparql", "SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind } ORDER BY ?kind")
    assert table_lines(table) == ["kind", "-" * 22, "aie:model-architecture", "aie:sparse-model"]


def test_sparql_literals_and_csv(built: Workspace) -> None:
    query = 'SELECT ?label WHERE { ?c skos:altLabel "MoE"@en ; skos:prefLabel ?label }'
    assert run(built, "sparql", query, "-f", "csv").stdout == "label\nmixture of experts\n"
    found = json.loads(run(built, "sparql", query, "-f", "json").stdout)
    assert found["results"]["bindings"][0]["label"] == {"type": "literal", "value": "mixture of experts", "xml:lang": "en"}


def test_sparql_ask_exit_codes(built: Workspace) -> None:
    yes = run(built, "sparql", "ASK { aie:seq2seq kg:uses aie:rnn }")
    assert yes.exit_code == 0 and table_lines(yes)[-1] == "true"
    no = run(built, "sparql", "ASK { aie:rnn kg:uses aie:seq2seq }", "-f", "json")
    assert no.exit_code == 1 and json.loads(no.stdout) == {"head": {}, "boolean": False}


def test_sparql_construct_prints_turtle_and_reads_files(built: Workspace, tmp_path: Path) -> None:
    text = "CONSTRUCT { ?s kg:isA aie:sparse-model } WHERE {\n  ?s kg:isA aie:sparse-model\n}\n"
    (tmp_path / "q.rq").write_text(text, encoding="utf-8")
    for result in (run(built, "sparql", "--file", str(tmp_path / "q.rq")), run(built, "sparql", "-i", "-", input=text)):
        assert result.exit_code == 0
        assert "aie:mixture-of-experts kg:isA aie:sparse-model ." in result.stdout
        assert result.stdout.startswith("@prefix")


def test_sparql_errors(built: Workspace, tmp_path: Path) -> None:
    (tmp_path / "bad.rq").write_text("SELECT *\nWHERE {\n  ?s ?p ?o FILTER(?o = ) }\n", encoding="utf-8")
    result = run(built, "sparql", "--file", str(tmp_path / "bad.rq"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: SPARQL syntax error at line 3, column ")
    assert len(result.stderr.splitlines()) == 1
    result = run(built, "sparql", "DROP ALL")
    assert result.exit_code == 1 and "only reads" in result.stderr
    assert run(built, "sparql", "ASK { ?s ?p ?o }").exit_code == 0  # the graph is still there
    result = run(built, "sparql", "SELECT ?s WHERE { ?s kg:isA aie:nothing-here }")
    assert result.exit_code == 1 and result.stderr == "Error: the query matched nothing\n"


# ---------------------------------------------------------------- stats

def test_stats_table_json_csv(built: Workspace) -> None:
    table = run(built, "stats")
    assert table.exit_code == 0 and all(len(line) <= 80 for line in table_lines(table))
    found = json.loads(run(built, "stats", "-f", "json").stdout)
    assert set(found) == {"concepts", "topics", "statements", "classes", "relations", "files", "without_relations", "without_definition"}
    # isA of a phrase only met in prose needs a noun to narrow it ("output token"), no adjective: 18 today
    assert found["files"]["curated.ttl"] == 6 and found["relations"]["isA"]["stated"] >= 15
    rows = list(csv.DictReader(io.StringIO(run(built, "stats", "-f", "csv").stdout)))
    assert {"section": "total", "name": "concepts", "count": str(found["concepts"]), "inferred": ""} in rows
    assert {r["name"] for r in rows if r["section"] == "no definition"} == set(found["without_definition"])


# ---------------------------------------------------------------- what a query process imports

@pytest.mark.parametrize("args", [["--help"], ["show", "transformer"], ["query", "transformer", "contains", "?"],
                                  ["path", "MoE", "dense model"], ["quiz", "--help"], ["export", "--help"]])
def test_queries_import_no_heavy_library(built: Workspace, args: list[str]) -> None:
    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import cli
        result = CliRunner().invoke(cli.cli, {["--data", str(built.data), "--exports", str(built.exports), *args]!r})
        assert result.exit_code == 0, result.output
        print(" ".join(sorted(m for m in {HEAVY!r} if m in sys.modules)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parents[1],
                          env={"PATH": "", "PYTHONPATH": str(Path(__file__).parents[1])})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


# ---------------------------------------------------------------- a large workspace, on disk

def test_synthetic_workspace_served_from_the_on_disk_store(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.pop(0)
    workspace = synthetic.workspace(tmp_path, 120)
    notes = sorted(workspace.notes.glob("*.md"))
    assert notes and notes[0].read_text(encoding="utf-8").lstrip().startswith("# Synthetic Notes")
    names = synthetic.concepts(120, __import__("random").Random(7))
    first, other = names[0].label, names[60].label
    args = ["--data", str(workspace.data), "--exports", str(workspace.exports), "--store", "oxigraph"]
    env = {"KG_ENDPOINT": None}
    shown = CliRunner().invoke(cli, [*args, "show", first], env=env)
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[0] == first
    assert (workspace.exports / ".kg-store" / "db").is_dir()
    found = CliRunner().invoke(cli, [*args, "path", first, other, "-f", "json"], env=env)
    assert found.exit_code in (0, 1), found.output
    if found.exit_code == 0:
        assert json.loads(found.stdout)[0]["hops"][0]["from"] == first
    memory = CliRunner().invoke(cli, [*args[:4], "--store", "memory", "query", first, "?", "?", "-f", "json"], env=env)
    disk = CliRunner().invoke(cli, [*args, "query", first, "?", "?", "-f", "json"], env=env)
    assert disk.exit_code == memory.exit_code == 0 and json.loads(disk.stdout) == json.loads(memory.stdout)


def test_path_prefers_chains_that_say_how_over_related_to(built: Workspace, tmp_path: Path) -> None:
    """Two chains of two hops join MoE and dense model; the one through isA and contrastsWith comes first."""
    shutil.copytree(built.data, tmp_path / "data")
    with open(tmp_path / "data" / "curated.ttl", "a", encoding="utf-8") as curated:  # a second chain, of relatedTo
        curated.write("aie:mixture-of-experts kg:relatedTo aie:model-size .\naie:model-size kg:relatedTo aie:dense-model .\n")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(workspace, page=False)
    result = run(workspace, "path", "MoE", "dense model")
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first == "mixture of experts -isA-> sparse model -contrastsWith-> dense model"
    assert "-relatedTo->" in result.stdout  # the other chain is still listed, after it
