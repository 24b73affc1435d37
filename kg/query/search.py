"""Fuzzy search over concepts' labels, aliases, hidden labels (misspellings) and definitions.

Every word of the query is matched against the words of each text: exactly, as a prefix, or within
a few typos (Damerau-Levenshtein, one edit for short words, two from eight letters), so
"autogregresive" still finds the autoregressive language model. A text scores the mean of its
query words' matches, weighted by where it was found: the preferred label counts most, a
definition least. Concepts are ranked by their best text.
"""

from __future__ import annotations

from typing import NamedTuple

import pyoxigraph as ox

from kg.graph.knowledge import HIDDEN_LABEL, KnowledgeGraph
from kg.labels import edit_distance, fold
from kg.schema.vocab import ALT_LABEL, DEFINITION, PREF_LABEL

# Where a match was found, and how much it counts.
FIELDS = (("label", PREF_LABEL, 1.0), ("alias", ALT_LABEL, 0.95), ("hidden label", HIDDEN_LABEL, 0.9),
          ("definition", DEFINITION, 0.6))
THRESHOLD = 0.5
TOPIC_WEIGHT = 0.8  # a section heading is a weaker answer than the concept it is named after


class Hit(NamedTuple):
    concept: ox.NamedNode
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
        mean = sum(best) / len(best)
        return mean * 0.98 if mean == 1.0 else mean  # every word, but not the whole phrase


def search(graph: KnowledgeGraph, query: str, *, limit: int = 10, definitions: bool = True) -> list[Hit]:
    """Concepts ranked by how well their texts match `query`, best first; at most `limit`."""
    words = fold(query).split()
    if not words:
        return []
    best: dict[ox.NamedNode, Hit] = {}
    matcher = Matcher(words)
    for name, predicate, weight in FIELDS:
        if predicate == DEFINITION and not definitions:
            continue
        for quad in graph.store.quads_for_pattern(None, predicate, None, None):
            if not isinstance(quad.subject, ox.NamedNode) or not isinstance(quad.object, ox.Literal):
                continue
            score = matcher.score(quad.object.value) * weight
            if score < THRESHOLD:
                continue
            if graph.class_of(quad.subject) == "Topic":
                score *= TOPIC_WEIGHT
            known = best.get(quad.subject)
            if known is None or score > known.score:
                best[quad.subject] = Hit(quad.subject, round(score, 3), name, quad.object.value)
    ranked = sorted(best.values(), key=lambda h: (-h.score, graph.label(h.concept).lower()))
    return [h for h in ranked if h.score >= THRESHOLD][:limit]


def hit_row(graph: KnowledgeGraph, hit: Hit) -> dict[str, object]:
    """A hit as a row; "matched" (for tables) is the field and the start of the text."""
    snippet = hit.text if len(hit.text) <= 60 else hit.text[:57].rstrip() + "..."
    return {"label": graph.label(hit.concept), "class": graph.class_of(hit.concept), "score": hit.score,
            "field": hit.field, "text": hit.text, "iri": hit.concept.value, "matched": f"{hit.field}: {snippet}"}
