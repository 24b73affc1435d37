"""`kg review`: the statements read weakly, listed as `kg query` tells their tier; decisions written to
files a person can read (data/accepted.ttl, data/rejected.tsv) that hold through rebuilds and edits
elsewhere in the notes, where line numbers move; bad decision files and numbers are errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result

from cli import cli
from kg.workspace import Workspace

NOTES = "notes/ai-engineering-notes.md"


def run(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


def listed(workspace: Workspace, *args: str) -> list[dict]:
    result = run(workspace, "review", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def number_of(rows: list[dict], subject: str, relation: str, obj: str) -> str:
    return str(next(r["n"] for r in rows if (r["subject"], r["relation"], r["object"]) == (subject, relation, obj)))


def asserted(workspace: Workspace, subject: str) -> list[dict]:
    result = run(workspace, "query", subject, "?", "?", "--asserted", "--format", "json")
    return json.loads(result.stdout) if result.exit_code == 0 else []


@pytest.fixture
def shipped(tmp_path: Path, repo: Path) -> Workspace:
    shutil.copytree(repo / "data", tmp_path / "data")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    assert run(workspace, "build", "--no-page").exit_code == 0
    return workspace


@pytest.fixture
def small(tmp_path: Path) -> Workspace:
    """Notes where "token relatedTo language model" is only guessed: one named in the other's definition."""
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text("# Parsing\n\n## Tools\n\n- **Alpha:** Alpha uses Beta.\n- **Beta:** A parser.\n"
                                "- **Token:** The basic unit of a language model.\n"
                                "- **Language model:** A model of text.\n", encoding="utf-8")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    assert run(workspace, "build", "--no-page").exit_code == 0
    return workspace


def test_review_lists_what_kg_query_calls_weak(built: Workspace) -> None:
    rows = listed(built)
    everything = json.loads(run(built, "query", "?", "?", "?", "--asserted", "--format", "json").stdout)
    weak = {(r["subject"], r["relation"], r["object"]) for r in everything if r["how"] == "weak"}
    assert {(r["subject"], r["relation"], r["object"]) for r in rows} == weak and len(weak) >= 5
    assert [r["n"] for r in rows] == list(range(1, len(rows) + 1))
    token = next(r for r in rows if (r["subject"], r["object"]) == ("token", "language model"))
    assert token["tier"] == "weak" and token["reading"] == "co-mention" and token["sources"] == [f"{NOTES}:17"]
    table = run(built, "review").stdout.splitlines()
    assert table[0].split() == ["n", "statement", "source"]
    assert any(line.split()[:5] == [number_of(rows, "token", "relatedTo", "language model"), "token", "relatedTo",
                                    "language", "model"] for line in table)


def test_review_of_structural_readings(built: Workspace) -> None:
    rows = listed(built, "--tier", "structural")
    assert rows and {r["tier"] for r in rows} == {"structural"}
    both = listed(built, "--tier", "structural", "--tier", "weak")
    assert len(both) == len(rows) + len(listed(built))


