"""One note per concept (Obsidian, Logseq, Foam, a wiki of pages): which concept a note is about,
and what the folders it sits in say of it.

A note is about one concept when its front matter names it (`title`, `aliases`), when it opens with
its only top-level heading ("# Chain-of-Thought Prompting"), or, in a collection of several notes,
when it has no top-level heading and its file name is a name ("GRU.md", "Learning Rate.md").
A file of many entries under several headings (the owner's chapter notes) is none of these.

Folders are topics; a folder whose name is a kind of thing ("Traditional_Models",
"Layers_&_Architectures") makes the notes in it kinds of that thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from kg.ingest import classify, clauses, tagger
from kg.ingest.claims import Claim
from kg.ingest.entries import Entry
from kg.ingest.extraction import Extraction, Topic
from kg.ingest.lexicon import Record
from kg.ingest.makers import state_cited
from kg.ingest.markdown import Cell, Link, NotesFile, Paragraph
from kg.ingest.note_names import names_two, note_name, without_export_id
from kg.ingest.opening_links import opening_links
from kg.ingest.modifiers import EVALUATIVE, is_shell, without_judgement
from kg.ingest.marks import ARROW
from kg.ingest.namings import TYPE_WORDS, label_relation
from kg.ingest.remarks import DOCUMENT_PARTS, WRITING_KINDS, is_remark
from kg.ingest.terms import POINTER
from kg.ingest.versus import VS
from kg.source import Source
from kg.ingest.nouns import Phrase, a_place_in_the_notes, noun_phrase, opens_with_a_doing
from kg.ingest.categories import category_named, counted_groups, parts_named, types_named
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.tagger import names_a_concept
from kg.labels import as_term, clean, fold, key

# File names that name a document, not a concept
_DOCUMENT_NAMES = {"readme", "index", "notes", "note", "todo", "changelog", "license", "licence", "contributing",
                   "summary", "overview", "introduction", "intro", "untitled", "home", "about", "glossary"}
# "Reading log", "RAG cheat sheet", "Week's takeaways": a name whose head word is a kind of document
_DOCUMENT_HEADS = re.compile(r"\b(?:log|journal|diary|notes|cheat\s*sheet|scratchpad|recap|digest|highlights|takeaways|checklist|faq|"
                             r"reflections|transcript|minutes)$", re.IGNORECASE)
# "AI Engineering - Index", "Dens: contents": a page that only lists the notes of a book or a subject
_HUB = re.compile(r"(?:\s[-–—]|:)\s*(?:index|contents|table of contents|toc|home|hub)$"
                  r"|^(?:index|contents|table of contents|toc|home|hub)\s*(?:[-–—:]|\s(?:of|for|to)\s)", re.IGNORECASE)  # "Index - Dens ch1" too
_WRITING = re.compile(WRITING_KINDS, re.IGNORECASE)
_HUB_WORDS = frozenset({"index", "contents", "table of contents", "toc", "hub"})  # "# Index" alone
# "What is X?", "Understanding X", "An Introduction to X": the words around a title's name
_ASKS = re.compile(r"\s*(?:why|how|when|where|which|who|should)\s", re.IGNORECASE)
TITLE_LEAD = re.compile(r"^(?:what\s+(?:is|are)|understanding|(?:an?\s+)?introduction\s+to|intro\s+to|about)\s+", re.IGNORECASE)
# "NLP glossary", "Glossary of NLP", "Key terms in RAG", "Agent terminology": a glossary and what it is of
_GLOSSARY = re.compile(r"^(?:(?:(?:glossary|terminology|vocabulary)\s+(?:of|in|for)|(?:key\s+)?terms\s+(?:in|for))\s+(?:the\s+)?(?P<after>.+)"
                       r"|(?P<before>.+?)\s+(?:glossary|key\s+terms|terms|terminology|vocabulary|jargon))$", re.IGNORECASE)


@dataclass(frozen=True)
class NoteSubject:
    """The concept a note is about: its name as written, its aliases and the line that names it."""

    name: str
    aliases: tuple[str, ...]
    line: int


def note_subject(notes: NotesFile, in_collection: bool) -> NoteSubject | None:
    """The concept the whole note is about, or None for a file of many concepts (a title that joins two
    names, "Jailbreaking and prompt injection", "System prompt vs user prompt", is about each of them; one named by what it
    claims, "Training data shapes model capability", of the concepts it links)."""
    subject = _note_subject(notes, in_collection)
    return None if subject is not None and (names_two(subject.name) or clauses.names_a_claim(subject.name)) else subject


def _note_subject(notes: NotesFile, in_collection: bool) -> NoteSubject | None:
    aliases = tuple(str(a) for a in notes.front_matter.get("aliases", ()))  # type: ignore[union-attr]
    title = notes.front_matter.get("title") or _page_title(notes)
    if isinstance(title, str) and title.strip():
        # "title:: AI Engineering - ch8 dataset engineering": a page of notes on a chapter, of many concepts
        # "title: Why your LLM is (probably) memory-bound": a post that asks or argues, of many concepts
        return NoteSubject(clean(title), aliases, 1) if not DOCUMENT_PARTS.search(title) and not _ASKS.match(title) \
            and fold(title) not in _DOCUMENT_NAMES else None  # "title: Notes": a document, of many concepts
    top = [h for h in notes.headings if h.level == 1]
    entries = sum(1 for p in notes.paragraphs if p.term)  # "- **Term:** ..." or "**Term:** ..." on lines of their own
    if len(top) == 1 and notes.headings[0] is top[0] and in_collection:
        if types_named(top[0].title) or parts_named(top[0].title) or glossary_of(top[0].title):
            return None  # "# Elements of a Prompt", "# Types of Attention": its terms are the concepts
        name, stem = title_name(top[0].title), fold(file_name(notes.path))
        if stem and (fold(name) in _DOCUMENT_NAMES or re.fullmatch(rf"(?:\S+ ){{1,3}}(?:of|to|about|on) (?:the )?{re.escape(stem)}(?: \S+){{0,2}}", fold(name))):
            # "# Introduction: The Transformer Revolution" in Transformers.md, "The Chronicles of LSTM" in
            # LSTM.md, "The Legend of the Vanishing Gradient Curse": a title about the file's concept
            name = file_name(notes.path)
        if entries >= 3 and not (stem and (fold(name) in stem or stem in fold(name))):
            return None  # a title over many bold-term entries, not the file's name: chapter notes, a glossary
        return NoteSubject(name, aliases, top[0].line) if name and names_a_concept(name) else None
    if top or not (in_collection or aliases):
        return None
    name = file_name(notes.path)
    return NoteSubject(name, aliases, 1) if name and names_a_concept(name) and not glossary_of(name) else None


def _page_title(notes: NotesFile) -> str | None:
    """A Logseq page's `title::` property, in the block that opens the page; of a page in a namespace, its own name
    ("tools/Den Radar": Den Radar, as a link to it names it; not "A/B testing", "AI/ML", names whole)."""
    opening = notes.paragraphs[:3]  # the page's properties: "- title:: ...", "- tags:: ...", one block each or one
    title = next((field.values[0] for p in opening for field in p.fields if field.name.lower() == "title" and field.values), None)
    return title.rpartition("/")[2] if title and "/" in title and all(len(part.strip()) > 2 for part in title.split("/")) else title


def glossary_of(name: str) -> str | None:
    """What a glossary is of, by its name: "NLP glossary" -> "NLP", "Key terms in RAG" -> "RAG"; None
    for any other name, and for a glossary of no field ("Important terms")."""
    match = _GLOSSARY.match(clean(name).strip(" :"))
    scope = as_term((match["after"] or match["before"]).strip(" -–—:")) if match else ""  # "AI Engineering — glossary"
    return scope if scope and len(scope.split()) <= 4 and names_a_concept(scope) else None


def title_name(title: str) -> str:
    """The name in a note's title: "What is Groq?" -> "Groq", "LLaMA: Open and Efficient ..." -> "LLaMA"."""
    parts = title.split(": ")
    # "Paper: LoRA: Low-Rank Adaptation of ...", "Thread: what I learned": the kind of writing first, then its name
    parts = parts[1:] if len(parts) > 1 and _WRITING.fullmatch(parts[0].strip()) else parts
    name = note_name(parts[0].strip().rstrip("?!."))  # "# Dens MOC": a map of the notes on dens
    name = re.sub(r"^(?:the|a|an)\s+", "", TITLE_LEAD.sub("", name).strip(), flags=re.IGNORECASE)
    return name if 0 < len(name.split()) <= 6 and not DOCUMENT_PARTS.search(name) and not _DOCUMENT_HEADS.search(name) \
        and not _HUB.search(title.strip()) and fold(name) not in _HUB_WORDS else ""


