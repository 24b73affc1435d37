"""What a person types in the places of a triple pattern (the wildcard `?`, a relation by name or
label) and the rows a pattern gives back. No graph engine is imported here, so that the answers the
cards give (kg.query.answers) and those the graph gives (kg.query.patterns) read names alike and
print the same rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.errors import NothingFound

WILDCARD = re.compile(r"\?\w*")  # `?`, or a named one like `?x`

# The keys of a row of `kg query`, in the order kg.query.patterns.fact_row makes them.
ROW_KEYS = ("subject", "relation", "object", "stated", "how", "rule", "reading", "sources", "source",
            "subject_iri", "object_iri")
FACT_COLUMNS = ["subject", "relation", "object", "stated", "how", "reading", "rule", "sources", "subject_iri", "object_iri"]


def is_wildcard(name: str) -> bool:
    return WILDCARD.fullmatch(name) is not None


def relation_called(name: str, labels: Mapping[str, str]) -> str | None:
    """The relation a person means by `name` (isA, isa, "is a"): a name of `labels` (relation ->
    its label) as it is, then in any case, then a label in any case; None when it is none of them."""
    if name in labels:
        return name
    folded = {relation.lower(): relation for relation in labels}
    if name.lower() in folded:
        return folded[name.lower()]
    by_label = {label.lower(): relation for relation, label in labels.items()}
    return by_label.get(name.lower())


def fact_columns(fmt: str, subject: str, relation: str, obj: str) -> list[str]:
    """The columns of pattern results: all for JSON and CSV; a table leaves out the places the
    pattern fixed (they would repeat on every row) so that it fits 80 columns."""
    if fmt != "table":
        return FACT_COLUMNS
    fixed = {name for name, given in (("subject", subject), ("relation", relation), ("object", obj))
             if not is_wildcard(given)}
    return [c for c in ("subject", "relation", "object") if c not in fixed or len(fixed) == 3] + ["how", "source"]


def nothing_matches(subject: str, relation: str, obj: str, *, inferred: bool = True) -> NothingFound:
    """The error of a pattern that matches nothing, naming what was typed."""
    shown = " ".join(part if is_wildcard(part) else f"'{part}'" for part in (subject, relation, obj))
    return NothingFound(f"no {'stated ' if not inferred else ''}relation matches {shown}")
