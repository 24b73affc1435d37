"""`kg stats`: the counts made set by set (kg.query.stats) equal the counts made fact by fact by the
reasoner from a pass over every quad, as they were made before, on the shipped graph, a synthetic
one on both local backends and random graphs; `kg build` saves them and `kg stats` reads them,
never when aie.trig has changed since."""

from __future__ import annotations

import json
import marshal
import os
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from cli import cli
from kg.graph.infer import Reasoner
from kg.graph.knowledge import KnowledgeGraph
from kg.query import saved
from kg.query.stats import inferred_counts, stats
from kg.schema import vocab
from kg.source import Source
from kg.workspace import Workspace

A = "https://example.org/"


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports),
                                    "--store", workspace.store, *args], env={"KG_ENDPOINT": None})


def edges_quad_by_quad(graph: KnowledgeGraph) -> list[tuple[str, str, str, tuple[Source, ...]]]:
    """Every asserted relation from a pass over every quad, each graph's source looked up alone."""
    found: dict[tuple[str, str, str], set[Source]] = {}
    for quad in graph.store.quads_for_pattern(None, None, None, None):
        relation = vocab.relation_of(quad.predicate.value)
        if relation is None or not isinstance(quad.subject, ox.NamedNode) or not isinstance(quad.object, ox.NamedNode):
            continue
        sources = found.setdefault((quad.subject.value, relation.name, quad.object.value), set())
        if isinstance(quad.graph_name, ox.NamedNode):
            parts = {q.predicate.value.removeprefix(vocab.VOCAB): q.object.value
                     for q in graph.store.quads_for_pattern(quad.graph_name, None, None, ox.DefaultGraph())}
            if "file" in parts and "line" in parts:
                sources.add(Source(parts["file"], int(parts["line"]), parts.get("method", vocab.VOCAB + "Extracted").removeprefix(vocab.VOCAB),
                                   parts.get("rule", "")))
    return sorted((s, r, o, tuple(sorted(sources))) for (s, r, o), sources in found.items())


def stats_fact_by_fact(graph: KnowledgeGraph) -> dict[str, object]:
    """kg stats as it was counted before: the statements from a pass over every quad, and what
    inference adds as the reasoner lists it, fact by fact."""
    concepts = graph.concepts()
    classes = Counter(graph.class_of(c) for c in concepts)
    plain = {c.value for c in concepts if graph.class_of(c) != "Topic"}
    edges = [e for e in edges_quad_by_quad(graph) if e[0] in plain and e[2] in plain]
    inferred = Counter(fact.relation for fact in Reasoner(graph).inferred())
    stated = Counter(relation for _s, relation, _o, _sources in edges)
    defined = {q.subject.value for q in graph.store.quads_for_pattern(None, vocab.DEFINITION, None, None)}
    linked = {e[0] for e in edges} | {e[2] for e in edges}
    return {
        "concepts": len(plain), "topics": classes.get("Topic", 0), "statements": len(edges),
        "classes": dict(sorted(classes.items())),
        "relations": {r: {"stated": stated[r], "inferred": inferred[r]} for r in vocab.relations() if stated[r] or inferred[r]},
        "files": dict(sorted(Counter(source.file for *_, sources in edges for source in sources).items())),
        "without_relations": sorted(graph.label(ox.NamedNode(c)) for c in plain if c not in linked),
        "without_definition": sorted(graph.label(ox.NamedNode(c)) for c in plain if c not in defined),
    }


def test_the_whole_graph_s_edges_are_those_of_a_pass_over_every_quad(graph: KnowledgeGraph, synthetic_built: Workspace) -> None:
    for each in (graph, kg.load(synthetic_built)):
        fresh = KnowledgeGraph(each.store)
        assert [(e.subject.value, e.relation, e.object.value, e.sources) for e in fresh.edges()] == edges_quad_by_quad(fresh)


