"""An entry's definition that says what the term is, then a clause of its own after a comma or a semicolon: "a den failure,
so badgers leave", "a den failure; it spreads", "the most common kind of den router; predicts the den" (the term's doing,
its subject left out). Knows English wording only."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import clauses, tagger
from kg.ingest.claims import Reading
from kg.ingest.fragments import bare_kind
from kg.ingest.modifiers import KIND_OF
from kg.ingest.phrases import read
from kg.ingest.subjects import opens_with_a_subject

_KIND_THEN_CLAUSE = re.compile(r"^(?P<kind>(?P<article>(?i:an?)\s+)?[^,;:()]{2,60}?)\s*[,;]\s+(?:(?:so|and|but|yet|because|since)\s+)?(?P<clause>[^;]+)$")
# "a kind of den router", "the most common type of den router": a word of kinds before the kind, which "It is ..." reads
_KIND_OF = re.compile(rf"^(?:an?|the)\s+(?:(?:most\s+)?[a-z]+\s+)?{KIND_OF}\s+(?=\S)", re.IGNORECASE)


def verbless(sentence: str) -> bool:
    """ "A language model.": no verb, not even one the tagger takes for a plural noun ("A model encodes information")."""
    return not clauses.has_finite_verb(sentence) and not any(
        tag == "NNS" and set(tagger.readings(word.lower())) == {"VERB"} for word, tag in tagger.tagged(sentence))


def kind_then_a_clause(sentence: str, protected: set[str]) -> Reading | None:
    """What the term is ("It is a den failure"), then the clause read on its own, or as the term's ("It predicts the den")
    when it opens on a verb; None unless the sentence is a plain noun phrase of a kind and such a clause ("A hero among
    algorithms, PPO is ..." likens, and the sentence says what it is)."""
    found = _KIND_THEN_CLAUSE.match(sentence)
    if found is None or not verbless(found["kind"]) or not clauses.has_finite_verb(found["clause"]):
        return None
    kind_words = _KIND_OF.match(found["kind"])
    if not all(tag in ("DT", "JJ", "NN", "NNS", "NNP", "VBG", "VBN") for _w, tag in tagger.tagged(found["kind"][kind_words.end() if kind_words else 0:])):
        return None
    its_doing = not opens_with_a_subject(found["clause"])
    if its_doing and tagger.tagged(f"it {found['clause'].split()[0]}")[1][1] != "VBZ":
        return None
    if (kind := found["kind"] if found["article"] or kind_words else bare_kind(found["kind"])) is None:
        return None
    reading = read(f"It is {kind}", protected)
    said = read(f"It {found['clause']}" if its_doing else found["clause"], protected)
    reading.claims = [replace(claim, offset=max(0, claim.offset - 6)) for claim in reading.claims] \
        + [replace(claim, offset=max(0, claim.offset + found.start("clause") - 3 * its_doing)) for claim in said.claims]
    return reading
