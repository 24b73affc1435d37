"""Tools listed with what each is for: "NumPy for numerical operations, Pandas for data manipulation
and analysis, Matplotlib and Seaborn for data visualization" (each usedFor its task). One "X for Y"
says little ("Python for Machine Learning" is a title); a list of two or more pairs of a name and a
task is the form. Knows English wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest.nouns import Phrase, keep, noun_phrase

_NAME = r"[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2}"  # "NumPy", "Hugging Face", "Scikit-learn"
# a pair: names, "for", then the task up to the next comma, semicolon or the end
_PAIR = re.compile(rf"(?<![\w-])(?P<names>{_NAME}(?:\s+and\s+{_NAME})?)\s+for\s+(?P<task>[^,;()]{{2,80}}?)(?=\s*(?:,|;|$))")
_AND = re.compile(r"\s+and\s+")


def tools_for_tasks(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(tool, task, offset) for each pair of a list of two or more "<name> for <task>"."""
    pairs = [m for m in _PAIR.finditer(text) if not _opens_the_sentence(text, m)]
    if len(pairs) < 2:
        return []
    found = []
    for pair in pairs:
        tools = [noun_phrase(name) for name in _AND.split(pair["names"])]
        tasks = [noun_phrase(task) for task in _tasks(re.sub(r"^(?:and|or)\s+", "", pair["task"].strip()))]
        for tool in tools:
            if keep(tool) and tool.is_name:
                found.extend((tool, task, pair.start()) for task in tasks if keep(task) and not task.is_name)
    return found


def _opens_the_sentence(text: str, pair: re.Match[str]) -> bool:
    """ "Reading for beginners, ...": a capitalised first word is no name of itself."""
    first = pair["names"].split()[0]
    return pair.start() == 0 and not any(c.isupper() or c.isdigit() for c in first[1:])


def _tasks(written: str) -> list[str]:
    """ "data manipulation and analysis" -> data manipulation, data analysis: a lone noun after "and"
    shares the words before the first one's last ("data")."""
    parts = _AND.split(written, maxsplit=1)
    if len(parts) == 1:
        return parts
    first, second = parts
    if len(second.split()) == 1 and len(first.split()) > 1:
        return [first, " ".join([*first.split()[:-1], second])]
    return parts
