"""Rows out: an 80-column table, JSON or CSV, the same for every command that returns rows."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "json", "csv")


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, out: TextIO, *, width: int | None = None) -> None:
    """Write `rows` (dicts keyed by `columns`) to `out` as a table, a JSON array or CSV with a header."""
    if fmt == "json":
        import json

        json.dump([{c: row.get(c) for c in columns} for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: _cell(row.get(c)) for c in columns} for row in rows)
    else:
        out.write(table(rows, columns, width or terminal_width()))


def terminal_width() -> int:
    try:  # os rather than shutil: importing shutil costs a few ms of every command's start-up
        columns = int(os.environ.get("COLUMNS", "0")) or os.get_terminal_size().columns
    except (OSError, ValueError):
        columns = 80
    return min(columns, 120)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 80) -> str:
    """A plain-text table that fits `width` columns: the widest column wraps."""
    from kg.terminal import wrapped

    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(line) for r in cells for line in r[i].splitlines() or [""]]) for i, c in enumerate(columns)]
    gap = 2
    while sum(widths) + gap * (len(widths) - 1) > width and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] = max(12, widths[widest] - (sum(widths) + gap * (len(widths) - 1) - width))
    lines = [_line([c for c in columns], widths, gap), _line(["-" * w for w in widths], widths, gap)]
    for row in cells:
        lines_of = [wrapped(value, w, break_long_words=True) or [""] for value, w in zip(row, widths)]
        for k in range(max(len(parts) for parts in lines_of)):
            lines.append(_line([parts[k] if k < len(parts) else "" for parts in lines_of], widths, gap))
    return "\n".join(lines) + "\n"


def _line(values: Sequence[str], widths: Sequence[int], gap: int) -> str:
    return (" " * gap).join(v.ljust(w) for v, w in zip(values, widths)).rstrip()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)
