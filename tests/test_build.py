"""`kg build`: deterministic, parseable output; the committed exports are current; bad input
gets a one-line error naming file and line, exit code 1, and leaves exports/ as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

import kg
from cli import cli
from kg.workspace import Workspace


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def workspace(tmp_path: Path, repo: Path) -> Workspace:
    shutil.copytree(repo / "data", tmp_path / "data")
    return Workspace.at(tmp_path / "data", tmp_path / "exports")


def build_cli(workspace: Workspace, *extra: str):
    return run("--data", str(workspace.data), "--exports", str(workspace.exports), "build", *extra)


def test_build_prints_a_summary_and_warnings(workspace: Workspace) -> None:
    result = build_cli(workspace, "--no-page")
    assert result.exit_code == 0, result.output
    assert re.search(r"^\d+ concepts, \d+ statements from 2 sources \(1 notes, 1 curated\) -> ", result.stdout, re.M)
    assert "warning: notes/ai-engineering-notes.md:82: empty section 'Post-Training'" in result.stderr
    assert "warning: notes/ai-engineering-notes.md:51: 'multilingual model' has no definition" in result.stderr


def test_build_is_byte_for_byte_deterministic(workspace: Workspace, tmp_path: Path) -> None:
    kg.build(workspace, page=False)
    first = {p.name: p.read_bytes() for p in (workspace.turtle, workspace.dataset)}
    again = Workspace.at(workspace.data, tmp_path / "again")
    kg.build(again, page=False)
    assert {p.name: p.read_bytes() for p in (again.turtle, again.dataset)} == first


@pytest.mark.parametrize("notes", ["shipped", "llm-course", "obsidian-ml-vault"])
def test_the_dataset_is_written_in_order_as_it_is_made(notes: str, repo: Path, corpus: Path, tmp_path: Path) -> None:
    """Quads.in_order() makes the sources' descriptions as aie.trig is written, not sorted by a key
    each, with the digests of the graphs from their quads' keys: the quads of described() in
    sort_key's order all the same, with the IRIs serialize.iris finds in them; and aie.ttl's
    triples are the union's, in order."""
    from kg.builder import read
    from kg.graph import serialize

    source = repo / "data" if notes == "shipped" else corpus / notes
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    shutil.copytree(source, workspace.data if notes == "shipped" else workspace.notes, ignore=shutil.ignore_patterns("LICENSE*"))
    quads = read(workspace).quads
    ordered, iris = quads.in_order()
    assert list(ordered) == sorted(quads.described(), key=serialize.sort_key)
    assert iris == serialize.iris(quads.described())
    for triples, iris in (quads.union_in_order(), serialize.union_in_order(quads.quads)):
        assert list(triples) == sorted(serialize.union(quads.quads), key=serialize.sort_key)
        assert iris == serialize.iris(serialize.union(quads.quads))


def test_turtle_has_readable_prefixes_and_none_unused(built: Workspace) -> None:
    text = built.turtle.read_text(encoding="utf-8")
    prefixes = dict(re.findall(r"^@prefix (\w*): <([^>]+)> \.$", text, re.M))
    assert not any(re.fullmatch(r"ns\d+", name) for name in prefixes)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    unused = [name for name in prefixes if f"{name}:" not in body]
    assert not unused, f"unused prefixes: {unused}"
    assert {"aie", "kg", "skos"} <= set(prefixes)


def test_a_second_parser_reads_the_same_triples(built: Workspace) -> None:
    oxigraph_count = sum(1 for _ in ox.parse(path=str(built.turtle), format=ox.RdfFormat.TURTLE))
    rdflib_count = len(rdflib.Graph().parse(built.turtle, format="turtle"))
    assert oxigraph_count == rdflib_count > 500
    quads = sum(1 for _ in ox.parse(path=str(built.dataset), format=ox.RdfFormat.TRIG))
    dataset = rdflib.Dataset()
    dataset.parse(built.dataset, format="trig")
    # quads, not len(dataset): that counts a triple once however many graphs hold it (read at one line by two rules)
    assert quads == sum(1 for _ in dataset.quads((None, None, None, None))) > oxigraph_count


def test_the_committed_exports_are_current(built: Workspace, repo: Path) -> None:
    """exports/ in the repository is what `kg build` makes of the shipped notes: rebuild and commit."""
    for name in ("aie.ttl", "aie.trig"):
        committed = repo / "exports" / name
        assert committed.is_file(), f"exports/{name} is not committed"
        assert committed.read_bytes() == (built.exports / name).read_bytes(), f"exports/{name} is stale: run `kg build`"


def test_the_committed_page_is_current(workspace: Workspace, repo: Path) -> None:
    kg.build(workspace)
    assert (repo / "exports" / "graph.html").read_bytes() == workspace.page.read_bytes(), "exports/graph.html is stale: run `kg build`"