def file_name(path: str) -> str:
    """A note's file name as a name: "Learning_Rate.md" -> "Learning Rate"; "" for README, index, ..."""
    stem = note_name(re.split(r"___|%2F", PurePosixPath(path).stem, flags=re.IGNORECASE)[-1].split("--")[-1])  # "tools___Den Radar": Logseq's namespace
    name = clean(re.sub(r"[_]+", " ", stem))
    numbered = re.sub(r"[\W\d_]+$", "", name.lower())  # "glossary2", "notes-3": a document's name still
    if not name or numbered in _DOCUMENT_NAMES or len(name.split()) > 6 or not re.search(r"[A-Za-z]", name) \
            or DOCUMENT_PARTS.search(name) or _DOCUMENT_HEADS.search(name) or _HUB.search(name):
        return ""
    return name


def names_the_notes(title: str) -> bool:
    """ "Notes on burrows", "Summary: chapter 3", "Week 6 — RAG": a title that speaks of the notes themselves."""
    words = title.split()
    return bool(words) and (words[0].lower().strip(":") in _DOCUMENT_NAMES or DOCUMENT_PARTS.search(title) is not None)


def folders(path: str) -> list[str]:
    """The folders a note sits in below the notes folder, outermost first, as names."""
    parts = PurePosixPath(path).parts[1:-1]  # parts[0] is "notes"
    return [clean(re.sub(r"[_]+", " ", without_export_id(part))) for part in parts if clean(part)]


