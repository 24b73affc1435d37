"""Fuzzy search over concepts' labels, aliases, hidden labels (misspellings) and definitions, read
from the graph; how texts score and concepts rank is kg.query.scoring's, which the index that
`kg build` writes (kg.query.search_index) ranks by too.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph.knowledge import HIDDEN_LABEL, KnowledgeGraph
from kg.query.scoring import WEIGHTS, Hit, Matcher, keep, row, top
from kg.labels import fold
from kg.schema.vocab import ALT_LABEL, DEFINITION, PREF_LABEL

# Where a match is read from, in the order the texts are read.
FIELDS = tuple((name, predicate, WEIGHTS[name])
               for name, predicate in (("label", PREF_LABEL), ("alias", ALT_LABEL), ("hidden label", HIDDEN_LABEL),
                                       ("definition", DEFINITION)))


def search(graph: KnowledgeGraph, query: str, *, limit: int = 10, definitions: bool = True) -> list[Hit]:
    """Concepts ranked by how well their texts match `query`, best first; at most `limit`.
    kg.query.search_index ranks the same from an index `kg build` writes."""
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
            keep(best, quad.subject, matcher.score(quad.object.value) * weight, name, quad.object.value,
                 lambda: graph.class_of(quad.subject) == "Topic")
    return top(best, lambda concepts: {c: graph.label(c) for c in concepts}, limit)


def hit_row(graph: KnowledgeGraph, hit: Hit) -> dict[str, object]:
    """A hit as a row (kg.query.scoring.row)."""
    return row(hit, graph.label(hit.concept), graph.class_of(hit.concept), hit.concept.value)
