"""Things named together with others of their kind: "setts, dens and other shelters", "a spade or
other digging tools" (the pattern "NP {, NP}* {,} and|or other NP" of Hearst, 1992). Each thing
listed before "and other" is one of the plural kind after it. Knows English wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.counted import common_first_word
from kg.ingest.lists import without_asides
from kg.ingest.modifiers import is_shell
from kg.ingest.nouns import ROLES, Phrase, keep, noun_phrase

# "and other", "or other", "and many other": what opens the kind; "each other", "the other" end no list
_OTHER = re.compile(r",?\s+(?:and|or)\s+(?:(?:many|several|various|some|all)\s+)?other\s+", re.IGNORECASE)
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG")  # what a listed thing's words may be
_KIND_TAGS = ("NN", "NNS", "JJ", "VBG", "VBN")  # what the kind's words may be: "other digging tools", "other pretrained models"
_TOPIC_HEADS = frozenset({"concept", "idea", "notion", "topic", "subject", "term", "area", "aspect", "thing"})
_ITEM_WORDS = 5  # an item longer than a name is a clause's words ("we dig out the sett"), no listed thing


def named_with_others(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(thing, kind, offset of the thing) for each thing listed before "and other <kinds>"."""
    found = []
    for cue in _OTHER.finditer(text):
        kind = _plural_after(text[cue.end():])
        if kind is not None:
            found.extend((thing, kind, at) for thing, at in _items_before(text[: cue.start()])
                         if keep(thing) and thing.label.lower() != kind.label.lower())
    return found


def _plural_after(text: str) -> Phrase | None:
    """The plural kind that opens `text` ("shelters keep badgers warm" -> "shelter"); None when its
    last word is no plural noun ("other moss"), a shell word ("other things"), a role ("other collaborators") or a topic ("other ML concepts")."""
    words = []
    for word, tag_ in tagger.tagged(re.split(r"[,;:.()!?]", text, maxsplit=1)[0]):
        if tagger.corrected(word, tag_) not in _KIND_TAGS:
            break
        words.append((word, tag_))
    while words and words[-1][1] != "NNS":  # "other shelters nearby": the plural ends the kind
        words.pop()
    if not words:
        return None
    kind = noun_phrase(" ".join(word for word, _tag in words))
    # "Google and other collaborators": who worked with them; "PCA and other ML concepts": a field's, no kind of thing
    head = kind.label.split()[-1].lower() if keep(kind) else ""
    broad = kind.label.lower() in ("data", "information")  # "text, images or other data": anything stored, no kind
    return kind if head and not broad and not is_shell(kind.label) and head not in ROLES and head not in _TOPIC_HEADS else None


def _items_before(text: str) -> list[tuple[Phrase, int]]:
    """The things a list ending right before "and other" names, with their offsets: each item set off by
    a comma that is a short phrase with no verb, and the noun phrase the clause's words before them end on."""
    clause = re.split(r"[;:(]\s*|\s[—–-]\s", text)[-1]
    start = len(text) - len(clause)
    pieces = clause.split(", ")
    items: list[tuple[Phrase, int]] = []
    for index in range(len(pieces) - 1, -1, -1):
        piece, at = pieces[index], start + sum(len(before) + 2 for before in pieces[:index])
        bare = without_asides(piece).strip()
        if index and len(bare.split()) <= _ITEM_WORDS and not _has_verb(bare) and not re.search(r"\s(?:of|from|in|on|for|with|to|by)\s", bare):
            items.append((noun_phrase(piece), at))  # "dens" in "in setts, dens and other shelters"
            continue
        if ending := _noun_phrase_ending(piece):  # "Badgers shelter in setts", "the rise of setts": the noun phrase it ends on
            items.append((noun_phrase(ending), at + len(piece) - len(ending)))
        break
    return items[::-1]


def _noun_phrase_ending(text: str) -> str:
    """The words a text ends on that make a noun phrase ("Badgers are extended to wet setts" -> "wet
    setts"); "" when it ends on no noun. A plural before a word that can be a verb is the subject of that
    verb ("badgers dig setts"), no word of the phrase."""
    tagged = tagger.tagged(without_asides(text).strip())
    words: list[str] = []
    for index in range(len(tagged) - 1, -1, -1):
        word, tag_ = tagged[index][0], tagger.corrected(*tagged[index])
        if tag_ not in _NOUN_TAGS or (words and tag_ == "NNS") or len(words) == _ITEM_WORDS \
                or (words and tag_ == "VBG" and "NOUN" not in tagger.readings(word.lower())):
            break  # "a vector representing text": a participle and its object, not "machine learning models"
        words.insert(0, word)
    if not words or not tagger.corrected(*tagger.tagged(words[-1])[-1]).startswith("NN") or not text.rstrip().endswith(words[-1]):
        return ""
    ending = " ".join(words)
    return common_first_word(ending, modifier=True) if len(words) == len(tagged) else ending  # "Wet setts": capital for its place


def _has_verb(piece: str) -> bool:
    """Whether a piece of a list holds a verb, and so is a clause rather than a listed thing."""
    return any(tagger.corrected(word, tag_) in ("VB", "VBD", "VBP", "VBZ", "MD") for word, tag_ in tagger.tagged(piece)[1:])
