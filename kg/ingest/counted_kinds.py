"""Whose kinds a paragraph counts at its end ("Sett tunnels are long passages dug by badgers. Three kinds:"):
what its first sentence defines, when it defines a thing, else what the entry or heading names. Knows the
phrase reader; nothing of files."""

from __future__ import annotations

from kg.ingest.entries import Entry
from kg.ingest.extraction import Extraction
from kg.ingest.heading_classes import in_a_section_of_its_own, thing_of_the_section
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Paragraph
from kg.ingest.nouns import Phrase
from kg.ingest.phrases import read
from kg.ingest.sentences import sentences
from kg.ingest.subject_records import resolve
from kg.source import Source


def whose_kinds_counted(paragraph: Paragraph, entry: Entry | None, extraction: Extraction, topic: str, note: Record | None) -> Record | None:
    """The concept whose kinds or parts a count at a paragraph's end lists: what its first sentence says is a kind
    of something ("Sett tunnels are long passages"); where it defines nothing ("Badgers guard dens"), the entry's,
    the heading's ("## Den guarding", in a note of a vault too) or, in a note with no heading, the note's ("Den care.md")."""
    defined = _defined_first(paragraph, entry, extraction, topic)
    if defined is not None:
        return defined
    if in_a_section_of_its_own(paragraph, entry) and (section := thing_of_the_section(paragraph, extraction, topic)) is not None:
        return section  # "# Den sealing" / "## Indirect den sealing" / "Two flavors:": kinds of what the section names
    if entry is not None:
        return entry.records[0].final()
    return thing_of_the_section(paragraph, extraction, topic) or (note if not paragraph.headings else None)


def _defined_first(paragraph: Paragraph, entry: Entry | None, extraction: Extraction, topic: str) -> Record | None:
    first = sentences(paragraph.text)[0][1]
    reading = extraction.readings.read(read, first, extraction.lexicon.with_and)
    subject = reading.subject
    if subject is None or not any(claim.relation == "isA" and isinstance(claim.subject, Phrase) and claim.subject.label == subject.label
                                  for claim in reading.claims):
        return None
    return resolve(subject, entry, extraction, Source(paragraph.file, paragraph.line), topic)
