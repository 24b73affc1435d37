"""A name given as an example of a kind of thing is one of that kind: "Examples of den cameras are DenCam and
SettView" says that DenCam is a den camera, as "den cameras such as DenCam" does. An example of a doing ("Examples
of den sealing: MossPlug") or of something named stays an example. Read once all files are, when each concept
knows whether it is a name. Knows English doings, by their words."""

from __future__ import annotations

from kg.ingest.lexicon import Record, Statement
from kg.ingest.nouns import names_a_doing
from kg.labels import looks_like_name


def _a_name(record: Record) -> bool:
    return record.is_name or looks_like_name(record.label)


def names_as_instances(statements: list[Statement]) -> list[Statement]:
    """`statements`, with a name given as an example (rule `examples` or `phrase`) of a kind of thing, no doing and
    no name, read as one of that kind: `DenCam isA den camera`, where it had been `exampleOf`."""
    read = []
    for statement in statements:
        example, kind = statement.subject.final(), statement.object.final()
        if statement.relation == "exampleOf" and statement.source.rule in ("examples", "phrase") and _a_name(example) \
                and not _a_name(kind) and not names_a_doing(kind.label):
            statement = Statement(statement.subject, "isA", statement.object, statement.source)
        read.append(statement)
    return read
