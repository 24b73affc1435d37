"""Markdown notes -> note items: headings and paragraphs with their bold term, links, inline fields
and line numbers; GFM tables, Mermaid diagrams and YAML front matter. Knows Markdown (through
markdown-it-py, with GFM tables) and nothing of RDF.

What is markup and never a name is taken out here: MDX `import`/`export` lines, HTML and JSX tags,
callout markers (`> [!note]`), emoji and numbering in headings, link markup in headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kg.ingest.front_matter import front_matter
from kg.ingest.emphasis import emphasized
from kg.ingest.entry_lines import SEPARATOR, entry_lines, label_run_on
from kg.ingest.link_rules import links_where_they_can_end
from kg.ingest.note_names import note_name
from kg.ingest.markup_lines import without_markup_lines
from kg.ingest.marks import example_title, holds_no_word, is_step_label, opens_a_callout, spell_dashes, title_words, unmarked, without_lead_marks
from kg.labels import clean, plain, shortens, without_symbols

# Obsidian / Dataview inline fields: `isA:: [[sparse model]]` on a line, or `[isA:: sparse model]`.
# a field opens its line as Dataview and Logseq write it, a spaced name on a preposition too ("part of:: X"); "A into::B", ":::" are cards
_FIELD_LINE = re.compile(r"^[ \t]*(?P<name>[A-Za-z][\w-]*(?:(?: [a-z][\w-]*){0,2} (?:of|for|by|on|to|with|in|as|from)(?=::[ \t]))?)::(?!:)[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
_TLDR = re.compile(r"^\s*TL;\s?DR\b\s*[:.-]?", re.IGNORECASE)
_HASHTAG = re.compile(r"(?:^|\s)#[A-Za-z][\w/-]*")  # Obsidian's tags in a heading ("Flashcards #flashcards"): markup
_ASKED = re.compile(r"(?:what|which|who|why|how|when|where|name|list|define|explain)\s", re.IGNORECASE)  # a card's question before "::"
_FIELD_BRACKET = re.compile(r"[\[(](?P<name>[A-Za-z][\w-]*)::[ \t]*(?P<value>[^\])\n]*)[\])]")
# "[[Folder/Note#Heading|shown]]": the note is named by its file's name, whatever folder holds it
_WIKILINK = re.compile(r"!?\[\[(?:[^\[\]|#\n]*/)?(?P<target>[^\[\]|#\n/]*)(?:#[^\[\]|\n]*)?(?:\|(?P<alias>[^\[\]\n]+))?\]\]")
# "1. ", "2.3 ", "IV. ", "Step 1:" before a heading's words are numbering, not part of the name
_NUMBERING = re.compile(r"^(?:(?:\d+[.)])+\d*(?:\s*[:.-])?|\d+(?:\s*[:.-])?(?!\s+[a-z])|[IVX]+\.)\s+")  # not "3 approaches", a count


@dataclass(frozen=True)
class Link:
    """A link in a paragraph: its text, where it points, and where the text stands in the paragraph."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Field:
    """An inline field: `name:: value`, written by a person to state what the text does not."""

    name: str
    values: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    line: int


