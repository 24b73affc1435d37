"""The kinds a clause's last noun phrase can be, listed after a colon as choices: "What you need depends on the
training phase: pre-training, supervised finetuning, or preference finetuning" (each is a training phase).
Knows English wording only: the article before the kind, the colon, and "or" before the last choice."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.claims import Claim, Reading
from kg.ingest.lists import split
from kg.ingest.modifiers import is_shell
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.singular import singular_phrase

# a singular kind with its article, ending a clause, then choices, the last after "or"
_THE_KIND_THEN_CHOICES = re.compile(r"\b(?:the|an?)\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}):\s+(?P<items>[^:;\s][^:;]*)$")
_LAST_AFTER_OR = re.compile(r"\sor\s[^,]+$")


def choices_of_a_kind(text: str, reading: Reading, protected: set[str]) -> bool:
    """Each choice listed after "the <kind>:" is of that kind, where the items are short noun phrases with no verb;
    not "It depends on the den: wet ones flood, or dry ones crack" (clauses), nor a plural ("the tools: A or B")."""
    found = _THE_KIND_THEN_CHOICES.search(text.strip().rstrip("."))
    if found is None or not _LAST_AFTER_OR.search(found["items"]) or is_shell(found["kind"]) or singular_phrase(found["kind"]) != found["kind"]:
        return False
    items = [noun_phrase(item) for item in split(found["items"], protected)]
    if len(items) < 2 or any(len(item.label.split()) > 4 or clauses.has_finite_verb(item.label) or not keep(item)
                             or any(tag == "NNS" for _word, tag in tagger.tagged(item.label)[:-1]) for item in items):
        return False  # "wet ones flood": a plural, then its verb
    kind = noun_phrase(found["kind"])
    reading.claims.extend(Claim(item, "isA", kind, found.start("items")) for item in items)
    return True
