"""Statements a person rejected with `kg review --reject`, kept out of what the notes yield.

data/rejected.tsv holds one statement a line: subject, relation and object separated by tabs, as
`kg review` lists them: labels, not IRIs, so that a person can read and edit the file. A fourth
column is a note for people; a line starting with # is a comment. A statement is matched by the
labels of its concepts (any case, singular or plural, an alias too) in any of its forms ("B partOf
A" is "A contains B"), never by a line number, so a decision holds through edits elsewhere in the
notes. Only what the ingester guessed (weak) or took from the form of the notes (structural) is
left out: what a phrase, an inline field or curated Turtle states stays, as someone wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.ingest.lexicon import Statement
from kg.labels import key
from kg.schema import vocab

HEADING = (
    "# Statements rejected with `kg review --reject`: `kg build` leaves them out wherever the notes only\n"
    "# suggest them (read weakly or from structure); a statement someone writes down stays. One a line:\n"
    "# subject, relation and object, separated by tabs, then a note. Delete a line to take it back.\n"
    "# subject\trelation\tobject\tnote\n"
)


@dataclass(frozen=True)
class Rejections:
    """The rejected statements, as canonical (subject key, relation, object key) triples."""

    keys: frozenset[tuple[str, str, str]] = frozenset()

    def covers(self, subject_labels: Iterable[str], relation: str, object_labels: Iterable[str]) -> bool:
        """Whether a statement between concepts of these labels is one a person rejected."""
        if not self.keys:
            return False
        objects = {key(label) for label in object_labels}
        return any(vocab.canonical(key(s), relation, o) in self.keys for s in subject_labels for o in objects)


def read_rejections(path: Path, shown: str) -> Rejections:
    """The statements of a rejected.tsv; a line that names no statement is an error with its line."""
    if not path.is_file():
        return Rejections()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KGError("not UTF-8 text", path=shown) from None
    except OSError as error:
        raise KGError(f"cannot read: {error.strerror or error}", path=shown) from None
    found = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) < 3 or not all(fields[:3]):
            raise KGError("expected a subject, a relation and an object, separated by tabs", path=shown, line=number)
        subject, relation, obj = fields[:3]
        found.add(vocab.canonical(key(subject), _relation(relation, shown, number), key(obj)))
    return Rejections(frozenset(found))


def without_rejected(statements: list[Statement], rejections: Rejections) -> list[Statement]:
    """The statements but those a person rejected, where the notes only suggest them."""
    if not rejections.keys:
        return statements
    return [s for s in statements
            if s.source.tier == "stated" or not rejections.covers(s.subject.labels(), s.relation, s.object.labels())]


def _relation(name: str, shown: str, line: int) -> str:
    try:
        return vocab.relation(name).name
    except KeyError:
        close = vocab.near_relations(name)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise KGError(f"'{name}' is no relation of the vocabulary{hint}", path=shown, line=line) from None
