"""The Python API as a notebook uses it: kg.build, kg.load, resolve, kg.describe, SPARQL over the
union of the graphs, and the graph as networkx and rdflib objects, checked against what the
command line and the files `kg build` wrote say of the same graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

import kg
from kg.query import patterns
from kg.query import stats as counts
from kg.workspace import Workspace

CONCEPT = "https://w3id.org/aie-kg/aie/concept/"
KG = "https://w3id.org/aie-kg/vocab#"


def test_import_kg_and_a_lookup_load_no_heavy_library(built: Workspace) -> None:
    """`import kg` stays cheap; networkx and rdflib load only when a conversion asks for them."""
    script = f"""
import sys
import kg
before = sorted(m for m in ("pyoxigraph", "networkx", "rdflib") if m in sys.modules)
graph = kg.load(kg.Workspace.at({str(built.data)!r}, {str(built.exports)!r}))
kg.describe(graph, "MoE")
looked_up = sorted(m for m in ("networkx", "rdflib") if m in sys.modules)
graph.to_networkx()
graph.to_rdflib()
after = sorted(m for m in ("networkx", "rdflib") if m in sys.modules)
print(before, looked_up, after)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "[] [] ['networkx', 'rdflib']"


# ---------------------------------------------------------------- SPARQL over the union

def test_sparql_reads_the_union_where_the_store_alone_finds_no_concept(graph: kg.KnowledgeGraph) -> None:
    """The store's own default graph holds only provenance: queried as it is it knows no concept,
    which is why graph.sparql asks the union."""
    kinds = "SELECT ?kind WHERE { ?c kg:isA ?kind } ORDER BY ?kind"
    moe = graph.resolve("MoE")
    assert list(graph.store.query(kinds, prefixes=graph.prefixes())) == []
    assert [row["kind"].value for row in graph.sparql(kinds, c=moe)] == [CONCEPT + "model-architecture", CONCEPT + "sparse-model"]
    assert bool(graph.sparql("ASK { aie:mixture-of-experts kg:isA aie:sparse-model }"))
    built = graph.sparql("CONSTRUCT { ?c kg:isA ?kind } WHERE { ?c kg:isA ?kind }", c=moe)
    assert {(t.subject, t.object.value) for t in built} == {(moe, CONCEPT + "model-architecture"), (moe, CONCEPT + "sparse-model")}


def test_sparql_bindings_are_values_never_query_text(graph: kg.KnowledgeGraph) -> None:
    labels = "SELECT ?c WHERE { ?c skos:prefLabel ?label }"
    english = ox.Literal("mixture of experts", language="en")
    assert [row["c"] for row in graph.sparql(labels, label=english)] == [graph.resolve("MoE")]
    hostile = '" } } ; DROP ALL ; SELECT * WHERE { ?c ?p "'
    assert list(graph.sparql(labels, label=hostile)) == []
    files = {row["file"].value for row in graph.sparql("SELECT ?file WHERE { ?g kg:file ?file ; kg:line ?line }", line=20)}
    assert files == {"curated.ttl"}  # no line 20 of the notes states anything
    with pytest.raises(ValueError):
        graph.sparql(labels, **{"label } ": "x"})
    with pytest.raises(SyntaxError):
        graph.sparql("SELECT ?c WHERE { ?c kg:isA }")


# ---------------------------------------------------------------- describe

def test_describe_gives_stated_and_inferred_relations_with_sources(graph: kg.KnowledgeGraph) -> None:
    found = kg.describe(graph, "transformer")
    assert found == kg.describe(graph, graph.resolve("transformer architecture"))
    assert found.as_json() == patterns.describe(graph, "transformer").as_json()  # what `kg show` prints
    rows = {(r["relation"], r["concept"]): r for r in found.relations}
    assert rows[("contains", "decoder")]["how"] == "stated"
    assert rows[("contains", "decoder")]["sources"] == ["notes/ai-engineering-notes.md:58"]
    assert rows[("contains", "attention module")]["how"] == "inferred"
    assert rows[("contains", "attention module")]["rule"].startswith("transitive: transformer architecture contains transformer block")
    stated = kg.describe(graph, "transformer", inferred=False)
    assert {r["how"] for r in stated.relations} <= {"stated", "structural", "weak"}
    with pytest.raises(kg.UnknownConceptError, match="did you mean"):
        kg.describe(graph, "transformr architecture")


# ---------------------------------------------------------------- networkx

