"""What headings state beyond their topics: a heading under "Types of X" names a kind of X ("###
Types of Regularization" / "#### L1 Regularization"), a subtitle may state a relation of its name
("### Random Forest: An Example of Bagging", kg.ingest.titled), and a heading that compares two
things ("## RAG vs finetuning", "## RAG or finetuning?") contrasts them. Knows Markdown's headings only."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest import clauses
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Heading, NotesFile
from kg.ingest.modifiers import is_shell, says_which
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.categories import kinds_named
from kg.ingest.remarks import is_remark, names_a_part_of_the_writing, only_places_in_the_writing
from kg.ingest.phrases import read
from kg.ingest.tagger import names_a_concept
from kg.ingest.terms import weighed
from kg.ingest.titled import heading_sentence
from kg.labels import as_term, fold
from kg.source import Source


@lru_cache(maxsize=1 << 14)  # asked again for each paragraph under the same headings
def topic_key(path: str, trail: tuple[Heading, ...]) -> str:
    """The key of the topic a trail of headings makes in a notes file; a heading that is no topic
    (is_topic) adds nothing, so what stands under it is in the topic above it."""
    return path + "#" + "/".join(fold(h.title).replace(" ", "-") for i, h in enumerate(trail) if i == 0 or is_topic(h))


# a writer's own words about the notes: "My verdict", "What we measure", "Code I tested", "Why RAG?",
# "How to use this", "Why evaluation is hard": a question or an instruction for the reader
_OWN_WORDS = re.compile(r"\b(?:I|my|we|our|us)\b|\?\s*$|^(?:\d+[.)]\s*)?(?:how\s+to|why|what|when|where|which|who|whose)\s",
                        re.IGNORECASE)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "Mon, 3 March", "March 3rd, 2026", "2026-10-02", "Tuesday": a date, when the notes were written
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_DATE = re.compile(rf"^(?:{_WEEKDAY},?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
                   rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?$",
                   re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # a trail's headings are asked again for each paragraph under them
def is_topic(heading: Heading) -> bool:
    """Whether a heading under another names a topic of the notes (the first of a trail always does:
    what stands under it has no topic above): not a remark on the notes ("Key takeaways", "TL;DR",
    "Review questions"), nor words that name nothing and speak of the writer or ask ("My verdict",
    "First, what are we even optimizing?"), nor a date ("Mon, 3 March")."""
    title = heading.title.strip()
    bare = title.strip(" .:")
    if is_remark(title) or (bare and _DATE.fullmatch(bare)) or names_a_part_of_the_writing(bare):
        return False
    return names_a_concept(as_term(title)) or _OWN_WORDS.search(title) is None


def read_kind_headings(notes: NotesFile, extraction: Extraction, note: Record | None = None) -> None:
    """A heading under "Types of X" names a kind of X ("### Types of Regularization" / "#### L1 Regularization"), and
    one under "Types" alone a kind of what the heading above it names, or of the note's concept ("Den.md" / "## Types" /
    "### Moss dens"); not one that only says where it stands ("## Week 3"), a part of the writing. Under "## Layers" (or
    "## Components", ...) a heading names a part of what the heading above names, or of the note's concept."""
    for heading, trail, _empty in notes.sections:
        if len(trail) < 2 or not names_a_concept(heading.title) or only_places_in_the_writing(heading.title) or is_remark(heading.title):
            continue
        source = Source(notes.path, heading.line)
        topic = extraction.file_topics.get(notes.path) or topic_key(notes.path, trail[:-1])
        if _PARTS_ALONE.fullmatch(trail[-2].title.strip(" :")) and (whole := _kinds_of(trail[:-2], note, notes.path, extraction)) is not None:
            part = extraction.concept(noun_phrase(as_term(heading.title)), source, topic)  # "Stack.md" / "## Layers" / "### 1. Tunnel layer"
            extraction.state(whole, "contains", part, source.by("heading-part"))
            continue
        if (kinds := kinds_named(trail[-2].title)) is not None:
            kind = extraction.concept(noun_phrase(kinds), Source(notes.path, trail[-2].line), topic)
        elif not _TYPES_ALONE.fullmatch(trail[-2].title.strip(" :")) or (kind := _kinds_of(trail[:-2], note, notes.path, extraction)) is None:
            continue
        written = as_term(heading.title)
        if says_which(written):
            written = f"{written} {as_term(kind.final().label)}"  # "### AI-powered": AI-powered synthesis
        record = extraction.concept(noun_phrase(written), source, topic)
        record.defined_at = record.defined_at or source
        extraction.state(record, "isA", kind, source.by("heading-kind"))


