"""Labels a writer gives remarks on a subject ("Pros", "Key takeaways", "Real-world uses", "TL;DR"):
what stands under them is said of the subject, and none of it is a kind of anything; and the words
that name parts of the writing itself ("Chapter 3", "Ch1 Intro"). Knows English wording only."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.modifiers import without_judgement
from kg.ingest.singular import singular_phrase
from kg.labels import as_term

# a part of a document: "Chapter 3", "Study group — week 6", "Ch 6 — RAG", "Wk.3", and in a file's name "chapter-6-agents", "chapter_08a"
DOCUMENT_PARTS = re.compile(r"(?:^|[\s—–_-])(?:chapter|chap\.?|ch\.?|part|pt\.?|section|lesson|lecture|lec\.?|week|wk\.?|day|module|unit|session|episode)"
                            r"(?:[\s_-]*\d+[a-z]?|\s+[IVX]+)\b", re.IGNORECASE)
# what a piece of writing is called: "Paper: LoRA ..." (a title's kind of writing), "[ReAct paper](url)" (a page to read)
WRITING_KINDS = (r"(?:papers?|threads?|summary|review|articles?|talks?|podcast|videos?|book|blog(?:\s+post)?|posts?|tutorials?|course|notes?"
                 r"|docs|documentation|repo|slides|notebook|survey)")
# when the writer means to get to it, after what they mean to do: "Papers to read later", "Tools to try next"
LATER = r"(?:\s+(?:later|next|soon|sometime|someday|eventually|again))?"
# what a part of the writing is called that names nothing else: "Ch1 Intro", "Lecture 3: summary"
_OF_THE_WRITING = frozenset({"intro", "introduction", "overview", "summary", "conclusion", "conclusions", "recap", "wrap-up", "outro",
                             "preface", "appendix", "references", "contents", "table of contents", "toc"})
# what a list of remarks is headed by: its items are said of the subject, none is a kind of it
_REMARK_HEADS = frozenset({"pro", "con", "use", "note", "tip", "takeaway", "key takeaway", "caveat", "thought", "question",
                           "reason", "idea", "lesson", "observation", "remark", "open question", "todo", "gotcha",
                           "drawback", "downside", "upside", "benefit", "advantage", "disadvantage", "warning", "insight",
                           "example", "ex", "cue", "summary", "keyword", "recap", "application", "use case", "attendee",
                           "fun fact", "rule of thumb", "side note", "reminder", "hint", "bottom line", "gist", "detail",
                           "risk", "limitation", "weakness", "strength", "pitfall", "tl;dr", "action item", "flashcard",
                           "write-up", "big picture", "next post", "previous post", "next time", "up next", "coming up",
                           "related", "see also", "related note", "related concept", "related topic", "further reading", "reference", "link", "resource", "reading list", "bookmark",
                           "definition", "point", "key point", "main idea", "intuition", "analogy", "explanation", "difference", "diff",
                           "key difference", "win", "big win", "quick win", "naming",
                           "goal", "aim", "objective", "motivation",
                           "contribution", "key contribution", "main contribution", "my take", "verdict", "author", "year",
                           "variation", "tradeoff", "trade-off", "quote", "quotation", "highlight", "excerpt", "key action", "next step",
                           "synonym", "antonym", "vocabulary", "glossary", "terminology", "jargon",
                           "advice", "recommendation", "suggestion", "thesis", "claim", "argument", "view", "take", "opinion", "perspective", "stance", "framing",
                           "order",  # "Order: inspect → dedup → format": the steps' order, no thing
                           "subtopic", "topic", "basic", "basics"})  # "## Subtopics" / "- [[X]]", "- basics: [[X]]": parts of the writing
# a label of remarks only when it is alone: "Sources: Kim 2020, the den blog" (but "Data sources: A, B" are data sources)
_REMARKS_ALONE = frozenset({"source"})
# remark heads no concept ends on: "guardrail tradeoff: A vs B", "den pitfall: ..." remark on what the words before name
_REMARK_TAILS = frozenset({"tradeoff", "trade-off", "downside", "upside", "pitfall", "caveat", "takeaway", "gotcha", "drawback", "era", "days"})  # "LLM era: ...": when, no thing


_ARTICLE_FIRST = re.compile(r"^(?:the|a|an|some)\s+", re.IGNORECASE)
_WEIGHED = re.compile(r"^(?:big|key|core|central|general|basic|overall|major)\s+(?=\S+$)", re.IGNORECASE)  # "big idea", "core point": how much it weighs


@lru_cache(maxsize=1 << 14)
def is_remark(label: str) -> bool:
    """ "Pros", "Key takeaways", "Real-world uses": a label a writer gives remarks on the subject; not
    "Tool use", a concept (a head word of the remarks counts in the plural only)."""
    written = _ARTICLE_FIRST.sub("", as_term(label))  # "The big picture" (not "My take")
    written = judged if (judged := without_judgement(_WEIGHED.sub("", written))) != written and singular_phrase(judged).lower() in _REMARK_HEADS else written  # "main risk", "big idea"
    singular = singular_phrase(written)
    if someones_remark(written):
        return True  # "Book's analogy", "my tip": a remark of someone's
    if _TO_READ.fullmatch(written):
        return True  # "Papers to read", "Videos to watch": a list of what to read next, of no kind and on no one thing
    if not singular.strip():
        return False  # ":" alone before a clause: a label of no words, no remark
    last = singular.rsplit(maxsplit=1)[-1].lower()
    return singular.lower() in _REMARK_HEADS | _REMARKS_ALONE or (singular != written and last in _REMARK_HEADS) or last in _REMARK_TAILS


_TO_READ = re.compile(rf"(?:more\s+|other\s+|further\s+)?{WRITING_KINDS}\s+(?:to|I\s+want\s+to|worth)\s+(?:actually\s+|really\s+|definitely\s+)?(?:read|reading|watch|watching|check(?:\s+out)?|follow|skim|revisit|look\s+at)"
                      + LATER, re.IGNORECASE)
_WHOSE = re.compile(r"^(?:[\w-]+['’]s|my|our|his|her|their)\s+(?P<rest>.+)$", re.IGNORECASE)


def someones_remark(label: str) -> bool:
    """ "Kim's view", "my take", "her tip": a remark someone makes, whatever follows it a remark too."""
    return (whose := _WHOSE.match(as_term(label).strip())) is not None and singular_phrase(whose["rest"]).lower() in _REMARK_HEADS


def names_a_part_of_the_writing(title: str) -> bool:
    """ "Ch1 Intro", "Introduction", "Lecture 3: summary": a part of the document, naming nothing else
    ("Chapter 3: Retrieval" names retrieval; "Chapter 3" alone says where, which callers decide on)."""
    return DOCUMENT_PARTS.sub(" ", title).strip(" .:—–-").lower() in _OF_THE_WRITING


def a_half_of_the_reading(label: str) -> bool:
    """ "second half", "the agents half", "the vector database section", "RAG chapter", "chapter layout": a part of what
    is being read, named by what it is about, or how it is laid out; no concept."""
    words = label.lower().split()
    if len(words) == 2 and words[0] in _WRITINGS and words[1] in _LAYOUTS:
        return True  # "chapter layout", "book outline": how the reading is laid out
    if _HALF_OF_A_WRITING.search(label) or len(words) > 1 and words[0] in ("orig", "original", "same", "above") and words[-1] in _WRITINGS:
        return True  # "second half of chapter 10", "the orig paper": the reading, not what it is about
    return words[-1] in ("half", "halves", "section", "sections", "sec", "secs", "subsection", "chapter", "chapters") if words else False  # "secs": sections


_HALF_OF_A_WRITING = re.compile(r"\b(?:half|halves|part|parts|section|sections)\s+of\s+(?:the\s+|this\s+)?(?:chapter|ch\.?|book|paper|post|article|notes|lecture|course)\b",
                                re.IGNORECASE)


_WRITINGS = frozenset({"chapter", "book", "section", "course", "paper", "lecture", "post", "article", "notes"})
_LAYOUTS = frozenset({"layout", "outline", "structure", "overview", "contents", "map", "roadmap", "plan", "flow", "organization"})


# a piece of writing the notes cite or read a thing in: "FLAN paper", "Microsoft study", "the Orca paper"
_CITED_WRITING = rf"(?:{WRITING_KINDS}|study|studies|report|preprint|lectures?)"
# where a thing was read of, after its name: "continuous digging from the Orca paper", "moss sealing from Kim's book"
_FROM_A_WRITING = re.compile(rf"\s+(?:from|in|per)\s+(?:the\s+|a\s+|[A-Z][\w.&-]*['’]s\s+)?(?:[\w.-]+\s+){{0,3}}{_CITED_WRITING}$",
                             re.IGNORECASE)


_A_WRITING = re.compile(rf"(?:.+\s)?{_CITED_WRITING}", re.IGNORECASE)


def a_writing(label: str) -> bool:
    """ "FLAN paper", "Microsoft study", "the LIMA blog post": a piece of writing the notes cite, no member of a topic."""
    return _A_WRITING.fullmatch(label) is not None


def without_its_source(label: str) -> str:
    """ "continuous digging from the Orca paper" -> "continuous digging": the writing it comes from is no part of its name."""
    return _FROM_A_WRITING.sub("", label) if " " in label else label


def only_places_in_the_writing(title: str) -> bool:
    """ "Chapter 3", "Week 2", "Part II": where something stands in the document, and no name at all."""
    return DOCUMENT_PARTS.search(title) is not None and not DOCUMENT_PARTS.sub(" ", title).strip(" .:—–-")


def named_beside_its_place(title: str) -> str:
    """ "Ch 6 (part 1) - RAG": RAG, what the title names beside where it stands in the writing (or among steps, "Step 3:
    den tools"); the title as it is when no place stands in it."""
    rest = re.sub(r"\(([^()]*)\)", lambda m: " " if only_places_in_the_writing(m[1]) else m[0], past_its_step(title))
    return " ".join(DOCUMENT_PARTS.sub(" ", rest).split()).strip(" .:—–-")


_STEP_FIRST = re.compile(r"^(?:step|phase|stage)\s*#?\d+[a-z]?\s*(?:[:.)—–-]\s*|$)", re.IGNORECASE)


def past_its_step(title: str) -> str:
    """ "Step 1: dig all tunnels", "Phase 2 - den sealing": what a title names past its place among steps ("" for none)."""
    return _STEP_FIRST.sub("", title.strip(), count=1)


def one_work(label: str) -> bool:
    """ "book", "the paper": one piece of writing, whose title, authors and year a line lists ("book = *Den Engineering*,
    Bo Brock, Zorp Press 2025"), none of them a kind or a part of it; not "papers", which lists the papers."""
    bare = re.sub(r"^the\s+", "", label.strip().lower())
    return re.fullmatch(WRITING_KINDS, bare) is not None and singular_phrase(bare) == bare


_A_VERSION = re.compile(r"(?:v|version\s)\d+(?:\.\d+)?(?:\s*\([^()]{1,30}\))?", re.IGNORECASE)  # "v1", "v2 (June 2024)", "version 3"


def a_version(text: str) -> bool:
    """ "v1", "v2 (June 2024)": a version of the thing being read, no concept of its own."""
    return _A_VERSION.fullmatch(text.strip()) is not None
