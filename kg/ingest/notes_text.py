"""Reading a notes file's text: UTF-8 (with or without a byte-order mark), or a one-line error that
names the file and the line."""

from __future__ import annotations

from pathlib import Path

from kg.errors import NotesError


def read_text(path: Path, shown_as: str) -> str:
    """The file's text; a one-line error naming file and line when it is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise NotesError(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})", path=shown_as, line=line) from None
