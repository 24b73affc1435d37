"""Headings whose subtitle states a relation: "Random Forest: An Example of Bagging" and "Gini
Impurity: Measuring Node Purity" say what "Random Forest is an example of Bagging" and "Gini
Impurity measures Node Purity" do. Only a subtitle that opens with a kind ("An Example of", "A Type
of") or with the -ing form of a relation's verb: most subtitles name a theme ("GRU: The Simpler
Sibling of LSTM"), and "Python Example: Using SGD" names no concept before its colon."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.singular import singular_noun
from kg.ingest.modifiers import DOCUMENT_NOUNS, is_shell
from kg.ingest.relations import relation_matches

_SUBTITLED = re.compile(r"^(?P<name>[^:]{1,60}):\s+(?P<subtitle>\S.{2,120})$")
_A_KIND_OF = re.compile(r"^(?:an?|the)\s+(?:example|type|kind|form|variant|version|special case)\s+of\s", re.IGNORECASE)


def heading_sentence(title: str) -> str | None:
    """The sentence a heading's subtitle says of the name before its colon, or None."""
    found = _SUBTITLED.match(title.strip())
    if found is None:
        return None
    name, subtitle = found["name"].strip(), found["subtitle"].strip()
    if not tagger.names_a_concept(name) or is_shell(name.split()[-1]) or singular_noun(name.split()[-1].lower()) in DOCUMENT_NOUNS:
        return None  # "Study notes: evaluating AI systems" names the writing, not a thing it does
    if _A_KIND_OF.match(subtitle):
        return f"{name} is {subtitle[0].lower()}{subtitle[1:]}"
    verb, _, rest = subtitle.partition(" ")
    if not verb.lower().endswith("ing") or not rest:
        return None
    from lemminflect import getInflection, getLemma

    lemma = next(iter(getLemma(verb.lower(), "VERB")), "")
    third = next(iter(getInflection(lemma, "VBZ")), "") if lemma else ""
    sentence = f"{name} {third} {rest}"
    matches = relation_matches(sentence)
    return sentence if third and matches and matches[0].start() == len(name) + 1 else None