@dataclass
class Paragraph:
    """One paragraph of a notes file, in a list item or not.

    `term` is a bold term that opens the paragraph (`**Token:** ...`), or a link set off like one
    (`term_linked`); `has_colon` tells whether a colon followed it; `text` is the rest, with links
    and wikilinks as their text and one "\\n" per source line; `lines[i]` is the file line of text
    line i. `item` identifies the list item the paragraph opens (None when it is not an item's first
    paragraph); `depth` is the list nesting.
    """

    file: str
    headings: tuple[Heading, ...]
    depth: int
    item: int | None
    parents: tuple[int, ...]
    term: str | None
    has_colon: bool
    text: str
    lines: tuple[int, ...]
    links: tuple[Link, ...] = ()
    wikilinks: tuple[Link, ...] = ()
    fields: tuple[Field, ...] = ()
    term_linked: bool = False  # the term is a link's text ("- [Evalkit](url): ..."): a page on it, as often as not
    equated: bool = False  # an equals sign sets the term off ("**X** (Kim, 2021) = ..."), which no writer uses for emphasis
    dashed: bool = False  # a dash sets the term off ("**Den sensors** - tools that ..."): a term, also in a note of a vault
    card: bool = False  # the answer of a question-and-answer card, read as a statement of its own
    emphasized: tuple[str, ...] = ()  # what it sets in bold or italics, in order (kg.ingest.emphasis)
    labelled: bool = False  # an item of a list that a line above says what it holds ("Tools for digging:"), not its heading

    @property
    def line(self) -> int:
        return self.lines[0]

    def line_at(self, offset: int) -> int:
        """The file line of a character offset in `text`."""
        return self.lines[min(self.text.count("\n", 0, offset), len(self.lines) - 1)]


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (links as their text) and the links in it."""

    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Table:
    """A GFM table: its header cells, its rows with their lines, the headings above it and the paragraph before it that introduces it."""

    headings: tuple[Heading, ...]
    header: tuple[Cell, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    caption: str | None
    line: int


@dataclass(frozen=True)
class Diagram:
    """A fenced Mermaid block: its text and the file line of its first line."""

    headings: tuple[Heading, ...]
    text: str
    line: int


@dataclass
class NotesFile:
    path: str
    title: Heading | None
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[tuple[Heading, tuple[Heading, ...], bool]] = field(default_factory=list)  # (heading, path, empty)
    tables: list[Table] = field(default_factory=list)
    diagrams: list[Diagram] = field(default_factory=list)
    front_matter: dict[str, object] = field(default_factory=dict)  # title, aliases, tags (other keys dropped)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, what): read around, worth a warning
    list_openers: set[int] = field(default_factory=set)  # the first item of each list, nested or not (in a quote, too)


# A run of three or more "[" opens no link and no wikilink ("[[X]]" takes two), but the parser looks
# for the end of a link label from each of them: escaped, all but the last two are text, parsed once.
_BRACKET_RUN = re.compile(r"\[{3,}")


def _escaped_run(match: re.Match[str]) -> str:
    return "\\[" * (len(match.group()) - 2) + "[["


def parse(text: str, path: str) -> NotesFile:
    """Parse Markdown `text` (from `path`, as it should be shown) into headings, paragraphs, tables
    and diagrams."""
    notes = NotesFile(path=path, title=None)
    if "\x00" in text:  # no character of a note: the parser would make it U+FFFD inside a label
        notes.problems.append((text.count("\n", 0, text.index("\x00")) + 1, "a NUL byte (\\u0000), left out"))
        text = text.replace("\x00", "")
    text, front, problems = front_matter(text)
    notes.front_matter.update(front)
    notes.problems.extend(problems)
    tokens = _parser().parse(_BRACKET_RUN.sub(_escaped_run, without_markup_lines(text)))
    spell_dashes(tokens)
    source_lines = text.split("\n")
    deepest = max(tokens, key=lambda t: t.level, default=None)
    if deepest is not None and deepest.level >= MAX_NESTING - 2:
        notes.problems.append(((deepest.map[0] + 1) if deepest.map else 1,
                               f"lists or quotes nested deeper than {MAX_NESTING // 2} levels: what lies deeper is not read"))
    trail: list[Heading] = []
    items: list[int] = []  # open list items, outermost first
    holding_headings: set[int] = set()  # "- ## Use cases" (Logseq): an item that holds a heading, no item of its own
    opened_item: int | None = None
    last_top: int | None = None  # the last item closed at the top of a list, which a "- - " item nests under
    last_section: list = [None, (), False]  # before the first heading: a section of no heading, in no list
    last_paragraph: tuple[int, str] | None = None  # (index of its closing token, its text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            level = int(token.tag[1])
            heading = Heading(level, heading_title(tokens[index + 1]), token.map[0] + 1)
            trail = [h for h in trail if h.level < level] + [heading]
            notes.headings.append(heading)
            if opened_item is not None:  # the heading opens its item: the items nested in it are the section's list
                holding_headings.add(opened_item)
                opened_item = None
            if level == 1 and notes.title is None and not notes.paragraphs:
                notes.title = heading
            last_section = [heading, tuple(trail), True]
            notes.sections.append(last_section)  # type: ignore[arg-type]
        elif token.type == "list_item_open":
            if opened_item is not None and len(items) > 1:  # "  - - passive phishing" under an entry: the first dash
                holding_headings.add(opened_item)  # opens an item that holds only this one, no item of its own
            elif opened_item is not None and len(items) == 1 and last_top is not None:
                items[-1] = last_top  # "- **ICL:** ..." / "- - **Zero-shot:** ...": the doubled dash nests it in the item before
            items.append(index)
            opened_item = index
        elif token.type == "list_item_close":
            closed = items.pop()
            last_top = closed if not items else last_top
            opened_item = None
        elif token.type in ("bullet_list_close", "ordered_list_close") and not items:
            last_top = None  # a list of its own after a heading or a paragraph nests under nothing before it
        elif token.type == "table_open":
            notes.tables.append(_table(tokens, index, tuple(trail), last_paragraph[1] if last_paragraph and last_paragraph[0] == index else None))
            last_section[2] = False  # the section is not empty
        elif token.type == "fence" and token.info.strip().lower().startswith("mermaid"):
            notes.diagrams.append(Diagram(tuple(trail), token.content, token.map[0] + 2))
            last_section[2] = False
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            first_line = tokens[index - 1].map[0] + 1
            for line, part in entry_lines(token, first_line, source_lines) if not items else [(first_line, token)]:
                paragraph = _paragraph(part, line, path, tuple(trail), [i for i in items if i not in holding_headings], opened_item)
                opened_item = None
                if paragraph.text or paragraph.term or paragraph.links or paragraph.wikilinks or paragraph.fields:
                    notes.paragraphs.append(paragraph)
                    if (run_on := label_run_on(paragraph, source_lines)) is not None:  # "- A" / "techniques:" / "- B": the next items' label
                        notes.paragraphs.append(run_on)
                    written = f"{paragraph.term}:" if paragraph.term and not paragraph.text.strip() else f"{paragraph.term} {paragraph.text}" \
                        if paragraph.term and not paragraph.has_colon else paragraph.text  # "**Den floors**" alone over a table: its label
                    last_paragraph = (index + 2, written)  # "**Latency** for LLMs splits into:": the bold term is a word of it
                    last_section[2] = False
    notes.sections = [tuple(s) for s in notes.sections]  # type: ignore[misc]
    notes.list_openers = {i for i, token in enumerate(tokens) if token.type == "list_item_open" and tokens[i - 1].type in ("bullet_list_open", "ordered_list_open")}
    return notes


MAX_NESTING = 100  # block levels the parser opens (a list item is two); CommonMark's preset stops at 20


@cache
def _parser() -> MarkdownIt:
    """CommonMark with GFM tables and strikethrough: what GitHub, Obsidian and most editors render.
    One parser for every file: building one compiles its rules (a third of a parse of a short note)."""
    return links_where_they_can_end(MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"]))


def heading_title(inline: Token) -> str:
    """A heading's words: link markup, emoji, numbering and tags taken out ("1. 🧩 [LLM](x)" -> "LLM",
    "Vision [[Transformers]]" -> "Vision Transformers", "Cards #review" -> "Cards")."""
    text, _links, term, _colon = _flatten(inline.children or [])
    title = clean(_take_wikilinks(f"{term} {text}" if term else text)[0])  # "Vision [[Transformers]]": its words
    title = title_words(_NUMBERING.sub("", without_symbols(_HASHTAG.sub("", title))).strip(" :-"))
    return clean(without_symbols(title))


_MARKS = {"✅": "yes", "✓": "yes", "✔": "yes", "✔️": "yes", "☑️": "yes", "❌": "no", "✗": "no", "✘": "no"}  # a cell's answer, a symbol


def _table(tokens: list[Token], start: int, trail: tuple[Heading, ...], caption: str | None) -> Table:
    header: list[Cell] = []
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    row: list[Cell] = []
    line = row_line = tokens[start].map[0] + 1 if tokens[start].map else 0
    for token in tokens[start + 1:]:
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            row, row_line = [], (token.map[0] + 1 if token.map else row_line)
        elif token.type == "inline":
            text, links, term, colon = _flatten(token.children or [])
            bare, wikilinks = _take_wikilinks(text)  # "| [[FP16]] | 16 |": the note's name, a link as a Markdown link is
            links, text = [*(_relocate(link, bare, len(text) - len(bare)) for link in links), *wikilinks] if bare != text else links, bare
            written = clean(f"{term}{':' if colon else ''}{'' if text[:1] in ',;' else ' '}{text}" if term else text) or _MARKS.get(token.content.strip(), "")  # "✅": yes
            shift = len(written) - len(clean(text))
            row.append(Cell(written, tuple(Link(l.text, l.url, l.start + shift, l.end + shift) for l in links)))
        elif token.type == "tr_close":
            if not header:
                header = row
            else:
                rows.append((row_line, tuple(row)))
    return Table(trail, tuple(header), tuple(rows), caption, line)


def _paragraph(inline: Token, first_line: int, path: str, trail: tuple[Heading, ...], items: list[int], opened: int | None) -> Paragraph:
    text, links, term, has_colon = _flatten(inline.children or [])
    text = _TLDR.sub(lambda m: " " * len(m.group()), text)  # "TL;DR - use RAG first": a label, no words ("TL" had become a subject)
    lines = tuple(first_line + i for i in range(text.count("\n") + 1))
    written = text
    text, fields = _take_fields(text, lines)
    text, wikilinks = _take_wikilinks(text)
    if term is not None and (whole := _WIKILINK.fullmatch(term.strip())) and whole["target"].strip():
        term = whole["target"].strip()  # "**[[Batch Size]]**: ...": the entry is the note it links to
    term = _take_wikilinks(term)[0] if term is not None and "[[" in term else term  # "**Class [[Imbalance Handling]]**": its words
    if text != written:  # fields and wikilinks only shorten the text: a link moved back by at most that much
        links = [_relocate(link, text, len(written) - len(text)) for link in links]
    lead = len(text) - len(text.lstrip())
    linked = term is not None and any(l.start == l.end == 0 and l.text == term for l in links)
    links = tuple(Link(l.text, l.url, l.start - lead, l.end - lead) for l in links if l.start >= lead)
    wikilinks = tuple(Link(l.text, l.url, l.start - lead, l.end - lead) for l in wikilinks if l.start >= lead)
    after = _after_bold(inline.children or []) if term is not None else ""  # what sets the term off
    return Paragraph(
        file=path,
        headings=trail,
        depth=len(items),
        item=opened,
        parents=tuple(items[:-1]) if opened is not None else tuple(items),
        term=term,
        term_linked=linked,
        equated=_EQUALS_NEXT.match(after) is not None,
        dashed=_DASH_NEXT.match(after) is not None,
        has_colon=has_colon,
        text=re.sub(rf"(?:{_HASHTAG.pattern})+\s*$", "", text).strip(),  # "- example: [[Clay Den]] #digging": tags, markup
        lines=lines[text.count("\n", 0, lead):],
        links=links,
        wikilinks=wikilinks,
        fields=fields,
        emphasized=emphasized(inline.children or []),
    )


_EQUALS_NEXT = re.compile(r"\s*(?:\([^()]*\)\s*)?=\s")  # "= ...", "(Hinton et al., 2015) = ..."
_DASH_NEXT = re.compile(r"\s+[-–—]\s")  # "**Specialized judges** - small models ...", never "**Note** -- see"


def _after_bold(children: list[Token]) -> str:
    """The text right after the first bold run ("" when no text follows one)."""
    closing = next((k for k, c in enumerate(children) if c.type == "strong_close"), None)
    return children[closing + 1].content if closing is not None and closing + 1 < len(children) and children[closing + 1].type == "text" else ""


# "[Evalkit](url) by Acme Research: A framework ...", "**X:** by Zorp DeepDen. Steps: ...", "from Zorp (Kim, 2024)": who made it
MADE_BY = re.compile(r"^\s*(?:by|from)\s+(?P<maker>[A-Z][\w&'-]*(?:\.[\w&'-]+)*(?:\s+(?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*|and|&|of)){0,4})(?::\s*|\s+[-–—]\s+|\.\s+|\.?$|\s(?=\())")


def _link_term_at(children: list[Token], i: int) -> bool:
    """A link that opens a list item and is set off from what follows like a term: "[X](url): ...",
    "[X](url) - ..."."""
    return (i + 3 < len(children) and children[i].type == "link_open" and children[i + 1].type == "text"
            and not str(children[i].attrs.get("href", "")).startswith("#")
            and children[i + 2].type == "link_close" and children[i + 3].type == "text"
            and (SEPARATOR.match(children[i + 3].content) or MADE_BY.match(children[i + 3].content)) is not None
            and bool(children[i + 3].content.strip(" :-–—")))


def _numbers_a_step(children: list[Token], i: int) -> bool:
    return i + 1 < len(children) and children[i + 1].type == "strong_open" and is_step_label(children[i].content)


def _flatten(children: list[Token]) -> tuple[str, list[Link], str | None, bool]:
    """Plain text of inline tokens, with the links found in it and a leading bold term."""
    parts: list[str] = []
    links: list[Link] = []
    term: str | None = None
    has_colon = False
    link_start: int | None = None
    link_url, link_part = "", 0
    position = 0
    i, lead = 0, ""
    if children and children[0].type == "text" and opens_a_callout(children[0].content):
        # "> [!tip] Title" then the body: the title is a label for the box, not a sentence of the notes
        breaks = [k for k, c in enumerate(children) if c.type in {"softbreak", "hardbreak"}]
        i = breaks[0] + 1 if breaks else 0
        if breaks and (title := example_title(children[0].content)):  # "> [!example] SWE-agent": an example named, then told
            parts.append(f"e.g. {title}:\n")
            position += len(parts[-1])
    # what opens the text and is no word: spaces, a callout marker, emoji, HTML tags, a step's number before a bold term
    while i < len(children) and (children[i].type == "html_inline" or (children[i].type == "text" and (
            holds_no_word(children[i].content) or _numbers_a_step(children, i)))):
        i += 1
    if i < len(children) and children[i].type == "text":
        lead = without_lead_marks(children[i].content)
    if i + 2 < len(children) and children[i].type == "strong_open" and children[i + 1].type == "text":
        closing = next((k for k, c in enumerate(children) if c.type == "strong_close"), None)
        if closing is not None:
            term = clean("".join(c.content for c in children[i + 1 : closing]))
            i = closing + 1
            if term.endswith(":"):
                term, has_colon = term[:-1].strip() or None, True  # "**:**" alone is no term
    elif _link_term_at(children, i):  # "- [HuggingGPT](url) - an LLM-powered agent ...": the link names the entry
        term = clean(children[i + 1].content)
        links.append(Link(term, str(children[i].attrs.get("href", "")), 0, 0))
        i += 3
    for number, child in enumerate(children[i:], i):
        piece = ""
        if child.type == "text" and number == i and lead and term is None:
            piece = unmarked(plain(lead))
        elif child.type == "text":
            piece = unmarked(plain(child.content))
        elif child.type == "code_inline":
            piece = plain(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            piece = "\n"
        elif child.type == "link_open":
            link_start, link_url, link_part = position, str(child.attrs.get("href", "")), len(parts)
        elif child.type == "link_close" and link_start is not None:
            if not link_url.startswith("#"):  # "[Orchestration](#orchestration)": a way to a heading of this page, no link to a thing
                links.append(Link(clean("".join(parts[link_part:])), link_url, link_start, position))  # its own parts only
            link_start = None
        parts.append(piece)  # an image's alt text describes a picture: no names are read from it
        position += len(piece)
    text = "".join(parts)
    separator = SEPARATOR.match(text)
    if term is not None and not has_colon and separator:  # "**Top P** - A sampling technique ...", "**X**: ..."
        has_colon = True
        cut = separator.end()
        text = text[cut:]
        # the links after the separator, and a link that was the term itself (at 0, 0)
        links = [Link(l.text, l.url, max(0, l.start - cut), max(0, l.end - cut)) for l in links if l.start >= cut or l.end == 0]
    return text, links, term, has_colon


def _take_fields(text: str, lines: tuple[int, ...]) -> tuple[str, tuple[Field, ...]]:
    fields: list[Field] = []

    def keep(match: re.Match[str]) -> str:
        if _ASKED.match(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            return match.group()  # "What is LoRA::A method ...": a spaced-repetition card, no field (kg.ingest.flashcards)
        values = tuple(v for v in (_WIKILINK.sub(lambda m: m["target"], part).strip() for part in _split_values(match["value"])) if v)
        fields.append(Field(match["name"], values, lines[min(text.count("\n", 0, match.start()), len(lines) - 1)]))
        return ""

    text = _FIELD_BRACKET.sub(keep, text)
    text = _FIELD_LINE.sub(keep, text)
    return text, tuple(fields)


def _relocate(link: Link, text: str, shrunk: int) -> Link:
    """The link moved to where its text now stands, after fields and wikilinks were taken out: at
    most `shrunk` characters before where it was, the nearest place its text is written."""
    start = text.rfind(link.text, max(0, link.start - shrunk), link.start + len(link.text))
    start = start if start >= 0 else min(link.start, max(0, len(text) - len(link.text)))
    return Link(link.text, link.url, start, start + len(link.text))


def _split_values(value: str) -> list[str]:
    links = _WIKILINK.findall(value)
    if links:
        return [target for target, _alias in links]
    return value.split(",")


def _take_wikilinks(text: str) -> tuple[str, tuple[Link, ...]]:
    text = re.sub(r"(?<=[\w,:] )#(?=\[\[)|#(?=\[\[[^\]\n]+\]\][^\n#]*?[A-Za-z])", "", text)  # Logseq's "for #[[den planning]]": a link in words; tags after a sentence stay tags
    found: list[Link] = []
    out: list[str] = []
    position = last = 0
    for match in _WIKILINK.finditer(text):
        out.append(text[last : match.start()])
        position += match.start() - last
        shown = (match["alias"] or note_name(match["target"])).strip()
        shown = note_name(match["target"]) if shortens(shown, note_name(match["target"])) else shown  # "[[Agent memory|Memory]]"
        if note_name(match["target"]):  # "[[#Heading]]" points inside this note, "![[diagram.png]]" at a file: no concept
            found.append(Link(note_name(match["target"]), "", position, position + len(shown)))
        out.append(shown)
        position += len(shown)
        last = match.end()
    out.append(text[last:])
    return "".join(out), tuple(found)
