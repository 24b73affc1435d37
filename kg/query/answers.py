"""`kg query` with one end of the pattern given, and `kg path`, answered from the cards `kg build`
saved (kg.query.cards), with no graph engine: the facts out of a concept are those on its card, the
facts into it a record of their own, and paths are searched (kg.query.walks) over the saved edges.

Each function returns None whenever the cards cannot say (none for this graph, a stale stamp, a
name they cannot settle alone, a relation they do not know, both ends wildcards), and the caller
asks the graph, which gives the same rows (tests/test_answers.py holds them side by side) and
every error with its suggestions.
"""

from __future__ import annotations

from kg.graph.description import Description
from kg.query.cards import CARD, INTO, WALK, Cards, consult
from kg.query.terms import is_wildcard, nothing_matches, relation_called
from kg.workspace import Workspace


def facts(workspace: Workspace, subject: str, relation: str, obj: str) -> list[dict[str, object]] | None:
    """The rows of `kg query SUBJECT RELATION OBJECT` (with inference) when the subject or the object
    is given; NothingFound when none matches; None when the cards cannot say."""
    if is_wildcard(subject) and is_wildcard(obj):
        return None

    def ask(cards: Cards) -> list[dict[str, object]] | None:
        s = None if is_wildcard(subject) else cards.concept(subject)
        o = None if is_wildcard(obj) else cards.concept(obj)
        rel = None if is_wildcard(relation) else relation_called(relation, _labels(cards))
        if (s is None and not is_wildcard(subject)) or (o is None and not is_wildcard(obj)) or \
                (rel is None and not is_wildcard(relation)):
            return None
        if s is None:
            rows = [row for row in cards.record(INTO, o) if rel is None or row["relation"] == rel]
        else:
            rows = _out_of(Description(*cards.record(CARD, s)), rel,
                           None if o is None else Description(*cards.record(CARD, o)).iri)
        if not rows:
            raise nothing_matches(subject, relation, obj)
        return rows

    return consult(workspace, ask)


def _out_of(card: Description, relation: str | None, obj: str | None) -> list[dict[str, object]]:
    """The facts out of a card's concept, as rows of `kg query`, in the card's order (the query's)."""
    return [{"subject": card.label, "relation": r["relation"], "object": r["concept"], "stated": r["stated"],
             "how": r["how"], "rule": r["rule"], "reading": r["reading"], "sources": r["sources"], "source": r["source"],
             "subject_iri": card.iri, "object_iri": r["concept_iri"]}
            for r in card.relations
            if r["direction"] == "out" and (relation is None or r["relation"] == relation)
            and (obj is None or r["concept_iri"] == obj)]


def paths(workspace: Workspace, start: str, end: str, *, max_length: int = 6, relations: list[str] | None = None,
          limit: int = 10) -> list[dict[str, object]] | None:
    """The rows of `kg path START END`; NothingFound when no chain is short enough; None when the
    cards cannot say (the two names mean one concept too: the graph says so)."""
    from kg.query.walks import SavedWalk, allowed_relations, path_row, shortest  # not for `kg query`

    def ask(cards: Cards) -> list[dict[str, object]] | None:
        a, b = cards.concept(start), cards.concept(end)
        labels = _labels(cards)
        if a is None or b is None or a == b or any(relation_called(r, labels) is None for r in relations or []):
            return None
        walk = SavedWalk(*cards.record(WALK), cards.relations)
        allowed = allowed_relations(relations, lambda r: relation_called(r, labels), walk.inverse)
        return [path_row(walk, hops) for hops in shortest(walk, a, b, max_length=max_length, allowed=allowed, limit=limit)]

    return consult(workspace, ask)


def _labels(cards: Cards) -> dict[str, str]:
    return {name: label for name, (label, _inverse) in cards.relations.items()}
