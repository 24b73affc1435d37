"""Examples set beside an entry's name, before what it says of them: "**Self-verification** e.g.
SelfCheckGPT: ...", "**Den scoring** (e.g. BurrowRank): ...", "**Den mapping**, such as MoleMap —
...": each one of what the entry names. Knows Markdown's entries and the words that give examples."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.extraction import Extraction
from kg.ingest.headings import topic_key
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Paragraph
from kg.ingest.name_lists import names_only
from kg.ingest.citations import citation_alone
from kg.ingest.nouns import Phrase, keep
from kg.ingest.singular import singular_phrase
from kg.source import Source

# the names start and end on a word, so that no run of spaces can be read two ways (kg's regular expressions never backtrack badly)
_BESIDE = re.compile(r"^\s*(?:,\s*)?(?P<open>\()?(?:e\.g\.|eg\.|for example|such as|like)(?:,?\s+)(?P<names>[^\s:()—–](?:[^:()—–]*?[^\s:()—–])?)"
                     r"(?(open)\))\s*(?::|[—–]|-(?=\s)|$|(?=,\s+(?:the|a|an|which|mostly|usually|often)\s))\s*", re.IGNORECASE)  # ", the easiest": said of them


def examples_beside(paragraph: Paragraph, term: str) -> list[Phrase]:
    """The names an entry's examples are given by, right after its term; they leave the paragraph's text,
    which goes on with the definition. Names only: "e.g. a niche dialect" describes, and stays. Or, for a term
    in the plural, the things listed in parentheses that close what it says first (kept in the text)."""
    found = _BESIDE.match(paragraph.text)
    names = names_only(found["names"]) if found is not None else None
    if not names or not all(name.is_name for name in names):
        return _listed_last(paragraph.text, term)
    paragraph.text, paragraph.has_colon = paragraph.text[found.end():], True
    return names


# a list in parentheses that closes a sentence: "= cannot change (fur, claws, teeth)"
_LISTED_LAST = re.compile(r"\((?:e\.g\.,?\s+)?(?P<listed>[^()]+,[^()]+)\)\s*[.;]?$")


def _listed_last(text: str, term: str) -> list[Phrase]:
    """ "- **Hard traits** = cannot change (fur, claws, teeth)": a plural term names a group, and the things listed
    after what the first sentence says of it (no plural right before them) are in it; "- **Den tool**: digs (claws, sticks)"
    lists what one uses."""
    first = re.split(r"(?<=[.;!?])\s", text, maxsplit=1)[0].rstrip()
    found = _LISTED_LAST.search(first)
    if found is None or singular_phrase(term) == term or singular_phrase(term).lower() == term.lower() \
            or (before := tagger.tagged(first[: found.start()])) and before[-1][1] == "NNS":
        return []  # "structure of a network, such as activation functions (sigmoid, tanh)": kinds of what the list follows
    listed = names_only(found["listed"]) or []
    return listed if len(listed) > 1 and all(keep(item) and not citation_alone(item.label) for item in listed) else []


def state_examples(record: Record, examples: list[Phrase], paragraph: Paragraph, extraction: Extraction) -> None:
    """Each example is one of what the entry names."""
    source, topic = Source(paragraph.file, paragraph.line), topic_key(paragraph.file, paragraph.headings)
    for example in examples:
        extraction.state(extraction.concept(example, source, topic), "exampleOf", record, source.by("examples"))
