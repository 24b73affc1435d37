"""An entry being read: the concept(s) a bold term, an outline item over items or a whole note is
about, how one opens, and which of them a sentence speaks of or defines. Knows the notes' structure only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.extraction import Extraction
from kg.ingest.headings import topic_key
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Paragraph
from kg.ingest.modifiers import is_shell
from kg.ingest.nouns import Phrase, noun_phrase, opens_with_a_doing
from kg.ingest.singular import singular_phrase
from kg.ingest.terms import VS, compared_sides, expansion
from kg.labels import as_term, words
from kg.source import Source

_DEFINING = re.compile(r"\b(?:is|are|refers to|means|describes)\b")  # "X is a ...", "X refers to ..."
INDEFINITE = re.compile(r"\s*(?:an?)\s", re.IGNORECASE)  # "A cross-encoder is ...": a thing the sentence introduces


@dataclass
class Entry:
    """A bold-term entry being read: its concept(s), and which of them the last sentence spoke of."""

    records: list[Record]
    depth: int
    plural: bool  # "Domain-Specific Models": the links in it are members of the kind
    current: Record | None = None
    note: bool = False  # the concept a whole note is about (kg.ingest.vault), below any bold-term entry
    # a sentence with no subject or a pronoun is about the entry; in a whole note only once a sentence
    # of the paragraph has named what "it" is (a story's "it" is as often the model as the concept)
    pronouns: bool = True
    mentioned: bool = False  # a note: whether the paragraph before named its concept, so "It ..." may be it
    started: bool = False  # a note: whether a paragraph of its text has been read


def names_in(record: Record, text: str) -> bool:
    """Whether a text names the record by one of its labels (case, plural and punctuation aside)."""
    folded = f" {' '.join(words(text))} "
    return any(f" {' '.join(words(label))} " in folded for label in record.labels())


def defines_the_note(entry: Entry, paragraph: Paragraph, sentence: str) -> bool:
    """ "A method for synthesizing data, proposed by ..." opening a note's text, its first paragraph
    under its title: what the note's concept is, as a bold term's first sentence says."""
    return entry.note and not entry.started and paragraph.item is None and len(paragraph.headings) <= 1 \
        and not entry.records[0].final().definition and INDEFINITE.match(sentence) is not None


def about(sentence: str, entry: Entry, current: Record | None) -> list[Record]:
    """Which of an entry's concepts a sentence defines: in "Sparse vs Dense", the ones it names. A
    note's concept is defined once, by the first sentence that names it and says what it is."""
    if entry.note:
        record = entry.records[0].final()
        return [record] if not record.definition and names_in(record, sentence) and _DEFINING.search(sentence) else []
    if len(entry.records) == 1:
        return [entry.records[0].final()]
    named = [r.final() for r in entry.records if names_in(r.final(), sentence)]
    return named or ([current] if current is not None else [])


def a_kind_with_members(relation: str, subject: Phrase) -> bool:
    """ "quality failures include A and B": a plural that includes a list is a kind and its members,
    not the entry by another name; "Key components include A and B" speaks of the entry."""
    plural = any(singular_phrase(alias) != alias for alias in subject.aliases)
    opening = subject.label.split()[0].lower() if subject.label.split() else ""
    return relation == "includes" and plural and opening not in {"key", "main", "core"} and not is_shell(subject.label)


def open_entry(term: str, paragraph: Paragraph, extraction: Extraction) -> Entry:
    """The concept(s) of a bold term; "Sparse vs Dense Models" is two, contrasting."""
    lexicon = extraction.lexicon
    source = Source(paragraph.file, paragraph.line)
    sides = compared_sides(VS.split(term))
    records = []
    for side in sides:
        phrase = noun_phrase(as_term(side))
        label = phrase.label if re.search(r"[\d.]", phrase.label) else singular_phrase(phrase.label)
        written = as_term(re.sub(r"\s*\([^()]*\)", "", side))  # its plural as written stays a spelling: "Fundamentals"
        record = lexicon.concept(Phrase(label, (*phrase.aliases, phrase.label, written), None, phrase.is_name), source)
        # a term written in bold outweighs a mention; a label made by splitting "A vs B" yields to one written out
        record.votes[label] += -1 if len(sides) > 1 else 2
        if re.search(r"\s+architecture$", record.label) and not is_shell(short := re.sub(r"\s+architecture$", "", record.label)):
            lexicon.add_label(record, short)  # "transformer architecture" is "the transformer"; "model architecture" no "model"
        record.defined_at = record.defined_at or source
        record.topics.add(topic_key(paragraph.file, paragraph.headings))
        extraction.entries.append((record, paragraph.headings, paragraph.file))
        records.append(record)
    for first, second in zip(records, records[1:]):
        extraction.state(first, "contrastsWith", second, source.by("vs-entry"))
    if len(records) == 1 and (long := expansion(term, paragraph.text)):
        lexicon.add_label(records[0], long)  # "**RAG**: retrieval-augmented generation": another name
    if not paragraph.has_colon and paragraph.text[:1].islower():  # "**MLP module** is a feed-forward ..."
        paragraph.text = f"{term} {paragraph.text}"
    # "Vector databases" names a kind; "Structuring outputs" a doing, whose links are no kinds of it
    plural = len(records) == 1 and singular_phrase(as_term(term)) != as_term(term) and not opens_with_a_doing(as_term(term))
    return Entry(records, paragraph.depth, plural, records[0] if len(records) == 1 else None)
