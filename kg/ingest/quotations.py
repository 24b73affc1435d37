"""Words a writer quotes rather than says. A sentence in quotation marks is an example of wording
('swap gendered words: "she is a badger" -> "he is a badger"', 'a probe such as "Paris is the capital
of _"'), and words that speak to someone or as someone are a prompt's or a person's ('system prompt =
"You're an expert ..."'): no claim of the notes, read as nothing. A quoted word or name stays ('called "open
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
_OPENED = re.compile(r"(?:^|(?<=\s))[\"“](?=[^\"“”]*$)")  # a quotation mark that opens and is closed nowhere after it
_QUOTED = re.compile(r"(?P<before>\w+)?\s*[\"“](?P<quoted>[^\"“”\n]{3,300})[\"”]")


# "You're", "they'll", "don't": a verb the tagger splits from its pronoun and does not see; "you", "I", "we": someone spoken to
_CONTRACTED_VERB_OR_SPOKEN = re.compile(r"\w['’](?:re|m|ve|ll|d)\b|\b(?:is|are|do|does|did|can|won|was|were)n['’]t\b"
                                        r"|\b(?:you|your|I|we|let['’]s)\b", re.IGNORECASE)


def _said(words: str) -> bool:
    """Whether quoted words are said by or to someone: a verb of their own, or a person spoken to or speaking."""
    return _CONTRACTED_VERB_OR_SPOKEN.search(words) is not None or clauses.has_finite_verb(words)


def without_quoted_sentences(text: str) -> str:
    """The text with each quoted sentence blanked (spaces keep offsets into it): three words or more
    with a verb of their own, not a title (most words capitalised) nor after a work's kind."""
    if '"' not in text and "“" not in text:
        return text  # most sentences quote nothing: no pattern tried at every word of them
    def blanked(match: re.Match) -> str:
        quoted = match["quoted"]
        if len(quoted.split()) < 3 or title_cased(quoted) or (match["before"] or "").lower() in WORKS or not _said(quoted):
            return match.group()
        return match.group()[: match.start("quoted") - match.start() - 1] + " " * (len(quoted) + 2)
    text = _QUOTED.sub(blanked, text)
    # a quotation the sentence splitter cut after its first sentence ('e.g. "You are a badger. Dig ..."'): open to the end
    if (opened := _OPENED.search(text)) is not None and len((rest := text[opened.end():]).split()) >= 3 \
            and not title_cased(rest) and _said(rest):
        text = text[: opened.start() + 1] + " " * (len(text) - opened.start() - 1)
    return text
