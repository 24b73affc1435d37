"""Glossary lines with no blank line between them ("**Agent:** ..." / "**Batching** — ..." / "AI judge
(LLM-as-a-judge): ..."), which Markdown joins into one paragraph, split back into one paragraph per
entry; and a label run on into a list item ("- A" / "techniques:" / "- B"), taken off it. Knows markdown-it-py's inline
tokens; nothing of what the entries say."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from markdown_it.token import Token

from kg.ingest.remarks import is_remark

if TYPE_CHECKING:
    from kg.ingest.markdown import Link, Paragraph

SEPARATOR = re.compile(r"\s*(?::\s*|[-–—=]\s+|(?:->|→|=>)\s+(?=[^,;:→>]+(?:,\s*[^,;:→>]+)+$))")  # what sets a term off from its definition
# ("**Agent** = model + tools"), and an arrow before a list of its kinds ("**Digging aids** -> rake, pusher", not a flow "-> B -> C")
# a line that opens a glossary entry in plain text: "AI judge (LLM-as-a-judge): a model used to ..."
_PLAIN_ENTRY = re.compile(r"^(?!(?:Two|Three|Four|Five|Kinds|Types|Examples?|Note|See)\b)(?P<term>[A-Z][\w.@-]*(?: [\w.-]+){0,4}(?: \([^()]{1,40}\))?)(?=: \S)")
# among lines that all open so, a term in lower case too ("pass@k: the fraction of ...")
_LOWER_ENTRY = re.compile(r"^[a-z][\w.@-]*(?: [\w.-]+){0,3}(?=: \S)")
# the same with a dash ("Kestrel drift — a survey method"), an entry only where every line of the paragraph is one
_DASHED_ENTRY = re.compile(r"^(?P<term>[A-Z][\w.-]*(?: [\w.-]+){0,4}(?: \([^()]{1,40}\))?)(?= [-–—] \S)")


def entry_lines(inline: Token, first_line: int, source: list[str]) -> list[tuple[int, Token]]:
    """A paragraph of glossary lines without blank lines between them ("**Agent:** ..." / "**Batching** —
    ..."), as one paragraph per entry with the line it starts on; lines that go on an entry (indented in
    `source`, the file's lines, or opening with no term or a label such as "Two kinds:") stay with it.
    Only where the paragraph's first line opens an entry, and one of its entries is in bold, or where
    every line is a plain term and a dash or a colon ("Kestrel drift — a survey method ...")."""
    children = inline.children or []
    starts, line = [0], first_line
    for i, child in enumerate(children[:-1]):
        if child.type != "softbreak":
            continue
        line += 1
        indented = line - 1 < len(source) and source[line - 1][:1] in (" ", "\t")  # "  Suffers from ...": goes on the entry
        if not indented and (_opens_an_entry(children, i + 1, bold_only=False) or _dashed_entry(children, i + 1)):
            starts.append(i + 1)
    lines = 1 + sum(1 for child in children if child.type == "softbreak")
    every = [0, *(i + 1 for i, child in enumerate(children[:-1]) if child.type == "softbreak")]
    texts = [_line_text(children, at) for at in every] if lines > 1 else []
    if _properties(texts):
        return []  # "Status: Done" / "Tags: finetuning, PEFT": a page's properties, as front matter's other keys, no entries
    if any(map(_a_card, texts)) and not any(text.strip() in ("?", "??") for text in texts):
        starts = every  # "What is a token?::..." / "What are ...?::...": one card a line, as spaced repetition reads them
    # every line a plain term set off by a dash or a colon ("Exact match: ..." / "Lexical similarity: ..."): one entry a line
    # most lines so (the first among them), a line that opens on no term going on the entry above: "Reflexion (Shinn et al.)
    # — ..." / "downside: costs latency"
    dashed = lines > 1 and len(starts) >= max(2, (lines + 1) // 2) and starts[0] == 0 \
        and all(_dashed_entry(children, start) or _opens_an_entry(children, start, bold_only=False) for start in starts) \
        and (len(starts) == lines or sum(_dashed_entry(children, start) for start in starts) >= 2)
    if not dashed and lines > 2 and all(_opens_an_entry(children, at, False) or _LOWER_ENTRY.match(text) for at, text in zip(every, texts)):
        starts, dashed = every, True
    if not dashed and lines > 1 and (terse := _terse_lines(texts, source[first_line - 1 : first_line - 1 + lines])) is not None:
        starts, dashed = [every[k] for k in terse], True  # "LM = a model that ..." / "token - basic unit ..." / "Q: ...? A: ..."
    if not dashed and starts is not every and (len(starts) == 1 or not _opens_an_entry(children, 0, bold_only=False)
                       or not any(_opens_an_entry(children, start, bold_only=True) for start in starts)):
        return [(first_line, inline)]
    parts = []
    for start, end in zip(starts, [*starts[1:], len(children) + 1]):
        part = inline.copy()
        part.children = _set_off(children[start:end - 1])  # each without the line break that ends it
        parts.append((first_line + sum(1 for c in children[:start] if c.type == "softbreak"), part))
    return parts


# a line of terse notes that says one thing: "LM = model that ...", "token - basic unit ...", "vocab: all tokens", "Q: why? A: ..."
_TERSE_ENTRY = re.compile(r"^(?:Q:\s|[\w<\"'][^\s:=]*(?: [^\s:=]+){0,4}?(?:\s*\([^()]{1,40}\))?(?: = | [-–—] |: )\S)")
_GOES_ON = re.compile(r"^(?:A:|e\.g\.|i\.e\.|->|→|=>)")  # "A: ..." answers the line above, "e.g. ..." gives its examples


def _terse_lines(texts: list[str], written: list[str]) -> list[int] | None:
    """The lines that open an entry, where the lines of a paragraph open one in terse notes' ways (a term, then "=", a
    dash or a colon; a question) or go on the one above (indented, "A: ...", "e.g. ...", a label such as "use cases:"), a
    few lines of other words among them; None otherwise."""
    indented = [line[:1] in (" ", "\t") for line in written] + [False] * (len(texts) - len(written))
    labelled = [bool(label.strip()) and is_remark(label) for label in (text.split(":")[0] if ":" in text else "" for text in texts)]  # "use cases: A"
    opening = [not indented[k] and not labelled[k] and not _GOES_ON.match(text) and _TERSE_ENTRY.match(text) is not None
               for k, text in enumerate(texts)]
    goes_on = [indented[k] or labelled[k] or _GOES_ON.match(text) is not None for k, text in enumerate(texts)]
    others = sum(1 for o, g in zip(opening, goes_on) if not (o or g))  # "mixing real + synthetic data -> helps": said on the way
    if sum(opening) < 2 or others > sum(opening):
        return None  # hard-wrapped prose: few lines open on a term and a sign, most go on
    # a first line of other words ("dens are warm -> badgers love them") or a label ("3 limitations: A, B") is a part of its own
    return [k for k, (o, g) in enumerate(zip(opening, goes_on)) if o or not g or k == 0]


# the keys of a page's properties, as note apps write them above the text (Notion's export, Obsidian's inline metadata)
_PROPERTY_KEYS = frozenset({"status", "tags", "tag", "created", "created time", "created at", "last edited", "last edited time",
                            "updated", "date", "type", "author", "authors", "source", "rating", "category", "categories",
                            "url", "link", "due", "priority", "progress", "project", "area", "course", "reviewed"})
_PROPERTY = re.compile(r"^(?P<key>[A-Za-z][\w ]{0,20}):\s+\S")


def _properties(lines: list[str]) -> bool:
    """ "Status: Done" / "Tags: finetuning, PEFT" / "Created: March 4, 2024": lines that each give a
    key and its value, two of them keys of a page's properties."""
    keys = [found["key"].strip().lower() for line in lines if (found := _PROPERTY.match(line.strip())) is not None]
    return len(lines) > 1 and len(keys) == len(lines) and sum(key in _PROPERTY_KEYS for key in keys) >= 2


