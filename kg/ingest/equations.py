"""A line of terse notes that sets two terms or more equal to what they are ("setts = big dens, burrows = small
dens", "sett = big den; burrow = small den"), split into one paragraph per term, each read as a line of its own
would be. Knows the shape of the line only: a term, "=", its definition, then a comma or a semicolon and the next."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.listed import INTRODUCED
from kg.ingest.markdown import Paragraph

_TERM = r"[A-Za-z][\w'/-]+(?:\s[\w'/-]+){0,3}"  # up to four words, no punctuation: "den record", "BF16"; not "x"
_EQUATION = re.compile(rf"^{_TERM}\s=\s[A-Za-z]")  # what the term is in words, not a value ("batch = 8, lr = 0.1")
_NEXT = re.compile(rf"[,;]\s+(?={_TERM}\s=\s[A-Za-z])")  # ", burrows = ...", "; burrow = ..."


def split_equations(paragraphs: list[Paragraph]) -> None:
    """Each paragraph of one line, no link and no term set off yet, that holds two equations or more, as that many
    paragraphs on the same line and at the same depth; in a list, each opens an item of its own beside the first (a
    number no item of the file has: items count up from 0, and INTRODUCED is the list a paragraph introduces)."""
    at, fresh = 0, INTRODUCED - 1
    while at < len(paragraphs):
        paragraph = paragraphs[at]
        parts = _NEXT.split(paragraph.text) if _splittable(paragraph) else []
        if len(parts) > 1:
            more = []
            for part in parts[1:]:
                more.append(replace(paragraph, text=part, item=fresh if paragraph.item is not None else None, emphasized=()))
                fresh -= 1
            paragraphs[at : at + 1] = [replace(paragraph, text=parts[0]), *more]
            at += len(parts) - 1
        at += 1


def _splittable(paragraph: Paragraph) -> bool:
    return (paragraph.term is None and not paragraph.links and not paragraph.wikilinks and "\n" not in paragraph.text
            and _EQUATION.match(paragraph.text) is not None)
