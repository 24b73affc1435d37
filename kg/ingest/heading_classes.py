"""What a heading says of the terms right under it: the kind of thing its plural names ("## Digging
tools" / "- **Root spade**: ..." is one), the field whose scope takes them in ("## Exact evaluation"), or
the thing that a list no entry owns, or a line with no subject, speaks of ("### Gateway" / "- examples: A,
B"). Knows headings and the classes their head words name."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from kg.ingest import classify, clauses, tagger
from kg.ingest.categories import COUNTED_PARTS, kinds_named, types_named, whole_of_parts, without_remark
from kg.ingest.entries import Entry
from kg.ingest.extraction import Extraction
from kg.ingest.flashcards import asked_about, bare_question
from kg.ingest.introduced import EXAMPLES_FOLLOW
from kg.ingest.lexicon import Record
from kg.ingest.makers import CITED_FIRST, state_cited
from kg.ingest.markdown import Heading, Paragraph
from kg.ingest.modifiers import ASPECT_TITLES, is_shell
from kg.ingest.problems import troubled_by_section
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import Phrase, keep, names_a_doing, noun_phrase, opens_with_a_doing
from kg.ingest.namings import ALTERNATIVES_TO, NAMED_MEMBERS, label_relation
from kg.ingest.remarks import LATER, WRITING_KINDS, is_remark, named_beside_its_place
from kg.ingest.subjects import a_predicate
from kg.ingest.singular import singular_phrase
from kg.ingest.tagger import names_a_concept
from kg.ingest.versus import VS_FIRST
from kg.ingest.vault import TITLE_LEAD, file_name, lists_kinds_of_the_note, names_the_notes, title_name
from kg.labels import as_term, fold, looks_like_name
from kg.source import Source


_KIND_ASIDE = re.compile(r"(?P<topic>[A-Za-z][\w-]*)\s+\((?P<kind>[^()]+)\)")


def heading_named(heading: Heading) -> str | None:
    """What a heading names, of up to four words: "## Attention", "## Types of parallelism" (parallelism);
    None for a shell word ("## The approach"), a question ("## Why it matters?"), a doing with its object
    ("## Choosing models") or words that name nothing."""
    return _named_by_title(heading.title)


@lru_cache(maxsize=1 << 12)  # asked for every item under a heading: read once per title
def _named_by_title(written: str) -> str | None:
    title = TITLE_LEAD.sub("", named_beside_its_place(written))  # "Ch 6 (part 1) - RAG": RAG; "Understanding X": X
    if (aside := _KIND_ASIDE.fullmatch(title.strip())) is not None and singular_phrase(aside["topic"].lower()) == aside["topic"].lower() \
            and a_compound_plural(aside["kind"]):
        title = aside["kind"]  # "## Hardware (AI accelerators)": a topic in one word, then what its items are
    title = without_remark(title)  # "AI accelerators (hardware level)": a remark on the kind, no word of it
    title = _kind_to_read(title) or title  # "Tools to try": tools
    kind = kinds_named(title) or as_term(title.split(": ")[-1])
    if len(kind.split()) > 1 and opens_with_a_doing(kind) and (tagger.tagged(kind)[1][1] in ("DT", "PRP$", "JJ", "VBG")
                                                            or (len(kind.split()) > 2 and "NOUN" not in tagger.readings(kind.split()[0].lower()))):
        return None  # "## Navigating public benchmarks", "## Comparing den maps": a doing, no kind ("Digging tools", "Sampling den maps" are)
    if re.search(r"\s(?:&|and|\+)\s", kind):
        return None  # "## Kernels & compilers": two kinds side by side, no one thing each item below is
    return None if len(kind.split()) > 4 or not names_a_concept(kind) or is_shell(kind) or any(c in kind for c in ":()?!") else kind


def heading_spoken_of(headings: tuple[Heading, ...]) -> Heading | None:
    """The heading whose name a paragraph below speaks of: the last, or the one above it when the last names
    a side of a thing ("# RAG" / "## Architecture": RAG's)."""
    if len(headings) > 1 and as_term(headings[-1].title).lower() in ASPECT_TITLES:
        return headings[-2]
    return headings[-1] if headings else None


def kinds_of_the_section(headings: tuple[Heading, ...]) -> str | None:
    """What the items right under the last heading are kinds of: "## Types of batching", and "## Batching" /
    "### Types" (or "### Two buckets", "### Variants"): batching; None otherwise."""
    return _kinds_under(headings[-1].title, headings[-2].title if len(headings) > 1 else None) if headings else None


@lru_cache(maxsize=1 << 12)
def _kinds_under(title: str, above: str | None) -> str | None:
    if (typed := types_named(title)) is not None:
        return typed
    named = _named_by_title(above) if above is not None else None
    if named is None or is_remark(named) or not lists_kinds_of_the_note(as_term(title), named):
        return None
    return singular_phrase(named)  # "## Dens" / "### Types": kinds of den


# classes whose plural over a list makes each term one of them ("## Digging tools" / "- **Root spade**: ..."); under
# "## Foundation models" or "## Agents" the terms are the chapter's topics
MEMBER_CLASSES = frozenset({"Tool", "Metric", "Dataset", "Benchmark", "Technique"})


def a_doing_among_things(label: str, record: Record) -> bool:
    """ "Den models widen what's possible:" over "- **Sealing**: ...": a doing is no member of a class of things (models,
    tools, datasets, benchmarks, metrics), though it may be one of a class of techniques."""
    return names_a_doing(label) and not looks_like_name(label) and classify.class_of_word(record.label.split()[-1].lower()) in _THINGS


_THINGS = NAMED_MEMBERS - {"Technique"}  # a technique may be a doing


_SHORT_IN_PARENTHESES = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9-]{1,9})\)")
_JOINED_NEXT = re.compile(r"(?:and|or|&)\s")


