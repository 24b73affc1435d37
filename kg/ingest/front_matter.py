"""YAML front matter of a note: the keys a note names itself by (title, aliases, tags), read and
blanked out with its lines kept, so that line numbers after it still point at the note's lines."""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


def front_matter(text: str) -> tuple[str, dict[str, object], list[tuple[int, str]]]:
    """(the text with its front matter blanked, the keys read, problems as (line, what))."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}, []
    import yaml  # only notes with front matter pay for it

    read: dict[str, object] = {}
    problems: list[tuple[int, str]] = []
    try:
        data = yaml.safe_load(match["body"]) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.append((2 + (mark.line if mark else 0), f"front matter is not YAML ({getattr(error, 'problem', None) or 'unreadable'}); ignored"))
        data = {}
    if isinstance(data, dict):
        for key in ("title", "aliases", "alias", "tags"):
            value = data.get(key)
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",")] if key != "title" else value.strip()
            if isinstance(value, list):
                value = [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
            if value:
                read["aliases" if key == "alias" else key] = value
    return "\n" * match.group().count("\n") + text[match.end():], read, problems
