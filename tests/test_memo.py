"""What a build keeps to read faster (kg.ingest.memo, the label and tagger caches) never changes what
it reads: a reading kept is the reading made, each caller gets its own, a sentence is read again
when the labels it depends on have grown, and a build whose caches other notes filled writes the
same bytes as a build in a fresh process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import kg
from kg.ingest.memo import SentenceReadings, remembered
from kg.ingest.nouns import noun_phrase
from kg.ingest.phrases import read
from kg.workspace import Workspace


def test_a_remembered_reading_is_a_copy_of_its_own() -> None:
    calls = []

    @remembered(maxsize=8)
    def listed(text: str) -> Box:
        calls.append(text)
        return Box(text.split())

    first = listed("a b")
    first.items.append("changed")
    again = listed("a b")
    assert calls == ["a b"]
    assert again.items == ["a", "b"] and again is not first


class Box:
    def __init__(self, items: list[str]) -> None:
        self.items = items


def test_a_noun_phrase_read_twice_is_equal_and_not_the_same_object() -> None:
    """The ingester tells a sentence's own subject from an equal phrase by identity (extract.py)."""
    assert noun_phrase("Mixture of Experts (MoE)") == noun_phrase("Mixture of Experts (MoE)")
    assert noun_phrase("Mixture of Experts (MoE)") is not noun_phrase("Mixture of Experts (MoE)")


def test_a_sentence_is_read_again_once_the_labels_with_and_have_grown() -> None:
    readings = SentenceReadings()
    protected: set[str] = set()
    sentence = "Frameworks are used for modeling and training."
    split = readings.read(read, sentence, protected)
    assert sorted(c.object.label for c in split.claims) == ["modeling", "training"]
    assert readings.read(read, sentence, protected).claims == split.claims  # kept
    protected.add("modeling and training")  # the lexicon has met the label since
    whole = readings.read(read, sentence, protected)
    assert [c.object.label for c in whole.claims] == ["modeling and training"]


def test_a_kept_sentence_reading_is_a_copy_of_its_own() -> None:
    readings = SentenceReadings()
    first = readings.read(read, "BERT uses attention.", set())
    first.claims.clear()
    assert readings.read(read, "BERT uses attention.", set()).claims


def test_the_kept_readings_are_bounded() -> None:
    readings = SentenceReadings(limit=3)
    for n in range(10):
        readings.read(read, f"Model {n} uses attention.", set())
    assert len(readings._known) == 3


def test_a_build_after_other_notes_writes_what_a_fresh_process_writes(tmp_path: Path, repo: Path, corpus: Path) -> None:
    """Every cache of a build is a pure function of its input, or kept for one build: the shipped
    notes built after a collection of the corpus (the caches full of its words and phrases) give
    the bytes a build in a fresh process gives."""
    other = Workspace.at(tmp_path / "other" / "data", tmp_path / "other" / "exports")
    shutil.copytree(corpus / "llm-course", other.notes, ignore=shutil.ignore_patterns("LICENSE*"))
    kg.build(other, page=False)
    warm = Workspace.at(tmp_path / "warm" / "data", tmp_path / "warm" / "exports")
    shutil.copytree(repo / "data", warm.data)
    kg.build(warm, page=True)
    cold = tmp_path / "cold"
    shutil.copytree(repo / "data", cold / "data")
    done = subprocess.run([sys.executable, "-c", "import sys; from cli import cli; cli(['--data', sys.argv[1], '--exports', sys.argv[2], 'build'])",
                           str(cold / "data"), str(cold / "exports")], cwd=repo, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    for name in ("aie.trig", "aie.ttl", "graph.html"):
        assert (warm.exports / name).read_bytes() == (cold / "exports" / name).read_bytes(), name
