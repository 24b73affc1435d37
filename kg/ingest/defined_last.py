"""Terms a sentence of prose defines at its end, set in bold or italics: "A den whose tunnels flood is a **wet den**",
"AI systems that plan and use tools are called **agents**", "She describes a sett as a **badger house**". The words
before the term say what kind of thing it is (a shell alone, "A model that ...", says none); the mark says the sentence
is there to name it."""

from __future__ import annotations

import re

from kg.ingest.counted import common_first_word
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest.headings import topic_key
from kg.ingest.markdown import NotesFile, Paragraph
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.phrases import read
from kg.ingest.sentences import sentences
from kg.ingest.subjects import CURRENT
from kg.source import Source

_GENUS = r"(?P<genus>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
_CLAUSE = r"\s+(?P<relative>that|which|who|whose|where)\s+(?P<clause>[^.;:!?]{3,160}?)"
_NAMED = r"(?:also\s+)?(?:called|known\s+as|referred\s+to\s+as|named)\s+"
# "A den that holds many badgers is a **family den**", "A den whose tunnels flood is (also) called a **wet den**"
_ONE_DEFINED = re.compile(rf"^(?:An?|One)\s+{_GENUS}{_CLAUSE}\s+is\s+(?:{_NAMED})?(?:an?\s+|the\s+)?(?P<term>.+?)[.!]?$")
# "Den systems that can flood are called **tidal dens**": the plural and "are called" (without it, "are X" says what they are like)
_MANY_DEFINED = re.compile(rf"^{_GENUS}{_CLAUSE}\s+are\s+{_NAMED}(?P<term>.+?)[.!]?$")
# "She describes a sett as a **badger house**", "Kim calls the den a **burrow**": what the writer takes the thing for
_DESCRIBED_AS = re.compile(r"^(?:[A-Z][\w'-]*|[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)\s+(?:describes?|calls?|refers?\s+to|thinks?\s+of|frames?)\s+"
                           r"(?:an?|the)\s+(?P<thing>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:as\s+)?(?:an?\s+|the\s+)(?P<term>.+?)(?:[.:!]|:\s.*)?$")


def read_defined_last(notes: NotesFile, extraction: Extraction) -> None:
    """Each term so defined is a kind of the thing the sentence opens on (rule `defined-last`)."""
    for paragraph in notes.paragraphs:
        if not paragraph.emphasized or paragraph.item is not None and paragraph.term is not None:
            continue  # no mark, or an entry's own term: what the entry says is read with it
        for offset, sentence in sentences(paragraph.text):
            if (defined := _defined(sentence.strip(), paragraph.emphasized)) is None:
                continue
            term, kind, clause = defined
            source = Source(paragraph.file, paragraph.line_at(offset))
            topic = extraction.file_topics.get(paragraph.file) or topic_key(paragraph.file, paragraph.headings)
            record = extraction.concept(term, source, topic)
            record.definition.append(sentence.strip())
            extraction.state(record, "isA", extraction.concept(kind, source, topic), source.by("defined-last"))
            for claim in read(f"It {clause}", set()).claims if clause else ():  # "... that can plan and use tools": what the term does
                if claim.subject == CURRENT and isinstance(claim.object, Phrase):
                    extraction.state(record, claim.relation, extraction.concept(claim.object, source, topic), source.by("phrase"))


# "... and a generative one is also called a **large den model (LDM)**.": a term in bold or italics the sentence ends on
_NAMED_LAST = re.compile(rf"^.*\s(?:is|are)\s+(?:{_NAMED})?(?:an?\s+|the\s+)?(?P<term>[^.;:!?]+?)[.!]?$")


def named_at_the_end(sentence: str, marked: tuple[str, ...], extraction: Extraction, source: Source, topic: str | None) -> Record | None:
    """The concept of a marked term a sentence names last ("... is also called a **large den model**"), which what follows
    speaks of ("Examples she names: A, B"); None for any other sentence."""
    found = _NAMED_LAST.match(sentence.strip()) if marked else None
    term = noun_phrase(written) if found is not None and (written := _marked(found["term"], marked)) is not None else None
    return extraction.concept(term, source, topic) if term is not None and keep(term) else None


def _defined(sentence: str, marked: tuple[str, ...]) -> tuple[Phrase, Phrase, str | None] | None:
    """(term, kind, the clause that says what the term does) of a sentence that names a marked term at its end, as the
    words before it say it is; the clause after "that" (or "which", "who"), if any."""
    for pattern, reversed_ in ((_ONE_DEFINED, False), (_MANY_DEFINED, False), (_DESCRIBED_AS, True)):
        found = pattern.match(sentence)
        if found is None or (term_written := _marked(found["term"], marked)) is None:
            continue
        other = noun_phrase(found["thing"] if reversed_ else common_first_word(found["genus"], modifier=True))  # "Den systems that ...": a capital for its place
        term = noun_phrase(term_written)
        if keep(term) and keep(other) and not other.is_name and term.label.lower() != other.label.lower():
            clause = found["clause"] if not reversed_ and found["relative"] in ("that", "which", "who") else None
            return (other, term, None) if reversed_ else (term, other, clause)
    return None


def _marked(written: str, marked: tuple[str, ...]) -> str | None:
    """The marked words the sentence ends on (an aside after them aside): "**large multimodal model (LMM)**"."""
    written = written.strip()
    return next((m for m in marked if written == m or written.startswith(m) and re.match(r"\s*(?:\(|,|$)", written[len(m):])), None)
