"""Marks in running text that are no words of it: Obsidian's highlight ("==colony planning=="), a
cloze's blank ("{{c1::reward model}}"), as flashcard and study notes write them, and Roam's task box
("{{[[TODO]]}}"). Knows the marks only."""

from __future__ import annotations

import re

# Obsidian's "==highlight==", or a mark beside a bold run ("==**LoRA**==": one piece ends on it, the next opens with it)
_HIGHLIGHT = re.compile(r"==(?=[^\s=])(?P<marked>[^=\n]*?[^\s=])==|(?:^|(?<=\s))==$|^==(?=[\s.,;:!?)]|$)")
_CLOZE = re.compile(r"\{\{(?:c\d+::)?(?P<marked>[^{}]*?)(?:::[^{}]*)?\}\}")  # a cloze's blank: "{{c1::reward model::hint}}"
_TASK = re.compile(r"\{\{\[\[(?:TODO|DONE)\]\]\}\}\s*")  # Roam's task box, "{{[[TODO]]}} read ch. 6": no word of the text


def unmarked(text: str) -> str:
    """Text without the marks of a highlight, a cloze or a task: "==colony planning==", "{{c1::reward model}}"."""
    text = _CLOZE.sub(lambda m: m["marked"], _TASK.sub("", text)) if "{{" in text else text
    return _HIGHLIGHT.sub(lambda m: m["marked"] or "", text) if "==" in text else text
