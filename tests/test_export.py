"""`kg export`: every format from the shipped graph, read back by a second, independent reader
(rdflib for RDF, networkx for GraphML and GEXF); escaping in diagrams; atomic, failing writes."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

import kg
from cli import cli
from kg.outputs import export as exporting
from kg.outputs.graphfiles import dot_string, mermaid_text, write_dot, write_mermaid
from kg.graph.view import GraphView, ViewEdge, ViewNode, view_of
from kg.workspace import Workspace

TRIPLE_FORMATS = {"turtle": ("ttl", "turtle"), "ntriples": ("nt", "nt"), "jsonld": ("jsonld", "json-ld"), "rdfxml": ("rdf", "xml")}
QUAD_FORMATS = {"nquads": ("nq", "nquads"), "trig": ("trig", "trig")}
OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
              "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


@pytest.fixture(scope="module")
def exported(built: Workspace, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every format of the shipped graph, written once through the CLI into one folder."""
    folder = tmp_path_factory.mktemp("exported")
    written = {}
    for fmt in exporting.formats():
        result = run(built, "export", "-f", fmt, "-o", str(folder))
        assert result.exit_code == 0, result.output
        written[fmt] = sorted(folder.glob(f"aie*.{exporting.writer(fmt).extension}"))
    return written


def test_every_format_is_listed_in_the_help(built: Workspace) -> None:
    text = run(built, "export", "--help").output
    for fmt in exporting.formats():
        assert re.search(rf"^\s+{fmt}\s+aie\.", text, re.M), f"{fmt} is not described in `kg export --help`"


def test_turtle_is_byte_for_byte_the_file_build_writes(built: Workspace, exported: dict[str, list[Path]]) -> None:
    assert exported["turtle"][0].read_bytes() == built.turtle.read_bytes()
    assert exported["trig"][0].read_bytes() == built.dataset.read_bytes()


