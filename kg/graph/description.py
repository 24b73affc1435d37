"""A concept described: its own fields and every relation it takes part in, and the card that
shows them above a table of relations. Plain data, with no graph behind it: `kg show` renders one
that kg.query computed or one that kg.cards read back from the index `kg build` wrote."""

from __future__ import annotations

from typing import NamedTuple

RELATION_KEYS = ["direction", "relation", "concept", "stated", "how", "reading", "rule", "sources", "concept_iri"]
DESCRIBE_COLUMNS = {"table": ["relation", "concept", "how", "source"], "csv": RELATION_KEYS}


class Description(NamedTuple):
    """One concept, and every relation it takes part in."""

    iri: str
    label: str
    cls: str
    aliases: list[str]
    hidden: list[str]
    definition: str
    see_also: list[str]
    topics: list[str]
    sources: list[str]
    relations: list[dict[str, object]]

    def as_json(self) -> dict[str, object]:
        return {"iri": self.iri, "label": self.label, "class": self.cls, "aliases": self.aliases,
                "hidden_labels": self.hidden, "definition": self.definition, "see_also": self.see_also,
                "topics": self.topics, "sources": self.sources,
                "relations": [{k: r[k] for k in RELATION_KEYS} for r in self.relations]}

    def table_rows(self) -> list[dict[str, object]]:
        """The relations for a table: an incoming one shown as "<-usedFor"."""
        return [{**r, "relation": r["shown"]} for r in self.relations]


def card(found: Description, width: int = 80) -> str:
    """The lines above a concept's relations in a table: its label, then its fields, wrapped to `width`."""
    from kg.terminal import wrapped

    lines = [found.label]
    for name, text in header(found):
        lines += wrapped(text, width, initial_indent=f"  {name:<12}  ", subsequent_indent=" " * 16,
                               break_long_words=True, break_on_hyphens=False)
    return "\n".join(lines) + "\n"


def header(found: Description) -> list[tuple[str, str]]:
    """The concept's own fields, as (name, text) pairs for the lines above its relations."""
    pairs = [("class", found.cls), ("iri", found.iri), ("aliases", ", ".join(found.aliases)),
             ("also written", ", ".join(found.hidden)), ("definition", found.definition),
             ("topics", ", ".join(found.topics)), ("see also", " ".join(found.see_also)),
             ("source", ", ".join(found.sources))]
    return [(k, v) for k, v in pairs if v]
