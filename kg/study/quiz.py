"""A quiz session: which cards to ask (due ones first, then new ones, one card per concept), each
question made when its turn comes, answers scored and scheduled, and what the session came to.

The session knows nothing of terminals: the command shows its questions and reads the answers,
typed or from a file, and hands each answer here as text.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import UnknownConceptError
from kg.labels import fold
from kg.study.pool import Pool
from kg.study.questions import CardKey, Question, cards_of, make
from kg.study.schedule import Progress

LETTERS = "abcdefgh"
DONT_KNOW = -1
QUIT = ("q", "quit")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Outcome(NamedTuple):
    right: bool
    due: datetime  # when the card comes back


class Summary(NamedTuple):
    answered: int
    right: int
    due_now: int  # cards due that this session did not reach
    next_due: datetime | None

    def text(self, now: datetime) -> str:
        parts = [f"answered {self.answered}, right {self.right}"]
        if self.due_now:
            parts.append(f"{self.due_now} more due now")
        if self.next_due is not None:
            parts.append(f"next due {local(self.next_due)} ({until(self.next_due, now)})")
        return "; ".join(parts)


# ---------------------------------------------------------------- which concepts

def concepts_for(pool: Pool, topic: str | None = None, cls: str | None = None) -> list[ox.NamedNode]:
    """The concepts a session asks about: under a topic (and the headings below it), of a class."""
    chosen = pool.concepts
    if topic is not None:
        inside = pool.within(find_topic(pool, topic))
        chosen = [c for c in chosen if c in inside]
    if cls is not None:
        chosen = [c for c in chosen if pool.class_of(c).lower() == cls.lower()]
    return chosen


def find_topic(pool: Pool, name: str) -> ox.NamedNode:
    """The topic (a heading of the notes) a name means; UnknownConceptError with the closest ones."""
    import difflib

    labels = {fold(pool.label(t)): t for t in pool.topics}
    if fold(name) in labels:
        return labels[fold(name)]
    close = difflib.get_close_matches(fold(name), list(labels), n=5, cutoff=0.5)
    suggestions = [pool.label(labels[c]) for c in close]
    hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    raise UnknownConceptError(f"no topic named '{name}'{hint}", suggestions)


# ---------------------------------------------------------------- a session

class Session:
    """One sitting: cards of some concepts, asked in turn, each answer scheduled and saved.

    Due cards come first, most overdue first; then new ones, from concepts taken in a random order,
    one card of each picked at random. New cards are found as they are needed, a few lookups per
    concept, so that a session on a large graph starts without reading every relation of it."""

    def __init__(self, pool: Pool, progress: Progress, concepts: list[ox.NamedNode], *, limit: int = 20,
                 due_only: bool = False, seed: int | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.pool = pool
        self.progress = progress
        self.concepts = concepts
        self.limit = limit
        self.due_only = due_only
        self.seed = seed
        self.clock = clock
        self._chosen = {c.value for c in concepts}
        started = clock()
        self.due = sorted((k for k in self.known() if progress.is_due(k, started)), key=lambda k: progress.records[k].card.due)
        self.answered = 0
        self.right = 0
        self._asked: set[str] = set()

    def known(self) -> list[CardKey]:
        """The cards of the chosen concepts that have been answered before."""
        return [k for k in self.progress.records if k.iri in self._chosen]

    def fresh(self) -> Iterator[list[CardKey]]:
        """For each concept in a random order, its cards never answered, in a random order."""
        rng = random.Random(self.seed)
        order = list(self.concepts)
        rng.shuffle(order)
        for concept in order:
            new = [k for k in cards_of(self.pool, concept) if self.progress.get(k) is None]
            rng.shuffle(new)
            if new:
                yield new

    def questions(self) -> Iterator[Question]:
        """The session's questions, each made when its turn comes: at most `limit`, one card per
        concept (a term's definition and the question back would give each other away), a card
        that makes no question passed over for the concept's next."""
        groups: Iterator[list[CardKey]] = iter([[k] for k in self.due])
        if not self.due_only:
            groups = itertools.chain(groups, self.fresh())
        for group in groups:
            if self.answered >= self.limit:
                return
            for key in group:
                if key.iri in self._asked:
                    break
                question = make(self.pool, key, random.Random(f"{self.seed} {key}") if self.seed is not None else random.Random())
                if question is not None:
                    self._asked.add(key.iri)
                    yield question
                    break

    def answer(self, question: Question, chosen: int) -> Outcome:
        """Score an answer (an index into the choices, or DONT_KNOW), schedule the card, save."""
        right = chosen == question.answer
        record = self.progress.review(question.key, self.pool.label(ox.NamedNode(question.key.iri)), right, self.clock())
        self.progress.save()
        self.answered += 1
        self.right += right
        return Outcome(right, record.card.due)

    def summary(self) -> Summary:
        now = self.clock()
        known = self.known()
        due_now = sum(1 for k in known if self.progress.is_due(k, now) and k.iri not in self._asked)
        return Summary(self.answered, self.right, due_now, self.progress.next_due(set(known)))


# ---------------------------------------------------------------- answers as typed

def is_quit(reply: str) -> bool:
    return reply.strip().lower() in QUIT


def read_choice(question: Question, reply: str) -> int | None:
    """The choice a reply names: its letter, its number or its text; DONT_KNOW for an empty reply or
    "?"; None when it names no choice."""
    text = reply.strip()
    if text in ("", "?"):
        return DONT_KNOW
    count = len(question.choices)
    lowered = text.lower().rstrip(")")
    if len(lowered) == 1 and lowered in LETTERS[:count]:
        return LETTERS.index(lowered)
    if lowered.isdigit() and 1 <= int(lowered) <= count:
        return int(lowered) - 1
    folded = [fold(choice) for choice in question.choices]
    return folded.index(fold(text)) if fold(text) in folded else None


# ---------------------------------------------------------------- times as people read them

def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def until(moment: datetime, now: datetime) -> str:
    """ "now", "in 10 minutes", "in 3 days"."""
    seconds = (moment - now).total_seconds()
    if seconds < 30:
        return "now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size or unit == "minute":
            count = max(1, round(seconds / size))
            return f"in {count} {unit}{'s' * (count != 1)}"
    return "now"  # not reached
