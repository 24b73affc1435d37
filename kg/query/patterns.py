"""Asking the built graph: describe a concept and match triple patterns with inference.
Names from the user are resolved to IRIs and used as terms in pattern lookups, never pasted into
query text. Paths are in kg.paths, fuzzy search in kg.search, SPARQL in kg.sparql, counts in
kg.query.stats; open the graph with kg.load (kg.store), which serves a large one from an on-disk store.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.schema import vocab
from kg.source import surest_tier
from kg.graph.description import Description
from kg.checks import UnknownName
from kg.errors import QueryError
from kg.graph.knowledge import HIDDEN_LABEL, KnowledgeGraph
from kg.graph.infer import Fact, Reasoner, inverse_of
from kg.query.terms import is_wildcard, nothing_matches, relation_called
from kg.schema.vocab import SUBJECT


# ---------------------------------------------------------------- names and relations

def concept(graph: KnowledgeGraph, name: str) -> ox.NamedNode | None:
    """The concept a name means, or None for the wildcard `?` (or `?x`)."""
    return None if is_wildcard(name) else graph.resolve(name)


def relation_name(name: str, what: str = "") -> str | None:
    """A relation's local name from what a person typed (isa, isA, "is a"); None for the wildcard.
    UnknownRelation, naming the option `what` if the name came from one, for any other name."""
    if is_wildcard(name):
        return None
    found = relation_called(name, relation_labels())
    if found is None:
        raise UnknownRelation(name, what)
    return found


def relation_labels() -> dict[str, str]:
    """Every relation of the vocabulary -> its label, in the vocabulary's order."""
    return {name: relation.label for name, relation in vocab.relations().items()}


class UnknownRelation(UnknownName, QueryError):
    """A relation name that is none of the vocabulary's: a misspelling, so a usage error (exit 2),
    with the names it is closest to."""

    def __init__(self, name: str, what: str = "") -> None:
        super().__init__(name, vocab.relations(), "relation", what)


# ---------------------------------------------------------------- triple patterns

def pattern(graph: KnowledgeGraph, subject: str, relation: str, obj: str, *, inferred: bool = True) -> list[Fact]:
    """The facts matching `subject relation object`, each `?` a wildcard; stated ones only if not `inferred`.

    Raises UnknownConceptError for a name that means no concept, QueryError for an unknown
    relation, NothingFound when nothing matches.
    """
    s, o = concept(graph, subject), concept(graph, obj)
    rel = relation_name(relation)
    facts = match(graph, s, rel, o, inferred=inferred)
    if not facts:
        raise nothing_matches(subject, relation, obj, inferred=inferred)
    return facts


def match(graph: KnowledgeGraph, s: ox.NamedNode | None, rel: str | None, o: ox.NamedNode | None,
          *, inferred: bool = True, reasoner: Reasoner | None = None) -> list[Fact]:
    """Facts matching resolved terms (None for any), sorted: subject, relation, stated first, object."""
    if not inferred:
        from kg.graph.infer import Step

        facts = [Fact(e.subject, e.relation, e.object, (Step(e.subject, e.relation, e.object, e, "stated"),))
                 for e in graph.edges(s, rel, o)]
    else:
        reasoner = reasoner or Reasoner(graph)
        relations = [rel] if rel else list(vocab.relations())
        facts = []
        for r in relations:
            if s is not None:
                facts += [f for f in reasoner.facts(s, r) if o is None or f.object == o]
            elif o is not None:
                facts += reasoner.facts(o, r, backward=True)
            else:
                facts += reasoner.closure(r)
    labels: dict[ox.NamedNode, str] = {}

    def label(c: ox.NamedNode) -> str:
        if c not in labels:
            labels[c] = graph.label(c)
        return labels[c]

    return sorted(facts, key=lambda f: (label(f.subject).lower(), f.relation, not f.stated, len(f.steps),
                                        label(f.object).lower(), f.object.value))


def fact_row(graph: KnowledgeGraph, fact: Fact) -> dict[str, object]:
    """A fact as a row: labels and IRIs, whether it was stated, the rule that inferred it, its sources.

    "source" (tables) is where a stated fact was read; for an inferred one, the rule in short
    and, when it rests on one edge, that edge's source.
    """
    sources = [str(s) for s in fact.sources]
    short = fact.short_rule(graph.label)
    if short and len(fact.steps) == 1:
        short = f"{short}, {'; '.join(sources)}"
    tier = surest_tier(fact.sources)
    return {
        "subject": graph.label(fact.subject), "relation": fact.relation, "object": graph.label(fact.object),
        "stated": fact.stated, "how": tier if fact.stated else "inferred", "rule": fact.rule(graph.label),
        "reading": sorted({s.rule for s in fact.sources if s.rule}) if fact.stated else [],
        "sources": sources, "source": "; ".join(dict.fromkeys(sources)) if fact.stated else short,
        "subject_iri": fact.subject.value, "object_iri": fact.object.value,
    }


# ---------------------------------------------------------------- describe

def describe(graph: KnowledgeGraph, name: str, *, inferred: bool = True) -> Description:
    """A concept's labels, class, definition and sources, and its relations out and in.

    Outgoing facts come with inference; an incoming fact appears among them under the inverse
    relation's name ("contains transformer block" for "transformer block partOf ..."), so only
    incoming facts of a relation with no inverse (usedFor, trainedOn, ...) are listed as "in".
    """
    return describe_concept(graph, graph.resolve(name), inferred=inferred)


def describe_concept(graph: KnowledgeGraph, c: ox.NamedNode, *, inferred: bool = True,
                     reasoner: Reasoner | None = None) -> Description:
    """describe(), for a concept already resolved; a reasoner shared by many calls saves its work."""
    topics = sorted(graph.label(q.object) for q in graph.store.quads_for_pattern(c, SUBJECT, None, None)
                    if isinstance(q.object, ox.NamedNode))
    hidden = sorted({q.object.value for q in graph.store.quads_for_pattern(c, HIDDEN_LABEL, None, None)})
    found = Description(c.value, graph.label(c), graph.class_of(c), graph.aliases(c), hidden, graph.definition(c),
                        graph.see_also(c), topics, [str(s) for s in graph.concept_sources(c)], [])
    reasoner = reasoner or Reasoner(graph)
    for fact in match(graph, c, None, None, inferred=inferred, reasoner=reasoner):
        found.relations.append(_related(graph, fact, "out", fact.object))
    incoming = [r for r in vocab.relations() if inverse_of(r) is None] if inferred else list(vocab.relations())
    for r in incoming:
        for fact in match(graph, None, r, c, inferred=inferred, reasoner=reasoner):
            found.relations.append(_related(graph, fact, "in", fact.subject))
    return found


def _related(graph: KnowledgeGraph, fact: Fact, direction: str, other: ox.NamedNode) -> dict[str, object]:
    row = fact_row(graph, fact)
    return {"direction": direction, "relation": fact.relation, "concept": graph.label(other), "concept_iri": other.value,
            "stated": fact.stated, "how": row["how"], "reading": row["reading"], "rule": row["rule"], "sources": row["sources"],
            "source": row["source"],
            "shown": fact.relation if direction == "out" else f"<-{fact.relation}"}