def a_term_of_words(member: str, term_record: Record | None, paragraph: Paragraph) -> bool:
    """ "**Root spade**: ...", "[[Clay pick]]: ...": a term of several words set off as one, or of one word
    written with its abbreviation ("**Perplexity (PPL)**: ..."); not a word alone ("**Input**: raw text", a
    field's value) nor a bare item ("- tunnel caching", a topic)."""
    linked = any(link.start == 0 for link in paragraph.wikilinks)
    after = paragraph.text[len(member):].lstrip() if paragraph.text.lower().startswith(member.lower()) else paragraph.text
    short = _SHORT_IN_PARENTHESES.search(paragraph.term or "")
    named = " " in member or (short is not None and abbreviates(short["short"], member))
    return named and (term_record is not None or linked) and not _JOINED_NEXT.match(after)  # "**A** and **B** are ..."


def a_member_by_class(kind: str, member: str) -> bool:
    """Whether a term is one of what a heading's class names: a tool, metric, dataset or benchmark is
    no doing ("**Data enhancement**" under "## Post-training datasets") and no two things ("A & B"); a term
    whose own head word has another class is none of them ("**Vector database**" under "### Retrieval algorithms"), nor is
    one that has the class's word before its head ("**Tool inventory**" under "### Tools")."""
    found, head = class_of_members(kind), singular_phrase(kind).split()[-1].lower()
    return found in MEMBER_CLASSES and (found == "Technique" or not names_a_doing(member)) and " & " not in member \
        and class_of_members(member) in (None, found) \
        and head not in singular_phrase(member.lower()).split()[:-1]  # "**Tool inventory**" under "### Tools": a set of them, none


def class_of_members(kind: str) -> str | None:
    return classify.class_of_word(singular_phrase(kind).split()[-1]) if kind.split() else None


