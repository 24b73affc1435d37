"""Notes files read apart and on several cores (kg.ingest.parallel): the graph is the one a single
process reads, a concept named in two files is one concept, and a small build starts no worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from cli import cli
from kg import Workspace
from kg.ingest import parallel
from kg.ingest.lexicon import Lexicon, Record
from kg.ingest.markdown import parse
from kg.ingest.nouns import noun_phrase
from kg.source import Source
from reading import build_files, facts


def _built(tmp_path: Path, corpus: Path, collection: str, jobs: int) -> bytes:
    """A corpus collection built with `jobs` readers: its aie.trig, every statement with its sources."""
    root = tmp_path / f"jobs-{jobs}"
    shutil.copytree(corpus / collection, root / "data" / "notes", ignore=shutil.ignore_patterns("LICENSE*"))
    (root / "data" / "kg.toml").write_text('workspace = "readers"\n')  # one id for both: the sources' IRIs hold it
    workspace = Workspace.at(root / "data", root / "exports")
    kg.build(workspace, page=False, jobs=jobs)
    return workspace.dataset.read_bytes()


def _pools(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each Readers made from now on has workers."""
    made, init = [], parallel.Readers.__init__

    def recorded(self: parallel.Readers, *args: object) -> None:
        init(self, *args)
        made.append(self.pool is not None)

    monkeypatch.setattr(parallel.Readers, "__init__", recorded)
    return made


def test_files_parsed_and_read_by_workers_make_the_graph_one_process_makes(tmp_path: Path, corpus: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "IN_PARALLEL_FROM", 0)  # workers however short the notes
    made = _pools(monkeypatch)
    alone, shared = _built(tmp_path, corpus, "prompt-engineering-guide", 1), _built(tmp_path, corpus, "prompt-engineering-guide", 2)
    assert made == [False, True]
    assert shared == alone and b"kg:isA" in alone


def test_short_notes_are_read_in_the_build_s_own_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _pools(monkeypatch)
    _result, graph = build_files(tmp_path, {"a.md": "# Dens\n\n- **Sett:** A sett is a kind of den.\n",
                                            "b.md": "# Burrows\n\nA sett uses a moss bed.\n"})
    assert made == [False]
    assert ("sett", "isA", "den") in facts(graph) and ("sett", "uses", "moss bed") in facts(graph)


def test_workers_only_for_several_files_large_enough_and_more_than_one_job() -> None:
    large = parallel.IN_PARALLEL_FROM
    for files, size, jobs in [(2, large - 1, 2), (1, large, 2), (2, large, 1)]:
        with parallel.Readers(files, size, jobs) as readers:
            assert readers.pool is None, (files, size, jobs)
    with parallel.Readers(2, large, 2) as readers:
        pool = readers.pool
        assert pool is not None and len(pool._pool) == 2
        assert [notes.title.title for notes in readers.parse([("# Dens\n", "a.md"), ("# Setts\n", "b.md")])] == ["Dens", "Setts"]
    with pytest.raises(ValueError):  # ended with the readers
        pool.apply(len, ("",))


def test_a_concept_two_files_name_is_one_concept_with_the_sources_of_both(tmp_path: Path) -> None:
    files = [parse("# Dens\n\n- **Sett:** A sett is a kind of den.\n", "a.md"),
             parse("# Burrows\n\nThe sett uses a moss bed.\n", "b.md")]
    extraction = parallel.extract(files)
    setts = [r for r in extraction.lexicon.live() if r.label.casefold() == "sett"]
    assert len(setts) == 1 and {s.file for s in setts[0].sources} == {"a.md", "b.md"}
    assert {(s.subject.final().label, s.relation, s.object.final().label) for s in extraction.statements} \
        >= {("sett", "isA", "den"), ("sett", "uses", "moss bed")}


def _lexicon(*labels: str, defined: bool = False, name: bool = False) -> Lexicon:
    lexicon = Lexicon()
    for label in labels:
        record = lexicon.concept(noun_phrase(label), Source("b.md", 3))
        record.is_name = record.is_name or name
        if defined:
            record.defined_at = Source("b.md", 3)
    return lexicon


def test_a_spelling_another_file_only_meets_counts_as_a_vote_not_a_label() -> None:
    known, other = _lexicon("den-digging"), _lexicon("den digging")
    known.absorb(other)
    [record] = known.live()
    assert record.label == "den-digging" and "den digging" not in record.aliases
    assert record.votes == {"den-digging": 1, "den digging": 1} and len(record.sources) == 2


def test_a_spelling_another_file_defines_is_one_of_the_labels() -> None:
    known, other = _lexicon("zorp-2"), _lexicon("Zorp-2", defined=True)
    known.absorb(other)
    [record] = known.live()
    assert record.aliases == {"Zorp-2"} and record.defined_at == Source("b.md", 3)


def test_the_record_found_stays_a_name_or_a_common_noun_as_it_was() -> None:
    known, other = _lexicon("ZorpNet", name=True), _lexicon("zorpnet")
    known.absorb(other)
    [record] = known.live()
    assert record.is_name


def test_two_records_of_one_file_that_name_one_known_concept_become_it() -> None:
    known = Lexicon()
    radar = known.concept(noun_phrase("den radar"), Source("a.md", 1))
    known.add_label(radar, "DR")
    other = _lexicon("DR", "den radars")
    known.absorb(other)
    assert [r.label for r in known.live()] == ["den radar"] and all(r.final() is radar for r in other.records)


def test_a_concept_only_the_other_file_names_is_added_with_its_labels() -> None:
    known, other = _lexicon("sett"), Lexicon()
    radar = other.concept(noun_phrase("den radar"), Source("b.md", 1))
    other.add_label(radar, "DR")
    other.with_and.add("moss and clay")
    known.absorb(other)
    assert known.find("DR") is radar and known.find("den radars") is radar and "moss and clay" in known.with_and
    assert isinstance(radar, Record) and len(known.live()) == 2


def test_jobs_must_be_a_count_of_processes(tmp_path: Path) -> None:
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "a.md").write_text("# Dens\n\n- **Sett:** A sett is a kind of den.\n")
    base = ["--data", str(tmp_path / "data"), "--exports", str(tmp_path / "exports"), "build", "--no-page"]
    refused = CliRunner().invoke(cli, [*base, "--jobs", "0"])
    assert refused.exit_code == 2 and "--jobs" in refused.output and not (tmp_path / "exports").exists()
    done = CliRunner().invoke(cli, [*base, "--jobs", "1"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("2 concepts") and (tmp_path / "exports" / "aie.trig").is_file()
