"""Examples set beside an entry's name, before what it says of them: "**Self-verification** e.g.
SelfCheckGPT: ...", "**Den scoring** (e.g. BurrowRank): ...", "**Den mapping**, such as MoleMap —
...": each one of what the entry names. Knows Markdown's entries and the words that give examples."""

from __future__ import annotations

import re

from kg.ingest.extraction import Extraction
from kg.ingest.headings import topic_key
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Paragraph
from kg.ingest.name_lists import names_only
from kg.ingest.nouns import Phrase
from kg.source import Source

# the names start and end on a word, so that no run of spaces can be read two ways (kg's regular expressions never backtrack badly)
_BESIDE = re.compile(r"^\s*(?:,\s*)?(?P<open>\()?(?:e\.g\.|eg\.|for example|such as|like)(?:,?\s+)(?P<names>[^\s:()—–](?:[^:()—–]*?[^\s:()—–])?)"
                     r"(?(open)\))\s*(?::|[—–]|-(?=\s)|$|(?=,\s+(?:the|a|an|which|mostly|usually|often)\s))\s*", re.IGNORECASE)  # ", the easiest": said of them


def examples_beside(paragraph: Paragraph) -> list[Phrase]:
    """The names an entry's examples are given by, right after its term; they leave the paragraph's text,
    which goes on with the definition. Names only: "e.g. a niche dialect" describes, and stays."""
    found = _BESIDE.match(paragraph.text)
    names = names_only(found["names"]) if found is not None else None
    if not names or not all(name.is_name for name in names):
        return []
    paragraph.text, paragraph.has_colon = paragraph.text[found.end():], True
    return names


def state_examples(record: Record, examples: list[Phrase], paragraph: Paragraph, extraction: Extraction) -> None:
    """Each example is one of what the entry names."""
    source, topic = Source(paragraph.file, paragraph.line), topic_key(paragraph.file, paragraph.headings)
    for example in examples:
        extraction.state(extraction.concept(example, source, topic), "exampleOf", record, source.by("examples"))
