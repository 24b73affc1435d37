"""Where a fact was read: a file, a line, how it came into the graph, and by which reading rule."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# How sure a reading is. stated: a phrase or a person says it ("X is a Y", an inline field, curated
# Turtle); structural: the form of the notes says it (a table row, a diagram edge, a folder, a list
# under a category); weak: a guess from closeness (two concepts named together), for a person to review.
TIERS = ("stated", "structural", "weak")
RULE_TIERS = {
    "phrase": "stated", "examples": "stated", "possessive": "stated", "title-by": "stated", "term-by": "stated", "heading-subtitle": "stated",
    "inline-field": "stated", "organisation-in-parentheses": "stated", "citation": "stated", "mermaid-edge": "stated",
    "purpose": "stated", "name-and-kind": "stated", "benchmark-topic": "stated",
    "vs-entry": "structural", "vs-heading": "structural", "link-author": "structural", "table-row": "structural", "table-cell": "structural", "compared-columns": "structural",
    "mermaid-kind": "structural", "mermaid-subgraph": "structural", "mermaid-branch": "structural", "folder": "structural",
    "heading-kind": "structural", "heading-part": "structural", "glossary": "structural", "link-under-kind": "structural", "nested-list": "structural", "introduced-list": "structural",
    "label-head": "structural", "folder-kind": "structural", "gloss-in-parentheses": "structural", "shared-head": "structural", "outline-item": "structural", "heading-scope": "structural",
    "tools-listed": "structural", "section-item": "structural", "announced-kinds": "structural", "announced-parts": "structural",
    "wikilink": "weak", "co-mention": "weak", "heading-mention": "weak", "link-under-heading": "weak",
    "model-name": "weak", "mermaid-link": "weak",
}


# A NamedTuple rather than a dataclass: ordered, hashable and immutable for free, and it costs a
# fraction of a frozen dataclass to define, which every command pays for at start-up.
class Source(NamedTuple):
    """Where a fact was read: a file relative to the data folder, a line, how it was read (the
    method) and, for what the ingester read, the rule that read it (RULE_TIERS)."""

    file: str
    line: int
    method: str = "Extracted"  # Extracted | Curated | Imported
    rule: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def tier(self) -> str:
        """stated, structural or weak; what a person or curated Turtle says is stated."""
        return RULE_TIERS.get(self.rule, "stated")

    def by(self, rule: str) -> Source:
        """The same place, read by `rule`."""
        return self._replace(rule=rule)


def surest_tier(sources: Iterable[Source]) -> str:
    """The surest reading among the sources of one statement: stated, else structural, else weak."""
    tiers = {source.tier for source in sources}
    return next((tier for tier in TIERS if tier in tiers), "stated")


def places(sources: Iterable[Source]) -> list[str]:
    """Where a statement was read, each file and line once: two rules may read the same line ("Sparse vs Dense
    Models: ..., while dense models ..." is read as a compared pair and as a sentence)."""
    return list(dict.fromkeys(str(source) for source in sources))