def test_edges_where_graphs_are_odd() -> None:
    """A relation in the default graph, one in a graph no description names, a graph described with
    no line, blank nodes and literals: the edges say what a lookup per graph said."""
    trig = f"""@prefix kg: <{vocab.VOCAB}> .
    <{A}a> kg:uses <{A}b> ; kg:isA "a literal" ; kg:isA _:blank .
    <{A}g1> kg:file "notes.md" ; kg:line 3 ; kg:rule "phrase" .
    <{A}g2> kg:file "notes.md" .
    <{A}g1> {{ <{A}a> kg:contains <{A}b> . <{A}b> kg:partOf <{A}a> . }}
    <{A}g2> {{ <{A}a> kg:contains <{A}b> . }}
    <{A}g3> {{ <{A}b> kg:relatedTo <{A}c> . _:x kg:uses <{A}c> . }}
    """
    graph = KnowledgeGraph(ox.Store())
    graph.store.load(trig.encode(), format=ox.RdfFormat.TRIG)
    found = [(e.subject.value, e.relation, e.object.value, e.sources) for e in graph.edges()]
    assert found == edges_quad_by_quad(graph)
    assert (f"{A}a", "contains", f"{A}b", (Source("notes.md", 3, "Extracted", "phrase"),)) in found


def test_stats_equal_the_count_fact_by_fact_on_the_shipped_graph(graph: KnowledgeGraph) -> None:
    fresh = KnowledgeGraph(graph.store)
    assert stats(fresh) == stats_fact_by_fact(KnowledgeGraph(graph.store))


def test_stats_equal_the_count_fact_by_fact_on_a_synthetic_graph_on_both_backends(synthetic_built: Workspace) -> None:
    for store in ("memory", "oxigraph"):
        workspace = synthetic_built._replace(store=store)
        expected = stats_fact_by_fact(kg.load(workspace))
        assert expected["relations"]["isA"]["inferred"] > 0 and expected["statements"] > 300
        assert stats(kg.load(workspace)) == expected, store


NODES = [ox.NamedNode(f"{A}n{i}") for i in range(7)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(NODES), st.sampled_from(sorted(vocab.relations())), st.sampled_from(NODES)),
                max_size=25),
       st.sets(st.sampled_from(NODES), max_size=7))
def test_inferred_counts_equal_the_reasoner_s_facts(edges: list, concepts: set) -> None:
    """Any relations among a few nodes, cycles and loops included, some nodes no concept: per
    relation, as many inferred facts as the reasoner lists."""
    quads = [ox.Quad(s, vocab.term(r), o, ox.NamedNode(f"{A}g")) for s, r, o in edges]
    quads += [ox.Quad(c, vocab.RDF_TYPE, vocab.term("Technique"), ox.DefaultGraph()) for c in concepts]
    graph = KnowledgeGraph.from_quads(quads)
    expected = Counter(fact.relation for fact in Reasoner(graph).inferred())
    assert inferred_counts(graph.edges(), set(concepts)) == expected


def test_kg_stats_reads_what_the_build_saved_and_only_for_that_aie_trig(copied: Workspace) -> None:
    counted = json.loads(run(copied, "stats", "-f", "json").stdout)
    assert counted == stats_fact_by_fact(kg.load(copied))
    made_from, found = marshal.loads(open(saved.stats_file(copied), "rb").read())
    assert found == counted and made_from == saved.stamp(copied, saved.STATS_FORM)
    found["concepts"] = 123456  # a saved answer is believed while its stamp holds
    with open(saved.stats_file(copied), "wb") as file:
        marshal.dump((made_from, found), file)
    assert json.loads(run(copied, "stats", "-f", "json").stdout)["concepts"] == 123456
    later = os.stat(copied.dataset).st_mtime_ns + 1_000_000_000
    os.utime(copied.dataset, ns=(later, later))  # aie.trig rewritten (by hand, by git): the graph answers
    assert json.loads(run(copied, "stats", "-f", "json").stdout) == counted
    with open(saved.stats_file(copied), "wb") as file:
        file.write(b"not marshal data")
    assert run(copied, "stats").stdout == run(copied._replace(store="oxigraph"), "stats").stdout


