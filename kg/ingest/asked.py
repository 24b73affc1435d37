"""A table column that asks a yes-or-no question of each row: "| Needs reference data? |", "| Uses
attention? |", "| Trained on code? |". A row that answers yes has the relation the question names
with its thing (BLEU uses reference data); no, a dash or a blank says nothing. Knows English
wording and the vocabulary's column names."""

from __future__ import annotations

import re

from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.relations import column_relation, relation_at, relation_matches

_YES = re.compile(r"^(?:yes|y|true|x)\b", re.IGNORECASE)  # a check mark reads as "yes" (kg.ingest.markdown)


def asked_of_each_row(header: str) -> tuple[str, Phrase] | None:
    """(relation, thing) a question header asks of each row: "Needs reference data?" is (uses,
    reference data); None for a header that asks nothing, or asks of no thing ("Open source?")."""
    question = header.strip()
    if not question.endswith("?"):
        return None
    words = question.rstrip("?").split()
    for size in (2, 1):  # "relies on X", "needs X"
        if len(words) > size and (relation := column_relation(" ".join(words[:size]))) is not None:
            thing = noun_phrase(" ".join(words[size:]))
            return (relation, thing) if keep(thing) else None
    found = next(iter(relation_matches(" ".join(words))), None)  # "Uses attention?", "Trained on code?"
    if found is None or found.start() != 0:
        return None
    thing = noun_phrase(" ".join(words)[found.end():].strip())
    return (relation_at(found), thing) if keep(thing) else None


def says_yes(cell: str) -> bool:
    """ "yes", "✅", "Yes (with a judge)": the row answers yes; "no (needs unit tests)" does not."""
    return _YES.match(cell.strip()) is not None
