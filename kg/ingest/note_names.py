"""The names of notes and pages as their files and links write them: less an export's id ("Den Digging b21c3d",
Notion's), a Zettelkasten's time stamp first ("202405121030 CoT"), Obsidian's "MOC" mark; no name for a file that is no
note ("diagram.png"); which notes' names join two things ("Setts vs burrows")."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# a Zettelkasten's id, a time stamp of 8 to 14 digits that opens a note's file name: "202405121030 Chain-of-thought prompting"
_ZETTEL_ID = re.compile(r"^\d{8,14}(?=\s|$)\s*")
# the id an export appends to a page's name, hex letters and digits both: "Den Digging b21c3d", Notion's 32 of them
_EXPORT_ID = re.compile(r"\s+(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,32}$")


def without_export_id(name: str) -> str:
    """A page's or folder's name without the id an export (Notion's) appended: "Den Digging b21c3d" -> "Den Digging"."""
    return _EXPORT_ID.sub("", name.strip()) or name.strip()


def note_name(name: str) -> str:
    """What a note's name or a link to it names: "Dataset Engineering MOC" (Obsidian's map of content),
    "MOC - Dataset Engineering" -> "Dataset Engineering", "202405121030 Chain-of-thought prompting" (a Zettelkasten's id
    first) -> "Chain-of-thought prompting"; "" for a file that is no note ("diagram.png") or an id alone."""
    name = "" if re.search(r"\.(?:png|jpe?g|gif|svg|webp|bmp|pdf|mp4|mov|webm|mp3|wav|excalidraw|canvas)$", name.strip(), re.I) \
        else without_export_id(_ZETTEL_ID.sub("", name.strip()))
    if re.search(r"(?:^|[\s(])MOC\)?$", name[-6:]):
        return name[: name.rfind("MOC")].rstrip(" (-–—") or name
    return name[3:].lstrip(" -–—:") or name if re.match(r"MOC\s*[-–—:]", name) else name


_LINK_BY_ID = re.compile(r"\[\[(?P<id>\d{8,14})(?=[\]|#])")  # "[[202405121030]]", "[[202405121030|CoT]]"


def links_by_id_named(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each (text, path) with its links to a note by its id alone written as its file is named: "[[202405121030]]" as
    "[[202405121030 Chain-of-thought prompting]]", which names the note's concept; a link to no file's id is left."""
    named = {found.group().strip(): stem for _text, path in texts if (found := _ZETTEL_ID.match(stem := PurePosixPath(path).stem))}
    if not named:
        return texts
    return [(_LINK_BY_ID.sub(lambda link: f"[[{named.get(link['id'], link['id'])}", text), path) for text, path in texts]


# "Moss dens and clay dens", "Setts & burrows", "Setts vs burrows": two things a note's title speaks of, no one concept;
# not one thing's name with its abbreviation after it ("Moss Rating and Ranking (MRR)")
_TWO_NAMED = re.compile(r"\s(?:and|&|vs\.?|versus)\s", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\([A-Z][\w-]*\)\s*$")


def names_two(name: str) -> bool:
    """Whether a note's name joins two things: "Jailbreaking and prompt injection", "System prompt vs user prompt"."""
    return _TWO_NAMED.search(name) is not None and _ABBREVIATED.search(name) is None
