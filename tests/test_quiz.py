"""`kg quiz`: questions from the shipped graph whose right answers hold and whose wrong answers do
not, answers scored and scheduled by FSRS, the progress file kept through rebuilds and never
misread or lost, and the typed path through a real terminal."""

from __future__ import annotations

import json
import os
import random
import re
import select
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.graph.assemble import Quads
from kg.graph.namespaces import Namespaces
from kg.graph.knowledge import KnowledgeGraph
from kg.query.patterns import match
from kg.schema import vocab
from kg.source import Source
from kg.study.pool import Pool
from kg.study.questions import BLANK, CardKey, Question, blank, cards, make, short
from kg.study.quiz import DONT_KNOW, Session, concepts_for, read_choice
from kg.study.schedule import PROGRESS_FILE, Progress
from kg.workspace import Workspace

SPARSE = "https://w3id.org/aie-kg/aie/concept/sparse-model"
MOE = "https://w3id.org/aie-kg/aie/concept/mixture-of-experts"


def run(workspace: Workspace, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), "quiz", *args],
                              input=input, env={"KG_ENDPOINT": None, "KG_STORE": None})


def progress_lines(workspace: Workspace) -> list[dict]:
    lines = (workspace.data / PROGRESS_FILE).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"kg": "quiz progress", "format": 1}
    return [json.loads(line) for line in lines[1:]]


def planned(workspace: Workspace, seed: int, **options: object) -> list[Question]:
    """The questions a seeded session asks, in order, made without answering any."""
    pool = Pool(kg.load(workspace))
    session = Session(pool, Progress.load(workspace.data / PROGRESS_FILE), concepts_for(pool, **options),  # type: ignore[arg-type]
                      seed=seed, limit=1000)
    return list(session.questions())


@pytest.fixture(scope="module")
def pool(graph: KnowledgeGraph) -> Pool:
    return Pool(graph)


def concept_named(pool: Pool, label: str) -> ox.NamedNode:
    found = [c for c in pool.concepts if pool.label(c) == label]
    assert len(found) == 1, label
    return found[0]


# ---------------------------------------------------------------- the questions


def test_every_question_has_one_right_answer_and_wrong_ones_that_do_not_hold(pool: Pool, graph: KnowledgeGraph) -> None:
    """Each card of the shipped graph, with three seeds: the right choice holds and no wrong one
    does, as `kg query` (with inference, weak readings too) answers; wrong choices are alike."""
    made = 0
    for key in cards(pool, pool.concepts):
        concept = ox.NamedNode(key.iri)
        for seed in range(3):
            question = make(pool, key, random.Random(f"{seed} {key}"))
            if question is None:
                continue
            made += 1
            assert 3 <= len(question.choices) <= 4 and len(set(question.choices)) == len(question.choices)
            assert question.sources and all(re.fullmatch(r".+:\d+", s) for s in question.sources)
            if key.kind == "term":
                assert question.choices[question.answer] == short(blank(pool.definition(concept), pool.names(concept)))
                assert not any(re.search(rf"\b{re.escape(pool.label(concept))}\b", c, re.I) for c in question.choices)
                continue
            if key.kind == "definition":
                assert question.choices[question.answer] == pool.label(concept)
                assert BLANK in question.prompt or pool.label(concept).lower() not in question.prompt.lower()
                continue
            direction, _, relation = key.kind.partition(":")
            right = concept_named(pool, question.choices[question.answer])
            for index, choice in enumerate(question.choices):
                other = concept_named(pool, choice)
                s, o = (other, concept) if direction == "in" else (concept, other)
                holds = bool(match(graph, s, relation, o))
                assert holds == (index == question.answer), f"{question.prompt} {choice}"
                if index != question.answer:  # plausible: of the right answer's class or under one of its topics
                    assert (pool.class_of(other) == pool.class_of(right)
                            or set(pool.topics_of(other)) & set(pool.topics_of(right))), (question.prompt, choice)
    assert made > 400


def test_which_of_these_is_a_kind_of_sparse_model(pool: Pool) -> None:
    key = CardKey(SPARSE, "in:isA")
    assert key in cards(pool, pool.concepts)
    for seed in range(10):
        question = make(pool, key, random.Random(seed))
        assert question is not None
        assert question.prompt == "Which of these is a kind of sparse model?"
        assert question.choices[question.answer] == "mixture of experts"
        assert question.statement == "mixture of experts isA sparse model" and question.sources == ["curated.ttl:20"]


def test_a_card_of_a_kind_never_made_asks_nothing(pool: Pool) -> None:
    """A hand-edited progress file may name one: it is passed over, not asked badly."""
    for kind in ("in:contrastsWith", "out:relatedTo", "sideways:isA", "out:"):
        assert make(pool, CardKey(SPARSE, kind), random.Random(1)) is None


