"""What questions are made of: the graph's concepts by class and topic, their definitions, and the
relations a question may rest on. The classes are read once; everything else is looked up a
concept or a topic at a time as questions need it, and kept, so that a session on a large graph
starts without reading the whole of it and a question costs a few lookups and one concept's
inference.

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
        # looked up one concept at a time and kept: a scan of a whole on-disk store costs seconds
        self._labels: dict[ox.NamedNode, str] = {}
        self._definitions: dict[ox.NamedNode, str] = {}
        self._topics_of: dict[ox.NamedNode, list[ox.NamedNode]] = {}
        self._members: dict[ox.NamedNode, list[ox.NamedNode]] = {}

    # ---------------------------------------------------------------- concepts, classes, topics

    @cached_property
    def concepts(self) -> list[ox.NamedNode]:
        """Every concept but the topics, by IRI."""
        return self.graph.concepts(topics=False)

    @cached_property
    def topics(self) -> list[ox.NamedNode]:
        return [c for c in self.graph.concepts() if self.graph.class_of(c) == TOPIC]

    @cached_property
    def _topic_set(self) -> set[ox.NamedNode]:
        return set(self.topics)

    def class_of(self, concept: ox.NamedNode) -> str:
        return self.graph.class_of(concept)  # a dictionary lookup once concepts() has run

    def topics_of(self, concept: ox.NamedNode) -> list[ox.NamedNode]:
        """The topics (headings) a concept is filed under, sorted."""
        if concept not in self._topics_of:
            self._topics_of[concept] = sorted((q.object for q in self.graph.store.quads_for_pattern(concept, SUBJECT, None, None)
                                               if q.object in self._topic_set), key=lambda n: n.value)  # type: ignore[misc]
        return self._topics_of[concept]

    def members(self, topic: ox.NamedNode) -> list[ox.NamedNode]:
        """The concepts filed under a topic, sorted."""
        if topic not in self._members:
            found = {q.subject for q in self.graph.store.quads_for_pattern(None, SUBJECT, topic, None)
                     if isinstance(q.subject, ox.NamedNode) and q.subject not in self._topic_set}
            self._members[topic] = sorted(found, key=lambda n: n.value)
        return self._members[topic]

    @cached_property
    def broader(self) -> dict[ox.NamedNode, ox.NamedNode]:
        """Each topic's parent: the heading above it."""
        return {q.subject: q.object for q in self.graph.store.quads_for_pattern(None, BROADER, None, None)  # type: ignore[misc]
                if q.subject in self._topic_set and q.object in self._topic_set}

    def topic_path(self, topic: ox.NamedNode) -> list[ox.NamedNode]:
        """The headings from the top down to `topic`."""
        path = [topic]
        while path[-1] in self.broader and self.broader[path[-1]] not in path:
            path.append(self.broader[path[-1]])
        return path[::-1]

    def within(self, topic: ox.NamedNode) -> set[ox.NamedNode]:
        """The concepts filed under `topic` or under a heading below it."""
        below = [t for t in self.topics if topic in self.topic_path(t)]
        return {c for t in below for c in self.members(t)}

    @cached_property
    def by_class(self) -> dict[str, list[ox.NamedNode]]:
        found: dict[str, list[ox.NamedNode]] = {}
        for concept in self.concepts:
            found.setdefault(self.class_of(concept), []).append(concept)
        return found

    # ---------------------------------------------------------------- words

    def label(self, concept: ox.NamedNode) -> str:
        if concept not in self._labels:
            self._labels[concept] = self.graph.label(concept)
        return self._labels[concept]

    def names(self, concept: ox.NamedNode) -> list[str]:
        """Every label of a concept: preferred, alternative and hidden (misspellings)."""
        hidden = [q.object.value for q in self.graph.store.quads_for_pattern(concept, HIDDEN_LABEL, None, None)]
        return [self.label(concept), *self.graph.aliases(concept), *hidden]

    def definition(self, concept: ox.NamedNode) -> str:
        """A concept's definition (its texts joined, as KnowledgeGraph.definition joins them); "" if none."""
        if concept not in self._definitions:
            self._definitions[concept] = self.graph.definition(concept)
        return self._definitions[concept]

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
        own_definition = self.definition(concept)
        cls = self.class_of(concept)
        near: set[ox.NamedNode] = set()
        for topic in self.topics_of(concept):
            near.update(self.members(topic))
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
                definition = self.definition(candidate) if needs_definition else ""
                if needs_definition and (not definition or definition == own_definition):
                    continue
                label = fold(self.label(candidate))
                if label in shown or (allowed is not None and not allowed(self.label(candidate))):
                    continue
                shown.add(label)
                picked.append(candidate)
        return picked
