"""Kinds named with their examples anywhere in a sentence: "optimization algorithms like Adam and
RMSprop", "a chat template such as ChatML" (the lexico-syntactic patterns of Hearst, 1992). The noun
phrase right before "such as" or "like" is the kind, the list after it its examples. Knows English
wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import classify, tagger
from kg.ingest.lists import cut, split
from kg.ingest.modifiers import is_shell, without_judgement
from kg.ingest.nouns import VERBS_ING, Phrase, keep, noun_phrase

_CUE = re.compile(r",?\s(?:such as|like)\s", re.IGNORECASE)
_VERBS_BEFORE = VERBS_ING | {"used", "called", "named", "known", "given", "trained"}
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN", "CD")  # what a noun phrase's words may be


def kinds_with_examples(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(example, kind, offset of the example's list) for each "<kind> such as|like <examples>"."""
    found = []
    for cue in _CUE.finditer(text):
        kind = _noun_phrase_before(text[: cue.start()])
        if kind is None:
            continue
        listed = cut(text[cue.end():], protected)
        for item in split(listed, protected):
            example = noun_phrase(_until_verb(item))
            if keep(example) and example.label.lower() != kind.label.lower():
                found.append((example, kind, cue.end()))
    return found


def _until_verb(item: str) -> str:
    """ "QLoRA reduce memory requirements" -> "QLoRA": a list that a verb follows ends before it."""
    words = item.split()
    for index, (word, tag_) in enumerate(tagger.tagged(item)):
        if index and tagger.corrected(word, tag_) in ("VB", "VBP", "VBZ", "VBD", "MD", "RB"):
            return " ".join(words[:index]) if len(words) == len(tagger.tagged(item)) else item
    return item


def _noun_phrase_before(text: str) -> Phrase | None:
    """The noun phrase that ends right before the cue, ending in a noun: "various optimization
    algorithms" -> "optimization algorithm"; None after a verb ("is like", "works like")."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(text) if any(c.isalnum() for c in w)]
    if not tagged or not tagged[-1][1].startswith("NN"):
        return None
    words, tags = [], []
    for index in range(len(tagged) - 1, -1, -1):
        word, tag_ = tagged[index]
        if tag_ not in _NOUN_TAGS:
            if word.lower() == "of" or (tag_ == "DT" and index and tagged[index - 1][0].lower() == "of"):
                return None  # "the structure of a neural network, such as layers": examples of the structure
            break
        words.insert(0, word)
        tags.insert(0, tag_)
    while words and (words[0].lower() in _VERBS_BEFORE or tagger.corrected(*tagger.tagged(words[0])[0]) == "CD"):
        words.pop(0)  # "using techniques like": the verb before the phrase is none of it ("decoding methods" is)
    written = without_judgement(" ".join(words[-5:]))
    kind = noun_phrase(written)
    if not keep(kind) or is_shell(kind.label) or kind.is_name:
        return None
    # a kind worth a concept: one a noun narrows ("loss functions", "RL techniques") or one the
    # vocabulary names a class by ("algorithms", "libraries"); not "features", "individual units"
    modifiers = tags[-len(written.split()):-1]
    named_by_class = classify.class_of_word(kind.label.split()[-1]) is not None
    return kind if named_by_class or any(t.startswith("NN") or t == "VBG" for t in modifiers) else None
