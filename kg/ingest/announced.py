"""Kinds or parts a text announces and then names one by one, each set in bold or italics where a
sentence opens: "There are two main types of LMs. A **masked language model** is ... An
**autoregressive language model**, on the other hand, ...", "She describes a few flavours of
finetuning. **Continued pretraining** uses ... **Supervised finetuning** trains ...", "A prompt
consists of three parts. The **task description** says ...", "The chapter splits digging into two
families, ...". The named ones may run on into the paragraphs after the announcement, as long as each
opens on one. In plain words a kind is named so only after "a" or "an" and when its words end on the
kind announced ("A masked language model is trained ...")."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.counted import NUMBERS, common_first_word
from kg.ingest.extraction import Extraction
from kg.ingest.headings import topic_key
from kg.ingest.markdown import NotesFile, Paragraph
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.outline import names_a_kind_of
from kg.ingest.sentences import sentences
from kg.ingest.subjects import subject_of
from kg.source import Source

_COUNT = r"(?P<count>two|three|four|five|six|several|a\s+few|a\s+couple\s+of|many|different|various)\s+(?:main\s+|broad\s+|common\s+|major\s+|distinct\s+)?"
_KIND_WORDS = r"(?:types|kinds|flavou?rs|forms|sorts|varieties|families|categories|classes)"
# "There are two main types of LMs.", "She describes a few flavours of finetuning:"
_KINDS_OF = re.compile(rf"\b{_COUNT}{_KIND_WORDS}\s+of\s+(?P<kind>[\w][\w -]{{0,40}}?)\s*(?:[.:]?$|,\s+(?:and|which|each|both)\s)", re.IGNORECASE)
# "The chapter splits retrieval algorithms into two families", "She groups attacks into three categories:"
_SPLIT_INTO = re.compile(rf"\b(?:splits?|divides?|groups?|sorts?|breaks?|separates?|classif(?:y|ies))\s+(?:the\s+)?(?P<kind>[\w][\w -]{{0,40}}?)"
                         rf"\s+(?:up\s+)?into\s+{_COUNT}{_KIND_WORDS}\b", re.IGNORECASE)
# "Memory comes in three flavours.", "Batching has two main forms:"
_COMES_IN = re.compile(rf"^(?P<kind>[\w][\w -]{{0,40}}?)\s+(?:comes?\s+in|has|have)\s+{_COUNT}{_KIND_WORDS}\s*[.:]?$", re.IGNORECASE)
# "A prompt generally consists of one or more of three parts.", "The pipeline has four main stages:"
_PARTS = re.compile(rf"^(?P<whole>[\w][\w -]{{0,40}}?)\s+(?:consists?\s+of|is\s+made\s+(?:up\s+)?of|has|have|contains?)\s+(?:one\s+or\s+more\s+of\s+)?"
                    rf"(?:the\s+(?:following\s+)?)?{_COUNT}(?:parts|components|pieces|elements|steps|stages|phases|layers|modules)"
                    r"(?:\s+with\s+[^.:;,]{1,40})?\s*[.:]?$", re.IGNORECASE)  # "two phases with different profiles"
_ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)


def read_announced_kinds(notes: NotesFile, extraction: Extraction) -> None:
    """Each kind named after an announcement of kinds isA the announced kind (rule `announced-kinds`);
    the whole announced contains each part named after it (`announced-parts`)."""
    paragraphs = notes.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.item is not None or paragraph.term is not None:
            continue  # prose only: a list's items are read as a list
        said = sentences(paragraph.text)
        for at, (_offset, sentence) in enumerate(said):
            # "The part that made it click for me: X has two phases.": a lead-in before a colon, then the announcement
            if (announced := _announcement(sentence.strip()) or _announcement(sentence.rpartition(": ")[2].strip())) is None:
                continue
            announcer, count, relation = announced
            named = _named_after(paragraph, said[at + 1 :], paragraphs[index + 1 :], announcer if relation == "isA" else None)[:count]
            if len(named) < 2 and relation == "contains":  # "X has two phases. Prefill processes ... Decode generates ...": in plain words
                named = _plain_subjects(paragraph, said[at + 1 : at + 1 + count]) if count < 6 else []
            if len(named) < 2:
                continue
            topic = extraction.file_topics.get(notes.path) or topic_key(notes.path, paragraph.headings)
            record = extraction.concept(announcer, Source(paragraph.file, paragraph.line_at(said[at][0])), topic)
            for term, source in named:
                named_record = extraction.concept(term, source, topic)
                if relation == "isA":
                    extraction.state(named_record, "isA", record, source.by("announced-kinds"))
                else:
                    extraction.state(record, "contains", named_record, source.by("announced-parts"))


def _announcement(sentence: str) -> tuple[Phrase, int, str] | None:
    """The kind a sentence announces kinds of (or the whole it announces parts of), how many it names
    at most, and how the named ones stand to it: isA, or a part it contains."""
    if (parts := _PARTS.match(sentence)) is not None and isinstance(whole := subject_of(parts["whole"], at_start=True), Phrase) and keep(whole):
        return whole, NUMBERS.get(parts["count"].lower(), 6), "contains"
    found = _KINDS_OF.search(sentence) or _COMES_IN.match(sentence) or _SPLIT_INTO.search(sentence)
    if found is None or not keep(kind := noun_phrase(found["kind"])):
        return None
    return kind, NUMBERS.get(found["count"].lower(), 6), "isA"


def _named_after(paragraph: Paragraph, rest: list[tuple[int, str]], following: list[Paragraph], kind: Phrase | None = None) -> list[tuple[Phrase, Source]]:
    """The terms that open sentences after the announcement: in its paragraph any of them, then the
    paragraphs under the same heading while each opens on one; a `kind`'s in plain words too when they end on it."""
    named = [found for offset, sentence in rest if (found := _opening_term(paragraph, offset, sentence, kind)) is not None]
    by_terms = not named  # "**Claw digging** (aka paw digging). ...": paragraphs on their terms, when the announcement's named none
    for after in following:
        if after.item is not None or after.headings != paragraph.headings or not (said := sentences(after.text)):
            break
        opened = by_terms and after.term is not None and after.emphasized[:1] == (after.term,)
        if (found := (noun_phrase(after.term), Source(after.file, after.line)) if opened else _opening_term(after, *said[0], kind)) is None:
            break
        named.append(found)
    return named


