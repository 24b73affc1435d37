"""A doing a term names, defined by its own verb and what it is done with: "- **Moss packing:** pack moss with a spade",
"- **Den sorting:** sorts the dens w/ a precise rake", "- **Sett validation:** validation via heuristics or a den judge":
the term uses what it is done with, and the words that restate its doing are no kind of it (they had made "moss packing
isA pack moss"). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.lists import cut, preposition_once, split, without_asides
from kg.ingest.nouns import Phrase, keep, noun_phrase

_DONE_WITH = re.compile(r"\s(?:with|w/|using|via|through)\s+(?P<things>[^;:.]{2,120})", re.IGNORECASE)
_EXAMPLES_AFTER = re.compile(r",?\s+(?:like|such as|for example,?)\s+(?P<named>.+)$", re.IGNORECASE)


def restates_the_doing(term: str, sentence: str) -> bool:
    """Whether a definition opens on the doing its term names: its verb ("pack", "packs" for "moss packing") or its last
    word itself ("validation via ..." for "sett validation")."""
    head, first = term.split()[-1].lower(), (sentence.split() or [""])[0].lower().strip(",:")
    if first == head:
        return head.endswith(("ing", "tion", "sion", "ment"))
    if not head.endswith("ing"):
        return False
    stem = re.sub(r"e?s$", "", first) if len(first) > 4 else first  # "reranks", "lines": a verb the dictionary may lack ("rerank")
    return bool(set(tagger.readings(head).get("VERB", ())) & set(tagger.readings(first).get("VERB", ()))) \
        or stem in (head[:-3], head[:-4], head[:-3].rstrip("e"))  # "reranking", "cutting"


def done_with(term: str | None, sentence: str) -> list[Phrase] | None:
    """What a definition that restates its term's doing says the doing is done with (each a noun phrase, or the examples
    of it the definition names; none where nothing follows "with", "using", "via"); None where it does not restate it."""
    if not term or not restates_the_doing(term, sentence):
        return None
    found = _DONE_WITH.search(re.sub(r"\be\.g\.", "for example", without_asides(sentence)))  # its dots end no sentence
    if found is None:
        return []
    examples = _EXAMPLES_AFTER.search(found["things"])  # "w/ a precise model, e.g. a cross-encoder or DenRank": the ones named
    listed = examples["named"] if examples else found["things"]
    return [thing for thing in (noun_phrase(item) for item in split(cut(preposition_once(listed), set()), set())) if keep(thing)]
