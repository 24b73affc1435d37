"""How texts score against a query and how concepts rank by their best text: the rules of
`kg search`, shared by the search over the graph (kg.query.search) and over the index `kg build`
writes (kg.query.search_index), so that the two cannot rank apart. No pyoxigraph here: the index
answers without it.

Every word of the query is matched against the words of each text: exactly, as a prefix, or within
a few typos (Damerau-Levenshtein, one edit for short words, two from eight letters), so
"autogregresive" still finds the autoregressive language model. A text scores the mean of its
query words' matches, weighted by where it was found: the preferred label counts most, a
definition least. Concepts are ranked by their best text.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any, NamedTuple

from kg.labels import edit_distance, fold

# Where a match was found, and how much it counts, in the order texts are read.
WEIGHTS = {"label": 1.0, "alias": 0.95, "hidden label": 0.9, "definition": 0.6}
THRESHOLD = 0.5
TOPIC_WEIGHT = 0.8  # a section heading is a weaker answer than the concept it is named after


class Hit(NamedTuple):
    concept: Any  # a concept's IRI (a pyoxigraph NamedNode) or, in the index, its number there
    score: float
    field: str
    text: str


def word_score(word: str, candidate: str) -> float:
    """How well one query word matches one word of a text: 1 exact, 0.9 prefix, less per typo, 0 none."""
    if word == candidate:
        return 1.0
    if len(word) >= 3 and candidate.startswith(word):
        return 0.9
    allowed = 0 if len(word) < 4 else 1 if len(word) < 8 else 2
    if allowed == 0 or abs(len(word) - len(candidate)) > allowed:
        return 0.0
    distance = edit_distance(word, candidate, allowed)
    return 0.0 if distance > allowed else 0.85 - 0.1 * distance


class Matcher:
    """The query's words against the words of many texts. Texts share most of their words, so each
    distinct word is scored once, and a text's best match per query word is a set intersection
    (at 10,000 synthetic concepts, 0.8 s where a cached comparison per pair took 1.0 s; what is
    left is mostly the typo distance to each distinct word)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.phrase = " ".join(words)
        self.scored: set[str] = set()
        self.matches: list[dict[str, float]] = [{} for _ in words]  # per query word: text word -> score > 0

    def score(self, text: str) -> float:
        """The mean over query words of their best match in `text`; a whole-phrase match scores 1."""
        folded = fold(text)
        if not folded:
            return 0.0
        if folded == self.phrase:
            return 1.0
        candidates = set(folded.split())
        for new in candidates - self.scored:
            for word, found in zip(self.words, self.matches):
                if score := word_score(word, new):
                    found[new] = score
        self.scored |= candidates
        best = [max((found[c] for c in candidates & found.keys()), default=0.0) for found in self.matches]
        return combine(best, lambda: False)  # the whole phrase returned above


def combine(best: list[float], whole_phrase: Callable[[], bool]) -> float:
    """A text's score from its best match per query word: their mean, 1 only for the whole phrase."""
    mean = sum(best) / len(best)
    if mean == 1.0:
        return 1.0 if whole_phrase() else mean * 0.98  # every word, but not the whole phrase
    return mean


def keep(best: dict[Any, Hit], concept: Any, score: float, field: str, text: str, topic: Callable[[], bool]) -> None:
    """Keep a text's score as the concept's when it passes the threshold and beats the one kept."""
    if score < THRESHOLD:
        return
    if topic():
        score *= TOPIC_WEIGHT
    known = best.get(concept)
    if known is None or score > known.score:
        best[concept] = Hit(concept, round(score, 3), field, text)


def top(best: dict[Any, Hit], labels: Callable[[list[Any]], dict[Any, str]], limit: int) -> list[Hit]:
    """The best `limit` hits, by score then label: only the labels of those that may rank are read."""
    kept = [h for h in best.values() if h.score >= THRESHOLD]
    if len(kept) > limit:
        cutoff = heapq.nlargest(limit, (h.score for h in kept))[-1]
        kept = [h for h in kept if h.score >= cutoff]
    names = labels([h.concept for h in kept])
    return sorted(kept, key=lambda h: (-h.score, names[h.concept].lower()))[:limit]


def row(hit: Hit, label: str, cls: str, iri: str) -> dict[str, object]:
    """A hit as a row; "matched" (for tables) is the field and the start of the text."""
    snippet = hit.text if len(hit.text) <= 60 else hit.text[:57].rstrip() + "..."
    return {"label": label, "class": cls, "score": hit.score, "field": hit.field, "text": hit.text, "iri": iri,
            "matched": f"{hit.field}: {snippet}"}
