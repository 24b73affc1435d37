"""What questions are made of: the graph's concepts indexed by class and topic, their definitions,
and the relations a question may rest on. Read once per session with a few whole-graph lookups,
so that making a question costs dictionary lookups and one concept's inference, whatever the size
of the graph.

A relation is fit to ask about when some reading of it is surer than a guess: a fact whose every
step rests on weak readings only (two concepts named together) is left out, as are topics (they
are headings, not things to know) and `matches` (a link between vocabularies, not knowledge).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

import pyoxigraph as ox

from kg.graph.infer import Fact, Reasoner
from kg.graph.knowledge import HIDDEN_LABEL, Edge, KnowledgeGraph
from kg.labels import fold
from kg.schema.vocab import BROADER, DEFINITION, SUBJECT
from kg.source import Source

TOPIC = "Topic"
UNASKED = {"matches"}  # relations no question is made of


def good(edge: Edge) -> bool:
    """Whether an asserted edge is read surely enough to ask about: not only by weak readings."""
    return not edge.sources or any(source.tier != "weak" for source in edge.sources)


class Pool:
    """A built graph seen as material for questions."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.reasoner = Reasoner(graph)
        self._labels: dict[ox.NamedNode, str] = {}

    # ---------------------------------------------------------------- concepts, classes, topics

    @cached_property
    def concepts(self) -> list[ox.NamedNode]:
        """Every concept but the topics, by IRI."""
        return self.graph.concepts(topics=False)

    @cached_property
    def topics(self) -> list[ox.NamedNode]:
        return [c for c in self.graph.concepts() if self.graph.class_of(c) == TOPIC]

    def class_of(self, concept: ox.NamedNode) -> str:
        return self.graph.class_of(concept)  # a dictionary lookup once concepts() has run

    @cached_property
    def topics_of(self) -> dict[ox.NamedNode, list[ox.NamedNode]]:
        """Each concept's topics (the headings it is filed under), sorted."""
        topics = set(self.topics)
        found: dict[ox.NamedNode, set[ox.NamedNode]] = {}
        for quad in self.graph.store.quads_for_pattern(None, SUBJECT, None, None):
            if isinstance(quad.subject, ox.NamedNode) and quad.object in topics:
                found.setdefault(quad.subject, set()).add(quad.object)  # type: ignore[arg-type]
        return {c: sorted(t, key=lambda n: n.value) for c, t in found.items()}

    @cached_property
    def broader(self) -> dict[ox.NamedNode, ox.NamedNode]:
        """Each topic's parent: the heading above it."""
        topics = set(self.topics)
        return {q.subject: q.object for q in self.graph.store.quads_for_pattern(None, BROADER, None, None)  # type: ignore[misc]
                if q.subject in topics and q.object in topics}

    def topic_path(self, topic: ox.NamedNode) -> list[ox.NamedNode]:
        """The headings from the top down to `topic`."""
        path = [topic]
        while path[-1] in self.broader and self.broader[path[-1]] not in path:
            path.append(self.broader[path[-1]])
        return path[::-1]

    def within(self, topic: ox.NamedNode) -> set[ox.NamedNode]:
        """The concepts filed under `topic` or under a heading below it."""
        return {c for c, topics in self.topics_of.items() if any(topic in self.topic_path(t) for t in topics)}

    @cached_property
    def by_class(self) -> dict[str, list[ox.NamedNode]]:
        found: dict[str, list[ox.NamedNode]] = {}
        for concept in self.concepts:
            found.setdefault(self.class_of(concept), []).append(concept)
        return found

    @cached_property
    def by_topic(self) -> dict[ox.NamedNode, list[ox.NamedNode]]:
        found: dict[ox.NamedNode, list[ox.NamedNode]] = {}
        for concept, topics in self.topics_of.items():
            for topic in topics:
                found.setdefault(topic, []).append(concept)
        return {t: sorted(cs, key=lambda n: n.value) for t, cs in found.items()}

    # ---------------------------------------------------------------- words

    def label(self, concept: ox.NamedNode) -> str:
        if concept not in self._labels:
            self._labels[concept] = self.graph.label(concept)
        return self._labels[concept]

    def names(self, concept: ox.NamedNode) -> list[str]:
        """Every label of a concept: preferred, alternative and hidden (misspellings)."""
        hidden = [q.object.value for q in self.graph.store.quads_for_pattern(concept, HIDDEN_LABEL, None, None)]
        return [self.label(concept), *self.graph.aliases(concept), *hidden]

    @cached_property
    def definitions(self) -> dict[ox.NamedNode, str]:
        """Each concept's definition (its texts joined, as KnowledgeGraph.definition joins them)."""
        found: dict[ox.NamedNode, set[str]] = {}
        for quad in self.graph.store.quads_for_pattern(None, DEFINITION, None, None):
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
                found.setdefault(quad.subject, set()).add(quad.object.value)
        return {c: " ".join(sorted(texts)) for c, texts in found.items()}

    def definition_sources(self, concept: ox.NamedNode) -> list[Source]:
        """Where a concept's definition was read; where it was named, when that is unknown."""
        graphs = {q.graph_name for q in self.graph.store.quads_for_pattern(concept, DEFINITION, None, None)}
        found = sorted(s for g in graphs if (s := self.graph.sources(g)) is not None)
        return found or self.graph.concept_sources(concept)

    # ---------------------------------------------------------------- relations

    def edges_of(self, concept: ox.NamedNode) -> list[Edge]:
        """The asserted edges from or to a concept that are fit to ask about: read surely enough,
        between two concepts that are not topics."""
        topics = self._topic_set
        return [e for e in (*self.reasoner.out_edges(concept), *self.reasoner.in_edges(concept))
                if e.relation not in UNASKED and good(e) and e.subject not in topics and e.object not in topics
                and e.subject != e.object]

    @cached_property
    def _topic_set(self) -> set[ox.NamedNode]:
        return set(self.topics)

    def facts(self, concept: ox.NamedNode, relation: str, *, backward: bool = False) -> list[Fact]:
        """`concept relation y` (backward: `y relation concept`), stated or inferred, each resting on
        readings fit to ask about and reaching no topic; sorted, stated ones first."""
        topics = self._topic_set
        found = [f for f in self.reasoner.facts(concept, relation, backward=backward)
                 if all(good(step.edge) for step in f.steps) and (f.subject if backward else f.object) not in topics]
        return sorted(found, key=lambda f: (not f.stated, len(f.steps), (f.subject if backward else f.object).value))

    def holders(self, concept: ox.NamedNode, relation: str, *, backward: bool = False) -> set[ox.NamedNode]:
        """Every concept that is a right answer about `concept` and `relation`, whatever its reading:
        a weak reading does not make a question, but it keeps a concept from being a wrong answer."""
        return {f.subject if backward else f.object for f in self.reasoner.facts(concept, relation, backward=backward)}

    # ---------------------------------------------------------------- wrong answers

    def alike(self, concept: ox.NamedNode, *, exclude: Iterable[ox.NamedNode], count: int, rng: random.Random,
              needs_definition: bool = False, allowed: Callable[[str], bool] | None = None) -> list[ox.NamedNode]:
        """Up to `count` concepts a person could take for `concept`: of its class and under one of
        its topics first, then under one of its topics, then of its class; never one in `exclude`,
        nor one whose label or definition reads the same as `concept`'s, nor one whose label
        `allowed` refuses."""
        barred = set(exclude) | {concept}
        own_label = fold(self.label(concept))
        own_definition = self.definitions.get(concept, "")
        cls = self.class_of(concept)
        near: set[ox.NamedNode] = set()
        for topic in self.topics_of.get(concept, []):
            near.update(self.by_topic.get(topic, []))
        same_class = self.by_class.get(cls, [])
        tiers: Sequence[list[ox.NamedNode]] = (
            [c for c in same_class if c in near],
            sorted((c for c in near if self.class_of(c) != cls), key=lambda n: n.value),
            [c for c in same_class if c not in near],
        )
        picked: list[ox.NamedNode] = []
        shown = {own_label}
        for tier in tiers:
            candidates = [c for c in tier if c not in barred]
            rng.shuffle(candidates)
            for candidate in candidates:
                if len(picked) == count:
                    return picked
                definition = self.definitions.get(candidate)
                if needs_definition and (not definition or definition == own_definition):
                    continue
                label = fold(self.label(candidate))
                if label in shown or (allowed is not None and not allowed(self.label(candidate))):
                    continue
                shown.add(label)
                picked.append(candidate)
        return picked
