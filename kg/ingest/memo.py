"""Readings kept for the next time the same text comes: notes repeat their noun phrases, and often
their sentences ("It is used for ...", a boilerplate line in every entry), and reading one costs the
tagger and dozens of rules. What is kept is what a pure function of the text gave; each caller gets
a copy of its own, so that nothing a caller changes, and no `is` between two readings, differs from
reading the text again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")

SENTENCES = 1 << 12  # sentence readings kept per build: notes that repeat one do so nearby
_UNCHANGING = (str, bool, int, float, type(None))  # values given as they are: none can change


def fresh(value: T) -> T:
    """A copy of a reading: a new object, its lists new lists (their items, immutable, shared).
    Made as copy.copy makes one of a plain object, without its detour through __reduce_ex__."""
    new = object.__new__(type(value))
    state = new.__dict__
    state.update(vars(value))
    for name, item in state.items():
        if isinstance(item, list):
            state[name] = list(item)
    return new


def remembered(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """lru_cache for a pure function of hashable arguments (a text, a frozen phrase, flags): each call
    gets a fresh copy of an object it returns, a distinct object as when the function ran again; a
    value that cannot change (a text, a flag) is given as it is."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(*args: Any, **options: Any) -> T:
            found = cached(*args, **options)
            return found if isinstance(found, _UNCHANGING) else fresh(found)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate


class SentenceReadings:
    """The readings of the sentences of one build, by reader and text. A reader also reads the labels
    known to hold "and" (the lexicon's, which only grow during a build): a reading is kept for the
    set as it was, and the set's size tells when it has grown since."""

    def __init__(self, limit: int = SENTENCES) -> None:
        self.limit = limit
        self._known: dict[tuple[Any, ...], Any] = {}

    def read(self, reader: Callable[[str, set[str]], T], sentence: str, protected: set[str]) -> T:
        key = (reader, sentence, id(protected), len(protected))
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = reader(sentence, protected)
            if len(self._known) > self.limit:
                del self._known[next(iter(self._known))]  # the oldest: bounded, whatever the notes
        return fresh(found)