def test_the_on_disk_store_exports_the_same_bytes(built: Workspace, tmp_path: Path) -> None:
    workspace = Workspace.at(built.data, tmp_path / "exports")
    kg.build(workspace, page=False)
    result = CliRunner().invoke(cli, ["--data", str(built.data), "--exports", str(workspace.exports), "--store", "oxigraph",
                                      "export", "-f", "trig", "-o", str(tmp_path / "out.trig")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.trig").read_bytes() == built.dataset.read_bytes()


def test_stdout_gets_the_same_bytes_as_the_file(built: Workspace, exported: dict[str, list[Path]]) -> None:
    result = CliRunner().invoke(cli, ["--data", str(built.data), "--exports", str(built.exports), "export", "-f", "jsonld", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout_bytes == exported["jsonld"][0].read_bytes()


@pytest.mark.parametrize("fmt", [*TRIPLE_FORMATS, *QUAD_FORMATS])
def test_rdf_exports_read_the_same_with_a_second_parser(fmt: str, graph: kg.KnowledgeGraph, exported: dict[str, list[Path]]) -> None:
    extension, rdflib_format = {**TRIPLE_FORMATS, **QUAD_FORMATS}[fmt]
    path = exported[fmt][0]
    ours = list(ox.parse(path=str(path), format=OX_FORMATS[extension]))  # Quads, in the default graph for triple formats
    if fmt in QUAD_FORMATS:
        theirs = rdflib.Dataset()
        theirs.parse(path, format=rdflib_format)
        count = sum(1 for _ in theirs.quads((None, None, None, None)))
        assert len(ours) == count == len(graph.store)
        assert set(ours) == set(graph.store), "every quad, provenance and named graphs, is kept"
    else:
        theirs = rdflib.Graph().parse(path, format=rdflib_format)
        expected = exporting.ExportData(graph).triples
        assert len(ours) == len(theirs) == len(expected)
        assert {ox.Triple(q.subject, q.predicate, q.object) for q in ours} == expected


def test_jsonld_has_a_context_of_short_readable_keys(exported: dict[str, list[Path]]) -> None:
    document = json.loads(exported["jsonld"][0].read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["prefLabel"] == {"@id": "skos:prefLabel", "@language": "en"}
    assert context["isA"] == {"@id": "kg:isA", "@type": "@id"}
    moe = next(node for node in document["@graph"] if node["id"] == "aie:mixture-of-experts")
    assert moe["prefLabel"] == "mixture of experts"
    assert moe["type"] == "Architecture"
    assert "aie:sparse-model" in moe["isA"]
    assert not any(key.startswith("http") for node in document["@graph"] for key in node), "every key is short"


def test_graphml_and_gexf_keep_every_node_edge_and_label(graph: kg.KnowledgeGraph, exported: dict[str, list[Path]]) -> None:
    view = view_of(graph)
    labels = {node.id: node.label for node in view.nodes}
    edges = sorted((e.source, e.target, e.relation) for e in view.edges)
    for read in (nx.read_graphml, nx.read_gexf):
        loaded = read(exported["graphml" if read is nx.read_graphml else "gexf"][0])
        assert {n: d["label"] for n, d in loaded.nodes(data=True)} == labels
        assert sorted((s, t, d["relation"]) for s, t, d in loaded.edges(data=True)) == edges
        moe = loaded.nodes["https://w3id.org/aie-kg/aie/concept/mixture-of-experts"]
        assert moe["class"] == "Architecture" and "MoE" in moe["aliases"]


def test_graphml_carries_yed_labels(exported: dict[str, list[Path]]) -> None:
    text = exported["graphml"][0].read_text(encoding="utf-8")
    assert 'yfiles.type="nodegraphics"' in text
    assert "<y:NodeLabel>mixture of experts</y:NodeLabel>" in text
    assert "<y:EdgeLabel>isA</y:EdgeLabel>" in text


def test_csv_has_neo4j_admin_headers_and_every_node_and_edge(graph: kg.KnowledgeGraph, exported: dict[str, list[Path]]) -> None:
    nodes_path, edges_path = sorted(exported["csv"], key=lambda p: "edges" not in p.name)[::-1]
    assert nodes_path.name == "aie.nodes.csv" and edges_path.name == "aie.edges.csv"
    nodes = list(csv.reader(nodes_path.open(encoding="utf-8")))
    edges = list(csv.reader(edges_path.open(encoding="utf-8")))
    assert nodes[0][:3] == ["id:ID", "label", ":LABEL"]
    assert edges[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    view = view_of(graph)
    assert len(nodes) - 1 == len(view.nodes) and len(edges) - 1 == len(view.edges)
    ids = {row[0] for row in nodes[1:]}
    assert all(row[0] in ids and row[1] in ids for row in edges[1:]), "every edge joins two nodes of the file"


def test_csv_to_a_base_name_writes_two_files_beside_it(built: Workspace, tmp_path: Path) -> None:
    result = run(built, "export", "-f", "csv", "-o", str(tmp_path / "graph.csv"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.edges.csv", "graph.nodes.csv"]


def test_mermaid_around_a_term_is_a_small_flowchart(built: Workspace) -> None:
    result = run(built, "export", "-f", "mermaid", "--around", "MoE", "--depth", "1", "-o", "-")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "flowchart LR"
    nodes = [line for line in lines if re.match(r'\s+n\d+\["', line)]
    assert '["mixture of experts"]' in result.stdout and '["sparse model"]' in result.stdout
    assert 2 < len(nodes) < 15
    assert any("-->|isA|" in line for line in lines)


def test_dot_around_a_term(built: Workspace) -> None:
    result = run(built, "export", "-f", "dot", "--around", "transformer block", "--depth", "1", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("digraph aie {") and result.stdout.rstrip().endswith("}")
    assert '[label="contains"]' in result.stdout
    assert result.stdout.count(" -> ") < 20


def test_around_does_not_apply_to_rdf(built: Workspace) -> None:
    result = run(built, "export", "-f", "turtle", "--around", "MoE")
    assert result.exit_code == 1
    assert "--around" in result.output and "mermaid" in result.output


def test_around_an_unknown_term_suggests_labels(built: Workspace) -> None:
    result = run(built, "export", "-f", "mermaid", "--around", "recurrent neural network", "-o", "-")
    assert result.exit_code == 0 and '["RNN"]' in result.stdout, "an alias, in the singular, resolves"
    result = run(built, "export", "-f", "mermaid", "--around", "mixtur of experts", "-o", "-")
    assert result.exit_code == 1 and "did you mean" in result.output


HOSTILE = 'a "quoted" <b>bold</b> & #amp; `code` [x] (y) {z} | pipe\nnew line \\ back'


def hostile_view() -> SimpleNamespace:
    nodes = [ViewNode("https://example.org/a", HOSTILE, "Concept", definition=HOSTILE), ViewNode('https://example.org/"b"', "end", "Tool")]
    return SimpleNamespace(view=GraphView(nodes, [ViewEdge(nodes[0].id, nodes[1].id, "uses")]))


def test_mermaid_escapes_what_it_would_read_as_syntax() -> None:
    escaped = mermaid_text(HOSTILE)
    assert not set('"<>&`[](){}|\n') & set(escaped)
    assert escaped.startswith("a #34;quoted#34; #60;b#62;bold")
    assert "#35;amp;" in escaped, "a literal '#amp;' stays text, not an entity"
    out = __import__("io").BytesIO()
    write_mermaid(hostile_view(), out)  # type: ignore[arg-type]
    text = out.getvalue().decode()
    assert re.search(r'^    n0\["[^"\n]*"\]$', text, re.M) and '    n1["end"]' in text
    assert "    n0 -->|uses| n1" in text


def test_dot_escapes_quotes_backslashes_and_line_breaks() -> None:
    assert dot_string('say "hi"\\n\nnext') == '"say \\"hi\\"\\\\n\\nnext"'
    out = __import__("io").BytesIO()
    write_dot(hostile_view(), out)  # type: ignore[arg-type]
    text = out.getvalue().decode()
    assert '"https://example.org/\\"b\\""' in text
    assert all(line.count('"') % 2 == 0 or '\\"' in line for line in text.splitlines())


# ---------------------------------------------------------------- bad input and failing writes


def test_an_unknown_format_is_a_usage_error_listing_the_known_ones(built: Workspace) -> None:
    result = run(built, "export", "-f", "yaml")
    assert result.exit_code == 2
    for fmt in ("turtle", "jsonld", "graphml", "csv", "mermaid"):
        assert fmt in result.output
    with pytest.raises(kg.KGError, match="no export format named 'yaml'; formats: turtle, "):
        exporting.writer("yaml")


def test_csv_cannot_go_to_stdout(built: Workspace) -> None:
    result = run(built, "export", "-f", "csv", "-o", "-")
    assert result.exit_code == 1 and "2 files" in result.output


def test_an_unwritable_path_is_an_error_and_changes_nothing(built: Workspace, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("old", encoding="utf-8")
    result = run(built, "export", "-f", "turtle", "-o", str(blocker / "aie.ttl"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "cannot write" in result.output and "Traceback" not in result.output
    assert blocker.read_text(encoding="utf-8") == "old"


def test_no_built_graph_says_to_build_first(tmp_path: Path) -> None:
    result = run(Workspace.at(tmp_path / "data", tmp_path / "exports"), "export", "-f", "turtle")
    assert result.exit_code == 1 and "kg build" in result.output


def test_a_failed_export_leaves_the_old_file_whole(tmp_path: Path, repo: Path) -> None:
    """RDF/XML cannot hold a control character: the export fails midway, the old file stays."""
    shutil.copytree(repo / "data", tmp_path / "data")
    (tmp_path / "data" / "odd.ttl").write_text(
        '@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        'aie:tokenization skos:scopeNote "bell \\u0007 here" .\n', encoding="utf-8")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(workspace, page=False)
    old = workspace.exports / "aie.rdf"
    old.write_bytes(b"old export")
    result = run(workspace, "export", "-f", "rdfxml")
    assert result.exit_code == 1 and "control characters" in result.output
    assert old.read_bytes() == b"old export"
    assert [p.name for p in workspace.exports.iterdir() if p.name.endswith(".tmp")] == [], "no temporary file left"
    assert run(workspace, "export", "-f", "turtle").exit_code == 0, "formats that can hold it still work"