def test_stats_table_from_the_saved_answer_and_from_the_graph_are_one(synthetic_built: Workspace, tmp_path: Path) -> None:
    shutil.copytree(synthetic_built.exports, tmp_path / "exports")  # mtimes kept: the saved answer holds
    workspace = Workspace.at(synthetic_built.data, tmp_path / "exports")
    table = run(workspace, "stats")
    assert table.exit_code == 0 and saved.saved_stats(workspace) is not None
    os.utime(workspace.dataset)  # now no saved answer stands for it
    assert saved.saved_stats(workspace) is None
    assert run(workspace, "stats").stdout == table.stdout


@pytest.mark.parametrize("notes", ["shipped", "prompt-engineering-guide"])
def test_the_build_counts_the_quads_it_holds_as_it_counts_the_graph_read_back(notes: str, repo: Path, corpus: Path,
                                                                                tmp_path: Path) -> None:
    """A large graph built without the page is counted from the quads in memory that the counts read
    (kg.builder.counting_graph), not parsed back from aie.trig: the same concepts, statements and
    stats as the whole dataset's graph, and the same classes (the search index takes them)."""
    from kg.builder import counting_graph, counts, read

    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    if notes == "shipped":
        shutil.copytree(repo / "data", workspace.data)
    else:
        shutil.copytree(corpus / notes, workspace.notes, ignore=shutil.ignore_patterns("LICENSE*"))
    reading = read(workspace)
    dataset, counting = KnowledgeGraph.from_quads(reading.dataset()), counting_graph(reading.quads)
    whole = counts(dataset)
    assert whole[2]["without_definition"] and whole[2]["relations"] and whole[2]["files"]
    assert counts(counting) == whole
    assert {c: counting.class_of(c) for c in counting.concepts()} == {c: dataset.class_of(c) for c in dataset.concepts()}


def test_a_large_graph_s_build_saves_the_counts_of_the_graph_it_wrote(synthetic_built: Workspace, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size the memory backend serves (lowered here), `kg build --no-page` parses no graph
    back: what it reports and saves is what the graph it wrote counts, and the search index's
    concepts and the on-disk store's name index are classed as the store classes them."""
    import sqlite3

    import kg.builder
    from kg.query import search_index
    from kg.stores.backends import open_local
    import kg.stores.backends
    import kg.workspace

    for module in (kg.builder, kg.stores.backends, kg.workspace):
        monkeypatch.setattr(module, "AUTO_ABOVE", 10_000)
    workspace = Workspace.at(synthetic_built.data, tmp_path / "exports")
    parsed = []
    monkeypatch.setattr(KnowledgeGraph, "load", lambda path: parsed.append(path))  # type: ignore[misc]
    result = kg.build(workspace, page=False)
    assert workspace.backend() == "oxigraph" and (workspace.exports / ".kg-store").is_dir()
    index = sqlite3.connect(search_index.index_file(workspace))
    built = index.execute("SELECT * FROM concepts").fetchall()
    index.close()
    search_index.write(workspace, open_local(workspace))  # each class read from the store this time
    index = sqlite3.connect(search_index.index_file(workspace))
    assert index.execute("SELECT * FROM concepts").fetchall() == built and {row[3] for row in built} > {"Concept", "Topic"}
    index.close()
    store = open_local(workspace)  # its name index, written with the classes the build counted
    assert dict(store.name_index().items()) == KnowledgeGraph(store.store).name_index()
    monkeypatch.undo()
    assert not parsed
    graph = KnowledgeGraph.load(workspace.dataset)
    assert (result.concepts, result.statements) == (len(graph.concepts(topics=False)), len(graph.statements()))
    assert saved.saved_stats(workspace) == stats(graph) == stats_fact_by_fact(KnowledgeGraph.load(workspace.dataset))
