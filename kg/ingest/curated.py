"""Curated Turtle files: statements a person wrote beside the notes, each with the line it ends on."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from kg.errors import RDFSyntaxError


class _LineReader(io.RawIOBase):
    """Hands the parser one line at a time, so that the line a triple ends on is known."""

    def __init__(self, data: bytes) -> None:
        self._lines = data.splitlines(keepends=True)
        self._pending = b""
        self.line = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if not self._pending:
            if self.line >= len(self._lines):
                return 0
            self._pending = self._lines[self.line]
            self.line += 1
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def read_turtle(path: Path, shown_as: str, base_iri: str | None = None) -> list[tuple[ox.Triple, int]]:
    """The triples of a Turtle file with their lines; RDFSyntaxError names file, line and column."""
    data = path.read_bytes()
    reader = _LineReader(data)
    found: list[tuple[ox.Triple, int]] = []
    try:
        for triple in ox.parse(reader, format=ox.RdfFormat.TURTLE, base_iri=base_iri):
            found.append((triple, max(reader.line, 1)))
    except SyntaxError as error:
        raise RDFSyntaxError(f"column {error.offset}: {_reason(error)}", path=shown_as, line=error.lineno) from None
    except MemoryError as error:  # the parser's own bound: no term may be longer than 16 MiB
        raise RDFSyntaxError(f"a term longer than the Turtle parser takes ({error})", path=shown_as, line=reader.line) from None
    return found


def _reason(error: SyntaxError) -> str:
    message = str(error.msg if hasattr(error, "msg") else error)
    return message.split(": ", 1)[-1] if message.startswith("Parser error") else message
