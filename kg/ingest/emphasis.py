"""What a paragraph sets in bold or italics: the words a writer marks as the terms of what they say
("A **masked language model** is ...", "*Pre-training* means ..."). Knows markdown-it's tokens."""

from __future__ import annotations

from markdown_it.token import Token

from kg.labels import clean, plain

_OPENS = frozenset({"strong_open", "em_open"})
_CLOSES = frozenset({"strong_close", "em_close"})


def emphasized(children: list[Token]) -> tuple[str, ...]:
    """The text of each outermost bold or italic run, in order; a line break inside one is a space
    (a hard-wrapped "**transfer\\nlearning**")."""
    found: list[str] = []
    depth, run = 0, []
    for child in children:
        if child.type in _OPENS:
            depth += 1
        elif child.type in _CLOSES and depth:
            depth -= 1
            if not depth and (text := clean(plain("".join(run)))):
                found.append(text)
            run = [] if not depth else run
        elif depth:
            run.append(" " if child.type in ("softbreak", "hardbreak") else child.content)
    return tuple(found)