def folder_kind(name: str) -> tuple[str, str] | None:
    """(label, class) when a folder names a kind of thing ("Traditional Models" -> "traditional model",
    ModelType), else None: "Evaluation" or "Fundamentals" name a subject, not members."""
    written = as_term(name)
    last = re.split(r"\s(?:&|and)\s", written)[-1]  # "Layers & Architectures": each side a kind
    if singular_phrase(last) == last:
        return None  # not plural: a subject
    cls = classify.class_of_label(singular_phrase(last))
    if cls is None:
        return None  # no class of the vocabulary heads it
    return (written if last != written else singular_phrase(written)), cls


def file_folders(notes: NotesFile, extraction: Extraction) -> None:
    """The folders a notes file sits in, as topics; the innermost is the file's."""
    parent = None
    names = folders(notes.path)
    for depth, name in enumerate(names, 1):
        key = "folder:" + "/".join(names[:depth])
        extraction.topics.setdefault(key, Topic(key, name, Source(notes.path, 1), parent, False))
        parent = key
    if parent:
        extraction.file_topics[notes.path] = parent


_WAYS = re.compile(r"^(?:(?:\d+|two|three|four|five|six|several|different)\s+)?(?:main\s+)?(?:ways|methods|approaches|techniques)\s+"
                   r"(?:to|of|for)\s+(?P<verb>[a-z]+)", re.IGNORECASE)