def a_compound_plural(kind: str) -> bool:
    """ "Control flows", "Failure modes", "Den shapes": a plural of two or three words that names a kind of thing,
    not a remark ("Open questions") nor a doing ("Choosing models")."""
    words = kind.split()
    return 2 <= len(words) <= 3 and singular_phrase(kind) != kind and " and " not in kind and not is_remark(kind) \
        and not opens_with_a_doing(kind) and not is_shell(singular_phrase(kind).split()[-1])


def names_a_class(kind: str) -> bool:
    """ "Inference frameworks", "Evaluation benchmarks": a plural whose head noun has a class, one kind of thing."""
    plural = singular_phrase(kind) != kind and " and " not in kind
    return plural and classify.class_of_word(kind.split()[-1]) is not None


# a link named for a piece of writing about a thing: "ReAct paper", "Anthropic blog post", "FAISS docs"
_A_WRITING = re.compile(rf"\s{WRITING_KINDS}$", re.IGNORECASE)


# "Papers to read", "Tools to try", "Books worth reading": a kind, then what the writer means to do with them
_TO_READ = re.compile(r"^(?P<kind>[\w -]{2,40}?)\s+(?:to\s+(?:read|try|check(?:\s+out)?|watch|know)|worth\s+(?:reading|a\s+look|knowing))" + LATER + "$",
                      re.IGNORECASE)


def _kind_to_read(title: str) -> str | None:
    """ "Tools to try" -> "Tools": a kind of the vocabulary's classes before what the writer means to do with them; None
    for any other title, and for pages ("Papers to read", "Videos worth watching"), which stay a list to read."""
    listed = _TO_READ.match(title.strip())
    return listed["kind"] if listed is not None and classify.class_of_label(singular_phrase(as_term(listed["kind"]))) else None


def member_of_heading(record: Record, heading: Heading, source: Source, extraction: Extraction) -> None:
    """A link listed under "JavaScript AI Libraries" is a JavaScript AI library: the heading names a
    kind of thing (its head noun has a class). Under a subject ("Agents", "Training Data") a link
    may be an instance or only about it (LangGraph is no agent), so it is only related to it."""
    if (kind_to_read := _kind_to_read(heading.title)) is not None:
        heading = Heading(heading.level, kind_to_read, heading.line)  # "### Tools to try" / "- [DenCam](url)": a tool
    if is_remark(heading.title) or _A_WRITING.search(record.label):
        return  # "### Links", "## Further reading", "- [ReAct paper](url)": pages to read, of no kind and on no one thing
    title = TITLE_LEAD.sub("", without_remark(heading.title))  # "## Den tools (my picks)": den tools; "Understanding X": X
    kind = singular_phrase(types_named(title) or as_term(title))  # "### Types of PEFT methods": PEFT methods
    cls = classify.class_of_label(kind)
    if cls is not None and fold(kind) == classify.headword(kind) and is_shell(kind):  # "Methods": the class says it all
        record.hint(classify.CATEGORY, cls)
        return
    # "## Merging methods": ways of merging, which is the doing itself (extraction.way_of_doing)
    if " / " in kind or (cls is None and re.search(r"\s(?:and|&)\s", kind)):
        record.hint(classify.CATEGORY, cls)  # "### RAG / agent frameworks": a framework, of one of two kinds
        return  # "### Data acquisition and annotation", "### Benchmarks / leaderboards": two things, a link under it no more of one than the other
    category = extraction.concept(Phrase(kind, (), None, False), Source(source.file, heading.line), None)
    if cls is None:
        extraction.state(record, "relatedTo", category, source.by("link-under-heading"))
        return
    record.hint(classify.CATEGORY, cls)
    extraction.state(record, "isA", category, source.by("heading-kind"))


def in_a_section_of_its_own(paragraph: Paragraph, entry: Entry | None) -> bool:
    """A paragraph of a note (kg.ingest.vault) under a heading of the note that names a thing ("# Den sealing" / "## Indirect
    den sealing"): the kinds it counts are that thing's, not the note's."""
    return entry is not None and entry.note and any(heading.level > 1 for heading in paragraph.headings) \
        and heading_named(paragraph.headings[-1]) is not None


