"""Lines of a notes file that are markup around the notes, not notes: MDX's `import`/`export` lines and
the tags of a `<details>` fold or an `<aside>` callout, blanked before the Markdown parser reads the file (outside
code fences); a fold's label stays as a line over what it folds; the numbers of an outline's points ("1.1 ...") are
a list's markers, and a bullet's number ("- 1. ...") no list of its own."""

from __future__ import annotations

import re

# MDX module lines: `import { Callout } from 'nextra/components'`, `export const meta = {...}`
_MDX_LINE = re.compile(r"^(?:import\s[^\n]*\sfrom\s+['\"][^'\"\n]*['\"];?|import\s+['\"][^'\"\n]*['\"];?|export\s+(?:default|const|let|function)\b[^\n]*)[ \t]*$")
# a fold's tags, and the tags of a callout as Notion exports it ("<aside>" / "💡 ..." / "</aside>")
_DETAILS = re.compile(r"^\s*(?:</?(?:details|aside|div|section|article|center)(?:\s[^>\n]*)?>|<summary>[^<\n]*</summary>)\s*$", re.IGNORECASE)
# a fold's label that names what it holds, not a sentence: "<summary>Limitations of clay dens</summary>"
_SUMMARY_LABEL = re.compile(r"^\s*<summary>\s*(?P<label>[^<>\n.?!:]{1,80}?)\s*</summary>\s*$", re.IGNORECASE)
# what may follow a line of its own without joining it: a blank line, an item or a table's row (a line of text would join it)
_OVER_A_BLOCK = re.compile(r"^\s*(?:$|[-*+]\s|\d+[.)]\s|\|)")
_FENCE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")
# a bullet whose words open on a number, as outliners number their points: "\t- 1. [[SFT]] ..."
_NUMBERED_BULLET = re.compile(r"^(?P<bullet>[ \t]*[-*+][ \t]+)\d{1,2}[.)][ \t]+(?=\S)")
# "1.1 A den is a hole ...", "4.3 Kinds of moss: ...": a point of an outline numbered in two parts or more (which no count
# or decimal before a word is), an item of a list as "1." would make it
_OUTLINE_POINT = re.compile(r"^(?P<indent>[ \t]*)\d+(?:\.\d+)+\.?[ \t]+(?=[A-Za-z])"
                            r"(?!(?:billion|million|thousand|trillion|times|percent|[KMGT]B|bits?|bytes?|seconds?|ms|hours?|days?)\b)")


def without_markup_lines(text: str) -> str:
    """MDX `import`/`export` lines blanked (outside code fences), so no component name becomes a concept;
    the tag lines of a `<details>` fold blanked, so its text is read as Markdown, not skipped as HTML; an outline's
    points ("1.1 ...", two or more in the file) made items of a list, and a bullet's number ("- 1. ...") taken out."""
    lines = text.split("\n")
    outline = sum(1 for line in lines if _OUTLINE_POINT.match(line)) > 1  # one such line may be a number that opens a sentence
    fence: str | None = None
    for number, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened["fence"]
        elif fence is not None and line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            fence = None
        elif fence is None and _MDX_LINE.match(line):
            lines[number] = ""
        elif fence is None and (label := _SUMMARY_LABEL.match(line)) is not None and _OVER_A_BLOCK.match(lines[number + 1] if number + 1 < len(lines) else ""):
            lines[number] = f"{label['label']}:"  # what the fold lists, as a line over its list or table would say
        elif fence is None and outline and (point := _OUTLINE_POINT.match(line)) is not None:
            lines[number] = f"{point['indent']}- {line[point.end():]}"
        elif fence is None and (numbered := _NUMBERED_BULLET.match(line)) is not None:
            lines[number] = numbered["bullet"] + line[numbered.end():]  # "- 1. [[SFT]]" (Logseq): one item, numbered, not a list in an item
        elif fence is None and _DETAILS.match(line):
            lines[number] = ""  # "<details>" / "<summary>Show more</summary>": a fold's markup and label round text that is read
    return "\n".join(lines)