def _a_card(line: str) -> bool:
    """A spaced-repetition card on one line: a question or a term of more than one word, "::" or ":::",
    its answer ("type:: attack", a field, is one word; "BERT :: ...", spaced before the colons as no field is, a card).
    No pattern: a long line costs one pass."""
    at = line.find(":")
    front, back = line[:at], line[at:].lstrip(":").strip()
    return at > 0 and line.startswith("::", at) and bool(back) and (" " in front.strip() or "?" in front or front.endswith(" "))


def _line_text(children: list[Token], start: int) -> str:
    """The text of the line that starts at child `start`."""
    end = next((i for i in range(start, len(children)) if children[i].type in ("softbreak", "hardbreak")), len(children))
    return "".join(child.content for child in children[start:end])


def _set_off(children: list[Token]) -> list[Token]:
    """An entry's tokens, a plain term that opens it ("AI judge (LLM-as-a-judge): ...") set off in bold
    as the entries around it are, so that it is read as theirs are."""
    if not children or children[0].type != "text" \
            or (found := _PLAIN_ENTRY.match(children[0].content) or _DASHED_ENTRY.match(children[0].content)) is None:
        return children
    term, rest = found["term"], children[0].content[found.end() :]  # the rest from the colon on
    bold = [Token("strong_open", "strong", 1, markup="**"), Token("text", "", 0, content=term),
            Token("strong_close", "strong", -1, markup="**"), Token("text", "", 0, content=rest)]
    return bold + children[1:]


