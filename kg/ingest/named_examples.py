"""Sentences that give examples: "Examples of vector databases are A and B" (ones of a kind of a class, or examples
of a kind), "Examples include A and B" and "e.g. A, B" (examples of the entry being read), "A, B and C are examples
mentioned". Knows English wording."""

from __future__ import annotations

import re

from kg.ingest import classify
from kg.ingest.cues import Cue
from kg.ingest.hearst import kinds_with_examples
from kg.ingest.claims import Claim, Reading
from kg.ingest.lists import split
from kg.ingest.name_lists import names_only, says_what_it_is_like
from kg.ingest.nouns import NAMED_KINDS, Phrase, keep, noun_phrase
from kg.ingest.subjects import CURRENT

# whoever gives the examples, after the kind: "Examples of gateways she mentions are ...", "... the book gives include ..."
_GIVEN_BY = r"(?:\s+(?:that\s+)?(?:she|he|they|we|I|the\s+(?:author|book|chapter|paper))\s+(?:mentions?|gives?|lists?|names?|cites?|discuss(?:es)?))?"
_EXAMPLES = re.compile(r"^(?:some\s+|other\s+|notable\s+|common\s+|popular\s+)*examples(?: of (?P<kind>[\w\s-]+?)"
                       rf"(?P<here> in this [\w\s-]+?)?{_GIVEN_BY}(?P<which>\s(?:that|which)\s[\w\s-]+?)?)?(?:\s(?:are|include)|(?P<colon>:))\s+(?P<items>.+)$", re.IGNORECASE)
# "Portkey, Kong and TrueFoundry are examples mentioned", "... are examples of gateways": names first
_EXAMPLES_AFTER = re.compile(r"^(?P<items>[^:;]+?)\s+are\s+(?:(?:some|other|good|common|popular|notable|typical|two|three|a\s+few)\s+)*examples"
                             r"(?:\s+(?:mentioned|given|cited|named|in\s+the\s+book))?(?:\s+of\s+(?:it|this|them|these))?$", re.IGNORECASE)
# "e.g. Portkey, OpenRouter", "Examples: A, B", "Example is SelfCheckGPT", "One example is A": names alone, of the entry being read
_BARE_EXAMPLES = re.compile(r"^(?:e\.g\.|eg\.?|for example|for instance|(?:(?:an?|one|the|a good|a classic)\s+)?(?:(?:best-known|best known|well-known|classic|famous|canonical|typical|prime|main)\s+)?"
                            r"(?:example\s+is|examples?)|ex\.)"
                            r"(?:\s*[:,]\s*|\s+)(?P<items>[^\s.;:](?:[^.;:]|(?<=\w)\.(?=\w))*)$", re.IGNORECASE)  # "torch.compile", "llama.cpp": a dot inside a name
_CUES = Cue(r"example|e\.g|eg|ex\.|for instance")  # a word _EXAMPLES, _EXAMPLES_AFTER or _BARE_EXAMPLES needs
_SAID_THEN_EXAMPLES = re.compile(r"^(?P<said>[^,;:()]{3,40}),\s+(?=(?:e\.g\.|eg\.?|for example|for instance)\s)", re.IGNORECASE)


