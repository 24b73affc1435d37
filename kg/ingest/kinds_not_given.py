"""Lists after a kind that give no kinds of it: doings after a word for what a thing does ("Main functions: indexing"),
what a thing has after a word for a side of it ("Features: caching"), things that bear a quality ("structural integrity
(e.g. walls)"), and a likeness to what is at hand ("blog posts like this one"). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest.modifiers import ROLE_WORDS, SIDE_WORDS, without_judgement
from kg.ingest.nouns import Phrase, opens_with_a_doing


def does_its_roles(kind: str, items: list[str]) -> bool:
    """ "Main functions: indexing and querying": a word for what a thing does over doings, which are
    no kinds of function; "three roles: system, user and assistant" names kinds of role. A word for a side
    of a thing ("Features: access control, caching") names what that thing has, no kind of feature, whatever the items."""
    word = without_judgement(kind).lower()
    return word in SIDE_WORDS or (word in ROLE_WORDS and bool(items) and all(opens_with_a_doing(item) for item in items))


def things_of_a_quality(kind: Phrase, example: Phrase, before: str) -> bool:
    """ "structural integrity (e.g. walls, roofs)": a noun of a quality ("-ity", "-ness"), written in the singular, has things
    that bear it as its examples, no kinds of it; "similarity (e.g. cosine similarity)" names one, its own head word, and
    "activities (e.g. swimming)" are things done."""
    head = kind.label.split()[-1].lower()
    written = (before.split() or [""])[-1].lower()
    return head.endswith(("ity", "ness")) and written == head and example.label.split()[-1].lower() != head


def likened_to_this(items: list[str]) -> list[str]:
    """ "blog posts like this one, Reddit, code": "like this one" likens the kind to what is at hand, and gives no examples."""
    return [] if items and re.match(r"(?:this|that|these|those)(?:\s+ones?)?\b", items[0].strip(), re.IGNORECASE) else items
