"""A doing named as a concept: "identifying outliers", "reducing latency". A gerund heads it and its object stays as
written; the same doing said as a noun ("latency reduction", "hallucination reduction" for "reducing hallucinations")
is another name of it, so that the two ways notes write it are one concept. Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest.nouns import Phrase
from kg.ingest.singular import singular_phrase

# the noun English makes of a verb that says what a thing is for ("reducing X" is "X reduction"): those the
# ingester reads purposes with, no more
_NOUNS_OF = {"reducing": "reduction", "preventing": "prevention", "mitigating": "mitigation", "avoiding": "avoidance",
             "eliminating": "elimination", "minimizing": "minimization", "minimising": "minimisation", "improving": "improvement",
             "detecting": "detection", "alleviating": "alleviation", "compressing": "compression"}
_PLAIN_OBJECT = re.compile(r"(?!(?:the|a|an|its|their|this|these|those|any|all|each|every)\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")


def doing(task: str) -> Phrase:
    """ "identifying outliers", "merging models"; "reducing hallucinations", also named "hallucination reduction" (an
    object of up to three plain words: not "reducing the risk of X"). Its object's plural stays: the lexicon keys a
    label by its singular, so "reducing hallucination" finds it, and a label in the singular would be preferred."""
    gerund, _, thing = task.partition(" ")
    if (noun := _NOUNS_OF.get(gerund.lower())) is None or not _PLAIN_OBJECT.fullmatch(thing):
        return Phrase(task)
    return Phrase(task, (f"{singular_phrase(thing)} {noun}",))