def read_examples(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "Examples of tools in this category are A, B, and C." and "Examples include A and B" make A, B
    and C examples of the entry being read; "Examples of vector databases are A and B", of vector
    databases: the kind it names."""
    if not _CUES.in_text(text):
        return False  # each pattern here needs one of its words: most sentences
    match = _EXAMPLES.match(text.strip())
    match = None if match and match["colon"] and not match["kind"] else match  # "Examples: A by X, B": bare, read below
    if not match and (after := _EXAMPLES_AFTER.match(text.strip().rstrip("."))) is not None \
            and (names := names_only(after["items"], protected)) and len(names) > 1 and all(name.is_name for name in names):
        reading.claims.extend(Claim(CURRENT, "hasExample", name, after.start("items")) for name in names)
        return True  # "A, B and C are examples mentioned": of what is being read ("... of den tools" is a copula's)
    if not match:
        return _bare_examples(text, reading, protected)
    kind = noun_phrase(match["kind"] or "")  # "Examples include A and B": of the entry being read
    of: Phrase | str = CURRENT if match["here"] or not match["kind"] or not keep(kind) else kind
    one_of = of is kind and classify.class_of_word(kind.label.split()[-1].lower()) is not None  # "Examples of den tools are A": each a den tool
    for item in split(match["items"], protected):
        if keep(phrase := noun_phrase(item)):
            reading.claims.append(Claim(phrase, "isA", kind, match.start("items")) if one_of else Claim(of, "hasExample", phrase, match.start("items"), kind=match["kind"]))
    if "(" in match["items"]:  # "... are games (Minecraft, Go), the internet": the names in parentheses are of the example before
        reading.claims.extend(Claim(name, "isA", named, match.start("items") + at) for name, named, at in kinds_with_examples(match["items"], protected))
    return True


_CITED_ASIDE = re.compile(r"\s*\([^()]*(?:\bet al\b|\b(?:19|20)\d\d\b)[^()]*\)")
_WITHIN_ITEM = re.compile(r"^(?P<name>[^,]{1,40}?)\s+in\s+(?P<whole>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})$")
_MAKER_LAST = re.compile(r",\s+(?:from|by)\s+[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}$")
_MADE_BY_ITEM = re.compile(r"^(?P<name>[^,]{1,40}?)\s+(?:by|from)\s+(?P<maker>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})$")


def _bare_examples(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "e.g. Portkey, MLflow AI Gateway, OpenRouter" in an entry: examples of it, when all it holds
    is their names; "For example, GPT-4 uses RLHF" is a sentence, read as one."""
    said = _SAID_THEN_EXAMPLES.match(text.strip())  # "hard to change, e.g. license, den size": a thing said of it, then examples of it
    start = said.end() if said is not None and says_what_it_is_like(said["said"]) else 0
    match = _BARE_EXAMPLES.match(_CITED_ASIDE.sub(lambda m: " " * len(m.group()), text.strip().rstrip("."))[start:])  # who made it is read apart
    if match is None:
        return False
    listed = re.sub(r"(?:^|(?<=,\s))(?:the|an?)\s+", "", match["items"], flags=re.IGNORECASE)  # "e.g. the DAN prompt, roleplay"
    if (aside := _MAKER_LAST.search(listed)) is not None and "," not in listed[: aside.start()]:
        listed = listed[: aside.start()]  # "Best-known example: Wytham, from Oxford": one name, its maker aside (read apart)
    if re.search(r"\s[~≈<>≤≥]\s*\d", listed):
        return False  # "e.g. H100 ~700W max": a figure of the thing, no list of names
    written = [_MADE_BY_ITEM.match(item.strip()) for item in listed.split(",")]  # "GPT-4 by OpenAI, Llama by Meta"
    made = all(written) and len(written) > 1
    items = names_only(", ".join(m["name"] for m in written) if made else listed, protected)  # type: ignore[index]
    within = _WITHIN_ITEM.match(listed.strip()) if not items else None  # "e.g. the twenty_moles benchmark in BIG-den": a part of it
    if within is not None and (part := names_only(within["name"], protected)) and len(part) == 1 \
            and (part[0].is_name or part[0].label.split()[-1] in NAMED_KINDS):
        items = part
        reading.claims.append(Claim(part[0], "partOf", noun_phrase(within["whole"]), start + match.start("items")))
    if not items:
        return False
    reading.claims.extend(Claim(CURRENT, "hasExample", item, start + match.start("items")) for item in items)
    if made and len(items) == len(written):
        reading.claims.extend(Claim(item, "developedBy", noun_phrase(m["maker"]), start + match.start("items")) for item, m in zip(items, written))  # type: ignore[index]
    return True
