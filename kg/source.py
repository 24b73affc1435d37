"""Where a fact was read: a file, a line, and how it came into the graph."""

from __future__ import annotations

from typing import NamedTuple


# A NamedTuple rather than a dataclass: ordered, hashable and immutable for free, and it costs a
# fraction of a frozen dataclass to define, which every command pays for at start-up.
class Source(NamedTuple):
    """Where a fact was read: a file relative to the data folder, a line, and how it was read."""

    file: str
    line: int
    method: str = "Extracted"  # Extracted | Curated | Imported

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"