def thing_of_the_section(paragraph: Paragraph, extraction: Extraction, topic: str) -> Record | None:
    """What the heading above a paragraph or a top-level item names ("### Gateway" / "- examples: Portkey,
    Kong": the gateway's), for a list that no entry owns; None under a heading that names nothing."""
    if paragraph.parents or not paragraph.headings or (named := heading_named(paragraph.headings[-1])) is None:
        return None
    return extraction.concept(noun_phrase(named), Source(paragraph.file, paragraph.headings[-1].line), topic)


def cited_under_heading(paragraph: Paragraph, extraction: Extraction) -> None:
    """ "### LoRA" / "- Hu et al., 2021 (Microsoft). don't update W ...": a first line under a heading that names a
    thing and opens on a citation says who made the thing (the authors, and an organisation after them)."""
    if paragraph.term or CITED_FIRST.match(paragraph.text) is None or is_remark(paragraph.headings[-1].title) \
            or (thing := thing_of_the_section(paragraph, extraction, None)) is None:
        return  # not "### Notes" / "- Smith and Jones, 2020.": a heading of remarks names no thing
    state_cited(thing, paragraph, extraction)


def said_of_the_heading(paragraph: Paragraph, labelled: bool) -> str | None:
    """What the heading above names, when a paragraph right under it speaks of it with no subject of its
    own: a `labelled` line whose label is a relation ("## Agents" / "Failure modes: A, B, C") or a word for tools
    ("## Den sweeping" / "- libs: A, B", used for it), or an item that opens on its verb ("## Attention" / "- uses a query
    vector, key vectors, value vectors") or on "vs" ("- vs moss lining: ...")."""
    if paragraph.parents or not paragraph.headings:
        return None
    relation = label_relation(paragraph.text.split(":")[0]) if labelled else None
    kinds = labelled and _KINDS_LABEL.fullmatch(paragraph.text.split(":")[0].strip()) is not None  # "## PEFT" / "- Two types: A, B"
    tools = labelled and _TOOLS_LABEL.fullmatch(paragraph.text.split(":")[0].strip()) is not None  # "## Den sweeping" / "- libs: A, B": for it
    said = relation is not None or kinds or tools or paragraph.item is not None and (a_predicate(paragraph.text) or VS_FIRST.match(paragraph.text)
                                                                                   or _USED_OR_GOOD.match(paragraph.text))
    spoken_of = heading_spoken_of(paragraph.headings)
    troubled = troubled_by_section(as_term(spoken_of.title)) if said and relation == "suffersFrom" and spoken_of else None
    named = troubled or heading_named(spoken_of) or _asked_of(spoken_of) if said else None  # "## Limits of moss dens" / "- 3 limitations: A": moss dens
    if named is not None and relation == "suffersFrom" and names_a_defense(named):
        return None  # "## Defensive prompt engineering" / "- risks: data leaks": what it defends against, no trouble of its own
    return named if named is not None and not is_remark(named) else None  # not "### Thoughts" / "- does X count as Y?"


def _asked_of(heading: Heading) -> str | None:
    """ "### Q: what is den sealing?" / "- 3 parts: A, B": what the question asks about, of which the lines under it
    speak as they would under "## Den sealing" (not "### How do moss and clay differ?": two things)."""
    about = asked_about(heading.title)
    return _named_by_title(about) if about else None


# "supported in DenKit, SettLab", "useful for wet dens", "based on clay": who uses the heading's thing or what it serves, an item with no
# subject of its own (not "trained on web data", which may be said of what a line before names)
_USED_OR_GOOD = re.compile(r"(?:(?:very|really|mostly|mainly|often|usually|commonly|widely|also|especially)\s+)?(?:(?:used|supported|adopted|implemented)"
                           r"\s+(?:in|by|for|with)|(?:based|built)\s+(?:on|upon)|(?:useful|good|great|handy|ideal|helpful)\s+(?:for|when|with))\s", re.IGNORECASE)
