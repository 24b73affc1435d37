"""Items marked with a minus sign: "- − more digging: the badger tires", "- – cost": a drawback of what the item sits
under, read as a labelled item ("drawbacks: more digging"). A plus after a list's dash ("- + warmth") is a nested list's
mark in Markdown, no sign the parser keeps, so benefits marked so are read as any nested item. Knows Markdown lists."""

from __future__ import annotations

import re

from kg.ingest.markdown import Paragraph

_MARKED = re.compile(r"[−–]\s+(?P<said>[^:()—–\n]+?)(?=\s*(?::\s|\(|\s[—-]\s|$))")  # the sign, what it marks, up to what explains it


def as_labelled(paragraphs: list[Paragraph]) -> None:
    """Each item of plain words that opens on "−" (or "–") after its list's mark, labelled as a drawback (its
    explanation after a colon, a dash or a parenthesis dropped); an item with links keeps its words, whose places the
    links hold."""
    for paragraph in paragraphs:
        found = _MARKED.match(paragraph.text) if paragraph.item is not None and paragraph.term is None else None
        if found is not None and not paragraph.links and not paragraph.wikilinks:
            paragraph.text = f"drawbacks: {found['said'].strip()}"
