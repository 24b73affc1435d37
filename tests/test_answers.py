"""`kg query` with one end given and `kg path`, answered from the cards `kg build` saves: the same
rows as the graph gives, for every concept and relation of the shipped notes and of a synthetic
workspace, and never an answer from cards that no longer match the graph."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.errors import NothingFound
from kg.query import answers, cards
from kg.query import paths as graph_paths
from kg.query import patterns as query
from kg.schema import vocab
from kg.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


def run(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args],
                              env={"KG_ENDPOINT": None, "KG_STORE": None})


def unique_names(workspace: Workspace, graph: kg.KnowledgeGraph) -> list[str]:
    """A label of each concept that names it alone; a label two concepts share is the graph's to settle."""
    found = []
    for c in graph.concepts():
        try:
            if graph.resolve(graph.label(c)) == c:
                found.append(graph.label(c))
        except kg.UnknownConceptError:
            assert answers.facts(workspace, graph.label(c), "isA", "?") is None
    return found


def graph_rows(graph: kg.KnowledgeGraph, subject: str, relation: str, obj: str) -> list[dict] | str:
    try:
        return [query.fact_row(graph, f) for f in query.pattern(graph, subject, relation, obj)]
    except NothingFound as error:
        return str(error)


def card_rows(workspace: Workspace, subject: str, relation: str, obj: str) -> list[dict] | str:
    try:
        found = answers.facts(workspace, subject, relation, obj)
    except NothingFound as error:
        return str(error)
    assert found is not None, (subject, relation, obj)
    return found


def compare_every_fact(workspace: Workspace, graph: kg.KnowledgeGraph, relations: list[str] | None = None) -> int:
    """Every concept, each end of the pattern, every relation (or those given) and the wildcard:
    rows side by side. Returns how many patterns matched something."""
    compared = 0
    relations = ["?", *(relations or vocab.relations())]
    for name in unique_names(workspace, graph):
        for relation in relations:
            for pattern in ((name, relation, "?"), ("?", relation, name)):
                expected = graph_rows(graph, *pattern)
                assert card_rows(workspace, *pattern) == expected, pattern
                compared += isinstance(expected, list)
    return compared


def path_rows(find, start: str, end: str, **options) -> list[dict] | str:  # type: ignore[no-untyped-def]
    try:
        return find(start, end, **options)
    except NothingFound as error:
        return str(error)


def compare_paths(workspace: Workspace, graph: kg.KnowledgeGraph, pairs: list[tuple[str, str]], **options) -> int:  # type: ignore[no-untyped-def]
    def from_graph(a: str, b: str, **kw) -> list[dict]:  # type: ignore[no-untyped-def]
        return [graph_paths.path_row(graph, hops) for hops in graph_paths.paths(graph, a, b, **kw)]

    def from_cards(a: str, b: str, **kw) -> list[dict]:  # type: ignore[no-untyped-def]
        found = answers.paths(workspace, a, b, **kw)
        assert found is not None, (a, b)
        return found

    found = 0
    for a, b in pairs:
        expected = path_rows(from_graph, a, b, **options)
        assert path_rows(from_cards, a, b, **options) == expected, (a, b, options)
        found += isinstance(expected, list)
    return found


def some_pairs(names: list[str], count: int) -> list[tuple[str, str]]:
    rng = random.Random(11)
    return [tuple(rng.sample(names, 2)) for _ in range(count)]  # type: ignore[misc]


# ---------------------------------------------------------------- the shipped notes