def lists_kinds_of_the_note(title: str, note: str) -> bool:
    """Whether a section of the note on `note` lists its kinds: "## Types", "## Variants", "## Two buckets",
    and "## 3 ways to merge" in the note on model merging (the heading's verb is the doing the note names)."""
    if singular_phrase(without_judgement(title)).lower() in TYPE_WORDS or counted_groups(f"{title}:") == "":  # "## Main variants"
        return True
    found, last = _WAYS.match(title), note.split()[-1].lower() if note.split() else ""
    if found is None or not last.endswith("ing"):
        return False
    lemmas = tagger.readings(found["verb"].lower()).get("VERB", ())  # "merge" and "merging": one verb
    return bool(set(lemmas) & set(tagger.readings(last).get("VERB", ())))


def rows_of_its_kind(header: list[Cell], note: str) -> bool:
    """Whether a table right in the note on `note`, under no heading, lists its kinds: its first column headed by the
    word the note's concept ends on ("| format |" in "Numerical Formats") or by a word for kinds ("| variant |")."""
    first = singular_phrase(fold(header[0].text)) if header else ""
    return first in TYPE_WORDS or (bool(first) and " " not in first and first == singular_phrase(fold(note)).split()[-1])


def section_of_items(paragraph: Paragraph, entry: Entry | None, extraction: Extraction) -> tuple[Record, bool] | None:
    """The concept a section of a note names, whose items open with links, and whether it is a kind
    of them: "## Synthesis" in a map of content, "## Sources" (each is a source); none for the note's
    title, a remark ("## Related", "## See also") or a sentence."""
    # with no note, a map of content titled by its chapter ("# Ch 9 — X (MOC)"); an item that defines its link
    # ("- [[X]] = ...") opens its own entry, and one in the entry of another term is no item of a section
    in_another_entry = entry is not None and not entry.note and not any(
        link.start == 0 and fold(link.text) in map(fold, entry.records[0].final().labels()) for link in paragraph.wikilinks)
    if in_another_entry or paragraph.item is None or not paragraph.headings or paragraph.parents \
            or (len(paragraph.headings) < 2 and paragraph.headings[0].level == 1):  # the note's title
        return None
    heading = paragraph.headings[-1]
    title = as_term(heading.title)
    if entry is not None and entry.note and lists_kinds_of_the_note(title, entry.records[0].final().label):
        return entry.records[0].final(), True  # "## Variants", "## Two buckets" / "- [[QLoRA]]" in the note on LoRA: its kinds
    words = 3  # a title of more words is a sentence or a description, no area
    if names_a_concept(title) and tagger.tagged(title)[-1][1] == "JJ":  # "## Service-level" in the note on den optimization: which
        note = extraction.note_concepts.get(paragraph.file)  # kind of it, its noun left unsaid (none in no note)
        title, words = f"{title} {as_term(note.final().label)}" if note is not None else "", 4
    if len(title.split()) > words or is_remark(title) or POINTER.match(f"{title}:") or not names_a_concept(title) or is_shell(title) \
            or _A_MAP.fullmatch(title) or lists_kinds_of_the_note(title, "") \
            or re.search(r"\s(?:&|and|\+)\s", title) or VS.search(title):  # "## Bottlenecks & metrics", "## Digging vs sealing": two things, no one area;
        return None  # "## Techniques": no area; "## Two main types" under an item's own entry: kinds of the note, stated with it
    kind = None if opens_with_a_doing(title) else category_named(f"{title}:")  # "## Understanding models": a doing's area
    if kind is not None and len(words := kind.split()) > 1 and words[-1] in ("step", "stage", "phase"):
        kind, title = None, " ".join(words[:-1])  # "## Den care steps" / "- [[Sweeping]]": a step den care includes, no kind of step
    return extraction.concept(noun_phrase(kind or title), Source(paragraph.file, heading.line), None), kind is not None


_A_MAP = re.compile(r"(?:the\s+)?(?:map|moc|map\s+of\s+contents?)", re.IGNORECASE)  # "## Map" over links: the vault's map of content


