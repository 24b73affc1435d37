"""The one thing a short prose cell of a relation column names: "| Measures |" / "n-gram overlap with a reference
translation" -> n-gram overlap; "ranking quality, weights top positions more" -> ranking quality, the clause after the
comma saying how; and a record named by its fields, "(instruction, response) pairs", as one phrase. Knows English
wording; nothing of tables."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.lists import cut, without_asides
from kg.ingest.nouns import Phrase, keep, noun_phrase

INDIRECT_QUESTION = re.compile(r"^(?:how|what|whether|which|when|why|where)\s", re.IGNORECASE)
# "| When to use |" / "default choice", "standard practice", "bleeding edge", "plenty of data & GPUs", "most common": a judgement
# or an amount, which says when to use the row's thing, and names no use of it
_WHEN_TO_USE = re.compile(r"^(?:(?:the|a|an|your)\s+)?(?:(?:[\w-]+\s+)?(?:choice|practice|default|option|pick|bet|edge|go-to)(?:\s*$|\s*[,;(])"
                          r"|(?:plenty|lots|tons|loads|a\s+lot|a\s+few|many|most|very|super|rarely|often|always|never)\s)", re.IGNORECASE)


def a_judgement_or_an_amount(text: str) -> bool:
    """Whether a cell of a column of uses judges the row's thing or counts what it needs, naming no use ("default choice",
    "plenty of data & GPUs"); "code completion", "long docs" name uses."""
    return _WHEN_TO_USE.match(text.strip()) is not None


def described_part(text: str) -> str:
    """The words of a cell that may name its one thing: its asides dropped ("moss quality across tasks (warmth,
    softness)"), and a clause after a comma that opens on a verb of the third person ("den quality, weights deep dens
    more"); a list of names ("speed, throughput") stays a list."""
    plain = without_asides(text).strip()
    first, comma, rest = plain.partition(", ")
    said = rest.split()
    return first if comma and len(said) > 1 and clauses.can_be_verb(said[0]) and "," not in rest else plain


def leading_noun_phrase(text: str) -> Phrase | None:
    """The noun phrase a descriptive cell opens with, before its prepositions and participles:
    "n-gram overlap with a reference translation" -> n-gram overlap; None for a clause or a question."""
    lead = re.split(r"\s(?:of|from|with|using|for|in|on|over|across)\s", text, maxsplit=1)[0]
    if INDIRECT_QUESTION.match(text) or clauses.has_finite_verb(lead) or clauses.imperative(lead):
        return None
    head = noun_phrase(cut(lead))
    return head if keep(head) and len(head.label.split()) <= 4 else None


# "(instruction, response) pairs", "(query, doc) triples": the fields of each record, then what the records are
_FIELDS_THEN_RECORDS = re.compile(r"\((?P<one>[a-z][\w-]*),\s*(?P<other>[a-z][\w-]*)\)\s+(?=[a-z][\w-]*s\b)")


def fields_as_compound(text: str) -> str:
    """ "(instruction, response) pairs" -> "instruction-response pairs": a record named by its fields, one noun phrase."""
    return _FIELDS_THEN_RECORDS.sub(lambda m: f"{m['one']}-{m['other']} ", text)
