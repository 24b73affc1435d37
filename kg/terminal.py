"""Text for a terminal. From notes or servers, made safe: control characters (escape sequences that
set a window title or colours, a bell, a NUL) and the direction overrides that reorder what a line
shows are written as `\\uXXXX`, which reads plainly on a terminal and is a valid escape inside JSON
and Turtle strings alike, so machine output stays exact. And wrapped to a width.

Every command's output passes through here, so what most output needs costs no import: text of
printable ASCII and line breaks is safe as it is, and a line that fits needs no wrapping (the
regular expression and textwrap, a few milliseconds of start-up, only for the rest)."""

from __future__ import annotations

from typing import Any, TextIO

# C0 controls but tab and line breaks, DEL, C1 controls, and the bidirectional overrides and isolates
_UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_BREAKS = str.maketrans("\t\n\r", "   ")  # safe controls, as a space for isprintable()


def safe(text: str) -> str:
    """ "\\x1b]0;title\\x07" -> "\\u001b]0;title\\u0007"."""
    if text.isascii() and text.translate(_BREAKS).isprintable():  # most output: nothing to escape
        return text
    import re

    return re.sub(_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text)


def wrapped(text: str, width: int, *, initial_indent: str = "", **options: Any) -> list[str]:
    """textwrap.wrap(text, width, initial_indent=..., **options), with no import for a text of
    printable characters that fits on its first line (which wrap() leaves whole)."""
    if text and text.isprintable() and not text[-1] == " " and len(initial_indent) + len(text) <= width:
        return [initial_indent + text]
    import textwrap

    return textwrap.wrap(text, width, initial_indent=initial_indent, **options)


class SafeStream:
    """A text stream whose writes are made safe; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
