"""What "each" or "every" before a bare noun points back to: "A transformer is a stack of transformer
blocks. Each block contains an attention module" speaks of each transformer block, not of any block;
and so does "Examples of orchestrators include ..." after "An AI pipeline orchestrator specifies ...", and
"Masked models are used for ..." after "A masked language model is ...": the longer name, cut short; and
"The top layer is X" after "The stack has three layers": a part of the stack. Knows English wording; nothing of files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.ingest import tagger
from kg.ingest.singular import singular_noun

# "Each block", and "Examples of orchestrators" after "An AI pipeline orchestrator ...": the one named before
_EACH = re.compile(r"^(?P<each>Each|Every|(?:Examples|Kinds|Types) of)\s+(?P<noun>[a-z][\w-]*)\b")


def with_referents(sentences: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph, each one that opens on "Each <noun>" given the longer name the
    sentences before it gave that noun ("transformer blocks" -> "Each transformer block")."""
    before = ""
    for offset, sentence in sentences:
        found = _EACH.match(sentence)
        if found is not None and (named := _named_before(before, found["noun"])) is not None:
            sentence = f"{found['each']} {named}{sentence[found.end():]}"
        elif before and (short := _SHORTENED.match(sentence)) is not None and (whole := _shortened_from(before, short)) is not None:
            sentence = f"{whole}{sentence[short.end():]}"  # "A **masked language model** is ... Masked models are used for X"
        elif before and (placed := _PART_IN_ORDER.match(sentence)) is not None and (holder := _counted_whole(before, placed["part"])):
            sentence = f"The {holder} contains {sentence[placed.end():]}"  # "The stack has three layers. The top layer is X"
        before = f"{before} {sentence}"
        yield offset, sentence


def _named_before(text: str, noun: str) -> str | None:
    """The last compound in `text` that ends on the plural of `noun` with one or two nouns before it,
    singular: "a stack of transformer blocks" -> "transformer block"; "each" picks one of a set named."""
    if noun not in text and singular_noun(noun) not in text:
        return None
    words = tagger.tagged(text)
    for at in range(len(words) - 1, 0, -1):
        if singular_noun(words[at][0].lower()) != singular_noun(noun):
            continue
        if words[at][0].lower() == noun:
            return None  # "the current word ... Every word": the same word, of no set named before
        start = at
        while start > 0 and at - start < 2 and words[start - 1][1] in ("NN", "NNS", "NNP") and words[start - 1][0].isalpha():
            start -= 1
        return " ".join([*(w for w, _t in words[start:at]), singular_noun(noun)]) if start < at else None
    return None


# a sentence that opens on a modifier and a plural head: "Masked models are ...", the name given before cut short
_SHORTENED = re.compile(r"^(?P<first>[A-Z][a-z-]+)\s+(?P<head>[a-z]+s)\b")


def _shortened_from(text: str, short: re.Match[str]) -> str | None:
    """The longer name the sentences before gave a shortened plural: "masked language model" for "Masked
    models", the same first word and head with one or two words between; None when none or two differ."""
    if tagger.tagged(f"{short['first'].lower()} {short['head']}")[0][1] not in ("JJ", "NN", "VBN", "VBG"):
        return None  # "The models", "Such models": a determiner points back, no name cut short
    head = singular_noun(short["head"])
    found = {m.group().lower() for m in re.finditer(rf"\b{short['first']}(?:\s+[a-z][\w-]*){{1,2}}\s+{head}s?\b", text, re.IGNORECASE)}
    if len(found) != 1:
        return None
    whole = found.pop().split()
    return " ".join([short["first"], *whole[1:-1], short["head"]])


_PART_WORDS = r"(?:layer|stage|step|component|part|phase|level|tier)"
# "The top layer is X", "The second stage is Y": one of the parts a sentence before counted
_PART_IN_ORDER = re.compile(rf"^The\s+(?:first|second|third|fourth|fifth|top|middle|bottom|last|final|outer|inner|lowest|highest)\s+"
                            rf"(?P<part>{_PART_WORDS})\s+is\s+(?=\S)")
# "..., which has three layers", "The pipeline consists of four stages": a whole and the count of its parts
_COUNTED_PARTS = re.compile(rf"(?P<before>[^.;:]*?)(?:,\s+which)?\s+(?:has|have|consists\s+of|comprises|is\s+made\s+(?:up\s+)?of|"
                            rf"is\s+(?:split|divided)\s+into)\s+(?:two|three|four|five|six|[2-6])\s+(?:main\s+|key\s+|distinct\s+)?"
                            rf"(?P<parts>{_PART_WORDS}s)\b", re.IGNORECASE)


def _counted_whole(text: str, part: str) -> str | None:
    """The whole whose parts of this kind the sentences before counted: "... the AI engineering stack, which has three
    layers" -> "AI engineering stack" (the nouns before the count, after any article or preposition)."""
    found = [m for m in _COUNTED_PARTS.finditer(text) if singular_noun(m["parts"].lower()) == part.lower()]
    if not found:
        return None
    words = tagger.tagged(found[-1]["before"])
    start = len(words)
    while start > 0 and words[start - 1][1] in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG") and words[start - 1][0][:1].isalnum():
        start -= 1
    named = " ".join(word for word, _tag in words[start:])
    return named if named and words[-1:] and words[-1][1].startswith("NN") else None
