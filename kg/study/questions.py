"""Questions made from the graph: a term and its definition, either way round, and questions from
relations ("What does transformer block contain?", "Which of these is a kind of sparse model?").

A card is one thing to learn about one concept: its key is the concept's IRI and the card's kind,
so a card keeps its history while its IRI stays, whatever the notes say of it. Kinds:

    term            the term shown, its definition to pick
    definition      the definition shown (the term blanked out), the term to pick
    out:RELATION    "What does X contain?": an object of X's relation to pick
    in:RELATION     "Which of these contains X?": a subject to pick

Wrong answers are concepts of the right answer's class and topics, so that they are plausible, and
never a right one: for "Which of these is a kind of sparse model?" no choice is a kind of sparse
model, stated or inferred. A concept with no definition and no relation fit to ask about makes no
card; a card for which too few plausible wrong answers exist makes no question.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from typing import NamedTuple

import pyoxigraph as ox

from kg.graph.infer import Fact, inverse_of
from kg.labels import fold
from kg.study.pool import Pool

CHOICES = 4  # at most: the right answer and three wrong ones
FEWEST_CHOICES = 3  # a question with two choices is a coin toss
BLANK = "___"
SHORT = 200  # characters of a definition shown as a choice

# relation -> (the question about a subject, the verb phrase of the question about an object; None
# for a symmetric relation, whose two questions are one). An inverse relation (partOf, hasKind) is
# asked through its counterpart: "X partOf Y" is "What does Y contain?". relatedTo says too little.
WORDING: dict[str, tuple[str, str | None]] = {
    "isA": ("What is {} a kind of?", "is a kind of"),
    "contains": ("What does {} contain?", "contains"),
    "includes": ("What does {} include?", "includes"),
    "uses": ("What does {} use?", "uses"),
    "usedFor": ("What is {} used for?", "is used for"),
    "exampleOf": ("What is {} an example of?", "is an example of"),
    "developedBy": ("Who developed {}?", "was developed by"),
    "createdBy": ("Who created {}?", "was created by"),
    "trainedOn": ("What was {} trained on?", "was trained on"),
    "evaluates": ("What does {} evaluate?", "evaluates"),
    "measures": ("What does {} measure?", "measures"),
    "produces": ("What does {} produce?", "produces"),
    "focusesOn": ("What does {} focus on?", "focuses on"),
    "suffersFrom": ("What does {} suffer from?", "suffers from"),
    "ranOn": ("What did {} run on?", "ran on"),
    "contrastsWith": ("What does {} contrast with?", None),
}
UNWORDED = {"relatedTo", "matches"}  # relations deliberately asked about neither way


class CardKey(NamedTuple):
    """One card: a concept (by IRI) and what is asked of it."""

    iri: str
    kind: str

    def __str__(self) -> str:
        return f"{self.iri} {self.kind}"


class Question(NamedTuple):
    """A multiple-choice question, with the statement its right answer makes and where that was read."""

    key: CardKey
    prompt: str
    choices: list[str]
    answer: int  # index into choices
    statement: str  # "mixture of experts isA sparse model"
    sources: list[str]  # "file:line", for the statement


class OpenQuestion(NamedTuple):
    """A question with all its answers, for a flashcard: "What does transformer block contain?"."""

    key: CardKey
    prompt: str
    answers: list[str]
    sources: list[str]


# ---------------------------------------------------------------- which cards a graph holds

def relation_kinds(pool: Pool, concept: ox.NamedNode) -> set[str]:
    """The relation cards of a concept: one asserted edge fit to ask about is enough (inference only
    adds answers), and an edge of an inverse relation counts for its counterpart ("X partOf Y" is
    a card "out:contains" of Y, "in:contains" of X). A few lookups about this concept alone."""
    found = set()
    for edge in pool.edges_of(concept):
        relation, outward = edge.relation, edge.subject == concept
        if relation not in WORDING:
            relation, outward = inverse_of(relation) or "", not outward
        if relation not in WORDING:
            continue
        found.add(f"out:{relation}" if outward or WORDING[relation][1] is None else f"in:{relation}")
    return found


def cards_of(pool: Pool, concept: ox.NamedNode) -> list[CardKey]:
    """The cards of a concept: term and definition if it has a definition, and one card per
    relation it can be asked about."""
    own = ["term", "definition"] if pool.definition(concept) else []
    return [CardKey(concept.value, kind) for kind in own + sorted(relation_kinds(pool, concept))]


def cards(pool: Pool, concepts: Iterable[ox.NamedNode]) -> list[CardKey]:
    """Every card of these concepts, sorted by concept, then kind (the whole graph's edges read at once)."""
    pool.reasoner.preload()
    return [key for concept in sorted(concepts, key=lambda c: c.value) for key in cards_of(pool, concept)]


# ---------------------------------------------------------------- making one question

def make(pool: Pool, key: CardKey, rng: random.Random) -> Question | None:
    """The question of a card, its choices in an order `rng` picks; None when the graph no longer
    holds what the card asks, or holds too few plausible wrong answers."""
    concept = ox.NamedNode(key.iri)
    if key.kind in ("term", "definition"):
        return _about_definition(pool, concept, key, rng)
    direction, _, relation = key.kind.partition(":")
    if relation not in WORDING or direction not in ("out", "in") or (direction == "in" and WORDING[relation][1] is None):
        return None  # a kind this code never makes (a hand-edited progress file, an older wording)
    return _about_relation(pool, concept, relation, direction == "in", key, rng)


def _about_definition(pool: Pool, concept: ox.NamedNode, key: CardKey, rng: random.Random) -> Question | None:
    definition = pool.definition(concept)
    shown = short(blank(definition, pool.names(concept))) if definition else ""
    if not telling(shown):
        return None
    label = pool.label(concept)
    sources = [str(s) for s in pool.definition_sources(concept)]
    statement = f"{label}: {short(definition or '')}"
    if key.kind == "term":
        others = pool.alike(concept, exclude=(), count=CHOICES - 1, rng=rng, needs_definition=True)
        names = pool.names(concept)  # a wrong answer that names the term gives itself away
        wrong = [short(blank(pool.definition(o), [*pool.names(o), *names])) for o in others]
        wrong = [w for w in dict.fromkeys(wrong) if telling(w) and w != shown]
        return _ask(key, f"What is {label}?", shown, wrong, statement, sources, rng)
    said = f" {fold(shown)} "  # a term the definition names is not the one it defines
    others = pool.alike(concept, exclude=(), count=CHOICES - 1, rng=rng, allowed=lambda label: f" {fold(label)} " not in said)
    return _ask(key, f"Which term does this define? \u201c{shown}\u201d", label, [pool.label(o) for o in others],
                statement, sources, rng)


def _about_relation(pool: Pool, concept: ox.NamedNode, relation: str, backward: bool, key: CardKey,
                    rng: random.Random) -> Question | None:
    facts = pool.facts(concept, relation, backward=backward)
    if not facts:
        return None
    fact = rng.choice(facts)
    right = fact.subject if backward else fact.object
    barred = pool.holders(concept, relation, backward=backward) | {concept}
    others = pool.alike(right, exclude=barred, count=CHOICES - 1, rng=rng)
    return _ask(key, wording(pool, concept, relation, backward), pool.label(right), [pool.label(o) for o in others],
                statement(pool, fact), [str(s) for s in fact.sources], rng)


def _ask(key: CardKey, prompt: str, right: str, wrong: list[str], said: str, sources: list[str],
         rng: random.Random) -> Question | None:
    if 1 + len(wrong) < FEWEST_CHOICES:
        return None
    choices = [right, *wrong[: CHOICES - 1]]
    rng.shuffle(choices)
    return Question(key, prompt, choices, choices.index(right), said, sources)


def wording(pool: Pool, concept: ox.NamedNode, relation: str, backward: bool, *, choosing: bool = True) -> str:
    """The question about a concept and a relation: "What does X contain?" about its objects;
    "Which of these contains X?" about its subjects ("What contains X?" with no choices to show)."""
    about_subject, verb = WORDING[relation]
    label = pool.label(concept)
    if not backward:
        return about_subject.format(label)
    return f"{'Which of these' if choosing else 'What'} {verb} {label}?"


def statement(pool: Pool, fact: Fact) -> str:
    """A fact in words, and how it was inferred when it was: "transformer contains attention module
    (transitive via transformer block)"."""
    said = f"{pool.label(fact.subject)} {fact.relation} {pool.label(fact.object)}"
    rule = fact.short_rule(pool.label)
    return f"{said} ({rule})" if rule else said


# ---------------------------------------------------------------- questions with every answer

def open_questions(pool: Pool, concept: ox.NamedNode, kinds: Iterable[str], *, most: int = 4) -> list[OpenQuestion]:
    """The relation questions about a concept that make good flashcards: those with between one and
    `most` answers (a card that asks for ten things is learnt by no one), each answer once."""
    found = []
    for kind in sorted(kinds):
        direction, _, relation = kind.partition(":")
        if relation not in WORDING:
            continue
        backward = direction == "in"
        facts = pool.facts(concept, relation, backward=backward)
        answers = sorted({pool.label(f.subject if backward else f.object) for f in facts}, key=str.lower)
        if not 1 <= len(answers) <= most:
            continue
        sources = sorted({str(s) for f in facts for s in f.sources})
        found.append(OpenQuestion(CardKey(concept.value, kind), wording(pool, concept, relation, backward, choosing=False),
                                  answers, sources))
    return found


# ---------------------------------------------------------------- definitions as choices

def blank(text: str, names: Iterable[str]) -> str:
    """`text` with every name of the concept it defines (and their plurals) blanked out, so that a
    definition does not give its term away: "Mixture of Experts (MoE) is ..." -> "___ (___) is ..."."""
    words = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not words:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?:e?s)?(?!\w)", re.IGNORECASE)
    return pattern.sub(BLANK, text)


def short(text: str, limit: int = SHORT) -> str:
    """The first sentence of a definition, cut at a word before `limit` characters."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c(])", " ".join(text.split()), maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def telling(text: str) -> bool:
    """Whether a blanked definition still says something: three words besides the blanks."""
    return len(re.findall(r"\w+", text.replace(BLANK, " "))) >= 3