def test_to_networkx_holds_the_concepts_and_statements_kg_stats_counts(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    found = graph.to_networkx()
    stats = counts.stats(graph)
    assert isinstance(found, nx.MultiDiGraph)
    assert (found.number_of_nodes(), found.number_of_edges()) == (stats["concepts"], stats["statements"])
    assert set(found) == {c.value for c in graph.concepts(topics=False)}
    moe = graph.resolve("MoE").value
    assert found.nodes[moe] == {
        "label": "mixture of experts", "class": "Architecture", "classes": ["Architecture"], "iri": moe,
        "aliases": ["MoE"], "definition": graph.definition(graph.resolve("MoE")),
        "sources": ["notes/ai-engineering-notes.md:77"]}
    assert found.edges[moe, CONCEPT + "sparse-model", "isA"] == {
        "relation": "isA", "iri": KG + "isA", "sources": ["curated.ttl:20"], "how": "stated", "reading": [],
        "inferred": False, "rule": None}
    # two relations between the same two concepts are two edges, keyed by relation
    relations: dict[tuple[str, str], set[str]] = {}
    for edge in graph.statements():
        relations.setdefault((edge.subject.value, edge.object.value), set()).add(edge.relation)
    assert relations[(CONCEPT + "transformer-architecture", CONCEPT + "attention-mechanism")] == {"relatedTo", "uses"}
    assert all(set(found[u][v]) == names for (u, v), names in relations.items())
    path = nx.shortest_path(found, moe, CONCEPT + "dense-model")
    assert [found.nodes[n]["label"] for n in path] == ["mixture of experts", "sparse model", "dense model"]


def test_to_networkx_adds_inferred_statements_on_request(graph: kg.KnowledgeGraph) -> None:
    stated, everything = graph.to_networkx(), graph.to_networkx(inferred=True)
    inferred = [(u, v, k, d) for u, v, k, d in everything.edges(keys=True, data=True) if d["inferred"]]
    stats = counts.stats(graph)
    assert len(inferred) == sum(r["inferred"] for r in stats["relations"].values()) > 0
    assert everything.number_of_edges() == stated.number_of_edges() + len(inferred)
    assert all(d["how"] == "inferred" and d["rule"] and d["sources"] for *_, d in inferred)
    transformer = CONCEPT + "transformer-architecture"
    edge = everything.edges[transformer, CONCEPT + "attention-module", "contains"]
    assert edge["rule"] == ("transitive: transformer architecture contains transformer block (inverse of partOf), "
                            "transformer block contains attention module")
    assert edge["sources"] == ["notes/ai-engineering-notes.md:69"]
    # every inferred fact `kg query` gives between concepts is an edge, and nothing more
    facts = {(f.subject.value, f.relation, f.object.value) for f in patterns.match(graph, None, None, None) if not f.stated}
    concepts = set(everything)
    assert {(u, k, v) for u, v, k, _d in inferred} == {(s, r, o) for s, r, o in facts if s in concepts and o in concepts}


def test_to_networkx_keeps_every_source_of_a_statement_read_twice(stated_twice: Path, tmp_path: Path) -> None:
    workspace = Workspace.at(stated_twice, tmp_path / "exports")
    result = kg.build(workspace, page=False)
    found = kg.load(workspace).to_networkx()
    assert found.number_of_edges() == result.statements == 3
    edge = found.edges[CONCEPT + "mixture-of-experts", CONCEPT + "sparse-model", "isA"]
    assert edge["sources"] == ["curated.ttl:4", "notes/sparse.md:4"] and edge["reading"] == ["inline-field"]
    assert "https://example.org/not-a-concept" not in found


# ---------------------------------------------------------------- rdflib

def test_to_rdflib_is_the_dataset_and_the_union_kg_build_wrote(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    dataset = graph.to_rdflib()
    assert isinstance(dataset, rdflib.Dataset)
    written = rdflib.Dataset()
    written.parse(built.dataset, format="trig")

    def graphs(d: rdflib.Dataset) -> dict[str, set]:
        return {str(g.identifier): set(g) for g in d.graphs() if len(g)}

    assert graphs(dataset) == graphs(written)
    assert len(graphs(dataset)) > 100  # a graph per source line, and the provenance
    provenance = dataset.query("SELECT ?file ?line WHERE { GRAPH ?g { aie:mixture-of-experts kg:isA aie:sparse-model } "
                               "?g kg:file ?file ; kg:line ?line }")
    assert [(str(r.file), int(r.line)) for r in provenance] == [("curated.ttl", 20)]

    union = graph.to_rdflib(union=True)
    assert isinstance(union, rdflib.Graph) and not isinstance(union, rdflib.Dataset)
    assert set(union) == {(s, p, o) for s, p, o, _g in written.quads((None, None, None, None))}
    provenance_free = set(rdflib.Graph().parse(built.turtle, format="turtle"))  # aie.ttl: all but the provenance
    assert provenance_free < set(union)
    assert {p for _s, p, _o in set(union) - provenance_free} <= {rdflib.URIRef(KG + name) for name in ("file", "line", "method", "rule", "tier", "digest")} | {
        rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")}
    turtle = union.serialize(format="turtle")
    assert "@prefix aie: <https://w3id.org/aie-kg/aie/concept/>" in turtle
    assert set(rdflib.Graph().parse(data=turtle, format="turtle")) == set(union)


def test_the_api_answers_as_the_command_line(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    from click.testing import CliRunner

    from cli import cli

    where = ["--data", str(built.data), "--exports", str(built.exports)]
    shown = json.loads(CliRunner().invoke(cli, [*where, "show", "MoE", "--format", "json"]).stdout)
    assert shown == kg.describe(graph, "MoE").as_json()
    answered = json.loads(CliRunner().invoke(cli, [*where, "sparql", "--format", "json",
                                                   "SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind } ORDER BY ?kind"]).stdout)
    assert [b["kind"]["value"] for b in answered["results"]["bindings"]] == [
        row["kind"].value for row in graph.sparql("SELECT ?kind WHERE { ?c kg:isA ?kind } ORDER BY ?kind", c=graph.resolve("MoE"))]