def _opening_term(paragraph: Paragraph, offset: int, sentence: str, kind: Phrase | None = None) -> tuple[Phrase, Source] | None:
    """The bold or italic term a sentence opens on, after an article: "A **masked language model** is ..."; or, in
    plain words after "a" or "an", a subject that ends on the `kind` announced: "A masked language model is trained ..."."""
    stripped = sentence.lstrip()
    article = _ARTICLE.match(stripped)
    opening = stripped[article.end():] if article else stripped
    for marked in paragraph.emphasized:
        # a capital that opens the sentence is for its place only: "**Continued pretraining** uses ..."
        if opening.startswith(marked) and not opening[len(marked) : len(marked) + 1].isalnum() \
                and keep(term := noun_phrase(marked if article else common_first_word(marked))):
            return term, Source(paragraph.file, paragraph.line_at(offset))
    if kind is not None and article is not None and article.group().strip().lower() in ("a", "an") \
            and isinstance(subject := subject_of(stripped, at_start=True), Phrase) and names_a_kind_of(kind.label, subject.label) and keep(subject):
        return subject, Source(paragraph.file, paragraph.line_at(offset))
    return None


_NO_NAME_TAGS = frozenset({"DT", "PRP", "PRP$", "EX", "RB", "CC", "IN", "WDT"})  # "The", "It", "There", "So", "But": no name opens so


def _plain_subjects(paragraph: Paragraph, following: list[tuple[int, str]]) -> list[tuple[Phrase, Source]]:
    """The subjects the sentences right after an announcement of parts open on, in plain words, one for each part
    announced: "Prefill processes ... Decode generates ...": a noun phrase of up to three words before its verb
    ("is", or a verb in the present), no article, no pronoun; none unless every sentence opens so, each on another."""
    named: list[tuple[Phrase, Source]] = []
    for offset, sentence in following:
        words = sentence.split()
        verb_at = next((i for i, word in enumerate(words[1:4], 1) if _a_present_verb(word)), None)
        if verb_at is None or tagger.tag(words[0].lower().strip(","))[0][1] in _NO_NAME_TAGS or not keep(term := noun_phrase(common_first_word(" ".join(words[:verb_at]), modifier=True))) \
                or any(term.label.lower() == other.label.lower() for other, _source in named):
            return []
        named.append((term, Source(paragraph.file, paragraph.line_at(offset))))
    return named


def _a_present_verb(word: str) -> bool:
    """ "is", "generates", "processes": a verb in the present, third person, by the dictionary."""
    lower = word.lower().strip(",")
    return lower in ("is", "was") or (lower.endswith("s") and any(lemma != lower for lemma in tagger.readings(lower).get("VERB", ())))
