"""The concepts met while reading notes, found again by any of their labels: one record per concept.

A record gathers a concept's labels, definition, class hints, sources and links; statements join
records. Records merge when a label turns out to name one already known ("AIE" = "AI Engineering").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.labels import acronym, clean, clipped, close, database_written_out, fold, key, singular, unclipped
from kg.source import Source

if TYPE_CHECKING:  # noun phrases are for reading notes; a query imports only Source from here
    from kg.ingest.nouns import Phrase


@dataclass(eq=False)
class Record:
    label: str
    is_name: bool
    aliases: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)  # misspellings met in the notes: "Autogregressive"
    votes: Counter = field(default_factory=Counter)  # how often each spelling was written
    definition: list[str] = field(default_factory=list)
    defined_at: Source | None = None
    hints: list[tuple[int, str]] = field(default_factory=list)  # (priority, class): lower wins
    sources: list[Source] = field(default_factory=list)
    see_also: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    merged_into: Record | None = None
    stands_for: Record | None = None  # the entry this subject may be another name for (see settle_stand_ins)
    subject_uses: int = 0  # how often it was met only as such a subject

    def final(self) -> Record:
        record = self
        while record.merged_into is not None:
            record = record.merged_into
        return record

    def labels(self) -> list[str]:
        return [self.label, *sorted(self.aliases)]

    def hint(self, priority: int, cls: str | None) -> None:
        if cls:
            self.hints.append((priority, cls))


@dataclass(frozen=True)
class Statement:
    subject: Record
    relation: str
    object: Record
    source: Source


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+s?")
_MODEL_WORD_AT_END = re.compile(r"\s+models?$")
_SHORT_ACRONYM = re.compile(r"[A-Z]{2,6}")


class Lexicon:
    """Records, and the indexes that find a record by a label as the notes write it."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self._names: dict[str, Record] = {}  # a proper name as written, less possessive: "Transformers"
        self._folded: dict[str, Record] = {}  # any label, case and punctuation folded
        self._keys: dict[str, Record] = {}  # common-noun labels, singular: "recurrent neural network"
        self.with_and: set[str] = set()  # folded labels holding "and", which lists must not split

    def find(self, label: str) -> Record | None:
        """The record a label names, or None: exact names first, then folded, then singular forms (each
        key made only when the one before finds nothing)."""
        record = self._names.get(_name_key(label))
        if record is None:
            record = self._folded.get(fold(label))
        if record is None:
            record = self._keys.get(key(label))
        return record.final() if record is not None else None

    def find_phrase(self, phrase: Phrase) -> Record | None:
        for label in (phrase.label, *phrase.aliases):
            record = self.find(label)
            if record is not None:
                if clipped(phrase.label) and fold(phrase.label) != fold(record.label):
                    self.add_label(record, phrase.label)  # "eval pipeline" after "evaluation pipeline": the clipped spelling names it too
                return record
        return None

    def concept(self, phrase: Phrase, source: Source) -> Record:
        """The record of a noun phrase, created if the phrase names nothing known yet."""
        record = self.find_phrase(phrase)
        if record is None:
            record = Record(label=phrase.label, is_name=phrase.is_name)
            self.records.append(record)
            self.add_label(record, phrase.label)
        for alias in phrase.aliases:
            self.add_label(record, alias)
        record.votes[phrase.label] += 1
        record.sources.append(source)
        return record

    def add_labels(self, record: Record, labels: list[str]) -> None:
        """Give `record` each of `labels` as another label (add_label)."""
        for label in labels:
            self.add_label(record, label)

    def add_label(self, record: Record, label: str, hidden: bool = False) -> None:
        """Give `record` another label; if another record already owns it, the two are one concept."""
        label = clean(label)
        if not label:
            return
        record = record.final()
        owner = self.find(label)
        if owner is not None and owner is not record:
            self.merge(record, owner)
            return
        if " and " in label.lower():
            self.with_and.add(fold(label))
        if label != record.label:
            (record.hidden if hidden else record.aliases).add(label)
        is_name = record.is_name and not hidden
        if is_name or not _CAPITALISED_WORD.fullmatch(label):
            self._names.setdefault(_name_key(label), record)
        if not is_name or _distinctive(label):
            self._folded.setdefault(fold(label), record)
        if not is_name or " " in label:  # a plural is ambiguous only for one-word names ("Transformers")
            self._keys.setdefault(key(label), record)
        if (whole := unclipped(label)) != label:
            self.add_label(record, whole)  # "ANN algo" is the ANN algorithm: the whole word names it too, and is preferred

    def merge(self, keep: Record, gone: Record) -> None:
        """Fold `gone` into `keep`: every label, hint, source and link of one concept in one record."""
        keep, gone = keep.final(), gone.final()
        if keep is gone:
            return
        gone.merged_into = keep
        keep.aliases |= {gone.label, *gone.aliases} - {keep.label}
        keep.hidden |= gone.hidden
        keep.votes.update(gone.votes)
        keep.definition.extend(gone.definition)
        keep.defined_at = keep.defined_at or gone.defined_at
        keep.hints.extend(gone.hints)
        keep.sources.extend(gone.sources)
        keep.see_also |= gone.see_also
        keep.topics |= gone.topics
        keep.is_name = keep.is_name and gone.is_name

    def absorb(self, other: Lexicon) -> None:
        """Take in the records of a lexicon read apart (another notes file's), as if both files had
        been read together: a record that one of its labels finds here is the record found, which
        gains its other names, sources and votes. Its own label joins the labels only where its
        file defines it ("GPT-4", a note's title, after `gpt-4` in code); a label merely met counts
        as a vote, as a phrase's label does when concept() finds its record."""
        for record in other.records:
            self.records.append(record)
            if record.merged_into is not None:
                continue  # merged while its file was read: it follows the record it went into
            labels = record.labels()
            known = next((found for label in labels if (found := self.find(label)) is not None), None)
            if known is not None:
                if record.defined_at is None and self.find(record.label) is known:
                    labels.remove(record.label)
                # what the record found was stays so, as when concept() finds it; its labels follow
                kept = known.is_name, set(known.aliases), known.subject_uses + record.subject_uses, known.stands_for or record.stands_for
                self.merge(known, record)
                known.is_name, known.aliases, known.subject_uses, known.stands_for = kept
            for label in labels:
                self.add_label(known or record, label)
            for label in record.hidden:
                self.add_label(known or record, label, hidden=True)
        self.with_and |= other.with_and

    def settle_stand_ins(self) -> None:
        """A subject met only inside one entry, never defined, never an object, is that entry: its
        statements move to the entry, its label does not (it named a part of the topic, not the concept)."""
        for record in self.live():
            entry = record.stands_for
            if entry is None:
                continue
            record.stands_for = None
            if record.defined_at is None and len(record.sources) <= record.subject_uses and entry.final() is not record:
                record.merged_into = entry.final()

    def matches(self, record: Record, phrase: Phrase) -> bool:
        """Whether a phrase names `record`, allowing a typo and a trailing "model(s)"."""
        wanted = {fold(label) for label in record.final().labels()}
        wanted |= {key(label) for label in record.final().labels()}
        for label in (phrase.label, *phrase.aliases):
            for form in {fold(label), key(label), _MODEL_WORD_AT_END.sub("", key(label))}:
                if any(close(form, w) for w in wanted):
                    return True
        return False

    def finish(self) -> None:
        """Settle each concept's labels: the spelling written most becomes preferred, a misspelling
        it replaces becomes hidden, and variants that differ only in case collapse into one."""
        for record in self.live():
            labels = [record.label, *sorted(record.aliases), *sorted(record.hidden)]
            if (written_out := {database_written_out(label) for label in labels} - set(labels)) and not any(label[:1].isupper() for label in labels):
                record.aliases |= written_out  # "vector DB" is the vector database, a whole word preferred; "Wombat DB", a name, stays
                labels += sorted(written_out)
            if (common := _met_in_the_singular(record)) is not None:
                record.aliases.add(common)  # "Den Attacks", a note's title, met as "den attacks" in running text: a plural of common nouns
                labels.append(common)
            spellings: dict[str, list[str]] = {}
            for label in labels:  # "Term-based retrieval" at a sentence's start is "term-based retrieval"
                spellings.setdefault(fold(label), []).append(label)
            # "agents" as written outvotes no "Agent": a plural is another label of the singular, never the preferred one
            # and "eval pipeline" none beside "evaluation pipeline": a clipped word stands for the whole one
            eligible = [g for f, g in spellings.items() if _singular_of(f) not in spellings and (key(f) == f or key(f) not in spellings)] \
                or list(spellings.values())
            written = Counter()  # votes by folded spelling: "Agent" written five times counts for "agent" when no label keeps that case
            for spelling, count in record.votes.items():
                written[fold(spelling)] += count
            group = max(eligible, key=lambda g: (written[fold(g[0])], record.label in g))
            best = max(group, key=lambda x: (record.votes[x], record.label == x)) if record.is_name else min(
                group, key=lambda x: (_capitals(x), -record.votes[x], x))
            if best != record.label:
                old = record.label
                record.label = best
                record.aliases.discard(best)
                record.hidden.discard(best)
                typo = close(fold(old), fold(best)) and _singular_of(fold(old)) != fold(best)  # "agents" is no misspelling of "agent"
                (record.hidden if typo else record.aliases).add(old)
            kept: dict[str, str] = {fold(record.label): record.label}
            for alias in sorted(record.aliases, key=lambda a: (sum(c.isupper() for c in a), a)):
                kept.setdefault(fold(alias), alias)
            record.aliases = set(kept.values()) - {record.label}
            record.hidden = {h for h in record.hidden if fold(h) not in kept}

    def live(self) -> list[Record]:
        return [r for r in self.records if r.merged_into is None]

    def merge_case_variants(self) -> None:
        """ "Reflexion" at a sentence's start and "reflexion" in a title are one concept: one-word
        labels that differ only in case meet, unless the capitalised one is a product someone
        owns ("Hugging Face's Transformers" stays apart from "transformers")."""
        by_fold: dict[str, list[Record]] = {}
        for record in self.live():
            if " " not in record.label:
                by_fold.setdefault(fold(record.label), []).append(record)
        for records in by_fold.values():
            if len(records) < 2 or any(r.see_also and r.is_name for r in records):
                continue
            keep = max(records, key=lambda r: (r.defined_at is not None, len(r.sources)))
            for record in records:
                if record is not keep and not any(s.rule == "possessive" for s in record.sources):
                    self.merge(keep, record)

    def merge_acronyms(self) -> None:
        """ "AIE" and "AI Engineering" are one concept when the capitals spell the short form."""
        by_acronym: dict[str, list[Record]] = {}
        for record in self.live():
            for label in record.labels():
                letters = acronym(label)
                # "AI Engineering" spells AIE; "FT frameworks" holds FT whole, a word of its own
                spelled = sum(any(c.isupper() for c in word) for word in label.split()) >= 2
                if len(letters) >= 2 and spelled and letters != label:
                    by_acronym.setdefault(letters, []).append(record)
        for record in self.live():
            candidates = {c for c in by_acronym.get(record.label, []) if c is not record}
            if _SHORT_ACRONYM.fullmatch(record.label) and len(candidates) == 1:
                self.merge(candidates.pop(), record)
        self._merge_abbreviated_modifiers()

    def _merge_abbreviated_modifiers(self) -> None:
        """ "LM metric" and "language modeling metric" are one concept: an abbreviation before a head, and words whose first
        letters spell it before the same head (both written in the notes; neither a name)."""
        spelled: dict[tuple[str, str], Record] = {}
        for record in self.live():
            words = record.label.split()
            for count in range(2, min(5, len(words))) if not record.is_name and record.label.islower() else ():
                spelled.setdefault(("".join(word[0] for word in words[:count]).upper(), " ".join(words[count:])), record)
        for record in self.live():
            found = _ABBREVIATED_MODIFIER.fullmatch(record.label)
            if found is not None and (whole := spelled.get((found["short"], found["head"]))) is not None and whole.final() is not record:
                self.merge(whole.final(), record)