def test_inferred_answers_count_and_cite_the_rule(pool: Pool) -> None:
    transformer = concept_named(pool, "transformer architecture")
    key = CardKey(transformer.value, "out:contains")
    statements = {q.statement for seed in range(40) if (q := make(pool, key, random.Random(seed)))}
    assert "transformer architecture contains attention module (transitive via transformer block)" in statements


def test_a_definition_gives_its_term_away_nowhere(pool: Pool) -> None:
    question = make(pool, CardKey(MOE, "definition"), random.Random(1))
    assert question is not None
    assert question.prompt.startswith("Which term does this define? \u201c___ (___) is a model architecture")
    assert blank("Mixture of experts and MoEs", ["mixture of experts", "MoE"]) == "___ and ___"


def test_the_same_seed_asks_the_same_questions(copied: Workspace) -> None:
    first, second = planned(copied, 7), planned(copied, 7)
    assert first == second and len(first) > 50
    assert [q.choices for q in planned(copied, 8)] != [q.choices for q in first]


def test_no_definition_and_no_relation_fit_to_ask_make_no_card() -> None:
    """A concept with neither makes no card; a relation read only weakly makes none either."""
    names = Namespaces("https://example.org/")
    quads = Quads(names)
    a, b, c = (ox.NamedNode(f"https://example.org/concept/{n}") for n in "abc")
    here = Source("n.md", 1)
    for node, label in ((a, "alpha"), (b, "beta"), (c, "gamma")):
        quads.add(node, vocab.RDF_TYPE, vocab.term("Technique"), here)
        quads.add(node, vocab.PREF_LABEL, ox.Literal(label), here)
    quads.add(a, vocab.term("isA"), b, Source("n.md", 2, rule="co-mention"))  # weak
    quads.add(c, vocab.term("uses"), b, Source("n.md", 3, rule="phrase"))  # stated
    pool = Pool(KnowledgeGraph.from_quads(quads.described()))
    assert cards(pool, pool.concepts) == [CardKey(b.value, "in:uses"), CardKey(c.value, "out:uses")]


def test_too_few_concepts_alike_make_no_question(tmp_path: Path) -> None:
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    workspace.notes.mkdir(parents=True)
    (workspace.notes / "n.md").write_text("- **Zeta:** Zeta is a parser that reads many formats quickly.\n"
                                          "- **Kite:** Kite is a tool that draws graphs of modules.\n", encoding="utf-8")
    kg.build(workspace, page=False)
    result = run(workspace)
    assert result.exit_code == 1 and result.stderr.startswith("Error: no card to ask: ")
    assert not (workspace.data / PROGRESS_FILE).exists()


# ---------------------------------------------------------------- answers, scored


def test_answers_are_scored_right_and_wrong_and_scheduled(copied: Workspace, tmp_path: Path) -> None:
    questions = planned(copied, 3)[:5]
    right_letter = "abcd"[questions[0].answer]
    wrong_letter = "abcd"[(questions[1].answer + 1) % len(questions[1].choices)]
    by_text = questions[2].choices[questions[2].answer].upper()
    by_number = str(questions[3].answer + 1)
    answers = tmp_path / "answers.txt"
    answers.write_text(f"{right_letter}\n{wrong_letter}\n{by_text}\n{by_number}\n?\n", encoding="utf-8")
    result = run(copied, "--seed", "3", "--limit", "5", "--answers", str(answers))
    assert result.exit_code == 0, result.output
    verdicts = re.findall(r"^   (right|wrong, it is [a-d]\))", result.stdout, re.M)
    assert verdicts == ["right", "wrong, it is " + "abcd"[questions[1].answer] + ")", "right", "right",
                        "wrong, it is " + "abcd"[questions[4].answer] + ")"]
    assert result.stdout.splitlines()[0].startswith(f"1. {questions[0].prompt}")
    assert re.search(r"^answered 5, right 3; next due \d{4}-\d\d-\d\d \d\d:\d\d \(in \d+ minutes?\)$", result.stdout, re.M)
    ratings = {(r["iri"], r["kind"]): [rating for _, rating in r["reviews"]] for r in progress_lines(copied)}
    assert ratings == {tuple(q.key): [3 if i in (0, 2, 3) else 1] for i, q in enumerate(questions)}


def test_answers_from_stdin_and_quitting_early(copied: Workspace) -> None:
    result = run(copied, "--seed", "3", input="?\nq\nb\n")
    assert result.exit_code == 0, result.output
    assert "answered 1, right 0" in result.stdout and "2. " in result.stdout and "3. " not in result.stdout
    assert len(progress_lines(copied)) == 1


