"""A thing followed by its kinds in parentheses: "batching (static, dynamic, continuous)", words that say which
batching each is, or "parallelism (tensor parallelism, pipeline parallelism)", each named by the thing's own head.
Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.hearst import plural_before
from kg.ingest.lists import split
from kg.ingest.modifiers import says_which
from kg.ingest.nouns import Phrase, keep, noun_phrase, says_another_name
from kg.ingest.singular import singular_noun

_PARENTHESISED = re.compile(r"(?<=[\w-])\s+\((?P<inside>[^()]+)\)")


def kinds_in_parentheses(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(kind, thing, offset) for a thing followed by its kinds in parentheses: "batching (static,
    dynamic, continuous)", words that say which batching each is, or "parallelism (tensor parallelism,
    pipeline parallelism)", each named by the thing's own head. Two or more, every one of the same
    form; "models (GPT-4, Claude)" and "feedback (regenerate, abandon)" are left to other rules."""
    found = []
    for match in _PARENTHESISED.finditer(text):
        if says_another_name(match["inside"]):
            continue  # "den store (also known as a burrow store, nest store)": its other names, no kinds
        items = [item.strip() for item in split(match["inside"], protected)]
        thing = _thing_before(text[: match.start()]) if len(items) > 1 else None
        if thing is None or not keep(thing):
            continue
        head = singular_noun(thing.label.split()[-1].lower())
        if all(says_which(item) for item in items):  # "static, dynamic, continuous"
            kinds = [noun_phrase(f"{item} {thing.label}") for item in items]
        elif all(singular_noun(re.split(r"[\s-]", item.lower())[-1]) == head and " " in item for item in items):
            kinds = [noun_phrase(item) for item in items]  # "tensor parallelism, pipeline parallelism"
        else:
            continue
        found.extend((kind, thing, match.start()) for kind in kinds if keep(kind) and kind.label.lower() != thing.label.lower())
    return found


def _thing_before(text: str) -> Phrase | None:
    """The noun phrase a text ends on, of nouns and the words that narrow them, whatever it names:
    "Service-level techniques: batching" -> "batching"; None when the text ends on no noun."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(re.split(r"[,;:(]\s*", text)[-1])]
    words: list[str] = []
    for index in range(len(tagged) - 1, -1, -1):
        word, tag_ = tagged[index]
        if words and index and tag_ == "NN" and plural_before(tagged, index) and "VERB" in tagger.readings(word.lower()):
            break  # "Kestrels use compression": a plural, its verb, the thing
        if not (tag_ in ("NN", "NNS") or (tag_ == "VBG" and not words) or (words and (tag_ == "JJ" or "-" in word))):
            if index == 0 and words and word.islower() and {"NOUN", "ADJ"} & tagger.readings(word).keys():
                return None  # "hate speech (racist, sexist)": a first word the tagger took for a verb narrows the thing
            break
        words.insert(0, word)
    return noun_phrase(" ".join(words)) if words else None