def state_section_item(section: tuple[Record, bool], item: Record, source: Source, extraction: Extraction) -> None:
    """ "## Curation" / "- [[Data Quality]]": a part of the section's area; "## Sources" / "- [[Web crawl]]": one of them, but
    "## Setts" / "- [[Sett doors]]" names something of a sett by the kind's word first, no sett, and the topic says enough."""
    words, head = item.final().label.lower().split(), section[0].final().label.lower().split()[-1]
    if section[1] and len(words) > 1 and singular_noun(words[0]) == singular_noun(head) != singular_noun(words[-1]):
        return
    extraction.state(*((item, "isA", section[0]) if section[1] else (section[0], "includes", item)), source.by("section-item"))


def open_note(subject: NoteSubject, notes: NotesFile, extraction: Extraction) -> Entry:
    """The concept a whole note is about, filed under the note's folders; a folder that names a kind
    of thing makes it one of them."""
    source = Source(notes.path, subject.line)
    parent = extraction.file_topics.get(notes.path)
    phrase = noun_phrase(subject.name)
    record = extraction.concept(Phrase(phrase.label, (*phrase.aliases, *subject.aliases), None, phrase.is_name), source, parent)
    record.votes[phrase.label] += 2  # the name a note is filed under outweighs a mention
    record.defined_at = record.defined_at or source
    extraction.note_concepts[notes.path] = record
    if (opening := next((p for p in notes.paragraphs if p.text.strip()), None)) is not None and not opening.headings and not opening.term:
        state_cited(record, opening, extraction)  # "- Kim et al. 2021 — interleaves digging and resting": who made it
    kept_in = folders(notes.path)
    if kept_in and (kind := folder_kind(kept_in[-1])):
        label, cls = kind
        category = extraction.concept(Phrase(label, (as_term(kept_in[-1]),) if label != as_term(kept_in[-1]) else (), None, False), source, parent)
        category.hint(classify.CATEGORY, cls)
        record.hint(classify.CATEGORY, cls)
        extraction.state(record, "isA", category, source.by("folder-kind"))
    return Entry([record], -1, False, record, note=True, pronouns=False, mentioned=True)  # its title named it


def defines_its_section(paragraph: Paragraph) -> bool:
    """ "## Logprobs" / "[[Logprobs]] = probabilities on a log scale": a paragraph of prose that opens
    on a link to what its section's heading names is that thing's entry, not a link in passing."""
    opening = next((link for link in paragraph.wikilinks if link.start == 0), None)
    return opening is not None and paragraph.item is None and bool(paragraph.headings) \
        and fold(opening.text) == fold(as_term(paragraph.headings[-1].title))


def defines_the_link(paragraph: Paragraph) -> bool:
    """ "- [[Kestrel]] — a den tool by Zorpco", "- [[Parallelism]]: replica, tensor": an item that opens on a link and
    sets off what follows by a dash or a colon says what the linked thing is, as a term's item does; not under "## Related"
    or "## See also", where the links are the note's."""
    opening = next((link for link in paragraph.wikilinks if link.start == 0), None)
    pointed = bool(paragraph.headings) and POINTER.match(f"{as_term(paragraph.headings[-1].title)}:") is not None
    return opening is not None and paragraph.item is not None and not pointed and _SET_OFF.match(paragraph.text, opening.end) is not None


# "(aka ", "(also called " still open before a link: the link is another name of what the item opens on
_ALSO_NAMED = re.compile(r"\((?:aka|a\.k\.a\.?|also\s+(?:known\s+as|called))\s[^()]*$", re.IGNORECASE)
# a label that says where a link leads in the order of the notes: "next:", "prev:", "up:", "back to:"
_NAVIGATION = re.compile(r"(?:^|[|·(←→]\s*)(?:next|prev|previous|up|back(?:\s+to)?|parent|home)\s*:\s*$", re.IGNORECASE)  # not "speeds up:"