def test_decisions_hold_through_rebuilds_and_edits_elsewhere_in_the_notes(shipped: Workspace) -> None:
    accepted = run(shipped, "review", "--accept", number_of(listed(shipped), "token", "relatedTo", "language model"))
    assert accepted.exit_code == 0 and "accepted 1 statement -> " in accepted.stdout
    rejected = run(shipped, "review", "--reject", number_of(listed(shipped), "GPT-4", "relatedTo", "token"))
    assert rejected.exit_code == 0 and "rejected 1 statement -> " in rejected.stdout
    left = {(r["subject"], r["object"]) for r in listed(shipped)}
    assert ("token", "language model") not in left and ("GPT-4", "token") not in left, "decided: not offered again"

    # Files a person reads: Turtle a second parser takes, and a tab-separated line with a note
    turtle = shipped.accepted.read_text(encoding="utf-8")
    assert "aie:token kg:relatedTo aie:language-model ." in turtle and "# token relatedTo language model (co-mention" in turtle
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 1
    rows = [line.split("\t") for line in shipped.rejected.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == [["GPT-4", "relatedTo", "token", f"model-name at {NOTES}:18"]]

    def check(line_of_the_guess: int) -> None:
        token = [r for r in asserted(shipped, "token") if r["object"] == "language model"]
        assert len(token) == 1 and token[0]["how"] == "stated"
        assert token[0]["sources"] == sorted(["accepted.ttl:8", f"{NOTES}:{line_of_the_guess}"])
        assert not [r for r in asserted(shipped, "GPT-4") if r["object"] == "token"], "the rejected statement is out"

    built = run(shipped, "build", "--no-page")
    assert built.exit_code == 0, built.output
    assert "-1 statement since the last build" in built.stdout
    check(17)
    # an edit near the top moves every line below it; another part of the notes changes
    notes = shipped.notes / "ai-engineering-notes.md"
    text = notes.read_text(encoding="utf-8").splitlines(keepends=True)
    notes.write_text("".join(text[:2] + ["A line of my own.\n", "\n"] + text[2:]) +
                     "\n## Retrieval\n\n- **Vector database:** A database that stores embeddings.\n", encoding="utf-8")
    again = run(shipped, "build", "--no-page")
    assert again.exit_code == 0, again.output
    assert re.fullmatch(r"\+\d+ concepts?, \+\d+ statements? since the last build", again.stdout.splitlines()[-1])
    check(19)
    assert ("token", "language model") not in {(r["subject"], r["object"]) for r in listed(shipped)}


def test_a_rejection_names_labels_in_any_form_and_stated_readings_stay(small: Workspace) -> None:
    assert [(r["subject"], r["relation"], r["object"]) for r in listed(small)] == [("token", "relatedTo", "language model")]
    # written by hand: the other way round (relatedTo is symmetric), capitalised, plural
    small.rejected.write_text("# mine\nLanguage Models\trelatedto\tTokens\n", encoding="utf-8")
    assert run(small, "build", "--no-page").exit_code == 0
    assert asserted(small, "token") == []
    nothing = run(small, "review")
    assert nothing.exit_code == 1 and "nothing to review" in nothing.stderr
    # a person states it in the notes: a rejection of the guess does not take that back
    notes = small.notes / "n.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace(
        "language model.\n", "language model.\n  relatedTo:: [[language model]]\n", 1), encoding="utf-8")
    assert run(small, "build", "--no-page").exit_code == 0
    kept = asserted(small, "token")
    assert [(r["object"], r["how"], r["reading"]) for r in kept] == [("language model", "stated", ["inline-field"])]


def test_an_inverse_form_counts_as_the_same_statement(small: Workspace) -> None:
    """A rejection of "beta usedBy alpha" is one of "alpha uses beta", however it was read."""
    from kg.ingest.rejections import read_rejections
    from kg.schema import vocab

    small.rejected.write_text("beta\tusedBy\talpha\n", encoding="utf-8")
    rejections = read_rejections(small.rejected, "rejected.tsv")
    assert rejections.covers(["Alpha"], "uses", ["Beta"]) and not rejections.covers(["Alpha"], "contains", ["Beta"])
    assert vocab.canonical("b", "usedBy", "a") == vocab.canonical("a", "uses", "b")


@pytest.mark.parametrize("line, message", [
    ("token\trelatedTo\n", "rejected.tsv:2: expected a subject, a relation and an object, separated by tabs"),
    ("token relatedTo language model\n", "rejected.tsv:2: expected a subject, a relation and an object"),
    ("token\trelatedTp\tlanguage model\n", "rejected.tsv:2: 'relatedTp' is no relation of the vocabulary; did you mean relatedTo?"),
])
def test_a_bad_line_in_rejected_tsv_is_an_error_with_its_line_and_the_graph_stays(small: Workspace, line: str, message: str) -> None:
    before = small.dataset.read_bytes()
    small.rejected.write_text("# a comment\n" + line, encoding="utf-8")
    result = run(small, "build", "--no-page")
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {message}") and len(result.stderr.splitlines()) == 1
    assert small.dataset.read_bytes() == before


def test_numbers_that_name_nothing(small: Workspace) -> None:
    for args, code, message in ((["--accept", "9"], 1, "no statement numbered 9; `kg review` lists 1 (1-1)"),
                                (["--reject", "one"], 2, "--reject takes numbers from `kg review` or all, not 'one'"),
                                (["--accept", "1", "--reject", "1"], 2, "one at a time")):
        result = run(small, "review", *args)
        assert result.exit_code == code and message in result.stderr, result.output
    assert not small.accepted.exists() and not small.rejected.exists()
    assert run(small, "review", "--accept", "all").exit_code == 0
    assert run(small, "review").exit_code == 1, "all accepted: nothing left to review"