_TOOLS_LABEL = re.compile(r"(?:tools|libs|libraries|frameworks|packages)", re.IGNORECASE)  # over names used for what the heading names
# a label of the kinds listed after it: "Two types", "3 main families", "Variants"; not "categories" uncounted, often of what a quality covers
_KINDS_LABEL = re.compile(r"(?:(?:two|three|four|five|six|\d+)\s+(?:main\s+|broad\s+)?(?:types|kinds|families|variants|categories|flavou?rs)"
                          r"|types|kinds|variants)", re.IGNORECASE)
_A_DEFENSE = re.compile(r"\b(?:defen[cs]es?|defensive|mitigations?|safeguards?|guardrails?|protections?|prevention)\b", re.IGNORECASE)


def names_a_defense(named: str) -> bool:
    """ "Defensive prompt engineering", "Hallucination mitigation": a heading over defenses and what they defend against
    both, the risks and attacks no trouble or member of its own."""
    return _A_DEFENSE.search(named) is not None


# "### What perplexity is actually used for": its uses, listed below
_WHAT_FOR = re.compile(r"^what\s+(?P<thing>[\w -]{2,40}?)\s+(?:is|are|can\s+be)\s+(?:actually\s+|really\s+|mostly\s+)?(?:used|good|useful)\s+for\??$", re.I)
# "### Reasons to seal", "## Why use moss dens", "## Why finetune?": what the doing or the thing is used for
_REASONS_FOR = re.compile(r"^(?:(?:the\s+)?(?:main|key|top|good|\d+|two|three|four|five)\s+)?(?:reasons\s+(?:to|for)|why(?:\s+to)?)\s+"
                          r"(?P<use>(?:use|using|add|adding|adopt|choose|pick)\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+){0,3}?)\s*\??$", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)  # asked again of a section's headings for each item under them
def _used_for_by_the_heading(headings: tuple[Heading, ...]) -> str | None:
    """What the last heading asks the uses of ("What moss is used for") or gives the reasons to do or use: "Reasons to
    seal" (sealing, or "den sealing" under "## Den sealing"), "Why use moss dens"; None for a question with a clause of
    its own ("Why did it fail?")."""
    if (asked := _WHAT_FOR.match(as_term(headings[-1].title))) is not None:
        return asked["thing"]
    if (reasons := reasons_for(headings[-1].title)) is None or not reasons[1]:
        return reasons[0] if reasons else None
    above = heading_named(headings[-2]) if len(headings) > 1 else None
    return above if above and fold(above).split()[-1] == reasons[0].lower() else reasons[0]  # "## Den sealing": den sealing


def _the_doing_of(doing: str, label: str) -> bool:
    """ "synthesizing" of "Data Synthesis", "distilling" of "Model distillation": a doing whose stem the label's last word opens
    with, the same word made a noun (not "sealing" of "Den care")."""
    if " " in doing or not doing.endswith("ing"):
        return False
    stem, last = doing[:-3].lower(), label.split()[-1].lower()
    shared = len(os.path.commonprefix([stem, last]))
    return shared >= 5 and shared >= len(stem) - 2


def reasons_for(title: str) -> tuple[str, bool] | None:
    """What a title or a label gives the reasons to do or use, and whether it is a doing: "Reasons to seal" (sealing),
    "Why use moss dens" (moss dens); None for a question with a clause of its own ("Why did it fail?") or "Why RAG"."""
    found = _REASONS_FOR.match(as_term(title))
    if found is None or clauses.has_finite_verb(found["thing"]):
        return None
    if not found["use"] and " " not in found["thing"] and found["thing"].islower() \
            and ("VERB" in (known := tagger.readings(found["thing"])) or not known):  # "to finetune": a verb the dictionary lacks
        return tagger.gerund(found["thing"]) or found["thing"], True  # "Reasons to seal": sealing
    known_noun = "NOUN" in tagger.readings(found["thing"].split()[-1].lower()) or found["thing"][:1].isupper()
    reasons = as_term(title).lower().startswith(("reason", "main reason", "key reason", "top reason"))
    return (found["thing"], False) if found["use"] or (known_noun and reasons) else None  # "Why RAG": why it matters


