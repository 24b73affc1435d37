"""What a definition says beside the kind it names: who made the thing ("a burrow radar, by Wombat Labs", "den agent
from Princeton", "(Zhou et al., 2022, Google)"), what it is for (", for drug discovery"), what it is made of after a
semicolon, names of the kind listed last, and what it is set against. Knows English wording only."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import classify, clauses, tagger
from kg.ingest.makers_in_parentheses import cited_openings
from kg.ingest.citations import cited_authors, written_makers
from kg.ingest.claims import Claim, Reading
from kg.ingest.makers import an_organisation
from kg.ingest.name_lists import names_only
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.singular import singular_noun
from kg.ingest.subjects import CURRENT
from kg.ingest.subjectless import contrasted_aside
from kg.ingest.written_parts import sum_of_parts

# what a terse definition ends on after a comma: who made the thing, what it is for or what it is built on,
# or in a parenthesis of its own: "a text-to-SQL benchmark (Yale)"
_BY_OR_FOR = re.compile(r"(?:,\s+(?:by\s+(?P<maker>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
                        r"|for\s+(?!(?:example|instance|now|free|short|good|a|an|the|some|each|every|all)\b)(?P<purpose>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))"
                        r"|\s+\((?P<org>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\)"
                        r"|,?\s+(?:built|based)\s+(?:on|upon)\s+(?:top\s+of\s+)?(?P<base>[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3}))\s*\.?$")  # ", built on (top of) MossNet"
# a citation closing a definition, the authors' organisation after the year: "(Zhou et al., 2022, Google)"
_CLOSING_ASIDE = re.compile(r"\((?P<inner>[^()]{4,80})\)\s*\.?\s*$")
_ORGANISATION_LAST = re.compile(r"(?:19|20)\d\d,\s*(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})$")
# "a library from Meta": its maker, where what it is was made (not "data from Common Crawl", where the data came from)
_MADE_THINGS = frozenset({"Tool", "ModelType", "Technique", "Benchmark", "Architecture", "Metric", "agent", "system", "assistant", "chatbot", "app", "platform",
                          "service", "engine", "chip", "accelerator", "leaderboard", "optimizer", "tokenizer", "compiler", "runtime", "server"})  # classes, words of none


def beside_the_kind(sentence: str, reading: Reading, by: re.Match[str] | None, protected: set[str]) -> Reading:
    """`reading` of a definition, with what the sentence says beside the kind: its maker, its purpose, its parts, its
    named kinds, what it is set against; `by` is where a kind and its maker are written together ("X by Y", "X from Y")."""
    tail = _BY_OR_FOR.search(sentence) if not clauses.has_finite_verb(sentence) else None  # "a burrow radar, by Wombat Labs"
    if tail and not any(claim.subject == CURRENT for claim in reading.claims):
        tail = None  # what the sentence defines, it did not say: whose maker or purpose, neither
    if tail and tail["maker"] and (maker := noun_phrase(tail["maker"])).is_name and keep(maker):
        reading.claims.append(Claim(CURRENT, "developedBy", maker, tail.start()))
    elif tail and tail["org"] and an_organisation(tail["org"]) and not _short_for(tail["org"], sentence[: tail.start()]) \
            and " + " not in sentence[: tail.start()]:  # not "sealing + preference mossing (RLHF)": of the last part, no maker
        reading.claims.append(Claim(CURRENT, "developedBy", noun_phrase(tail["org"]), tail.start("org")))  # not "(TSB)", its short name
    elif tail and tail["purpose"] and keep(purpose := noun_phrase(tail["purpose"])) and not purpose.is_name:
        reading.claims.append(Claim(CURRENT, "usedFor", purpose, tail.start()))  # "biomolecular data, for drug discovery"
    elif tail and tail["base"] and (base := noun_phrase(tail["base"])).is_name and keep(base):
        reading.claims.append(Claim(CURRENT, "uses", base, tail.start("base")))  # "a den agent from Princeton, built on MossNet"
    if by is not None and not clauses.has_finite_verb(by["kind"]) \
            and (tagger.tag(by["kind"].split()[-1])[0][1] in ("NN", "NNS") or by["acronym"]) and not by["kind"].endswith("ed") \
            and any(c.subject == CURRENT and c.relation == "isA" for c in reading.claims) \
            and not any(c.relation == "developedBy" for c in reading.claims) and (maker := noun_phrase(by["maker"])).is_name and keep(maker) \
            and (by["via"] == "by" or by["acronym"] or {classify.class_of_word(head := singular_noun(by["kind"].split()[-1].lower())), head} & _MADE_THINGS):
        reading.claims.append(Claim(CURRENT, "developedBy", maker, by.start("maker")))  # "A data framework by Moss Labs for ...": its maker
    if (closing := _CLOSING_ASIDE.search(sentence)) is not None and (authors := cited_authors(closing["inner"])) is not None \
            and not any(c.relation == "developedBy" for c in reading.claims) and reading.subject is None:  # a sentence's own subject: its finding
        # "- Least-to-most prompting – ask for subproblems first (Zhou et al., 2022, Google)": who brought the term, and where
        org = _ORGANISATION_LAST.search(closing["inner"])
        reading.claims.extend(Claim(CURRENT, "developedBy", noun_phrase(name), closing.start()) for name in (authors, org and org["org"]) if name)
    if not any(c.relation == "developedBy" for c in reading.claims) and (kind := _cited_kind(sentence, reading)) is not None:
        # "- **DenBot:** den agent (Kim et al. 2023, Zorpco) with a map": the kind, then who brought the thing the term names
        made = replace(kind, owner=None, owned="possessive") if kind.is_name else CURRENT  # "Raids: FoxWatch dataset (Kim et al.) groups ...": FoxWatch's
        reading.claims.extend(Claim(made, "developedBy", noun_phrase(name), 0) for name, _authors in written_makers(kind.owner or ""))
    if ";" in sentence and sum_of_parts(sentence) is None and (parts := sum_of_parts(sentence.rsplit(";", 1)[1].strip())) is not None:
        # "anything that perceives and acts; in practice an LLM + tools + planning": what it is made of, too
        reading.claims.extend(Claim(CURRENT, "contains", part, 0) for part in map(noun_phrase, parts) if keep(part))
    makers = any(c.subject == CURRENT and c.relation == "isA" and isinstance(c.object, Phrase)
                 and classify.class_of_word(c.object.label.split()[-1]) in ("Organization", "Person") for c in reading.claims)
    if not makers and (named := _names_at_the_end(sentence, protected))[0] and not any(claim.relation == "hasKind" for claim in reading.claims):
        # "- **Term-based retrieval** — lexical retrieval by keywords; TF-IDF, BM25": named ones of the kind (not "a lab; A, B": its work)
        reading.claims.extend(Claim(name, "isA", CURRENT, named[1]) for name in named[0])
    if (versus := contrasted_aside(sentence, protected)) is not None and versus[0] == CURRENT \
            and not any(claim.relation == "contrastsWith" for claim in reading.claims):
        reading.claims.append(Claim(CURRENT, "contrastsWith", versus[1], 0))
    return reading


def _cited_kind(sentence: str, reading: Reading) -> Phrase | None:
    """The kind a definition opens on when a citation follows it, its makers the owner: what the definition says it is
    ("a den model (Kim et al., 2021) that ..."), or its opening words when it says no more that is read."""
    said = next((c.object for c in reading.claims if c.subject == CURRENT and c.relation == "isA" and isinstance(c.object, Phrase)
                 and c.object.owned == "cited"), None)
    return said or next((cited for cited, at in cited_openings(sentence) if at == 0 and cited.owned == "citation"), None)


def _names_at_the_end(sentence: str, protected: set[str]) -> tuple[list[Phrase], int]:
    """ "...; S4, H3, Mamba", "..., usually RLHF, or DPO, or RLAIF": two or more names, by their capitals or digits, alone
    after a definition's last semicolon or after "usually" (or "typically"), the ones of its kind it names; and where."""
    ending = _NAMES_AFTER.search(sentence)
    if ending is None or (named := names_only(last := re.sub(r",\s+or\s+", ", ", sentence[ending.end():]).strip(" ."), protected)) is None:
        return [], 0
    return (named if len(named) >= 2 and all(name.is_name for name in named) and "et al" not in last else []), ending.end()


_NAMES_AFTER = re.compile(r"(?:;|,\s+(?:usually|typically|most\s+often|commonly)\s)(?!.*;)\s*")


def _short_for(short: str, text: str) -> bool:
    """ "TSB" after "a text-to-SQL benchmark": the words that end the text, shortened."""
    words = text.split()
    return any(abbreviates(short, " ".join(words[i:])) for i in range(len(words)))
