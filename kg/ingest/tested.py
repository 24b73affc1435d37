"""What a benchmark's definition names: "- WinoGrande: pronoun resolution that needs commonsense reasoning", of a
thing the notes make a benchmark elsewhere (a list of benchmarks, a heading, a sentence), names the skill it tests, no
kind it is; "- GSM-8K: grade school math word problems" names what it holds. Read once all files are, since the list
that makes it a benchmark may stand in another file. Knows the head nouns of tests and of their items."""

from __future__ import annotations

import re

from kg.ingest.lexicon import Statement
from kg.ingest.singular import singular_noun

# what a benchmark is a kind of: a test, or a collection of them ("a dataset of den maps", "an exam")
_TESTS = frozenset({"benchmark", "leaderboard", "eval", "evaluation", "test", "suite", "exam", "dataset", "set", "collection",
                    "corpus", "arena", "board", "harness", "battery"})
# what a benchmark holds: "grade school math word problems", "moss depth questions"
_ITEMS = frozenset({"question", "problem", "task", "puzzle", "prompt", "exercise", "challenge", "pair", "conversation", "dialogue"})
_SUITES = frozenset({"benchmark", "leaderboard"})  # what a benchmark is, and what holds benchmarks ("Den Board includes MossQA")
_AFTER_THE_HEAD = re.compile(r"\s(?:of|for|with|on|in|from|that|which|where|to)\s.*$")


def _head(label: str) -> str:
    """ "benchmark of holt questions": benchmark; "grade school math word problems": problem."""
    words = _AFTER_THE_HEAD.sub("", label.lower()).split()
    return singular_noun(words[-1]) if words else ""


def tested_skills(statements: list[Statement]) -> list[Statement]:
    """`statements`, with what a definition said a benchmark is (rule `phrase`) read as what it tests (rule
    `tested-skill`) or holds, unless it names a test or a collection of them ("a dataset of den maps")."""
    benchmarks = {s.subject.final() for s in statements if s.relation == "isA" and _head(s.object.final().label) in _SUITES}
    benchmarks |= {s.object.final() for s in statements if s.relation == "includes" and _head(s.subject.final().label) in _SUITES}  # a leaderboard's
    read = []
    for statement in statements:
        head = _head(statement.object.final().label)
        if statement.relation == "isA" and statement.source.rule == "phrase" and statement.subject.final() in benchmarks and head not in _TESTS:
            relation = "contains" if head in _ITEMS else "evaluates"
            statement = Statement(statement.subject, relation, statement.object, statement.source.by("tested-skill"))
        read.append(statement)
    return read
