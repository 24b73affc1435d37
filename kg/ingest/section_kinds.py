"""Kinds a section lists: the items of "## Types" in the note on a concept, of "### Types" under "## Finetuning" in a
file of notes, and the bold terms of a note named by a plural ("Rating Algorithms.md" / "- **Elo**: ...")."""

from __future__ import annotations

import re

from kg.ingest.categories import types_named
from kg.ingest.extraction import Extraction
from kg.ingest.heading_classes import kinds_of_the_section
from kg.ingest.item_names import item_concept
from kg.ingest.lexicon import Record
from kg.ingest.modifiers import ASPECT_TITLES
from kg.ingest.markdown import Paragraph
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.outline import names_a_kind_of
from kg.ingest.problems import names_a_problem, troubled_by_list
from kg.ingest.singular import singular_phrase
from kg.ingest.terms import a_field
from kg.ingest.vault import file_name, lists_kinds_of_the_note
from kg.labels import as_term, fold
from kg.source import Source


def kind_in_a_section(paragraph: Paragraph, note: Record | None, term_record: Record | None, topic: str, extraction: Extraction) -> None:
    """ "## Types" (or "## Two buckets") / "- full finetuning — update all params" (or a paragraph's term,
    "**Full finetuning**: ...") in the `note` on finetuning: one of its kinds (an item that opens with a
    link is read with the note's links); and in a file of notes, under "## Finetuning" / "### Types". In a note named
    by the plural of its concept ("Den Styles.md"), a term an item opens with in bold, under no heading of the note's
    own, is one of them; in one named by what a thing suffers from ("Den Challenges.md"), a trouble of the thing."""
    first = paragraph.headings[-1] if paragraph.headings else None
    if note is not None and term_record is not None and paragraph.item is not None and not paragraph.parents and paragraph.emphasized \
            and fold(paragraph.emphasized[0]) == fold(paragraph.term or "") and (first is None or len(paragraph.headings) == 1 and first.level == 1
                                                                                 or as_term(first.title).lower() in ASPECT_TITLES):  # "## How it works"
        if _titled_by_its_kinds(paragraph.file, note):
            _one_of_the_kinds(paragraph, note, term_record, topic, extraction)  # "Rating Algorithms.md" / "- **Elo**: ...": one of them
        elif (troubled := troubled_by_list(file_name(paragraph.file))) is not None and keep(thing := noun_phrase(troubled)):
            source = Source(paragraph.file, paragraph.line)  # "Den Challenges.md" / "- **Flooding**: ...": what dens suffer from
            extraction.state(extraction.concept(thing, source, topic), "suffersFrom", term_record, source.by("section-item"))
        elif any(names_a_kind_of(name.lower(), label.lower()) for name in note.final().labels() for label in term_record.final().labels()):
            source = Source(paragraph.file, paragraph.line)  # "Compression.md" / "- **PTC** (post-dig compression): ...": a kind, by its
            # words or by the note's other name ("Self-Den.md", aliases "den" / "- **multi-room den** = ...")
            extraction.state(term_record, "isA", note.final(), source.by("shared-head"))
        return
    if not _one_of_a_section(paragraph, term_record) or first is None:
        return
    if note is not None and not (len(paragraph.headings) < 2 and first.level == 1) and not any(l.start == 0 for l in paragraph.wikilinks) \
            and lists_kinds_of_the_note(as_term(first.title), note.final().label):
        _one_of_the_kinds(paragraph, note, term_record, topic, extraction)
    elif note is None and len(paragraph.headings) > 1 and not types_named(first.title) and (named := kinds_of_the_section(paragraph.headings)):
        # "## Types of batching" over items is read as a heading of kinds, with the other heading kinds
        thing = extraction.concept(noun_phrase(named), Source(paragraph.file, paragraph.headings[-2].line), topic)
        _one_of_the_kinds(paragraph, thing, term_record, topic, extraction)


def _one_of_a_section(paragraph: Paragraph, term_record: Record | None) -> bool:
    """An item of the list a section opens with, or a paragraph's term: what a heading of kinds may list."""
    return not paragraph.parents and (paragraph.item is not None or (term_record is not None and not paragraph.depth))


def _one_of_the_kinds(paragraph: Paragraph, note: Record, term_record: Record | None, topic: str, extraction: Extraction) -> None:
    source = Source(paragraph.file, paragraph.line)
    member = term_record or item_concept(paragraph, source, topic, extraction)
    if member is not None and member.final() is not note.final() and not a_field(member.final().label):  # "- tool: mergekit": a field
        extraction.state(member, "isA", note.final(), source.by("heading-kind"))


def _titled_by_its_kinds(path: str, note: Record) -> bool:
    """ "Rating Algorithms.md" on rating algorithms: a note whose file is named by the plural of its concept."""
    name = file_name(path).lower()  # "Rating Algorithms": a name's capitals aside, a plural (not "Den Risks", what dens suffer
    # from, nor "Kernels and Compilers", two kinds)
    return bool(name) and singular_phrase(name) != name and fold(singular_phrase(name)) == fold(singular_phrase(note.final().label.lower())) \
        and not names_a_problem(singular_phrase(name)) and not re.search(r"\s(?:and|&)\s", name)
