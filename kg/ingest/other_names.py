"""Other names of an entry said in a sentence of their own: "Also called LLM-as-a-judge.", "It is also known as nucleus
sampling", "(aka lexical retrieval, sparse retrieval)." Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest.nouns import keep, noun_phrase
from kg.labels import clean

# on a cleaned sentence (one space between words): what opens another name
_NAMES_CUE = re.compile(r"(?:(?:it is |this is )?(?:also|sometimes|often) (?:called|known as|referred to as|named)|a\.?k\.?a\.?|syn(?:onym)?\.?:) ",
                        re.IGNORECASE)
_ALSO_CALLED = re.compile(rf"^{_NAMES_CUE.pattern}(?P<name>[^,.;:()]{{2,60}}?)(?:\s*\([^()]{{1,20}}\))?(?:\.|:\s.*)?$",
                          re.IGNORECASE)  # "aka large LM (LLM)", "aka X: ..."


def also_called(sentence: str) -> str | None:
    """ "Also called LLM-as-a-judge.", "It is also known as nucleus sampling": another name of the entry,
    a sentence of its own; None when the name is no noun phrase ("also called when ...")."""
    found = _ALSO_CALLED.match(clean(sentence).strip())
    name = found["name"].strip(" *_") if found else ""  # "*LLM-as-a-judge*": emphasis, no part of the name
    if not name or not keep(phrase := noun_phrase(name)):
        return None
    return phrase.label if phrase.is_name else name


def other_names(sentence: str) -> list[str]:
    """ "Also called X.", "(aka lexical retrieval, sparse retrieval).": the entry's other names, each a noun phrase (or
    none), in a sentence or a parenthesis of their own."""
    inside = re.fullmatch(r"\s*\((?P<inside>[^()]+)\)\s*\.?\s*", sentence)
    said = clean(inside["inside"] if inside else sentence).strip()
    if (cue := _NAMES_CUE.match(said)) is None:
        return []
    names = [also_called(cue.group() + name) for name in re.split(r",\s*(?:or\s+)?|\s+or\s+", said[cue.end():].rstrip(". "))]
    return [name for name in names if name] if all(names) else []
