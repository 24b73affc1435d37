"""Marks in running text that are no words of it: Obsidian's highlight ("==colony planning=="), a
cloze's blank ("{{c1::reward model}}"), as flashcard and study notes write them, Roam's task box
("{{[[TODO]]}}"), and what opens a paragraph before its words: a callout's marker ("> [!tip]"), a
writer's "TODO:", a step's number ("Stage 1):"); a dash typed as hyphens ("Entropy -- avg information"); and
the arrow a writer types between two words ("chunk -> embed -> index").
Knows the marks only."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.labels import without_symbols

if TYPE_CHECKING:
    from markdown_it.token import Token

# Obsidian's "==highlight==", or a mark beside a bold run ("==**LoRA**==": one piece ends on it, the next opens with it)
_HIGHLIGHT = re.compile(r"==(?=[^\s=])(?P<marked>[^=\n]*?[^\s=])==|(?:^|(?<=\s))==$|^==(?=[\s.,;:!?)]|$)")
_CLOZE = re.compile(r"\{\{(?:c\d+::)?(?P<marked>[^{}]*?)(?:::[^{}]*)?\}\}")  # a cloze's blank: "{{c1::reward model::hint}}"
_TASK = re.compile(r"\{\{\[\[(?:TODO|DONE)\]\]\}\}\s*")  # Roam's task box, "{{[[TODO]]}} read ch. 6": no word of the text
_CALLOUT = re.compile(r"^\[![A-Za-z-]+\][+-]?[ \t]*")
_TO_DO = re.compile(r"^(?:TODO|FIXME|XXX)\b:?[ \t]*")  # "TODO: reread ch. 3", a writer's marker, as a callout's is
# a writer's numbering of steps before an item's term: "Stage 1): **X**: ...", "Step 2 - **X**", "(a) **X**", "3. **X**"
_STEP_LABEL = re.compile(r"\s*(?:(?:step|stage|phase|part)\s*(?:\d+|[IVX]+)[a-z]?\s*[):.]*|\(?(?:\d+|[a-h])\)|\d+[.:])\s*[-–—:]?\s*",
                         re.IGNORECASE)
# "Perplexity -- exponential of cross entropy": a dash typed as two or three hyphens, as typographers (and
# SmartyPants) read it; set off by spaces only, never "--flag" or "A--B"
_SPELLED_DASH = re.compile(r"(?<![\s-]) -{2,3} (?![\s-])")
_SUB_KIND = re.compile(r"\b(sub)-(?=(?:types?|kinds?|categor(?:y|ies)|class(?:es)?|famil(?:y|ies))\b)", re.IGNORECASE)  # "sub-types": subtypes
# An arrow as notes type it, for patterns to build on: "->", "=>", or the glyphs an editor makes of them
ARROW = r"(?:->|→|=>|⇒)"
ARROW_BETWEEN = re.compile(rf"\s+{ARROW}\s+")  # set off by spaces: "chunk -> embed", never "x->y" in code
AFTER_AN_ARROW = re.compile(rf"{ARROW}[^,;:()→⇒]*$")  # "english -> code": the words after an arrow, to the end


def opens_a_callout(text: str) -> bool:
    """Whether a paragraph's text opens with a callout's marker: "[!tip] Title"."""
    return _CALLOUT.match(text.lstrip()) is not None


def example_title(text: str) -> str | None:
    """ "[!example] SWE-agent": the title of a callout that gives an example, when it names one (not "bus analogy")."""
    found = re.match(r"^\[!examples?\][+-]?[ \t]+(?P<title>\S.*?)\s*$", text.lstrip(), re.IGNORECASE)
    return found["title"] if found is not None and re.search(r"[A-Z0-9]|\[\[", found["title"]) else None


def holds_no_word(text: str) -> bool:
    """Whether text before a paragraph's words holds none: spaces, a callout marker, emoji."""
    return not without_symbols(_CALLOUT.sub("", text.lstrip())).strip()


def without_lead_marks(text: str) -> str:
    """The opening text of a paragraph without a callout's marker, symbols and a writer's "TODO:"."""
    return _TO_DO.sub("", without_symbols(_CALLOUT.sub("", text.lstrip())).lstrip())


# "Step 2 - Guardrails", "Part II — Agents": a step's number and a dash before a heading's words (after a colon, "Step 1:
# Why use X?", the title reads as ever)
_STEP_HEADING = re.compile(r"(?:(?:step|stage|phase|part)\s*(?:\d+|[IVX]+)[a-z]?\s*[-–—]|(?:Q|question)\s*\d*\s*[:.)])\s*", re.IGNORECASE)


# "to know", "worth remembering" after what a study note lists: no words of it
TO_KNOW = re.compile(r"\s+(?:to\s+(?:know|remember|learn)|worth\s+(?:knowing|remembering))\s*\?*$", re.IGNORECASE)


def title_words(title: str) -> str:
    """A heading's words without a step's number and its dash before them, a question's label, or what a study note
    says of them: "Step 2 - Guardrails" -> "Guardrails", "Q: What is LoRA?" -> "What is LoRA?", "Den tools to know?"
    -> "Den tools", "Den tool categories?" -> "Den tool categories": a heading that names the things listed below it."""
    step = _STEP_HEADING.match(title)
    title = title[step.end():] if step is not None and title[step.end():].strip() else title
    title = known if (known := TO_KNOW.sub("", title)).strip() else title
    return title.rstrip(" ?") if _ASKED_BY_NAMING.fullmatch(title) else title  # "Den tool categories?": the words, a prompt to recall


# a question that only names what it asks for, "Tool categories?", "Exact k-NN vs ANN?", no question word or verb first
# and no choice ("Kestrel or wombat?" weighs two)
_ASKED_BY_NAMING = re.compile(r"(?![^?]*\sor\s)(?!(?:what|which|who|whom|whose|why|how|when|where|is|are|was|were|do|does|did|can|could|should|would|will|"
                              r"shall|may|might|must|has|have|had)\b)[\w(][^?!.:]{0,60}\?", re.IGNORECASE)


def is_step_label(text: str) -> bool:
    """Whether text, all that comes before an item's bold term, numbers a step: "Stage 1): ", "Step 2 - ", "(a) "."""
    return _STEP_LABEL.fullmatch(text) is not None


def unmarked(text: str) -> str:
    """Text without the marks of a highlight, a cloze or a task: "==colony planning==", "{{c1::reward model}}"."""
    text = _CLOZE.sub(lambda m: m["marked"], _TASK.sub("", text)) if "{{" in text else text
    return _HIGHLIGHT.sub(lambda m: m["marked"] or "", text) if "==" in text else text


def spell_dashes(tokens: list[Token]) -> None:
    """ "--" set off by spaces in the text of headings, paragraphs and cells becomes the dash it stands for
    ("Entropy -- avg information" reads as "Entropy — avg information"), and a hyphen after "sub" before a word of
    kinds goes ("Main sub-types:" lists subtypes, as "Main subtypes:" does); code and diagrams keep theirs."""
    for token in tokens:
        if token.type == "inline" and ("--" in token.content or "ub-" in token.content):
            for child in token.children or []:
                if child.type == "text" and "--" in child.content:
                    child.content = _SPELLED_DASH.sub(" — ", child.content)
                if child.type == "text" and "ub-" in child.content:
                    child.content = _SUB_KIND.sub(r"\1", child.content)
