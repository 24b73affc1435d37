"""`kg export -f anki`: the deck read back as Anki reads it (a zip holding an SQLite collection),
GUIDs that stay when the notes change so that a rebuilt deck updates its cards, escaping, and a
failed write that leaves the old deck whole."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import genanki
import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.outputs.anki import CONCEPT_MODEL, RELATION_MODEL, stable_id
from kg.study.pool import Pool
from kg.workspace import Workspace

MOE = "https://w3id.org/aie-kg/aie/concept/mixture-of-experts"
FIELD = "\x1f"  # Anki's field separator


def export(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), "export", "-f", "anki", *args],
                              env={"KG_ENDPOINT": None, "KG_STORE": None})


def read_deck(path: Path, tmp_path: Path) -> dict:
    """What an .apkg holds: its notes (guid -> fields, tags, model, deck) and its decks and models."""
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        assert json.loads(archive.read("media")) == {}
        collection = tmp_path / f"{path.stem}.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(collection)
    try:
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        models = json.loads(connection.execute("SELECT models FROM col").fetchone()[0])
        notes = {}
        for guid, fields, tags, model, deck in connection.execute(
                "SELECT n.guid, n.flds, n.tags, n.mid, c.did FROM notes n JOIN cards c ON c.nid = n.id"):
            assert guid not in notes, "one card per note"
            notes[guid] = {"fields": fields.split(FIELD), "tags": tags.split(), "model": model, "deck": decks[str(deck)]["name"]}
    finally:
        connection.close()
    return {"notes": notes, "decks": {d["name"]: int(i) for i, d in decks.items()}, "models": {m["name"]: int(i) for i, m in models.items()}}


@pytest.fixture(scope="module")
def deck(built: Workspace, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("anki")
    result = export(built, "-o", str(folder / "notes.apkg"))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"wrote anki -> {folder / 'notes.apkg'}"
    return read_deck(folder / "notes.apkg", folder)


def test_one_note_per_concept_with_something_to_learn(deck: dict, graph: kg.KnowledgeGraph) -> None:
    pool = Pool(graph)
    concept_notes = {g: n for g, n in deck["notes"].items() if n["model"] == CONCEPT_MODEL.model_id}
    worth = [c for c in pool.concepts if pool.definition(c)  # relatedTo says too little to ask about
             or any(e.relation != "relatedTo" for e in pool.edges_of(c))]
    assert {genanki.guid_for(c.value, "concept") for c in worth} == set(concept_notes)
    assert len(worth) < len(pool.concepts), "a concept with nothing to learn about it has no note"
    moe = concept_notes[genanki.guid_for(MOE, "concept")]
    term, definition, cls, relations, source = moe["fields"]
    assert term == "mixture of experts" and definition.startswith("Mixture of Experts (MoE) is a model architecture")
    assert cls == "Architecture" and moe["tags"] == ["class::Architecture"]
    assert "<b>isA</b> model architecture, sparse model" in relations and "<b>uses</b> expert network" in relations
    assert source == "notes/ai-engineering-notes.md:77"
    assert moe["deck"] == "AI Engineering by Chuan Huen::Chapter 2: Undestanding Foundation Models::Modeling::Model Size"


def test_relation_cards_where_they_make_a_good_question(deck: dict) -> None:
    relation_notes = [n for n in deck["notes"].values() if n["model"] == RELATION_MODEL.model_id]
    by_question = {n["fields"][0]: n for n in relation_notes}
    contains = by_question["What does attention module contain?"]
    assert contains["fields"][1] == "<ul><li>key</li><li>output projection</li><li>query</li><li>value</li></ul>"
    assert "relation::contains" in contains["tags"] and contains["fields"][2] == "notes/ai-engineering-notes.md:70"
    assert by_question["What is a kind of sparse model?"]["fields"][1] == "<ul><li>mixture of experts</li></ul>"
    assert all(1 <= n["fields"][1].count("<li>") <= 4 for n in relation_notes), "no card asks for more than four things"
    assert "What does transformer architecture contain?" not in by_question, "it contains too many to recall on a card"


def test_a_subdeck_per_topic_with_ids_from_names(deck: dict) -> None:
    decks = deck["decks"]
    assert "AI Engineering by Chuan Huen::Chapter 2: Undestanding Foundation Models::Modeling::Transformer Architecture" in decks
    for name, deck_id in decks.items():
        if name != "Default":
            assert deck_id == stable_id(f"deck {name}")
    assert deck["models"] == {"aie-kg concept": CONCEPT_MODEL.model_id, "aie-kg relation": RELATION_MODEL.model_id}
    assert {n["deck"] for n in deck["notes"].values()} <= set(decks) - {"Default"}


def test_guids_stay_when_the_notes_change(copied: Workspace, tmp_path: Path) -> None:
    """The same notes give the same GUIDs; an edited definition keeps its card's GUID, with new text."""
    first, again = tmp_path / "first.apkg", tmp_path / "again.apkg"
    assert export(copied, "-o", str(first)).exit_code == 0
    assert export(copied, "-o", str(again)).exit_code == 0
    before, same = read_deck(first, tmp_path), read_deck(again, tmp_path)
    assert before["notes"].keys() == same["notes"].keys() and before["decks"] == same["decks"]
    notes = copied.notes / "ai-engineering-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace(
        "each specialized in different aspects of the data", "each good at some aspects of the data"), encoding="utf-8")
    kg.build(copied, page=False)
    edited = tmp_path / "edited.apkg"
    assert export(copied, "-o", str(edited)).exit_code == 0
    after = read_deck(edited, tmp_path)
    guid = genanki.guid_for(MOE, "concept")
    assert "each good at" in after["notes"][guid]["fields"][1] and "each good at" not in before["notes"][guid]["fields"][1]
    assert after["notes"].keys() == before["notes"].keys()


