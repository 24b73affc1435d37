"""Examples that share their last word with a kind named before them: "biases like position bias and verbosity
bias" are biases, and "counter biases picked up from training data (e.g. gender bias, racial bias)" names biases,
not training data, though the data is the nearer noun."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.nouns import Phrase, noun_phrase
from kg.ingest.singular import singular_noun

_WORD = re.compile(r"[A-Za-z][\w-]*")


def head_they_share(before: str, items: list[str]) -> Phrase | None:
    """ "biases like self-bias, position bias and verbosity bias": a bare plural is the kind when every
    example is named by its head noun, which says they are kinds of it; "tasks like summarization" is
    left to the rules above."""
    plural = before.split()[-1].lower() if before.split() else ""
    head = singular_noun(plural)
    if head == plural or len(items) < 2 or "NOUN" not in tagger.readings(head):
        return None
    return noun_phrase(head) if _shared_end(items) == head else None


def kind_named_earlier(before: str, items: list[str], kind: Phrase | None) -> Phrase | None:
    """The plural the examples share their last word with, earlier in the clause, where the nearer kind ends
    on another word: "counter biases picked up from training data (e.g. gender bias, racial bias)" gives
    "bias"; None where the nearer kind is theirs or no earlier word is."""
    head = _shared_end(items)
    if head is None or kind is None or singular_noun(kind.label.split()[-1].lower()) == head:
        return None
    clause = re.split(r"[,;:.]\s", before)[-1]
    plurals = [word for word in _WORD.findall(clause) if word.lower() != head and singular_noun(word.lower()) == head]
    return noun_phrase(head) if plurals and "NOUN" in tagger.readings(head) else None


def _shared_end(items: list[str]) -> str | None:
    """The last word two or more examples all end on, singular: "gender bias, racial bias" -> "bias"."""
    ends = {singular_noun(re.split(r"[\s-]", item.strip().lower())[-1]) for item in items}
    return ends.pop() if len(items) >= 2 and len(ends) == 1 else None