def relate_links(paragraph: Paragraph, entry: Entry | None, current: Record | None, extraction: Extraction, topic: str) -> None:
    """What the wikilinks of a paragraph relate to: an item's opening link in a section of links is part of the
    section's area; any other link is related to what the item's own opening link names, else to what the
    item nested under speaks of when that opens on a link (an outline's block speaks of its parent's link:
    "- [[LIMA]] — ..." / "  - finetuned [[LLaMA]] 65B"), else to what the paragraph speaks of."""
    links = [link for link in paragraph.wikilinks if not clauses.names_a_claim(link.text) and not a_place_in_the_notes(link.text)
             and not VS.search(note_name(link.text))  # "[[Setts vs burrows]]": a note comparing two things, no one concept
             and not _NAVIGATION.search(paragraph.text, 0, link.start)]  # "next: [[Den care]]": the order of the notes, no relation
    opening = any(link.start == 0 for link in paragraph.wikilinks)  # no section's concept is made for items without links
    section = section_of_items(paragraph, entry, extraction) if opening and not paragraph.labelled else None  # a line above says what its list holds
    run = opening_links(paragraph)
    parent = extraction.linked_items.get((paragraph.file, paragraph.parents[-1])) if paragraph.parents else None
    own: Record | None = None
    for link in links:
        source = Source(paragraph.file, paragraph.line_at(link.start))
        target = extraction.concept(linked_phrase(paragraph, link), source, topic)
        if link.start == 0 and paragraph.item is not None:  # "- [[Kernel]]s + [[compiler]]s": two things, neither what the item speaks of
            joined = any(_TWO_JOINED.fullmatch(paragraph.text, link.end, other.start) for other in paragraph.wikilinks if other.start > link.end)
            own = extraction.linked_items[(paragraph.file, paragraph.item)] = None if joined else target
        if section is not None and link in run and " vs " not in link.text:  # "## Curation" / "- [[Data Quality]], [[Data
            # Coverage]] — ...": each link of the run the item opens with is within the section's area; "[[A vs B]]" of no one thing
            state_section_item(section, target, source, extraction)
        else:
            items_own = own if own is not target and source.line == paragraph.line else None  # the item's own opening link, on its line
            if items_own is not None and (re.search(r"[,·]\s*$", before := paragraph.text[: link.start]) and not re.search(rf":|{ARROW}", before)
                                          or _in_a_clause_of_its_own(paragraph, before.rfind(";"))):
                continue  # "- [[A]] vs a, [[B]], [[C]]": peers of the first ("[[A]]: [[B]], [[C]]", "[[A]] → [[B]], [[C]]" say what A holds)
            if items_own is None and parent is None and paragraph.parents and entry is not None and entry.note:
                continue  # "- [[Dens]]" / "  - cleaned in spring" / "    - with [[rakes]]": of what the unlinked item speaks of, unknown
            if items_own is not None and _ALSO_NAMED.search(paragraph.text, 0, link.start):
                extraction.lexicon.add_label(items_own, link.text)  # "- [[A]] (aka [[B]], AB)": another name of A, no concept of its own
                continue
            if (note := extraction.note_concepts.get(paragraph.file)) and (paragraph.item is None or source.line != paragraph.line) \
                    and _on_a_line_of_links(paragraph, link):
                items_own = note.final()  # "[[Den care]] · [[Setts]]" on a line of their own, below text: the note's
            if (about := items_own or parent or current) is not None:
                extraction.state(about, "relatedTo", target, Source(paragraph.file, source.line, "Curated", "wikilink"))


def _in_a_clause_of_its_own(paragraph: Paragraph, semicolon: int) -> bool:
    """ "- [[GPU]] mostly [[NVIDIA]]; also [[TPU]] by [[Google]]": after the semicolon a clause opens on a link, its subject,
    of which the item's opening link says nothing; "...; used in [[Llama 2]]" leaves its subject out, the item's."""
    opening = _ALSO.match(paragraph.text, semicolon + 1) if semicolon >= 0 else None
    return opening is not None and any(link.start == opening.end() for link in paragraph.wikilinks)