def test_every_fact_of_the_shipped_notes_as_the_graph_gives_it(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    assert compare_every_fact(built, graph) > 200


def test_paths_of_the_shipped_notes_as_the_graph_finds_them(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    names = unique_names(built, graph)
    hubs = ["transformer", "MoE", "language model", "token", "attention module"]
    pairs = [(name, hub) for name in names for hub in hubs if graph.resolve(name) != graph.resolve(hub)]
    assert compare_paths(built, graph, pairs) > 150  # and the others find none, with the same message
    assert compare_paths(built, graph, some_pairs(names, 60), max_length=3, limit=3) > 0
    assert compare_paths(built, graph, [("MoE", "dense model"), ("transformer", "attention module")],
                         relations=["isA", "contrastsWith", "contains"]) == 2


def test_the_readme_examples_come_from_the_cards(built: Workspace) -> None:
    rows = answers.facts(built, "transformer", "contains", "?")
    assert rows is not None and [r["object"] for r in rows[:4]] == ["decoder", "encoder", "feed-forward network", "transformer block"]
    assert rows[3]["how"] == "inferred" and rows[3]["source"] == "inverse of partOf, notes/ai-engineering-notes.md:69"
    [kind] = answers.facts(built, "?", "is a", "sparse model") or []
    assert (kind["subject"], kind["how"], kind["source"]) == ("mixture of experts", "stated", "curated.ttl:20")
    [path] = answers.paths(built, "MoE", "dense model") or []
    assert path["path"] == "mixture of experts -isA-> sparse model -contrastsWith-> dense model"


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
@pytest.mark.parametrize("args", [["query", "transformer", "contains", "?"], ["query", "?", "isA", "sparse model"],
                                  ["query", "MoE", "?", "?"], ["query", "?", "?", "attention module"],
                                  ["query", "transformer", "?", "attention module"], ["query", "RNNs", "usedFor", "?"],
                                  ["path", "MoE", "dense model"], ["path", "transformer", "value", "--rel", "contains"],
                                  ["path", "AlphaFold", "PyTorch", "--max-length", "3"]])
def test_commands_print_the_same_with_and_without_cards(copied: Workspace, fmt: str, args: list[str]) -> None:
    from_cards = run(copied, *args, "--format", fmt)
    os.remove(cards.cards_file(copied))
    from_graph = run(copied, *args, "--format", fmt)
    assert (from_cards.exit_code, from_cards.stdout, from_cards.stderr) == (from_graph.exit_code, from_graph.stdout, from_graph.stderr)
    assert from_graph.exit_code in (0, 1) and (from_graph.stdout or from_graph.stderr.startswith("Error: no "))


def test_stale_cards_leave_the_graph_to_answer(copied: Workspace) -> None:
    """aie.trig changed since the cards were written (a later build, an edit by hand): they are never read."""
    assert answers.facts(copied, "transformer", "contains", "?") is not None
    expected = run(copied, "query", "transformer", "contains", "?", "-f", "json").stdout
    stat = os.stat(copied.dataset)
    os.utime(copied.dataset, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert answers.facts(copied, "transformer", "contains", "?") is None
    assert answers.paths(copied, "MoE", "dense model") is None
    result = run(copied, "query", "transformer", "contains", "?", "-f", "json")
    assert result.exit_code == 0 and result.stdout == expected


def test_cards_of_an_older_format_are_not_read(copied: Workspace) -> None:
    """Cards written by a kg that kept no facts into concepts: a stamp of another format, never read."""
    import marshal

    path = cards.cards_file(copied)
    data = Path(path).read_bytes()
    size = int.from_bytes(data[:8], "little")
    made_from, names, offsets, _relations = marshal.loads(data[8:8 + size])
    older = marshal.dumps(((2, *made_from[1:]), names, offsets[cards.CARD]))
    Path(path).write_bytes(len(older).to_bytes(8, "little") + older + data[8 + size:])
    assert cards.lookup(copied, "MoE") is None and answers.facts(copied, "MoE", "isA", "?") is None
    assert run(copied, "query", "MoE", "isA", "?").exit_code == 0


def test_what_the_cards_cannot_settle_is_the_graphs_to_say(built: Workspace) -> None:
    assert answers.facts(built, "transformr", "contains", "?") is None  # unknown: the graph suggests
    assert answers.facts(built, "transformer", "contain", "?") is None  # misspelt relation: a usage error
    assert answers.facts(built, "?", "isA", "?") is None  # no end given: the closure is the graph's
    assert answers.paths(built, "MoE", "mixture of experts") is None  # one concept: the graph's error
    assert run(built, "query", "transformer", "contain", "?").exit_code == 2
    result = run(built, "path", "MoE", "mixture of experts")
    assert result.exit_code == 1 and "name the same concept" in result.stderr


def test_nothing_found_is_the_graphs_error(built: Workspace, graph: kg.KnowledgeGraph) -> None:
    with pytest.raises(NothingFound) as from_cards:
        answers.facts(built, "transformer", "trainedOn", "?")
    with pytest.raises(NothingFound) as from_graph:
        query.pattern(graph, "transformer", "trainedOn", "?")
    assert str(from_cards.value) == str(from_graph.value) == "no relation matches 'transformer' 'trainedOn' ?"
    with pytest.raises(NothingFound) as too_far:
        answers.paths(built, "MoE", "dense model", max_length=1)
    assert "no path of at most 1 hops" in str(too_far.value)


@pytest.mark.parametrize("args", [["query", "transformer", "contains", "?"], ["query", "?", "isA", "sparse model"],
                                  ["path", "MoE", "dense model"]])
def test_answers_from_the_cards_import_no_graph_engine(built: Workspace, args: list[str]) -> None:
    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import cli
        result = CliRunner().invoke(cli.cli, {["--data", str(built.data), "--exports", str(built.exports), *args]!r})
        assert result.exit_code == 0, result.output
        print(" ".join(sorted(m for m in ("pyoxigraph", "kg.graph.knowledge", "kg.query.patterns", "kg.schema.vocab")
                              if m in sys.modules)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={"PATH": "", "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.parametrize(("args", "wraps"), [(["show", "transformer"], True), (["query", "transformer", "contains", "?"], True),
                                            (["query", "?", "isA", "sparse model"], False), (["path", "MoE", "dense model"], False)])
def test_answers_from_the_cards_start_with_little(built: Workspace, args: list[str], wraps: bool) -> None:
    """Start-up, as the command runs from a shell: no translation lookup (click's gettext imports
    locale; kg.commands.common words --help itself), and lines of printable ASCII that fit 80 columns
    need neither textwrap nor a regular expression to make them safe (kg.terminal)."""
    script = textwrap.dedent(f"""
        import sys
        import cli
        sys.argv = ["kg", "--data", {str(built.data)!r}, "--exports", {str(built.exports)!r}, *{args!r}]
        try:
            cli.main()
        except SystemExit as done:
            assert not done.code, done.code
        print(" ".join(sorted(m for m in ("locale", "textwrap") if m in sys.modules)), file=sys.stderr)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={"PATH": "", "PYTHONPATH": str(REPO), "COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") > 1 and done.stderr.strip() == ("textwrap" if wraps else "")


# ---------------------------------------------------------------- a synthetic workspace

def test_every_fact_of_a_synthetic_workspace_as_the_graph_gives_it(synthetic_built: Workspace) -> None:
    graph = kg.load(synthetic_built)
    # the wildcard holds every relation; these are the transitive, inverse and symmetric kinds it makes
    assert compare_every_fact(synthetic_built, graph, ["isA", "hasKind", "contains", "partOf", "uses", "relatedTo"]) > 500


def test_paths_of_a_synthetic_workspace_as_the_graph_finds_them(synthetic_built: Workspace) -> None:
    graph = kg.load(synthetic_built)
    names = unique_names(synthetic_built, graph)
    assert compare_paths(synthetic_built, graph, some_pairs(names, 150)) > 100
    assert compare_paths(synthetic_built, graph, some_pairs(names, 40), relations=["isA", "uses"], max_length=4) > 0


def test_a_graph_too_large_for_cards_is_answered_by_the_graph(copied: Workspace) -> None:
    kg.build(copied._replace(store="oxigraph"), page=False)
    assert answers.facts(copied, "MoE", "isA", "?") is None and answers.paths(copied, "MoE", "dense model") is None
    assert run(copied, "--store", "oxigraph", "query", "MoE", "isA", "?").exit_code == 0
