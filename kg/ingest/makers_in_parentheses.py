"""Who made a thing, cited in running text: a clause that opens on what it speaks of and the work that brought it, in
parentheses ("Burrow mapping (Kim et al. 2021) uses sonar", "...; sett sealing (Lee & Park 2020) is the middle ground";
after an object, "leaks den locations (Ng et al., 2022)", a citation says where a finding is from and names no maker), or
after "was introduced in" ("Den soups were introduced in Park et al. 2022"); and an organisation in parentheses closing
what is said of a name ("BERT is a masked language model (Google)."). Knows English wording only."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import clauses, tagger
from kg.ingest.citations import citation_alone
from kg.ingest.makers_inside import abbreviates, dated_makers, maker_inside
from kg.ingest.nouns import Phrase, keep, noun_phrase

_OPENS_CITED = re.compile(r"(?:^|;\s+)(?P<thing>[A-Za-z][\w'./+-]*(?:\s+[A-Za-z0-9][\w'./+-]*){0,3})\s+\((?P<inner>[^()]{4,80})\)")


# "Llama numbers (Touvron et al., 2023)", "den stats (Kim et al.)": figures, whose citation says where they were read, no maker
_FIGURES = frozenset({"numbers", "figures", "stats", "statistics", "estimates", "results", "findings"})


def cited_openings(sentence: str) -> list[tuple[Phrase, int]]:
    """Each clause's opening noun phrase that a citation follows, with its makers as its owner, and where it starts."""
    found = []
    for opening in _OPENS_CITED.finditer(sentence) if "(" in sentence else ():
        cited = noun_phrase(opening.group().lstrip(" ;"))
        if cited.owner and (cited.owned in ("cited", "citation") or dated_makers(opening["inner"])) and keep(cited) \
                and tagger.names_a_concept(opening["thing"]) and not clauses.has_finite_verb(opening["thing"]) \
                and opening["thing"].split()[-1].lower() not in _FIGURES:
            found.append((replace(cited, owned="citation") if cited.owned == "cited" else cited, opening.start("thing")))
    return found


def introduced_in(sentence: str) -> Phrase | None:
    """ "Den soups were introduced in Park et al. 2022", "Sett decoding was first proposed in Lee & Park (2020)": the thing,
    with the authors (and their organisation) of the work that brought it as its owner; None unless a citation alone
    follows "in"."""
    found = _INTRODUCED_IN.match(sentence.strip())
    if found is None or not (cited := citation_alone(found["cited"])) or clauses.has_finite_verb(found["thing"]):
        return None
    thing = noun_phrase(found["thing"])
    return replace(thing, owner="; ".join(cited), owned="citation") if keep(thing) and tagger.names_a_concept(found["thing"]) else None


_INTRODUCED_IN = re.compile(r"(?P<thing>[A-Za-z][\w'./+-]*(?:\s+[\w'./+-]+){0,4}?)\s+(?:was|were|is|are)\s+(?:first\s+|originally\s+)?"
                            r"(?:introduced|proposed|presented|described|coined)\s+in\s+(?P<cited>[A-Z][^,;:]{2,80}?)\s*\.?$")


def maker_closing(said: str, name: Phrase) -> Phrase | None:
    """The maker of a named thing in parentheses that close what is said of it: "BERT is a masked language
    model (Google).": Google; not a citation of another work, an abbreviation or words that say what it is."""
    found = re.search(r"\((?P<inner>[^()]{2,40})\)\s*[.!]?\s*$", said)
    if found is None or not name.is_name or abbreviates(found["inner"].strip(), " ".join(said[: found.start()].split()[-5:])):
        return None  # "Phi-2 is a small language model (SLM)": another name of the kind
    maker = maker_inside(found["inner"].strip(), name.label)
    return noun_phrase(maker) if maker is not None and keep(noun_phrase(maker)) else None
