"""`kg search` from the index `kg build` writes (kg.query.search_index) ranks as the search over the
graph does, and as it did before the two shared their rules: the same rows for many queries,
typos included, on the shipped graph and on a synthetic one on both local backends; a stale or
broken index is never read."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from cli import cli
from kg.graph.knowledge import KnowledgeGraph
from kg.labels import edit_distance, fold
from kg.query import search, search_index
from kg.query.scoring import Matcher, word_score
from kg.workspace import Workspace

THRESHOLD, TOPIC_WEIGHT = 0.5, 0.8


def search_as_before(graph: KnowledgeGraph, query: str, limit: int, definitions: bool) -> list[dict[str, object]]:
    """The search over the graph as it was written before the index: every text scored, every hit sorted."""
    words = fold(query).split()
    if not words:
        return []
    best: dict[ox.NamedNode, search.Hit] = {}
    matcher = Matcher(words)
    for name, predicate, weight in search.FIELDS:
        if name == "definition" and not definitions:
            continue
        for quad in graph.store.quads_for_pattern(None, predicate, None, None):
            if not isinstance(quad.subject, ox.NamedNode) or not isinstance(quad.object, ox.Literal):
                continue
            score = matcher.score(quad.object.value) * weight
            if score < THRESHOLD:
                continue
            if graph.class_of(quad.subject) == "Topic":
                score *= TOPIC_WEIGHT
            known = best.get(quad.subject)
            if known is None or score > known.score:
                best[quad.subject] = search.Hit(quad.subject, round(score, 3), name, quad.object.value)
    ranked = sorted(best.values(), key=lambda h: (-h.score, graph.label(h.concept).lower()))
    return [search.hit_row(graph, h) for h in ranked if h.score >= THRESHOLD][:limit]


def typo(word: str, rng: random.Random) -> str:
    """The word with a letter dropped, doubled, swapped or changed, as fingers slip."""
    if len(word) < 4:
        return word
    i = rng.randrange(len(word) - 1)
    slip = rng.choice(["drop", "double", "swap", "change"])
    if slip == "drop":
        return word[:i] + word[i + 1:]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    if slip == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeiourstln") + word[i + 1:]


def queries(graph: KnowledgeGraph, count: int, seed: int = 3) -> list[str]:
    """Labels, aliases and words of definitions as they are, cut short, two together, and mistyped."""
    rng = random.Random(seed)
    texts = sorted(q.object.value for _name, predicate, _w in search.FIELDS
                   for q in graph.store.quads_for_pattern(None, predicate, None, None))
    found = ["autogregresive", "mixture of experts", "model", "qqqzzz", "attention is all", "the", "a", "x"]
    for _ in range(count):
        words = fold(rng.choice(texts)).split() or ["empty"]
        start = rng.randrange(len(words))
        picked = words[start:start + rng.choice([1, 1, 2, 3])]
        form = rng.choice(["as is", "typo", "prefix", "typos"])
        if form == "typo":
            picked[0] = typo(picked[0], rng)
        elif form == "prefix":
            picked[-1] = picked[-1][:max(3, len(picked[-1]) // 2)]
        elif form == "typos":
            picked = [typo(typo(w, rng), rng) for w in picked]
        found.append(" ".join(picked))
    return found


def assert_same_rows(workspace: Workspace, graph: KnowledgeGraph, wanted: list[str]) -> None:
    for query in wanted:
        for limit, definitions in ((10, True), (3, False), (200, True)):
            from_index = search_index.search(workspace, query, limit=limit, definitions=definitions)
            assert from_index is not None, "the build wrote an index of this aie.trig"
            over_graph = [search.hit_row(graph, h) for h in search.search(graph, query, limit=limit, definitions=definitions)]
            assert from_index == over_graph == search_as_before(graph, query, limit, definitions), (query, limit, definitions)


def test_the_index_ranks_as_the_graph_on_the_shipped_notes(built: Workspace, graph: KnowledgeGraph) -> None:
    wanted = queries(graph, 60)
    assert_same_rows(built, graph, wanted)
    assert any(search_index.search(built, q) for q in wanted if q not in ("qqqzzz",)), "queries that find something"


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_the_index_ranks_as_the_graph_on_a_synthetic_workspace(synthetic_built: Workspace, tmp_path: Path, store: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(synthetic_built.data, data)
    workspace = Workspace.at(data, tmp_path / "exports", store=store)
    kg.build(workspace, page=False)
    graph = kg.load(workspace)
    assert isinstance(graph.store, ox.Store) and (store == "memory") == (not (workspace.exports / ".kg-store").is_dir())
    wanted = queries(graph, 20, seed=len(store))
    assert_same_rows(workspace, graph, wanted)  # a small index: every word of a typo's length is scored
    monkeypatch.setattr(search_index, "NEAR_FROM", 0)  # as for a large one: words found with letters left out
    search_index.write(workspace, graph)
    db = __import__("sqlite3").connect(search_index.index_file(workspace))
    assert db.execute("SELECT COUNT(*) FROM near").fetchone()[0] > 1000
    db.close()
    assert_same_rows(workspace, graph, wanted)
    # the texts are in the order of the backend that wrote them: another backend reads no index
    other = workspace._replace(store="oxigraph" if store == "memory" else "memory")
    assert search_index.search(other, "model") is None


def test_near_words_are_every_word_within_the_typo_distance(graph: KnowledgeGraph) -> None:
    """Leaving letters out of both words finds every word word_score gives a typo score to."""
    words = sorted({w for _n, p, _w in search.FIELDS for q in graph.store.quads_for_pattern(None, p, None, None)
                    for w in fold(q.object.value).split()})
    rng = random.Random(5)
    for query in [typo(typo(w, rng), rng) for w in rng.sample(words, 150)]:
        allowed = 0 if len(query) < 4 else 1 if len(query) < 8 else 2
        near = {w for w in words if search_index._variants(w) & search_index._left_out(query, allowed)}
        within = {w for w in words if allowed and abs(len(w) - len(query)) <= allowed and edit_distance(query, w, allowed) <= allowed}
        assert within <= near, query
        assert all(word_score(query, w) > 0 for w in within)


def edits(word: str, letters: str) -> set[str]:
    """Every string one edit from `word` (a letter dropped, added, changed, or two swapped)."""
    found = {word[:i] + word[i + 1:] for i in range(len(word))}
    found |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    found |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return found


def test_a_word_meets_every_query_word_within_its_typo_distance_with_letters_left_out() -> None:
    """Every query word within word_score's typo distance of a word shares a string with it once
    letters are left out of both: of the word, one letter below eight letters, two from eight."""
    checked = 0
    for word in ("rag", "lora", "token", "kernel", "tensors", "embedder", "attention"):
        letters = "".join(sorted(set(word))) + "xy"
        for query in {two for one in edits(word, letters) for two in edits(one, letters)}:
            allowed = 0 if len(query) < 4 else 1 if len(query) < 8 else 2
            if allowed and abs(len(query) - len(word)) <= allowed and edit_distance(query, word, allowed) <= allowed:
                assert search_index._variants(word) & search_index._left_out(query, allowed), (word, query)
                checked += 1
    assert checked > 10_000


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args],
                              env={"KG_ENDPOINT": None})


def test_kg_search_reads_the_index_only_for_its_aie_trig(copied: Workspace) -> None:
    index = Path(search_index.index_file(copied))
    assert index.is_file()
    rows = json.loads(run(copied, "search", "autogregresive", "-f", "json").stdout)
    assert rows[0]["label"] == "autoregressive language model"
    import sqlite3

    db = sqlite3.connect(index)  # a label changed in the index alone: the command shows it while the stamp holds
    with db:
        db.execute("UPDATE concepts SET label = 'from the index' WHERE iri = ?", (rows[0]["iri"],))
    db.close()
    assert json.loads(run(copied, "search", "autogregresive", "-f", "json").stdout)[0]["label"] == "from the index"
    later = os.stat(copied.dataset).st_mtime_ns + 1_000_000_000
    os.utime(copied.dataset, ns=(later, later))  # aie.trig rewritten: the graph answers
    assert json.loads(run(copied, "search", "autogregresive", "-f", "json").stdout) == rows
    index.write_bytes(b"not an index")
    assert json.loads(run(copied, "search", "autogregresive", "-f", "json").stdout) == rows
    assert run(copied, "search", "qqqzzz").exit_code == 1


def test_kg_search_imports_neither_the_graph_nor_pyoxigraph(built: Workspace) -> None:
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import cli
        result = CliRunner().invoke(cli.cli, {["--data", str(built.data), "--exports", str(built.exports), "search", "attention"]!r})
        assert result.exit_code == 0, result.output
        print(" ".join(sorted(m for m in ("pyoxigraph", "kg.graph.knowledge", "rdflib") if m in sys.modules)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parents[1],
                          env={"PATH": "", "PYTHONPATH": str(Path(__file__).parents[1])})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_of_texts_that_score_alike_the_index_shows_the_one_the_graph_shows(tmp_path: Path, store: str) -> None:
    """Five aliases that score alike for 'zed': the one shown is the first the backend reads."""
    (tmp_path / "data" / "notes").mkdir(parents=True)
    (tmp_path / "data" / "notes" / "n.md").write_text("# Nets\n\n- **Alpha network:** A network.\n- **Beta network:** Another.\n",
                                                      encoding="utf-8")
    (tmp_path / "data" / "curated.ttl").write_text(
        "@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'aie:alpha-network skos:altLabel "zed one", "zed two", "zed three", "zed four", "zed five" .\n'
        'aie:beta-network skos:altLabel "zed six", "zed seven", "zed eight" .\n', encoding="utf-8")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports", store=store)
    kg.build(workspace, page=False)
    graph = kg.load(workspace)
    for query in ("zed", "zed alpha", "zedd", "ze"):
        rows = search_index.search(workspace, query)
        assert rows == [search.hit_row(graph, h) for h in search.search(graph, query)] == search_as_before(graph, query, 10, True)
    assert search_index.search(workspace, "zed")[0]["field"] == "alias"