def test_a_reply_that_names_no_choice(copied: Workspace) -> None:
    question = planned(copied, 3)[0]
    assert read_choice(question, "z") is None and read_choice(question, "") == DONT_KNOW
    assert read_choice(question, " B) ") == 1 and read_choice(question, "2") == 1
    result = run(copied, "--seed", "3", "--limit", "1", input="zebra\n")
    assert "not a choice: 'zebra', counted as not known" in result.stdout and "right 0" in result.stdout


def test_fsrs_state_advances_with_the_answers(tmp_path: Path) -> None:
    progress = Progress(tmp_path / PROGRESS_FILE, fuzz=False)
    key = CardKey(MOE, "term")

    def answer(right: bool, when: datetime) -> tuple[str, datetime, float]:
        card = progress.review(key, "mixture of experts", right, when).card
        return card.state.name, card.due, card.stability

    start = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    state, due, _ = answer(True, start)
    assert state == "Learning" and due - start == timedelta(minutes=10)
    state, second_due, stability = answer(True, due)
    assert state == "Review" and second_due - due >= timedelta(days=1)
    state, third_due, grown = answer(True, second_due)
    assert state == "Review" and grown > stability and third_due - second_due > second_due - due, "a card known comes back later"
    state, lapse_due, _ = answer(False, third_due)
    assert state == "Relearning" and lapse_due - third_due == timedelta(minutes=10)
    record = progress.get(key)
    assert record is not None and [rating for _, rating in record.reviews] == [3, 3, 3, 1]
    progress.save()
    again = Progress.load(tmp_path / PROGRESS_FILE).get(key)
    assert again is not None and again.card.due == lapse_due and again.card.state == record.card.state
    assert again.card.stability == record.card.stability and again.reviews == record.reviews


# ---------------------------------------------------------------- the progress file


def test_progress_survives_a_rebuild_and_a_card_keeps_its_history(copied: Workspace) -> None:
    questions = planned(copied, 5)
    asked = questions[0]
    assert run(copied, "--seed", "5", "--limit", "1", input="a\n").exit_code == 0
    saved = (copied.data / PROGRESS_FILE).read_bytes()
    notes = copied.notes / "ai-engineering-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace("Mixture of Experts (MoE) is a model architecture",
                                                               "Mixture of Experts (MoE) is a neural network design")
                     + "\n## Chapter 3\n\n- **Speculative Decoding:** A draft model proposes tokens that a larger model checks.\n",
                     encoding="utf-8")
    kg.build(copied, page=False)
    assert (copied.data / PROGRESS_FILE).read_bytes() == saved, "a build leaves the progress alone"
    due = run(copied, "--due")
    assert due.exit_code == 1 and due.stderr.startswith("Error: no card due among the 1 answered before; next due in ")
    later = datetime.now(timezone.utc) + timedelta(days=400)
    pool = Pool(kg.load(copied))
    session = Session(pool, Progress.load(copied.data / PROGRESS_FILE), concepts_for(pool), due_only=True,
                      seed=5, clock=lambda: later)
    assert session.due == [asked.key]
    session.answer(next(session.questions()), DONT_KNOW)
    history = {(r["iri"], r["kind"]): r["reviews"] for r in progress_lines(copied)}
    assert len(history[tuple(asked.key)]) == 2, "the card kept its first answer through the rebuild"


