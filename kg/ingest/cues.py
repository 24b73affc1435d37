"""Cues: a cheap test that a text may hold a word a rule's patterns need, so that most texts skip
the patterns (the rule then returns what it returns when none of them matches).

A cue is written in small letters and found whatever the case. In ASCII text that is what a
search of the text in small letters finds, case kept: several times faster, since re, told to
ignore case, tries each alternative at each character; other text is searched as it is written.
"""

from __future__ import annotations

import re


class Cue:
    """Words, one of which a rule's patterns need (a regular expression in small letters)."""

    def __init__(self, pattern: str) -> None:
        self._small = re.compile(pattern)
        self._any_case = re.compile(pattern, re.IGNORECASE)

    def in_text(self, text: str) -> bool:
        """Whether the text holds one of the words, in any case."""
        if text.isascii():
            return self._small.search(text.lower()) is not None
        return self._any_case.search(text) is not None
