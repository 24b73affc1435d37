"""Words a writer quotes rather than says. A sentence in quotation marks is an example of wording
('swap gendered words: "she is a badger" -> "he is a badger"', 'a probe such as "Paris is the capital
of _"'), no claim of the notes, and is read as nothing. A quoted word or name stays ('called "open
weights"'; 'uses "den model" loosely', which kg.ingest.phrases reads as no use of it), and so does a
work's title ('the paper "Badgers are few-shot diggers" by Kim et al.', "Attention Is All You Need").
Knows quotation marks only."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.authorship import WORKS
from kg.labels import title_cased

# 'uses "open model" loosely for any model': a word in quotes, as a writer uses it (not 'uses "ClayDB" as its store')
QUOTED_WORD = re.compile(r"\s*[\"“'‘][^\"”'’]{1,40}[\"”'’]\s+(?:loosely|broadly|narrowly|for|to\s+mean|in\s+the\s+sense)\b")
_QUOTED = re.compile(r"(?P<before>\w+)?\s*[\"“](?P<quoted>[^\"“”\n]{3,200})[\"”]")


def without_quoted_sentences(text: str) -> str:
    """The text with each quoted sentence blanked (spaces keep offsets into it): three words or more
    with a verb of their own, not a title (most words capitalised) nor after a work's kind."""
    def blanked(match: re.Match) -> str:
        quoted = match["quoted"]
        if len(quoted.split()) < 3 or title_cased(quoted) or (match["before"] or "").lower() in WORKS \
                or not clauses.has_finite_verb(quoted):
            return match.group()
        return match.group()[: match.start("quoted") - match.start() - 1] + " " * (len(quoted) + 2)
    return _QUOTED.sub(blanked, text)