def test_a_due_card_is_asked_again(copied: Workspace) -> None:
    assert run(copied, "--seed", "5", "--limit", "1", input="?\n").exit_code == 0
    path = copied.data / PROGRESS_FILE
    record = progress_lines(copied)[0]
    record["due"] = "2020-01-01T00:00:00+00:00"  # time has passed
    path.write_text(json.dumps({"kg": "quiz progress", "format": 1}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = run(copied, "--due", "--seed", "5", input="?\n")
    assert result.exit_code == 0, result.output
    assert f"1. {planned(copied, 5)[0].prompt}" in result.stdout or record["label"] in result.stdout
    assert "answered 1, right 0" in result.stdout
    assert len(progress_lines(copied)[0]["reviews"]) == 2


CORRUPTIONS = {
    "bad JSON": (b'{"kg": "quiz progress", "format": 1}\n{"iri": "x", "kind": "term", "due": }\n', 2, "Expecting value at column 37"),
    "a bad date": (b'{"kg": "quiz progress", "format": 1}\n\n{"iri": "x", "kind": "term", "state": 2, "due": "soon"}\n', 3,
                   "not a card's progress"),
    "no header": (b'{"iri": "x", "kind": "term", "state": 2, "due": "2025-01-01T00:00:00+00:00"}\n', 1, "not a quiz progress file"),
    "not UTF-8": (b'{"kg": "quiz progress", "format": 1}\n{"iri": "\xff"}\n', 2, "not UTF-8"),
    "a newer format": (b'{"kg": "quiz progress", "format": 9}\n', 1, "newer kg"),
    "twice the same card": (b'{"kg": "quiz progress", "format": 1}\n'
                            + b'{"iri": "x", "kind": "term", "state": 2, "due": "2025-01-01T00:00:00+00:00"}\n' * 2, 3, "a second record"),
    "a state FSRS has not": (b'{"kg": "quiz progress", "format": 1}\n{"iri": "x", "kind": "term", "state": 7, "due": '
                             b'"2025-01-01T00:00:00+00:00"}\n', 2, "not a valid State"),
}


@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_a_corrupt_progress_file_is_one_line_and_loses_nothing(copied: Workspace, corruption: str) -> None:
    content, line, words = CORRUPTIONS[corruption]
    path = copied.data / PROGRESS_FILE
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    result = run(copied, input="a\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}:{line}: ") and words in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "left as it was" in result.stderr
    assert path.read_bytes() == content and path.stat().st_mtime_ns == before
    assert [p.name for p in copied.data.iterdir() if p.name.endswith(".tmp")] == []


# ---------------------------------------------------------------- what is asked


def test_topic_and_class_choose_the_concepts(copied: Workspace, pool: Pool) -> None:
    chosen = concepts_for(pool, topic="modeling")
    topics = {pool.label(t) for c in chosen for t in pool.topics_of(c)}
    assert topics == {"Model Size", "Transformer Architecture"}, "a heading and the headings below it"
    questions = planned(copied, 1, topic="Transformer Architecture", cls="Architecture")
    assert questions
    for question in questions:
        concept = ox.NamedNode(question.key.iri)
        assert pool.class_of(concept) == "Architecture" and pool.label(pool.topics_of(concept)[0]) == "Transformer Architecture"
    result = run(copied, "--topic", "Transformer Architecture", "--class", "architecture", "--limit", "2", "--seed", "1",
                 input="?\n?\n")
    assert result.exit_code == 0 and "answered 2, right 0" in result.stdout
    assert {r["iri"] for r in progress_lines(copied)} <= {q.key.iri for q in questions}


def test_an_unknown_topic_or_class(copied: Workspace) -> None:
    topic = run(copied, "--topic", "modelling")
    assert topic.exit_code == 1 and topic.stderr.strip() == "Error: no topic named 'modelling'; did you mean 'Modeling', 'Model Size'?"
    cls = run(copied, "--class", "architect")
    assert cls.exit_code == 2 and cls.stderr.strip() == "Error: --class: no class named 'architect'; did you mean Architecture?"
    assert not (copied.data / PROGRESS_FILE).exists()


def test_one_card_per_concept_and_the_limit(copied: Workspace) -> None:
    questions = planned(copied, 2)
    assert len({q.key.iri for q in questions}) == len(questions)
    result = run(copied, "--seed", "2", "--limit", "3", input="?\n" * 10)
    assert "answered 3, right 0" in result.stdout and len(progress_lines(copied)) == 3


# ---------------------------------------------------------------- typed at a terminal


def test_typed_answers_at_a_terminal(copied: Workspace, repo: Path) -> None:
    """A real pseudo-terminal: the prompt, a reply that names no choice asked again, Ctrl-D ends it."""
    question = planned(copied, 4)[0]
    main, secondary = os.openpty()
    process = subprocess.Popen([sys.executable, "-c", "import cli; cli.main()", "--data", str(copied.data),
                                "--exports", str(copied.exports), "quiz", "--seed", "4"],
                               stdin=secondary, stdout=secondary, stderr=secondary, cwd=repo,
                               env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(repo)})
    os.close(secondary)
    seen = b""

    def read_until(text: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while text not in seen:
            assert time.monotonic() < deadline, seen.decode(errors="replace")
            if select.select([main], [], [], 1)[0]:
                seen += os.read(main, 4096)

    try:
        read_until(b"> ")
        os.write(main, b"zebra\n")
        read_until(b"not a choice")
        os.write(main, "abcd"[question.answer].encode() + b"\n")
        read_until(b"2. ")
        os.write(main, b"\x04")  # Ctrl-D
        read_until(b"answered 1, right 1")
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        os.close(main)
    assert f"1. {question.prompt}".encode() in seen.replace(b"\r\n", b"\n").replace(b"\n   ", b" ")
    assert progress_lines(copied)[0]["reviews"][0][1] == 3
