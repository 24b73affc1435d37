"""Works listed by their titles: a link whose text is a title, right under a heading of papers (articles,
books, blog posts), is one of them ("### Papers to read" / "- [Lost in the Den: How Badgers Dig](url)"); and
the words before a colon of such a title are no term unless they are a name ("[Koala: A Dialogue Model](...)")."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.citations import citation_alone
from kg.ingest.extraction import Extraction
from kg.ingest.markdown import Link, Paragraph
from kg.ingest.nouns import Phrase, noun_phrase
from kg.ingest.remarks import LATER
from kg.ingest.terms import in_title
from kg.labels import as_term, title_cased
from kg.source import Source

# a heading of works of one kind, judged or with what the writer means to do with them: "Key papers", "Papers to read"
_WORKS = re.compile(r"(?:(?:key|must-read|important|classic|seminal|foundational|recommended|notable|more|other|further|some)\s+)*"
                    r"(?P<kind>papers|articles|books|blog\s+posts|surveys)"
                    r"(?:\s+(?:to\s+(?:actually\s+|really\s+|definitely\s+)?(?:read|skim|check(?:\s+out)?)|worth\s+reading|I\s+want\s+to\s+read|(?:she|he|the\s+book)\s+cites|cited|mentioned))?" + LATER,
                    re.IGNORECASE)


def a_title(text: str) -> bool:
    """ "Lost in the Den: How Badgers Dig", "Sett Mapping with Ground Radar": three words or more, capitalised
    as a title's are, or a name and a subtitle after a colon; not a name of one or two words ("[DenNet](...)")."""
    words = text.split()
    return len(words) >= 3 and (title_cased(text) or ": " in text)


def catchphrase_of_a_title(term: re.Match[str], links: tuple[Link, ...]) -> bool:
    """Whether a term before a colon is a linked title's opening words that name nothing, a phrase of the dictionary
    that is no noun phrase ("[Lost in the Den: How Badgers Dig](...)", "[Digging Deep: ...](...)"); one word
    ("Koala:", "ReAct:") names what the work is on, and so does a noun phrase ("Machine Generated Text:")."""
    written = term["term"].split()
    return in_title(term, links) and len(written) > 1 and all(tagger.readings(word.lower()) for word in written) \
        and ("NOUN" not in tagger.readings(written[-1].lower()) or not tagger.names_a_concept(as_term(term["term"])))


def work_under_heading(paragraph: Paragraph, source: Source, topic: str, extraction: Extraction) -> bool:
    """Whether a list item opens with a link to a work by its title under a heading of such works, and then state
    that the title is one: `<title> isA paper` (the item is read no further as a kind of the heading)."""
    if not paragraph.headings or (works := _WORKS.fullmatch(paragraph.headings[-1].title.strip(" :"))) is None:
        return False
    link = next((link for link in paragraph.links if link.start == 0 or _cited_before(paragraph, link)), None)
    if link is None or not a_title(link.text):
        return False
    title = re.sub(r"\s*\([^()]*\)$", "", " ".join(link.text.split()))  # "Long-form Factuality (Google DeepMind)": its maker aside
    work = extraction.concept(Phrase(title, is_name=True), source, topic)
    kind = extraction.concept(noun_phrase(works["kind"].lower()), Source(paragraph.file, paragraph.headings[-1].line), topic)
    extraction.state(work, "isA", kind, source.by("heading-kind"))
    for at, maker in enumerate(_cited_before(paragraph, link)):  # "- Kim et al. 2021, [Title](...)": theirs, and their organisation's
        extraction.state(work, "developedBy" if at else "createdBy", extraction.concept(noun_phrase(maker), source, topic), source.by("citation"))
    return True


def _cited_before(paragraph: Paragraph, link: Link) -> list[str]:
    """The authors (and an organisation) of a citation that opens an item before a link ("Kim et al. 2021, [...](...)")."""
    return citation_alone(paragraph.text[: link.start].rstrip(" ,")) if link.start else []
