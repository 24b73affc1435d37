"""Which concept a sentence's subject names inside an entry: the entry's own (typos allowed, its
abbreviations learnt as aliases), one the notes know, or a new one that may stand in for the entry.
Knows the lexicon and entries; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.entries import INDEFINITE, Entry
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Lexicon, Record
from kg.ingest.nouns import Phrase
from kg.ingest.singular import singular_phrase
from kg.labels import as_term, close, fold, words
from kg.source import Source


def resolve(phrase: Phrase, entry: Entry | None, extraction: Extraction, source: Source, topic: str, create: bool = True,
             stand_in: bool = True) -> Record | None:
    """The record a sentence's subject names: an entry's concept (typos allowed), a known one, or a new one.
    `stand_in`: whether a new one may be the entry under another name (only the sentence's own subject)."""
    lexicon = extraction.lexicon
    if entry is not None:
        for record in entry.records:
            if lexicon.matches(record, phrase) or _the_entry_at_work(record, phrase):
                written_as(record, (phrase.label, *phrase.aliases), lexicon)
                return record.final()
    if entry is None and topic in extraction.titles and (titled := lexicon.find(as_term(extraction.titles[topic]))) is not None \
            and _the_entry_at_work(titled, phrase):
        return titled.final()  # "## RAG" / "- a RAG system has two components": RAG, put to work
    known = lexicon.find_phrase(phrase)
    if known is not None and known.stands_for is None:
        extraction.state_owner(known, phrase, source)  # "[[LIMA]] (Zhou et al., 2023) finetuned ...": a known name, and its makers
        return known
    if known is not None and entry is not None and len(entry.records) == 1 and not entry.note \
            and known.stands_for is not None and known.stands_for.final() is not entry.records[0].final():
        return entry.records[0].final()  # "Key concepts include ..." in entry after entry: a generic subject, each time the entry
    if entry is not None and len(entry.records) == 1 and not create:
        return entry.records[0].final()
    if not create:
        return None
    record = extraction.concept(phrase, source, topic)
    if stand_in and entry is not None and not entry.note and len(entry.records) == 1 and record.defined_at is None and not record.is_name \
            and not _other_names(phrase) and f" {fold(entry.records[0].label)} " not in f" {fold(phrase.label)} " \
            and not _plural_for_one(phrase, entry):  # "TPOT", "continuous batching", "transformer block"
        # Inside an entry, a subject the notes name nowhere else is the entry under another name
        # ("data manipulation is about ..." in "Dataset engineering"); settled once all is read.
        record.stands_for = record.stands_for or entry.records[0]
        record.subject_uses += 1
    return record


def _plural_for_one(phrase: Phrase, entry: Entry) -> bool:
    """ "Kestrels are measured by ..." in the entry "Den warmth": a plural noun alone names things of a
    kind, no other name of the one the entry is on (a phrase may describe it: "parameters in a model"
    in "Parameter count")."""
    plural = " " not in phrase.label and any(singular_phrase(alias) == phrase.label != alias for alias in phrase.aliases)
    return plural and not entry.plural


def _other_names(phrase: Phrase) -> list[str]:
    """A phrase's aliases besides its plural as written ("parameters in a model"): "(MoE)", an owner's name."""
    return [alias for alias in phrase.aliases if singular_phrase(alias) != phrase.label]


def written_as(record: Record, labels: tuple[str, ...], lexicon: Lexicon) -> None:
    """Labels a sentence uses for an entry's concept: abbreviations join as aliases, typos as hidden labels."""
    bare = [re.sub(r"\s+models?$", "", label) for label in labels]  # "Sequence-to-sequence (seq2seq) models"
    if any(lexicon.find(label) is record.final() for label in labels):
        for label in labels:
            lexicon.add_label(record, label)
    elif any(lexicon.find(label) is record.final() for label in bare):
        for label in bare:
            lexicon.add_label(record, label)
    else:  # a typo of the entry's term ("eq2seq"), or of the term itself ("Autogregressive")
        for label in labels:
            lexicon.add_label(record, label, hidden=True)
            record.votes[label] += 1


_OPENING_ARTICLE = re.compile(r"^(?:the|a|an|each|every)\s+", re.IGNORECASE)


def leading_record(sentence: str, entry: Entry, lexicon: Lexicon) -> Record | None:
    """The entry concept a sentence opens with, typos allowed: "Pruning compression removes ..." """
    written = _OPENING_ARTICLE.sub("", sentence.strip()).split()
    indefinite = INDEFINITE.match(sentence) is not None
    for record in entry.records:
        for label in sorted(record.final().labels(), key=lambda l: -len(l.split())):
            size = len(label.split())
            if len(written) <= size:
                continue
            head = " ".join(w.strip(",;:.") for w in written[:size])
            if indefinite and not clauses.has_finite_verb(written[size]):
                continue  # "A transformer block contains ...": a thing of its own, named after the entry
            if close(" ".join(words(head)), " ".join(words(label))):
                if _named_after(written[size:]):
                    return None  # "Digging memory uses moss" in the entry on digging: a thing of its own, named after it
                if lexicon.find(head) is not record.final():
                    written_as(record, (as_term(singular_phrase(head)),), lexicon)
                return record.final()
    return None


def _named_after(rest: list[str]) -> bool:
    """ "memory uses moss", "memory = moss + clay" after the entry's words: a noun that heads a phrase of its own, before the
    sentence's verb."""
    return len(rest) > 1 and rest[0].isalpha() and rest[0].islower() and tagger.tag(rest[0])[0][1] in ("NN", "NNS") \
        and not clauses.has_finite_verb(rest[0]) and (rest[1] in ("=", "≈") or clauses.has_finite_verb(" ".join(rest[1:])))


_AT_WORK = ("system", "pipeline", "setup", "application")  # "A RAG system has two components" in the entry on RAG


def _the_entry_at_work(record: Record, phrase: Phrase) -> bool:
    """ "RAG system" in the entry or under the heading on RAG: its concept put to work, the same thing (not
    "recommender system" elsewhere, where no entry on "recommender" is being read)."""
    return any(fold(phrase.label) == f"{fold(label)} {head}" for head in _AT_WORK for label in record.final().labels())


def opens_on_a_bold_subject(sentence: str, subject: Phrase, emphasized: tuple[str, ...]) -> bool:
    """ "**Den sweeping** turns a dirty den into a clean one.": a sentence opened by its subject set in bold, then its verb, a
    term the writer introduces (a concept, though the sentence states nothing of it); not "*[Figure Source](...)*" alone."""
    opened = sentence.lstrip()
    return any(opened.startswith(bold) and fold(bold) == fold(subject.label) and clauses.has_finite_verb(opened[len(bold):]) for bold in emphasized)