_EQUATED = re.compile(r"\s*(?:=|:|—|–)\s*|\s+-\s+")  # "Den stack — 3 layers" too, its dash written "-" by as_term


def said_by_the_section(paragraph: Paragraph, extraction: Extraction, note: Record | None = None) -> tuple[Record, str] | None:
    """(thing, relation) of the items of a section whose heading is a label of a relation, under a heading
    that names the thing: "## Den judges" / "### Limitations" (suffers from each), "### Use cases" (used for each),
    "### Examples" (each named one an example of it);
    or a heading that names both ("## Drawbacks of moss dens"); or, in a `note` on a concept with no heading over
    its own, the note's concept ("Den.md" / "- ## Limitations" / "  - cold walls", as Logseq writes pages)."""
    if paragraph.headings and (used := _used_for_by_the_heading(paragraph.headings)) and keep(thing := noun_phrase(used)):
        named = note.final().label if note is not None else file_name(paragraph.file)
        if named and _the_doing_of(used, named):  # "Data Synthesis.md" / "- ## Why synthesize": what data synthesis is used for
            return note or extraction.concept(noun_phrase(named), Source(paragraph.file, paragraph.headings[-1].line), None), "usedFor"
        return extraction.concept(thing, Source(paragraph.file, paragraph.headings[-1].line), None), "usedFor"  # "### What X is used for"
    whole, counted = (_EQUATED.split(as_term(paragraph.headings[-1].title), maxsplit=1) + [""])[:2] if paragraph.headings else ("", "")
    if COUNTED_PARTS.fullmatch(counted) and keep(thing := noun_phrase(whole)):  # "## Digging = 2 steps", "## Den care: three phases"
        return extraction.concept(thing, Source(paragraph.file, paragraph.headings[-1].line), None), "contains"
    if paragraph.headings and (troubled := troubled_by_section(as_term(paragraph.headings[-1].title))) and keep(thing := noun_phrase(troubled)):
        return extraction.concept(thing, Source(paragraph.file, paragraph.headings[-1].line), None), "suffersFrom"  # "## Drawbacks of X"
    asked = bare_question(paragraph.headings[-1].title).rstrip(" ?") if paragraph.headings else ""
    if (rival := ALTERNATIVES_TO.match(asked)) is not None and keep(thing := noun_phrase(rival["other"])):  # "### Q: any alternatives to X?"
        return extraction.concept(thing, Source(paragraph.file, paragraph.headings[-1].line), None), "contrastsWith"
    title = as_term(paragraph.headings[-1].title) if paragraph.headings else ""
    if not title or (relation := "hasExample" if EXAMPLES_FOLLOW.match(title) else label_relation(title)) is None:
        return None  # "### Examples": what the thing above has as examples
    if relation == "contains" and not paragraph.wikilinks and (whole := whole_of_parts(title)) is not None and keep(thing := noun_phrase(whole)):
        return extraction.concept(thing, Source(paragraph.file, paragraph.headings[-1].line), None), relation  # "## Den care steps"
    if len(paragraph.headings) < 2:
        return (note, relation) if note is not None else None
    above = paragraph.headings[-2]
    if names_the_notes(above.title) or (above.level == 1 and not title_name(above.title)):
        return None  # "# Reading notes, week 7" / "## Challenges": the notes' own, of no thing
    named = heading_named(above)
    return (extraction.concept(noun_phrase(named), Source(paragraph.file, above.line), None), relation) if named else None
