"""Text from notes or servers made safe for a terminal: control characters (escape sequences that
set a window title or colours, a bell, a NUL) and the direction overrides that reorder what a line
shows are written as `\\uXXXX`, which reads plainly on a terminal and is a valid escape inside JSON
and Turtle strings alike, so machine output stays exact."""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls but tab and line breaks, DEL, C1 controls, and the bidirectional overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """ "\\x1b]0;title\\x07" -> "\\u001b]0;title\\u0007"."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream whose writes are made safe; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
