"""What a sentence states: Claims of (subject, relation, object), the subject a noun phrase or left
open (CURRENT) for the caller to fill from the entry being read, and the Reading that holds them with
the sentence's own subject and any concept it defines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.ingest.nouns import Phrase, noun_phrase, opens_with_a_doing
from kg.ingest import tagger

# Claims said the other way round, which the caller turns: "e.g. A" (A exampleOf the entry), "Tools: A"
# (A usedFor it), "It is a known risk of X" (X suffersFrom it), "Detected with A" (A usedFor it), "its
# main methods are A and B" (A isA it)
MITIGATED_BY = "mitigatedBy"  # a label's relation to what it lists ("Mitigations:"), stated the other way round: each is used against it
TURNED = {"hasExample": "exampleOf", "hasTool": "usedFor", "problemOf": "suffersFrom", "detectedBy": "usedFor", "hasType": "isA"}


@dataclass(frozen=True)
class Claim:
    """One relation stated by a sentence; `subject` is a Phrase, or CURRENT for the caller to fill."""

    subject: Phrase | str
    relation: str
    object: Phrase
    offset: int
    kind: str | None = None  # a category word the sentence gives the object ("tools", "techniques")


@dataclass
class Reading:
    claims: list[Claim] = field(default_factory=list)
    subject: Phrase | None = None  # the sentence's explicit subject, if it named one
    named: Phrase | None = None  # a concept the sentence defines ("... is called tokenization")
    named_kind: str | None = None
    also_called: list[Phrase] = field(default_factory=list)  # "X is also called Y": X, with Y among its names
    of_plural: bool = False  # a definition that is a bare plural of things ("- **Sett** - tunnels under a hill"): no kind of a singular term


# "use case for clay walls", "typical application of moss maps": what a thing is used for, named as a kind
USES_OF = re.compile(r"^(?:(?:the\s+)?(?:common|typical|main|good|key|practical|other)\s+)?(?:use\s+cases?|uses?|applications?)\s+(?:for|of)\s+(?P<thing>.+)$",
                     re.IGNORECASE)
_BESIDES = re.compile(r"\s(?:beyond|besides|outside(?:\s+of)?|other\s+than)\s")  # "uses of moss beyond bedding": where else, no part of moss
# "Den depth use cases beyond warmth": the thing first, and where else it is used besides; "categories of den use cases": the den's
_USE_CASES_AFTER = re.compile(r"^(?:(?:categories|kinds|types|groups|families)\s+of\s+)?(?P<thing>[^:,;()]{2,40}?)\s+use\s+cases?"
                              r"(?:\s+(?:beyond|besides|outside(?:\s+of)?|other\s+than)\s+[^:]+)?$", re.IGNORECASE)


def used_thing(label: str) -> str | None:
    """What a label of uses names the uses of: "use cases for clay walls", "den depth use cases beyond warmth"."""
    found = USES_OF.match(label) or _USE_CASES_AFTER.match(label)
    return _BESIDES.split(found["thing"], maxsplit=1)[0] if found is not None else None


def as_uses(claims: list[Claim]) -> list[Claim]:
    """ "The use cases for clay walls are A and B", "Flood control is a typical application of clay walls", "Flood control is
    a use case for clay walls" (read as a kind "use case", then what it is for): what the thing is used for, no kind."""
    def a_use(claim: Claim) -> bool:
        return claim.relation == "isA" and isinstance(claim.subject, Phrase) and isinstance(claim.object, Phrase) \
            and claim.object.label.lower() in _USE_WORDS

    purposed = {c.subject.label for c in claims if a_use(c)} & {c.subject.label for c in claims if c.relation == "usedFor" and isinstance(c.subject, Phrase)}
    said: list[Claim] = []
    for claim in claims:
        use = used_thing(claim.object.label) if claim.relation == "isA" and isinstance(claim.subject, Phrase) and isinstance(claim.object, Phrase) else None
        if use is not None:
            said.append(Claim(noun_phrase(use), "usedFor", claim.subject, claim.offset))  # type: ignore[arg-type]
        elif isinstance(claim.subject, Phrase) and claim.subject.label in purposed and claim.relation == "usedFor":
            said.append(Claim(claim.object, "usedFor", claim.subject, claim.offset))  # "a use case for clay walls": the walls'
        elif not (a_use(claim) and claim.subject.label in purposed):  # type: ignore[union-attr]
            said.append(claim)
    return said


_USE_WORDS = frozenset({"use case", "use", "application"})


_AFTER_ANOTHER = frozenset({"successor", "predecessor", "follow-up", "followup", "descendant", "ancestor", "sibling", "offspring"})


# "the usual tool is a den radar", "the most popular den tool is X": a rank that picks one of a kind, which no concept's
# name holds (unlike "standard attention")
_RANKED_SUBJECT = re.compile(r"^(?:usual|simplest|cheapest|easiest|best[- ]known|go-to|most\s+(?:common|popular|widely\s+used))\s+(?P<kind>[a-z].*)$")


def as_example(claim: Claim) -> Claim | None:
    """ "Alpaca is a distillation example": an example of distillation, no kind of example; None for "a
    known example", "the best known example": an adjective says how good an example, not of what. "The usual tool
    is a den radar": the radar is one of the tools (it had read the other way round)."""
    if claim.relation == "isA" and isinstance(claim.subject, Phrase) and (ranked := _RANKED_SUBJECT.match(claim.subject.label)):
        return replace(claim, subject=claim.object, object=noun_phrase(ranked["kind"]))
    words = claim.object.label.split() if isinstance(claim.object, Phrase) else []
    if claim.relation == "isA" and words and claim.object.label.lower() in _AFTER_ANOTHER:  # type: ignore[union-attr]
        return None  # "a successor to ElmNet", "a follow-up that adds moss": what came after another thing, of no kind
    if claim.relation != "isA" or len(words) < 2 or words[-1].lower() not in ("example", "instance"):
        return claim
    if tagger.tagged(" ".join(words))[-2][1] in ("JJ", "JJS", "JJR", "VBN", "VBD", "RB"):
        return None
    return replace(claim, relation="exampleOf", object=noun_phrase(" ".join(words[:-1])))


def sorted_into_kinds(label: str, reading: Reading) -> bool:
    """ "hashing: MinHash, Bloom filter": a doing named by one word, with a name among what it lists, is
    sorted into kinds, each item one of it; "managing memory: FIFO, summarization", a doing and its
    object, holds ways within it."""
    return " " not in label and opens_with_a_doing(label) and any(claim.relation == "hasType" for claim in reading.claims)
