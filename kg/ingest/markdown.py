"""Markdown notes -> note items: headings and paragraphs with their bold term, links, inline fields
and line numbers. Knows Markdown (through markdown-it-py) and nothing of RDF."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kg.errors import NotesError
from kg.labels import clean, plain

# Obsidian / Dataview inline fields: `isA:: [[sparse model]]` on a line, or `[isA:: sparse model]`.
_FIELD_LINE = re.compile(r"(?:^|(?<=\s))(?P<name>[A-Za-z][\w-]*)::[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
_FIELD_BRACKET = re.compile(r"[\[(](?P<name>[A-Za-z][\w-]*)::[ \t]*(?P<value>[^\])\n]*)[\])]")
_WIKILINK = re.compile(r"\[\[(?P<target>[^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|(?P<alias>[^\]\n]+))?\]\]")


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

    `term` is a bold term that opens the paragraph (`**Token:** ...`), `has_colon` tells whether a
    colon followed it; `text` is the rest, with links and wikilinks as their text and one "\\n" per
    source line; `lines[i]` is the file line of text line i. `item` identifies the list item the
    paragraph opens (None when it is not an item's first paragraph); `depth` is the list nesting.
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

    @property
    def line(self) -> int:
        return self.lines[0]

    def line_at(self, offset: int) -> int:
        """The file line of a character offset in `text`."""
        return self.lines[min(self.text.count("\n", 0, offset), len(self.lines) - 1)]


@dataclass
class NotesFile:
    path: str
    title: Heading | None
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[tuple[Heading, tuple[Heading, ...], bool]] = field(default_factory=list)  # (heading, path, empty)


def read_text(path: Path, shown_as: str) -> str:
    """The file's text; a one-line error naming file and line when it is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise NotesError(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})", path=shown_as, line=line) from None


def parse(text: str, path: str) -> NotesFile:
    """Parse Markdown `text` (from `path`, as it should be shown) into headings and paragraphs."""
    tokens = MarkdownIt("commonmark").parse(text)
    notes = NotesFile(path=path, title=None)
    trail: list[Heading] = []
    items: list[int] = []  # open list items, outermost first
    opened_item: int | None = None
    last_section: list = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            level = int(token.tag[1])
            heading = Heading(level, clean(tokens[index + 1].content), token.map[0] + 1)
            trail = [h for h in trail if h.level < level] + [heading]
            notes.headings.append(heading)
            if level == 1 and notes.title is None and not notes.paragraphs:
                notes.title = heading
            last_section = [heading, tuple(trail), True]
            notes.sections.append(last_section)  # type: ignore[arg-type]
        elif token.type == "list_item_open":
            items.append(index)
            opened_item = index
        elif token.type == "list_item_close":
            items.pop()
            opened_item = None
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            first_line = tokens[index - 1].map[0] + 1
            paragraph = _paragraph(token, first_line, path, tuple(trail), items, opened_item)
            opened_item = None
            notes.paragraphs.append(paragraph)
            if last_section:
                last_section[2] = False
    notes.sections = [tuple(s) for s in notes.sections]  # type: ignore[misc]
    return notes


def _paragraph(inline: Token, first_line: int, path: str, trail: tuple[Heading, ...], items: list[int], opened: int | None) -> Paragraph:
    text, links, term, has_colon = _flatten(inline.children or [])
    lines = tuple(first_line + i for i in range(text.count("\n") + 1))
    text, fields = _take_fields(text, lines)
    text, wikilinks = _take_wikilinks(text)
    links = [_relocate(link, text) for link in links]
    lead = len(text) - len(text.lstrip())
    links = tuple(Link(l.text, l.url, l.start - lead, l.end - lead) for l in links if l.start >= lead)
    wikilinks = tuple(Link(l.text, l.url, l.start - lead, l.end - lead) for l in wikilinks if l.start >= lead)
    return Paragraph(
        file=path,
        headings=trail,
        depth=len(items),
        item=opened,
        parents=tuple(items[:-1]) if opened is not None else tuple(items),
        term=term,
        has_colon=has_colon,
        text=text.strip(),
        lines=lines[text.count("\n", 0, lead):],
        links=links,
        wikilinks=wikilinks,
        fields=fields,
    )


def _flatten(children: list[Token]) -> tuple[str, list[Link], str | None, bool]:
    """Plain text of inline tokens, with the links found in it and a leading bold term."""
    parts: list[str] = []
    links: list[Link] = []
    term: str | None = None
    has_colon = False
    link_start: int | None = None
    link_url = ""
    position = 0
    i = 0
    while i < len(children) and children[i].type == "text" and not children[i].content.strip():
        i += 1
    if i + 2 < len(children) and children[i].type == "strong_open" and children[i + 1].type == "text":
        closing = next((k for k, c in enumerate(children) if c.type == "strong_close"), None)
        if closing is not None:
            term = clean("".join(c.content for c in children[i + 1 : closing]))
            i = closing + 1
            if term.endswith(":"):
                term, has_colon = term[:-1].strip(), True
    for child in children[i:]:
        piece = ""
        if child.type in {"text", "code_inline"}:
            piece = plain(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            piece = "\n"
        elif child.type == "link_open":
            link_start, link_url = position, str(child.attrs.get("href", ""))
        elif child.type == "link_close" and link_start is not None:
            links.append(Link(clean("".join(parts)[link_start:]), link_url, link_start, position))
            link_start = None
        elif child.type == "image":
            piece = plain(child.content)
        parts.append(piece)
        position += len(piece)
    text = "".join(parts)
    if term is not None and not has_colon and text.lstrip().startswith(":"):
        has_colon = True
        cut = len(text) - len(text.lstrip()) + 1
        text = text[cut:]
        links = [Link(l.text, l.url, l.start - cut, l.end - cut) for l in links if l.start >= cut]
    return text, links, term, has_colon


def _take_fields(text: str, lines: tuple[int, ...]) -> tuple[str, tuple[Field, ...]]:
    fields: list[Field] = []

    def keep(match: re.Match[str]) -> str:
        values = tuple(v for v in (_unwiki(part).strip() for part in _split_values(match["value"])) if v)
        fields.append(Field(match["name"], values, lines[min(text.count("\n", 0, match.start()), len(lines) - 1)]))
        return ""

    text = _FIELD_BRACKET.sub(keep, text)
    text = _FIELD_LINE.sub(keep, text)
    return text, tuple(fields)


def _relocate(link: Link, text: str) -> Link:
    """The link moved to where its text now stands, after fields and wikilinks were taken out."""
    starts = [m.start() for m in re.finditer(re.escape(link.text), text)] or [link.start]
    start = min(starts, key=lambda s: abs(s - link.start))
    return Link(link.text, link.url, start, start + len(link.text))


def _split_values(value: str) -> list[str]:
    links = _WIKILINK.findall(value)
    if links:
        return [target for target, _alias in links]
    return value.split(",")


def _unwiki(value: str) -> str:
    return _WIKILINK.sub(lambda m: m["target"], value)


def _take_wikilinks(text: str) -> tuple[str, tuple[Link, ...]]:
    found: list[Link] = []
    out: list[str] = []
    position = last = 0
    for match in _WIKILINK.finditer(text):
        out.append(text[last : match.start()])
        position += match.start() - last
        shown = (match["alias"] or match["target"]).strip()
        found.append(Link(match["target"].strip(), "", position, position + len(shown)))
        out.append(shown)
        position += len(shown)
        last = match.end()
    out.append(text[last:])
    return "".join(out), tuple(found)