def _dashed_entry(children: list[Token], i: int) -> bool:
    """Whether the line starting at child `i` opens with a plain term and a dash: "Kestrel drift — a ..."."""
    return i < len(children) and children[i].type == "text" and _DASHED_ENTRY.match(children[i].content) is not None


def _opens_an_entry(children: list[Token], i: int, bold_only: bool) -> bool:
    """Whether the line starting at child `i` opens an entry: a bold term and a separator after it, or
    (unless `bold_only`) a capitalised term in plain text and a colon."""
    while i < len(children) and children[i].type == "text" and not children[i].content:
        i += 1
    if i + 3 < len(children) and children[i].type == "strong_open" and children[i + 2].type == "strong_close":
        return children[i + 1].content.rstrip().endswith(":") or SEPARATOR.match(children[i + 3].content) is not None
    return not bold_only and i < len(children) and children[i].type == "text" and _PLAIN_ENTRY.match(children[i].content) is not None


# an item's line, not indented, that ends on a colon: Markdown runs it on into the item, but it labels the items after it;
# or that opens on a label and says something ("Libraries: A, B."), a line of its own the writer left no blank line before
_RUN_ON_LABEL = re.compile(r"\n(?P<label>[A-Za-z][\w /&'-]{0,40}:)$|\n(?=[A-Z][\w /&'-]{0,40}:\s+\S)")


def label_run_on(paragraph: Paragraph, source_lines: list[str]) -> Paragraph | None:
    """ "- cross-document duplications" / "techniques:" / "- **hashing** ...", "- Annoy - tree-based" / "Libraries: FAISS,
    ScaNN": a line run on into a list item with no blank line between, not indented, that a label opens; taken off the item
    (which keeps the lines before it) as a paragraph of its own, with the lines after it."""
    found = _RUN_ON_LABEL.search(paragraph.text) if paragraph.item is not None and not paragraph.parents else None
    cut = found.start() + 1 if found is not None else 0
    at = paragraph.text.count("\n", 0, cut)
    if found is None or source_lines[paragraph.lines[at] - 1][:1].isspace() \
            or any(link.start < cut < link.end for link in (*paragraph.links, *paragraph.wikilinks)):
        return None
    def moved(links: tuple[Link, ...]) -> tuple[Link, ...]:
        return tuple(replace(link, start=link.start - cut, end=link.end - cut) for link in links if link.start >= cut)
    # a Paragraph (kg.ingest.markdown, which imports this module), of the lines from the label on
    rest = type(paragraph)(paragraph.file, paragraph.headings, 0, None, (), None, False, paragraph.text[cut:], paragraph.lines[at:],
                           moved(paragraph.links), moved(paragraph.wikilinks))
    paragraph.links = tuple(link for link in paragraph.links if link.start < cut)
    paragraph.wikilinks = tuple(link for link in paragraph.wikilinks if link.start < cut)
    paragraph.text, paragraph.lines = paragraph.text[: found.start()], paragraph.lines[:at]
    return rest