def test_provenance_names_file_line_and_method(graph: kg.KnowledgeGraph) -> None:
    methods = {s.method for e in graph.edges() for s in e.sources}
    assert methods == {"Extracted", "Curated"}
    edge = next(graph.edges(graph.resolve("mixture of experts"), "isA", graph.resolve("sparse model")))
    assert [str(s) for s in edge.sources] == ["curated.ttl:20"]
    assert [s.method for s in edge.sources] == ["Curated"]


# ---------------------------------------------------------------- bad input


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


@pytest.fixture
def built_once(workspace: Workspace) -> Workspace:
    kg.build(workspace, page=False)
    return workspace


def assert_fails_cleanly(workspace: Workspace, expected: str) -> None:
    before = snapshot(workspace.exports)
    result = build_cli(workspace, "--no-page")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert re.search(expected, lines[0]), lines[0]
    assert "Traceback" not in result.output
    assert snapshot(workspace.exports) == before


def test_notes_that_are_not_utf8(built_once: Workspace) -> None:
    (built_once.notes / "latin1.md").write_bytes("# Notes\n\n- **Caf\xe9:** a place\n".encode("latin-1"))
    assert_fails_cleanly(built_once, r"notes/latin1\.md:3: not UTF-8 text")


def test_a_data_folder_that_does_not_exist(tmp_path: Path) -> None:
    assert_fails_cleanly(Workspace.at(tmp_path / "nowhere", tmp_path / "exports"), r"nowhere: data folder does not exist")


def test_curated_turtle_with_a_syntax_error(built_once: Workspace) -> None:
    (built_once.data / "broken.ttl").write_text("@prefix kg: <https://w3id.org/aie-kg/vocab#> .\n\nkg:a kg:b kg:c ;\n  kg:d .\n", encoding="utf-8")
    assert_fails_cleanly(built_once, r"broken\.ttl:4: column \d+: ")


def test_a_notes_folder_with_no_markdown(built_once: Workspace) -> None:
    for path in built_once.notes.glob("*.md"):
        path.unlink()
    (built_once.notes / "todo.txt").write_text("not notes", encoding="utf-8")
    assert_fails_cleanly(built_once, r"notes: no \.md notes file")


def test_an_unwritable_exports_folder(workspace: Workspace) -> None:
    workspace.exports.parent.mkdir(parents=True, exist_ok=True)
    workspace.exports.write_text("a file where the folder should be", encoding="utf-8")
    result = build_cli(workspace, "--no-page")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "cannot write" in result.stderr
    assert workspace.exports.read_text(encoding="utf-8") == "a file where the folder should be"


@pytest.mark.parametrize(("settings", "expected"), [
    ('workspace = "two words"', r"kg\.toml: workspace must be 1 to 64 letters, digits, '\.', '_' or '-'.*not 'two words'"),
    ('workspce = "mine"', r"kg\.toml: unknown setting 'workspce'; the settings are: workspace"),
    ('workspace = "mine', r"kg\.toml: not TOML: "),
])
def test_workspace_settings_that_make_no_sense(built_once: Workspace, settings: str, expected: str) -> None:
    (built_once.data / "kg.toml").write_text(settings + "\n", encoding="utf-8")
    assert_fails_cleanly(built_once, expected)


# ---------------------------------------------------------------- the workspace's id (kg.settings)


def test_the_first_build_names_the_workspace_and_a_moved_folder_keeps_the_name(tmp_path: Path, repo: Path) -> None:
    root = tmp_path / "My Notes"
    shutil.copytree(repo / "data" / "notes", root / "data" / "notes")
    workspace = Workspace.at(root / "data", root / "exports")
    kg.build(workspace, page=False)
    settings = (workspace.data / "kg.toml").read_text(encoding="utf-8")
    found = re.search(r'^workspace = "(my-notes-[0-9a-f]{6})"$', settings, re.M)
    assert found, settings
    trig = workspace.dataset.read_text(encoding="utf-8")
    assert f"@prefix src: <https://w3id.org/aie-kg/{found[1]}/source/> ." in trig  # its collection's own base
    assert "@prefix aie: <https://w3id.org/aie-kg/aie/concept/> ." in trig  # concepts: the base all workspaces share
    assert f'kg:workspace "{found[1]}"' in trig
    moved = tmp_path / "elsewhere"
    shutil.move(root, moved)
    again = Workspace.at(moved / "data", moved / "exports")
    kg.build(again, page=False)
    assert (again.data / "kg.toml").read_text(encoding="utf-8") == settings
    assert again.dataset.read_text(encoding="utf-8") == trig


def test_the_shipped_notes_keep_their_collection_at_their_base(built: Workspace) -> None:
    trig = built.dataset.read_text(encoding="utf-8")
    assert "@prefix src: <https://w3id.org/aie-kg/aie/source/> ." in trig and 'kg:workspace "aie"' in trig
