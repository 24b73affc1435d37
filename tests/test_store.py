"""The backends of kg.store: `kg build --store oxigraph` writes an on-disk store that later commands
reopen (without aie.trig, without parsing it), the same answers from memory and from disk, a store
that follows its dataset, and errors that say what to run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.stores import backends
from kg.errors import KGError, WorkspaceError
from kg.graph.knowledge import KnowledgeGraph
from kg.workspace import Workspace

NAMES = ["MoE", "mixture of experts", "transformer", "transformers", "RNNs", "attention module", "tokenization",
         "AlphaFold", "DeepMind's AlphaFold", "sparse model", "LangChain.js"]


def run(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


@pytest.fixture
def workspace(tmp_path: Path, repo: Path) -> Workspace:
    shutil.copytree(repo / "data", tmp_path / "data")
    return Workspace.at(tmp_path / "data", tmp_path / "exports")


@pytest.fixture
def on_disk(workspace: Workspace) -> Workspace:
    """The workspace built with --store oxigraph."""
    result = run(workspace, "--store", "oxigraph", "build", "--no-page")
    assert result.exit_code == 0, result.output
    return Workspace.at(workspace.data, workspace.exports, store="oxigraph")


def snapshot(graph: KnowledgeGraph, name: str) -> tuple:
    concept = graph.resolve(name)
    return (concept, graph.label(concept), graph.class_of(concept), graph.aliases(concept), graph.definition(concept),
            graph.see_also(concept), graph.concept_sources(concept), list(graph.edges(concept)), list(graph.edges(obj=concept)))


def test_build_writes_the_store_and_commands_reopen_it_without_the_dataset(on_disk: Workspace) -> None:
    directory = on_disk.exports / backends.STORE_DIR
    assert (directory / "db").is_dir() and (directory / backends.NAMES).is_file()
    from_memory = run(on_disk, "--store", "memory", "show", "MoE")
    assert from_memory.exit_code == 0, from_memory.output
    on_disk.dataset.unlink()
    from_disk = run(on_disk, "--store", "oxigraph", "show", "MoE")
    assert from_disk.exit_code == 0, from_disk.output
    assert from_disk.stdout == from_memory.stdout
    assert run(on_disk, "show", "MoE").stdout == from_memory.stdout  # auto: the store is all there is
    gone = run(on_disk, "--store", "memory", "show", "MoE")
    assert gone.exit_code == 1 and "run `kg build` first" in gone.stderr


def test_build_says_it_wrote_the_store(workspace: Workspace) -> None:
    result = run(workspace, "--store", "oxigraph", "build", "--no-page")
    assert result.exit_code == 0, result.output
    assert backends.STORE_DIR in result.stdout


def test_a_read_does_not_parse_the_dataset(on_disk: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the dataset was parsed")

    monkeypatch.setattr(KnowledgeGraph, "load", refuse)
    monkeypatch.setattr(ox.Store, "bulk_load", refuse)
    monkeypatch.setattr(ox, "parse", refuse)
    graph = kg.load(on_disk)
    assert graph.label(graph.resolve("MoE")) == "mixture of experts"


def test_memory_and_disk_give_the_same_answers(on_disk: Workspace) -> None:
    memory = kg.load(Workspace.at(on_disk.data, on_disk.exports, store="memory"))
    disk = kg.load(on_disk)
    for name in NAMES:
        assert snapshot(disk, name) == snapshot(memory, name), name
    assert disk.concepts() == memory.concepts()
    assert list(disk.edges()) == list(memory.edges())
    assert disk.suggest("transfomer blok") == memory.suggest("transfomer blok")
    errors = []
    for graph in (disk, memory):
        with pytest.raises(KGError) as caught:
            graph.resolve("transfomer blok")
        errors.append(str(caught.value))
    assert errors[0] == errors[1] and "did you mean" in errors[0]


def test_the_name_index_reads_one_key_at_a_time(on_disk: Workspace) -> None:
    index = backends.NameIndex(on_disk.exports / backends.STORE_DIR / backends.NAMES)
    expected = KnowledgeGraph.load(on_disk.dataset).name_index()
    assert index["moe"] == expected["moe"]
    assert sorted(index) == sorted(expected) and len(index) == len(expected)
    with pytest.raises(KeyError):
        index["no such label"]
    assert index.get("no such label") is None


def test_the_store_follows_a_rebuild(on_disk: Workspace) -> None:
    notes = on_disk.notes / "ai-engineering-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n## Extra\n\n- **Quokka Layer:** A layer invented for a test.\n",
                     encoding="utf-8")
    result = run(on_disk, "build", "--no-page")  # auto: a workspace with a store keeps it current
    assert result.exit_code == 0, result.output
    on_disk.dataset.unlink()
    shown = run(on_disk, "--store", "oxigraph", "show", "quokka layer")
    assert shown.exit_code == 0, shown.output
    assert "A layer invented for a test." in shown.stdout


def test_a_stale_store_is_rewritten_from_the_dataset(on_disk: Workspace) -> None:
    notes = on_disk.notes / "ai-engineering-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n## Extra\n\n- **Wombat Cache:** A cache for a test.\n",
                     encoding="utf-8")
    assert run(on_disk, "--store", "memory", "build", "--no-page").exit_code == 0  # leaves the store behind
    stamp = (on_disk.exports / backends.STORE_DIR / "stamp").read_text()
    assert stamp != backends.stamp_of(on_disk.dataset)
    shown = run(on_disk, "--store", "oxigraph", "show", "wombat cache")
    assert shown.exit_code == 0, shown.output
    assert (on_disk.exports / backends.STORE_DIR / "stamp").read_text() == backends.stamp_of(on_disk.dataset)


def test_auto_parses_a_small_graph_and_stores_a_large_one(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(workspace, "build", "--no-page").exit_code == 0
    directory = workspace.exports / backends.STORE_DIR
    assert not directory.exists()
    kg.load(workspace).resolve("MoE")
    assert not directory.exists()
    monkeypatch.setattr(kg.workspace, "AUTO_ABOVE", 1)  # where the rule of --store auto lives
    kg.load(workspace).resolve("MoE")
    assert (directory / "db").is_dir()


def test_a_failed_store_write_leaves_the_old_store_whole(on_disk: Workspace) -> None:
    directory = on_disk.exports / backends.STORE_DIR
    before = sorted(p.name for p in directory.iterdir())
    on_disk.dataset.write_text("<broken> <turtle", encoding="utf-8")
    result = run(on_disk, "--store", "oxigraph", "show", "MoE")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "aie.trig:1" in lines[0]
    assert sorted(p.name for p in directory.iterdir()) == before
    assert [p.name for p in on_disk.exports.iterdir() if "tmp" in p.name] == []
    on_disk.dataset.unlink()
    assert run(on_disk, "--store", "oxigraph", "show", "MoE").exit_code == 0  # the old store still answers


def test_a_build_that_fails_after_its_dataset_leaves_the_old_store_whole(on_disk: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build writes the store in a thread from the dataset it has just written; should the build
    fail after that (here, the page), neither the new store nor its folder is left, the old answers."""
    from kg.outputs import page

    directory = on_disk.exports / backends.STORE_DIR
    stamp = (directory / "stamp").read_text(encoding="utf-8")
    with open(on_disk.notes / "ai-engineering-notes.md", "a", encoding="utf-8") as notes:
        notes.write("\n- **Zanzibar Network:** A zanzibar network uses attention.\n")

    def fail(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(page, "render_html", fail)
    with pytest.raises(OSError):
        kg.build(on_disk, page=True)
    assert (directory / "stamp").read_text(encoding="utf-8") == stamp
    assert sorted(p.name for p in on_disk.exports.iterdir() if p.name.startswith((".kg-store-", ".aie"))) == []
    with pytest.raises(KGError):
        kg.load(on_disk).resolve("zanzibar network")
    assert kg.load(on_disk).resolve("MoE")


def test_nothing_built_says_what_to_run(workspace: Workspace) -> None:
    result = run(workspace, "--store", "oxigraph", "show", "MoE")
    assert result.exit_code == 1
    assert "run `kg build --store oxigraph` first" in result.stderr
    with pytest.raises(WorkspaceError, match="run `kg build` first"):
        kg.load(workspace)


def test_an_unknown_backend_is_a_usage_error(workspace: Workspace) -> None:
    result = run(workspace, "--store", "postgres", "show", "MoE")
    assert result.exit_code == 2
    with pytest.raises(WorkspaceError, match="unknown store"):
        kg.load(Workspace.at(workspace.data, workspace.exports, store="postgres"))


def test_the_backend_comes_from_the_environment(on_disk: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    on_disk.dataset.unlink()
    monkeypatch.setenv("KG_STORE", "memory")
    assert run(on_disk, "show", "MoE").exit_code == 1
    monkeypatch.setenv("KG_STORE", "oxigraph")
    assert run(on_disk, "show", "MoE").exit_code == 0


def test_two_readers_at_once(on_disk: Workspace) -> None:
    first, second = kg.load(on_disk), kg.load(on_disk)
    assert first.resolve("MoE") == second.resolve("MoE")
    assert list(first.edges(first.resolve("MoE"))) == list(second.edges(second.resolve("MoE")))


def quads_of(store: ox.Store) -> list[str]:
    return [str(quad) for quad in store]  # in the store's own order, which the search index keeps


def load_into(tmp_path: Path, name: str, data: bytes) -> ox.Store:
    from kg.stores import bulk

    path = tmp_path / f"{name}.trig"
    path.write_bytes(data)
    store = ox.Store(str(tmp_path / name))
    with open(path, "rb") as file:
        bulk.load(store, file)
    return store


def test_the_store_is_loaded_in_pieces_of_whole_blocks_as_quad_by_quad(built: Workspace, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """aie.trig cut into pieces of a few blocks, each loaded with its prefixes (the GIL released):
    the same quads, in the same order, as parsed quad by quad; no block is loaded twice."""
    from kg.stores import bulk

    monkeypatch.setattr(bulk, "PIECE", 3000)
    pieces: list[bytes] = []
    bulk_load = ox.Store.bulk_load
    monkeypatch.setattr(ox.Store, "bulk_load", lambda self, data, format: pieces.append(data) or bulk_load(self, data, format=format))
    whole = built.dataset.read_bytes()
    in_pieces = load_into(tmp_path, "pieces", whole)
    monkeypatch.undo()
    parsed = ox.Store(str(tmp_path / "parsed"))
    with open(built.dataset, "rb") as file:
        bulk._load_quad_by_quad(parsed, file, None)
    assert len(pieces) > 20 and all(piece.startswith(b"@prefix ") for piece in pieces)
    assert sum(piece.count(b"\n}\n") for piece in pieces) == whole.count(b"\n}\n")  # every graph once
    assert quads_of(in_pieces) == quads_of(parsed) and len(parsed) > 1000


def test_a_dataset_laid_out_otherwise_or_with_blank_nodes_is_parsed_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A graph's statements written unindented (by hand) would be cut inside its block, and a blank
    node's label holds within one document only: both are parsed quad by quad, labels kept."""
    from kg.stores import bulk

    monkeypatch.setattr(bulk, "PIECE", 40)
    by_hand = b"@prefix ex: <http://example.org/> .\nex:g {\nex:a ex:p ex:b .\nex:c ex:p ex:d .\nex:e ex:p ex:f .\n}\n"
    assert {str(q) for q in load_into(tmp_path, "by-hand", by_hand)} == {str(q) for q in ox.parse(by_hand, format=ox.RdfFormat.TRIG)}
    blank = b"@prefix ex: <http://example.org/> .\nex:a ex:p _:b1 .\nex:c ex:p ex:d .\nex:e ex:p ex:f .\n_:b1 ex:q ex:g .\n"
    store = load_into(tmp_path, "blank", blank)
    assert len(store) == 4 and {q.object for q in store if q.predicate == ox.NamedNode("http://example.org/p")} >= {ox.BlankNode("b1")}
    assert {q.subject for q in store if q.predicate == ox.NamedNode("http://example.org/q")} == {ox.BlankNode("b1")}


def test_the_name_index_takes_the_classes_the_build_counted(built: Workspace, tmp_path: Path) -> None:
    """The store's name index made with each concept's class given (as `kg build` gives those it
    counted, while the store is written) is the one made reading them from the store."""
    graph = kg.load(built)
    classes = {concept: graph.class_of(concept) for concept in graph.concepts()}
    indexes = []
    for given in (None, classes):
        with open(built.dataset, "rb") as data:
            work = backends._prepared(Workspace.at(built.data, tmp_path / f"exports-{given is None}"), data,
                                      backends.stamp_of(built.dataset), None, lambda given=given: given)
        names = backends.NameIndex(work / backends.NAMES)
        indexes.append({key: names[key] for key in names})
    assert indexes[0] == indexes[1] and len(indexes[0]) > 100
