"""Relations that follow from where things are written rather than from a relation phrase: a
definition that names another defined concept, an entry under a heading that names one, a label
that ends in another concept's label ("masked language model" is a "language model")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.labels import words

if TYPE_CHECKING:
    from kg.ingest.extraction import Extraction


def link_kinds(extraction: Extraction) -> None:
    """ "masked language model" is a "language model" when the notes know the shorter name."""
    lexicon = extraction.lexicon
    for record in lexicon.live():
        if record.is_name:
            continue
        for label in record.labels():
            parts = label.split()
            parent = next((p for i in range(1, len(parts)) if (p := lexicon.find(" ".join(parts[i:]))) is not None), None)
            if parent is not None and parent is not record and not parent.is_name:
                extraction.state(record, "isA", parent, record.defined_at or record.sources[0])
                break


def _linked(extraction: Extraction) -> set[frozenset]:
    return {frozenset((s.subject.final(), s.object.final())) for s in extraction.statements}


def link_mentions(extraction: Extraction) -> None:
    """A definition that names another defined concept relates the two ("... of a language model")."""
    defined = {}
    for record in extraction.lexicon.live():
        if record.definition:  # one-word aliases ("transformer") are too often another thing's name
            for label in record.labels():
                if len(label) >= 4 and (" " in label or label == record.label):
                    defined.setdefault(" ".join(words(label)), record)
    linked = _linked(extraction)
    for record in extraction.lexicon.live():
        if not record.definition or record.defined_at is None:
            continue
        text = words(" ".join(record.definition))
        for size in range(1, 6):
            for start in range(len(text) - size + 1):
                other = defined.get(" ".join(text[start : start + size]))
                if other is not None and other.final() is not record and frozenset((record, other.final())) not in linked:
                    extraction.state(record, "relatedTo", other, record.defined_at)
                    linked.add(frozenset((record, other.final())))


def link_headings(extraction: Extraction) -> None:
    """Entries written under a heading that names a defined concept relate to it ("Model Size")."""
    linked = _linked(extraction)
    for record, trail, _file in extraction.entries:
        record = record.final()
        if not trail or record.defined_at is None:
            continue
        other = extraction.lexicon.find(trail[-1].title)
        if other is not None and other is not record and other.definition and frozenset((record, other)) not in linked:
            extraction.state(record, "relatedTo", other, record.defined_at)
            linked.add(frozenset((record, other)))
