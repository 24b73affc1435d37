"""kg.query, kg.infer, kg.paths, kg.search and kg.sparql on the shipped graph and on small graphs
made for one rule: inference checked against a real OWL RL reasoner (owlrl), paths against a plain
breadth-first search, hostile names against an unchanged store."""

from __future__ import annotations

import json
import random
from collections import deque

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from cli import cli
from kg.query import paths
from kg.query import patterns as query
from kg.query import scoring, search
from kg.query import sparql
from kg.query import stats as counts
from kg.schema import vocab
from kg.errors import NothingFound, QueryError, UnknownConceptError
from kg.graph.infer import Reasoner, inverse_of
from kg.workspace import Workspace

# Names that must reach no concept and change nothing: quotes, braces, backslashes, newlines, and
# attempts to close a SPARQL string or group and run an update.
HOSTILE = ['quote " inside', 'it\'s a "trap"', "} ; DROP ALL ; {", 'x" } INSERT DATA { <a:b> <a:c> <a:d> } #',
           "{braces}", "back\\slash", "new\nline", "' OR '1'='1", "?s ?p ?o",
           "<https://w3id.org/aie-kg/aie/concept/mixture-of-experts>"]


def labels(graph: kg.KnowledgeGraph, facts: list) -> dict[str, object]:
    return {graph.label(f.object): f for f in facts}


# ---------------------------------------------------------------- the reasoner against owlrl