def test_text_from_notes_is_escaped(tmp_path: Path) -> None:
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    workspace.notes.mkdir(parents=True)
    (workspace.notes / "n.md").write_text("- **Zeta:** Zeta is a parser of many formats.\n", encoding="utf-8")
    (workspace.data / "curated.ttl").write_text(  # the ingester drops HTML from notes; curated Turtle keeps it
        "@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix kg: <https://w3id.org/aie-kg/vocab#> .\n"
        'aie:kite a kg:Tool ; skos:prefLabel "kite"@en ; skos:definition "A tool that prints <script>alert(1)</script> & more."@en .\n',
        encoding="utf-8")
    kg.build(workspace, page=False)
    assert export(workspace, "-o", str(tmp_path / "z.apkg")).exit_code == 0
    (note,) = [n for n in read_deck(tmp_path / "z.apkg", tmp_path)["notes"].values() if n["fields"][0] == "kite"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in note["fields"][1] and "<script>" not in note["fields"][1]


def test_a_failed_write_leaves_the_old_deck_whole(copied: Workspace, repo: Path) -> None:
    """The disk fills up half-way (a file size limit, as a full disk fails a write): the old deck stays."""
    old = copied.exports / "aie.apkg"
    old.write_bytes(b"old deck")
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        sys.argv = ["kg", "--data", {str(copied.data)!r}, "--exports", {str(copied.exports)!r}, "export", "-f", "anki"]
        import cli
        cli.main()
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=repo,
                          env={"PATH": "", "PYTHONPATH": str(repo), "KG_STORE": "memory",
                               "PYTHONDONTWRITEBYTECODE": "1"})  # under the limit, bytecode files would be cut short
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"Error: {old}: cannot write: File too large") and len(done.stderr.splitlines()) == 1
    assert old.read_bytes() == b"old deck"
    assert [p.name for p in copied.exports.iterdir() if p.name.endswith(".tmp")] == [], "no temporary file left"
    assert export(copied).exit_code == 0 and zipfile.is_zipfile(old)


def test_around_does_not_apply_to_a_deck(built: Workspace) -> None:
    result = export(built, "--around", "MoE")
    assert result.exit_code == 1 and "--around" in result.stderr and "not anki" in result.stderr
