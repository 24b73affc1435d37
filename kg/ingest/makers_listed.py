"""Makers a list of makers names by their work: "**Model API providers:** Zorpco's MossNet, Acme's ClayNet" lists
providers, and each item names one by what it makes: the provider is Zorpco, whose MossNet is. Read once all
statements are, from what one line says: a thing of a kind of makers, and who made that thing. Knows the head nouns
of makers."""

from __future__ import annotations

from kg.ingest.lexicon import Record, Statement
from kg.ingest.singular import singular_noun

# what only a maker is: "model API provider", "den tool vendor", "AI lab"
_MAKERS = frozenset({"provider", "vendor", "company", "lab", "maker", "developer", "startup", "organization", "organisation",
                     "manufacturer", "firm", "creator"})


def makers_as_members(statements: list[Statement]) -> list[Statement]:
    """`statements`, with "MossNet isA model API provider", where the same line says Zorpco made MossNet ("Zorpco's
    MossNet"), read as "Zorpco isA model API provider" (rule `maker-listed`)."""
    made_by: dict[tuple[Record, str, int], Record] = {(s.subject.final(), s.source.file, s.source.line): s.object.final()
                                                       for s in statements if s.relation == "developedBy" and s.source.rule == "possessive"}
    read = []
    for statement in statements:
        words = statement.object.final().label.lower().split()
        maker = made_by.get((statement.subject.final(), statement.source.file, statement.source.line))
        if statement.relation == "isA" and maker is not None and words and singular_noun(words[-1]) in _MAKERS:
            statement = Statement(maker, "isA", statement.object, statement.source.by("maker-listed"))
        read.append(statement)
    return read
