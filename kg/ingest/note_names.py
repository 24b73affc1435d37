"""The names of notes and pages as their files and links write them: less an export's id ("Den Digging b21c3d",
Notion's), less Obsidian's "MOC" mark; no name for a file that is no note ("diagram.png")."""

from __future__ import annotations

import re

# the id an export appends to a page's name, hex letters and digits both: "Den Digging b21c3d", Notion's 32 of them
_EXPORT_ID = re.compile(r"\s+(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,32}$")


def without_export_id(name: str) -> str:
    """A page's or folder's name without the id an export (Notion's) appended: "Den Digging b21c3d" -> "Den Digging"."""
    return _EXPORT_ID.sub("", name.strip()) or name.strip()


def note_name(name: str) -> str:
    """What a note's name or a link to it names: "Dataset Engineering MOC" (Obsidian's map of content),
    "MOC - Dataset Engineering" -> "Dataset Engineering"; "" for a file that is no note ("diagram.png")."""
    name = "" if re.search(r"\.(?:png|jpe?g|gif|svg|webp|bmp|pdf|mp4|mov|webm|mp3|wav|excalidraw|canvas)$", name.strip(), re.I) \
        else without_export_id(name)
    if re.search(r"(?:^|[\s(])MOC\)?$", name[-6:]):
        return name[: name.rfind("MOC")].rstrip(" (-–—") or name
    return name[3:].lstrip(" -–—:") or name if re.match(r"MOC\s*[-–—:]", name) else name
