"""The links a list item opens with, one after another: "- [[A]], [[B]] and [[C]] — ...". Knows the marks between them only."""

from __future__ import annotations

import re

from kg.ingest.markdown import Link, Paragraph


def opening_links(paragraph: Paragraph) -> list[Link]:
    """The links an item opens with: the first, and each after it with only a comma, "and" or "&" between ("[[A]], [[B]]
    and [[C]] — ..."); not "[[A]] (+ [[B]])", an aside, nor "- [[A]] — [[Zorpco]]", the first link of the words after the
    item's term (which starts where the term's link, of no length, does)."""
    opening: list[Link] = []
    for link in sorted(paragraph.wikilinks, key=lambda link: link.start):
        if not opening and link.start:
            break  # the item opens on no link
        if opening and (paragraph.text[link.start:link.end] != link.text  # "[[A]] (+ [[B]]) = ...": the text holds the rest only
                        or not re.fullmatch(r"\s*,\s*|\s+(?:and|&)\s+|,\s+and\s+", paragraph.text[opening[-1].end:link.start])):
            break
        opening.append(link)
    return opening