# a heading of parts that says not of what: "## Layers", "## Main components" (not "## Steps": what to do, more often than not)
_PARTS_ALONE = re.compile(r"(?:(?:the\s+)?(?:main|core|key|\d+|two|three|four|five)\s+)?(?:components|parts|layers|stages|phases|modules|building blocks|tiers)",
                          re.IGNORECASE)
# a heading of kinds that says not of what: "## Types", "## Main variants"
_TYPES_ALONE = re.compile(r"(?:(?:the\s+)?(?:main|common|key|different|known)\s+)?(?:types|kinds|variants|subtypes|flavou?rs|categories|families)", re.IGNORECASE)


def _kinds_of(above: tuple[Heading, ...], note: Record | None, path: str, extraction: Extraction) -> Record | None:
    """What "## Types" gives the kinds of: the concept the heading above it names ("# Den" / "## Types"), or the note's."""
    if not above:
        return note
    written = as_term(above[-1].title)
    if is_remark(above[-1].title) or not names_a_concept(written) or not keep(phrase := noun_phrase(written)):
        return None
    return extraction.concept(phrase, Source(path, above[-1].line), None)


def read_subtitles(notes: NotesFile, extraction: Extraction) -> None:
    """ "### Random Forest: An Example of Bagging": what a heading's subtitle says of its name (kg.titled)."""
    for heading, trail, _empty in notes.sections:
        if (sentence := heading_sentence(heading.title)) is None:
            continue
        source, topic = Source(notes.path, heading.line), extraction.file_topics.get(notes.path) or topic_key(notes.path, trail)
        for claim in read(sentence, extraction.lexicon.with_and).claims:
            if isinstance(claim.subject, Phrase):
                subject, obj = (extraction.concept(p, source, topic) for p in (claim.subject, claim.object))
                extraction.state(subject, claim.relation, obj, source.by("heading-subtitle"))


_THE = re.compile(r"\s*the\s", re.IGNORECASE)
_REMARK_AT_END = re.compile(r"\s*\([^()]*,[^()]*\)\s*$")  # "(book table, roughly)"; not "(Den Model)", the head both share


def read_compared_headings(notes: NotesFile, extraction: Extraction) -> None:
    """ "## RAG vs finetuning", "## RAG or finetuning?": the two things a heading weighs contrast; not
    "## Should I finetune or prompt?", a question with a verb, nor "## Finetune or prompt?" (what to do)."""
    for heading, trail, _empty in notes.sections:
        sides = weighed(_REMARK_AT_END.sub("", heading.title))  # "term vs embedding (book table, roughly)": the two, not the remark
        if len(sides) < 2 or (clauses.imperative(sides[0]) and not sides[0].endswith("ing")) or any(_THE.match(side) for side in sides):
            continue  # "GRU vs. The Forgetful Detective": a story's character, told by its article
        phrases = [noun_phrase(as_term(side)) for side in sides]
        if not all(keep(phrase) and names_a_concept(phrase.label) for phrase in phrases):
            continue
        source = Source(notes.path, heading.line)
        topic = extraction.file_topics.get(notes.path) or topic_key(notes.path, trail)
        records = [extraction.concept(phrase, source, topic) for phrase in phrases]
        for first, second in zip(records, records[1:]):
            extraction.state(first, "contrastsWith", second, source.by("vs-heading"))
        if (head := _shared_head([phrase.label for phrase in phrases])) is not None:
            kind = extraction.concept(noun_phrase(head), source, topic)
            for record in records:  # "## Static vs dynamic batching": two kinds of batching
                extraction.state(record, "isA", kind, source.by("vs-heading"))


def _shared_head(labels: list[str]) -> str | None:
    """ "batching" of "static batching" and "dynamic batching": the last word all the sides end on, a noun that names a concept,
    each side one or more words before it that sort it (no shell noun: "fast way" and "slow way" are ways of something else)."""
    heads = {label.split()[-1].lower() for label in labels}
    head = heads.pop() if len(heads) == 1 else None
    if head is None or not all(len(label.split()) > 1 for label in labels) or is_shell(head) or not keep(noun_phrase(head)):
        return None
    return head