_ABBREVIATED_MODIFIER = re.compile(r"(?P<short>[A-Z]{2,4})\s(?P<head>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})")  # "LM metric", "RL algorithm"
_POSSESSIVE_S = re.compile(r"'s?\b")


@lru_cache(maxsize=1 << 16)  # every lookup of a label makes its key: the same few labels, again and again
def _name_key(label: str) -> str:
    return _POSSESSIVE_S.sub("", clean(label))


def _distinctive(label: str) -> bool:
    """A name that lower case cannot confuse with a common word: GPT-4, LangChain.js, NVIDIA."""
    return bool(re.search(r"[a-z][A-Z]|[A-Z]{2}|\d|[.\-+#]", label)) or " " in label


def _met_in_the_singular(record: Record) -> str | None:
    """The singular in lower case of a title-case plural label ("Den Attacks") where the notes wrote the words in
    lower case too (a phrase's label, in the singular, counts as a vote): a common noun's plural, no name."""
    plural = _singular_of(fold(record.label))
    return next((v for v in record.votes if v == v.lower() and fold(v) == plural and v != record.label), None) if plural else None


def _singular_of(folded: str) -> str:
    """A folded label with its last word in the singular ("ai agents" -> "ai agent"); "" when it is no plural."""
    words = folded.split()
    last = singular(words[-1]) if words else ""
    return " ".join([*words[:-1], last]) if last and last != words[-1] else ""


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s?")
_WORD_BREAKS = re.compile(r"[\s-]+")


def _capitals(label: str) -> int:
    """Capitals a common noun's label has for its place only ("Term-based retrieval" opening a
    sentence); an abbreviation's are its own ("KV cache" keeps them over "kv-cache")."""
    return sum(c.isupper() for word in _WORD_BREAKS.split(label) if not _ACRONYM.fullmatch(word) for c in word)