_ALSO = re.compile(r"\s*(?:(?:also|and|plus)\s+)?")
_TWO_JOINED = re.compile(r"s?\s*(?:\+|&|and|/)\s*")  # "[[A]]s + [[B]]s", "[[A]] & [[B]]": between the opening link and the next


def _on_a_line_of_links(paragraph: Paragraph, link: Link) -> bool:
    """ "[[Den care]], [[Setts]]": the link's line holds links and the marks between them, no words of its own."""
    start, end = paragraph.text.rfind("\n", 0, link.start) + 1, paragraph.text.find("\n", link.end)
    rest = paragraph.text[start:] if end < 0 else paragraph.text[start:end]
    end = start + len(rest)
    for other in sorted((l for l in paragraph.wikilinks if start <= l.start < end), key=lambda l: -l.start):
        rest = rest[: other.start - start] + rest[other.end - start:]
    return re.fullmatch(r"[\s,;·|/&+→←-]*", rest) is not None


def linked_phrase(paragraph: Paragraph, link: Link) -> Phrase:
    """What a link names; with its maker when a parenthesis follows it, alone on its item or before what sets off its
    definition: "- [[Alpaca]] ([[Stanford]])", "- [[Orca]] (Microsoft) — explanation tuning"."""
    aside = re.match(r"\s*\([^()]{1,40}\)(?=\s*$|\s*:\s|\s+[-–—=]\s)", paragraph.text[link.end:])
    if link.start == 0 and paragraph.item is not None and aside is not None \
            and (whole := noun_phrase(f"{link.text}{aside.group()}")).owner:
        return whole
    return noun_phrase(link.text)


# a colon, or a dash or an equals sign between spaces, and words after it
_SET_OFF = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:\s*:\s+\S|\s+[-–—=]\s+\S)")  # "[[Orca]] (Microsoft) — ...": its maker first


def outline_label(text: str) -> bool:
    """ "- parts: tunnel, nest chamber", "- examples: A, B", "- vs clay lining: ...": a label of what the note's concept has or is, in small
    letters as an outline's items often are; not a kind ("- libraries: A, B", members of it) nor an instruction."""
    label = re.match(r"([a-z]+(?: [a-z]+){0,2}):\s", text)
    return label is not None and (label_relation(label[1]) is not None or singular_phrase(label[1]) == "example" or label[1].startswith("vs "))


_JUDGING_A_LINK = EVALUATIVE | {"standard", "key", "most", "more", "very"}  # "the standard [[X]]": only before a link, as "standard deviation" shows


def linked_words(paragraph: Paragraph) -> dict[str, str]:
    """The words that name a note linked to, by their key: a wikilink's shown words where they differ from its target
    ("[[Data Acquisition|quantity]]"), and words that judge it before a link with them ("one of the standard [[den chores]]"):
    where a link starts, the writer says where the name starts."""
    shown: dict[str, str] = {}
    for link in paragraph.wikilinks:
        words = paragraph.text[link.start:link.end]
        if words != link.text:
            shown[key(words)] = link.text
        before = re.search(r"(?:\b[a-z][\w-]*\s+){1,2}$", paragraph.text[:link.start])
        judging = before[0].split() if before else []
        while judging and judging[0] not in _JUDGING_A_LINK:
            judging.pop(0)  # "of the standard": from the first judging word next to the link
        if judging and all(word in _JUDGING_A_LINK for word in judging):  # not "deep [[Den Digging]]": deep den digging, a kind
            shown[key(f"{' '.join(judging)} {words}")] = link.text
    return shown


def as_linked(claim: Claim, shown: dict[str, str]) -> Claim:
    """The claim with a wikilink's shown words ("quantity" of "[[Data Acquisition|quantity]]") naming the note linked to."""
    def target(phrase: Phrase | str) -> Phrase | str:  # "moss layer" of "[[Moss Lining|moss layers]]": the words as read, singular
        return noun_phrase(shown[found]) if isinstance(phrase, Phrase) and (found := key(phrase.label)) in shown else phrase
    return replace(claim, subject=target(claim.subject), object=target(claim.object))