def owlrl_relations(turtle: rdflib.Graph, concepts: set[str]) -> set[tuple[str, str, str]]:
    """The kg: relation triples between concepts in the OWL RL closure of `turtle` plus the vocabulary.

    Reflexive triples (x r x, which a cycle of a transitive relation entails) are left out because
    kg leaves them out on purpose: "a transformer contains itself" tells nobody anything.
    """
    import owlrl

    merged = rdflib.Graph()
    for triple in turtle:
        merged.add(triple)
    merged.parse(vocab.schema_path("vocab.ttl"), format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(merged)
    names = {vocab.VOCAB + r: r for r in vocab.relations()}
    return {(str(s), names[str(p)], str(o)) for s, p, o in merged
            if str(p) in names and isinstance(s, rdflib.URIRef) and isinstance(o, rdflib.URIRef)
            and str(s) in concepts and str(o) in concepts and s != o}


def diff(ours: set, theirs: set) -> str:
    return f"only kg: {sorted(ours - theirs)[:10]}; only owlrl: {sorted(theirs - ours)[:10]}"


def test_inference_equals_owl_rl_closure_of_the_shipped_graph(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    result = CliRunner().invoke(cli, ["--data", str(built.data), "--exports", str(built.exports),
                                      "query", "?", "?", "?", "--format", "json"], env={"KG_ENDPOINT": None})
    assert result.exit_code == 0, result.output
    ours = {(row["subject_iri"], row["relation"], row["object_iri"]) for row in json.loads(result.output)}
    turtle = rdflib.Graph().parse(built.turtle, format="turtle")
    theirs = owlrl_relations(turtle, {c.value for c in graph.concepts()})
    assert ours == theirs, diff(ours, theirs)
    # Not a vacuous agreement: both hold inverse, symmetric and transitive consequences.
    stated = {(e.subject.value, e.relation, e.object.value) for e in graph.edges()}
    assert len(ours) > len(stated) + 100
    assert {r for _, r, _ in ours - stated} >= {"partOf", "hasKind", "contains", "relatedTo", "includedIn"}


def small_graph(edges: list[tuple[str, str, str]]) -> kg.KnowledgeGraph:
    """A graph of concepts n0, n1, ... and the given relations, each stated on a line of its own."""
    base = "https://example.org/c/"
    quads = []
    default = ox.DefaultGraph()
    nodes = sorted({s for s, _, _ in edges} | {o for _, _, o in edges})
    for name in nodes:
        quads.append(ox.Quad(ox.NamedNode(base + name), vocab.RDF_TYPE, vocab.term("Concept"), default))
        quads.append(ox.Quad(ox.NamedNode(base + name), vocab.PREF_LABEL, ox.Literal(name, language="en"), default))
    for line, (s, r, o) in enumerate(edges, 1):
        where = ox.NamedNode(f"https://example.org/src/notes.md#L{line}")
        quads.append(ox.Quad(ox.NamedNode(base + s), vocab.term(r), ox.NamedNode(base + o), where))
        quads.append(ox.Quad(where, vocab.term("file"), ox.Literal("notes.md"), default))
        quads.append(ox.Quad(where, vocab.term("line"), ox.Literal(str(line), datatype=ox.NamedNode(vocab.XSD + "integer")), default))
    return kg.KnowledgeGraph.from_quads(quads)


def closure(graph: kg.KnowledgeGraph) -> set[tuple[str, str, str]]:
    reasoner = Reasoner(graph)
    return {(f.subject.value, f.relation, f.object.value) for r in vocab.relations() for f in reasoner.closure(r)}


def test_inference_equals_owl_rl_on_random_graphs_with_cycles_and_mixed_directions() -> None:
    """Forty small random graphs, side by side in one graph (disjoint names), so owlrl runs once."""
    rng = random.Random(3)
    relations = ["isA", "hasKind", "contains", "partOf", "includes", "relatedTo", "contrastsWith", "uses", "usedBy",
                 "usedFor", "developedBy", "developed"]
    edges = []
    for component in range(40):
        nodes = [f"g{component}n{i}" for i in range(5)]
        for _ in range(rng.randint(2, 8)):
            s, o = rng.sample(nodes, 2)
            edges.append((s, rng.choice(relations), o))
    graph = small_graph(edges)
    turtle = rdflib.Graph()
    for s, r, o in edges:
        turtle.add((rdflib.URIRef("https://example.org/c/" + s), rdflib.URIRef(vocab.VOCAB + r), rdflib.URIRef("https://example.org/c/" + o)))
    ours = closure(graph)
    theirs = owlrl_relations(turtle, {c.value for c in graph.concepts()})
    assert ours == theirs, diff(ours, theirs)
    assert len(ours) > 2 * len(edges)


def test_a_cycle_of_a_transitive_relation_gives_no_reflexive_fact() -> None:
    graph = small_graph([("a", "contains", "b"), ("b", "contains", "c"), ("a", "partOf", "c")])
    facts = closure(graph)
    assert all(s != o for s, _, o in facts)
    base = "https://example.org/c/"
    assert (base + "c", "contains", base + "b") in facts  # c contains a (inverse), a contains b


def test_each_inferred_fact_names_its_rule_and_rests_on_stated_edges(graph: kg.KnowledgeGraph) -> None:
    found = labels(graph, query.pattern(graph, "transformer", "contains", "?"))
    block, attention = found["transformer block"], found["attention module"]
    assert not block.stated and block.rule(graph.label) == "inverse of partOf: transformer block partOf transformer architecture"
    assert [str(s) for s in block.sources] == ["notes/ai-engineering-notes.md:69"]
    assert attention.rule(graph.label) == ("transitive: transformer architecture contains transformer block "
                                           "(inverse of partOf), transformer block contains attention module")
    assert found["encoder"].stated and found["encoder"].rule(graph.label) is None
    symmetric = labels(graph, query.pattern(graph, "dense model", "contrastsWith", "?"))["sparse model"]
    assert symmetric.rule(graph.label).startswith("symmetric: sparse model contrastsWith dense model")


# ---------------------------------------------------------------- patterns

def test_the_design_cards_examples(graph: kg.KnowledgeGraph) -> None:
    contained = set(labels(graph, query.pattern(graph, "transformer", "contains", "?")))
    assert {"transformer block", "attention module", "MLP module", "encoder", "decoder"} <= contained
    assert "mixture of experts" in {graph.label(f.subject) for f in query.pattern(graph, "?", "isA", "sparse model")}
    moe = {(f.relation, graph.label(f.object)) for f in query.pattern(graph, "MoE", "?", "?")}
    assert ("isA", "sparse model") in moe and ("isA", "model architecture") in moe


def test_asserted_only_drops_every_inferred_fact(graph: kg.KnowledgeGraph) -> None:
    stated = query.pattern(graph, "transformer", "contains", "?", inferred=False)
    assert all(f.stated for f in stated)
    assert "transformer block" not in labels(graph, stated)
    with pytest.raises(NothingFound, match="no stated relation"):
        query.pattern(graph, "attention module", "partOf", "transformer", inferred=False)
    [inferred] = query.pattern(graph, "attention module", "partOf", "transformer")
    assert inferred.rule(graph.label).startswith("transitive: attention module partOf transformer block")


def test_bound_subject_and_object(graph: kg.KnowledgeGraph) -> None:
    [fact] = query.pattern(graph, "transformer", "contains", "attention")
    assert graph.label(fact.object) == "attention module" and not fact.stated
    with pytest.raises(NothingFound):
        query.pattern(graph, "attention module", "contains", "transformer")


@pytest.mark.parametrize("name, label", [("MoE", "mixture of experts"), ("Mixture Of Experts", "mixture of experts"),
                                         ("RNNs", "RNN"), ("recurrent neural networks", "RNN"), ("rnn's", "RNN"),
                                         ("transformer", "transformer architecture"), ("Transformers", "Transformers")])
def test_names_resolve_over_case_plural_and_possessive(graph: kg.KnowledgeGraph, name: str, label: str) -> None:
    assert graph.label(graph.resolve(name)) == label


def test_relation_names_are_case_insensitive_and_labels_work(graph: kg.KnowledgeGraph) -> None:
    assert query.relation_name("ISA") == "isA" and query.relation_name("part of") == "partOf"
    with pytest.raises(QueryError, match="no relation named 'kind of'"):
        query.pattern(graph, "MoE", "kind of", "?")


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_unknown_concepts_and_change_nothing(graph: kg.KnowledgeGraph, name: str) -> None:
    before = len(graph.store)
    for place in range(3):
        args = ["?", "?", "?"]
        args[place] = name
        with pytest.raises((UnknownConceptError, QueryError)) as raised:
            query.pattern(graph, *args)
        assert "no concept named" in str(raised.value) or "no relation named" in str(raised.value)
    with pytest.raises(UnknownConceptError, match="no concept named"):
        query.describe(graph, name)
    assert len(graph.store) == before


def test_an_ambiguous_name_lists_what_it_could_mean() -> None:
    graph = small_graph([("a", "uses", "b")])
    extra = [ox.Quad(ox.NamedNode("https://example.org/c/" + n), vocab.ALT_LABEL, ox.Literal("shared", language="en"), ox.DefaultGraph())
             for n in ("a", "b")]
    graph.store.extend(extra)
    graph = kg.KnowledgeGraph(graph.store)
    with pytest.raises(UnknownConceptError, match="ambiguous") as raised:
        graph.resolve("shared")
    assert raised.value.suggestions == ["a", "b"]


# ---------------------------------------------------------------- describe and stats

def test_describe_gives_labels_definition_sources_and_relations_both_ways(graph: kg.KnowledgeGraph) -> None:
    found = query.describe(graph, "transformer")
    assert (found.label, found.cls, found.aliases) == ("transformer architecture", "Architecture", ["transformer"])
    assert found.definition.startswith("The transformer architecture is a neural network design")
    assert found.sources == ["notes/ai-engineering-notes.md:58"]
    rows = {(r["direction"], r["relation"], r["concept"]): r for r in found.relations}
    assert rows[("out", "contains", "decoder")]["sources"] == ["notes/ai-engineering-notes.md:58"]
    assert rows[("out", "contains", "transformer block")]["rule"].startswith("inverse of partOf")
    analysis = query.describe(graph, "sentiment analysis")
    assert [(r["direction"], r["relation"], r["concept"]) for r in analysis.relations] == [
        ("out", "isA", "non-generative task"), ("in", "usedFor", "masked language model")]
    assert "autogregressive language model" in query.describe(graph, "autoregressive language model").hidden


def test_stats_add_up(graph: kg.KnowledgeGraph) -> None:
    found = counts.stats(graph)
    assert sum(found["classes"].values()) == found["concepts"] + found["topics"]
    assert found["statements"] == len(graph.statements()) <= sum(found["files"].values())
    assert sum(r["stated"] for r in found["relations"].values()) == found["statements"]
    assert found["relations"]["partOf"]["inferred"] > 0 and found["relations"]["usedFor"]["inferred"] == 0
    assert "multilingual model" in found["without_definition"]
    linked = {graph.label(e.subject) for e in graph.edges()} | {graph.label(e.object) for e in graph.edges()}
    assert found["without_relations"] and not set(found["without_relations"]) & linked


# ---------------------------------------------------------------- paths

def test_path_from_the_design_card(graph: kg.KnowledgeGraph) -> None:
    texts = [paths.path_text(graph, p) for p in paths.paths(graph, "MoE", "dense model")]
    assert "mixture of experts -isA-> sparse model -contrastsWith-> dense model" in texts
    assert all(t.count("->") == 2 for t in texts)


def test_hops_against_an_edge_print_the_inverse_or_a_reversed_arrow(graph: kg.KnowledgeGraph) -> None:
    [chain] = paths.paths(graph, "transformer", "attention module", relations=["contains"])
    assert paths.path_text(graph, chain) == "transformer architecture -contains-> transformer block -contains-> attention module"
    assert chain[0].edge.relation == "partOf" and not chain[0].forward
    [chain] = paths.paths(graph, "sentiment analysis", "masked language model")
    assert paths.path_text(graph, chain) == "sentiment analysis <-usedFor- masked language model"


def test_path_limits(graph: kg.KnowledgeGraph) -> None:
    [chain] = paths.paths(graph, "MoE", "dense model", relations=["isA", "contrastsWith"])
    assert [h.edge.relation for h in chain] == ["isA", "contrastsWith"]
    with pytest.raises(NothingFound, match="at most 1 hops"):
        paths.paths(graph, "MoE", "dense model", max_length=1)
    with pytest.raises(NothingFound):
        paths.paths(graph, "MoE", "dense model", relations=["uses"])
    with pytest.raises(QueryError, match="same concept"):
        paths.paths(graph, "MoE", "mixture of experts")


def bfs_distance(graph: kg.KnowledgeGraph, a: ox.NamedNode, b: ox.NamedNode) -> int | None:
    seen, queue = {a: 0}, deque([a])
    edges = list(graph.edges())
    while queue:
        node = queue.popleft()
        for e in edges:
            for x, y in ((e.subject, e.object), (e.object, e.subject)):
                if x == node and y not in seen:
                    seen[y] = seen[node] + 1
                    queue.append(y)
    return seen.get(b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_paths_are_shortest_and_valid(graph: kg.KnowledgeGraph, data: st.DataObject) -> None:
    linked = sorted({e.subject for e in graph.edges()} | {e.object for e in graph.edges()}, key=lambda c: c.value)
    a, b = data.draw(st.sampled_from(linked)), data.draw(st.sampled_from(linked))
    if a == b:
        return
    expected = bfs_distance(graph, a, b)
    if expected is None or expected > 6:
        with pytest.raises(NothingFound):
            paths.shortest(graph, a, b)
        return
    found = paths.shortest(graph, a, b, limit=50)
    assert found and all(len(p) == expected for p in found)
    for chain in found:
        assert chain[0].start == a and chain[-1].end == b
        assert all(h1.end == h2.start for h1, h2 in zip(chain, chain[1:]))
        for hop in chain:
            ends = (hop.edge.subject, hop.edge.object) if hop.forward else (hop.edge.object, hop.edge.subject)
            assert ends == (hop.start, hop.end)


# ---------------------------------------------------------------- search

def test_search_forgives_typos_and_reads_hidden_labels(graph: kg.KnowledgeGraph) -> None:
    [first, *_] = search.search(graph, "autogregresive")
    assert graph.label(first.concept) == "autoregressive language model"
    assert graph.label(search.search(graph, "atention mechanizm")[0].concept) == "attention mechanism"
    assert graph.label(search.search(graph, "MoE")[0].concept) == "mixture of experts"
    assert search.search(graph, "zzzqqq xxyy") == []


def test_search_ranks_labels_above_definitions(graph: kg.KnowledgeGraph) -> None:
    hits = search.search(graph, "attention", limit=20)
    fields = [h.field for h in hits]
    assert fields.index("definition") > max(i for i, f in enumerate(fields) if f == "label")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert any(h.field == "definition" for h in search.search(graph, "gradients"))
    assert all(h.field != "definition" for h in search.search(graph, "gradients", definitions=False))


def test_word_scores() -> None:
    assert scoring.word_score("attention", "attention") == 1.0
    assert scoring.word_score("atten", "attention") == 0.9
    assert 0 < scoring.word_score("atention", "attention") < 0.9
    assert scoring.word_score("cat", "car") == 0.0  # short words must match exactly or as a prefix


# ---------------------------------------------------------------- SPARQL

def test_sparql_prefixes_match_the_builders(graph: kg.KnowledgeGraph) -> None:
    from kg.graph.namespaces import DEFAULT_BASE, Namespaces

    assert graph.prefixes() == Namespaces(DEFAULT_BASE).prefixes()


def test_sparql_select_ask_construct(graph: kg.KnowledgeGraph) -> None:
    answer = sparql.run(graph, "SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind } ORDER BY ?kind")
    assert answer.results["head"]["vars"] == ["kind"]
    assert [b["kind"]["value"].rsplit("/", 1)[1] for b in answer.results["results"]["bindings"]] == ["model-architecture", "sparse-model"]
    assert sparql.rows(answer, graph.prefixes())[1][0] == {"kind": "aie:model-architecture"}
    assert sparql.run(graph, "ASK { aie:seq2seq kg:uses aie:rnn }").results == {"head": {}, "boolean": True}
    assert sparql.run(graph, "ASK { aie:rnn kg:uses aie:seq2seq }").empty
    turtle = sparql.run(graph, "CONSTRUCT { ?s kg:isA aie:sparse-model } WHERE { ?s kg:isA aie:sparse-model }").turtle
    assert "aie:mixture-of-experts kg:isA aie:sparse-model" in turtle
    assert "mixture of experts" in sparql.run(graph, "DESCRIBE aie:mixture-of-experts").turtle


def test_sparql_sees_every_named_graph_as_one(graph: kg.KnowledgeGraph) -> None:
    answer = sparql.run(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:isA ?o }")
    assert int(answer.results["results"]["bindings"][0]["n"]["value"]) == sum(1 for e in graph.edges(relation="isA"))


def test_sparql_errors_say_where_and_updates_are_refused(graph: kg.KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"line 1, column \d+: unknown prefix 'nope:'"):
        sparql.run(graph, "SELECT * WHERE { ?s nope:x ?o }")
    with pytest.raises(QueryError, match=r"SPARQL syntax error at line 3, column \d+: expected one of"):
        sparql.run(graph, "SELECT *\nWHERE {\n  ?s ?p ?o FILTER(?o = ) }")
    before = len(graph.store)
    for update in ("INSERT DATA { aie:a aie:b aie:c }", "PREFIX x: <http://x/> DROP ALL", "delete where { ?s ?p ?o }"):
        with pytest.raises(QueryError, match="only reads"):
            sparql.run(graph, update)
    assert len(graph.store) == before


def test_inverse_of_is_read_from_either_side() -> None:
    assert inverse_of("partOf") == "contains" and inverse_of("contains") == "partOf"
    assert inverse_of("relatedTo") == "relatedTo" and inverse_of("usedFor") is None
