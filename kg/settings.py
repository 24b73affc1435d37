"""A workspace's settings, in its data folder beside the notes (data/kg.toml), so that they move,
and are committed and cloned, with them. Today one: the workspace's id, which names its collection.

    # aie-kg workspace settings, kept with the notes: commit this file.
    workspace = "my-notes-3fa9c1"

A server holds each workspace's collection (its source graphs and provenance) under its own base,
beside the base of the concepts and named by the workspace's id: https://w3id.org/aie-kg/aie/ and
"my-notes-3fa9c1" give https://w3id.org/aie-kg/my-notes-3fa9c1/. Concepts keep the one base every
workspace shares, so curated files and other tools name them alike; two workspaces' pushes land in
two collections. The id is made once (by `kg init` or the first `kg build`) from the folder's name
and path, and stored, so a moved folder or a clone on another machine is the same workspace with the
same collection; a copy of the folder is too, until its kg.toml is removed. The shipped
notes' workspace is named "aie", the last segment of the default base, so their collection is that
base, as it was before workspaces had ids.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.errors import ExportError, WorkspaceError
from kg.files import atomic_write
from kg.labels import slug

if TYPE_CHECKING:
    from kg.workspace import Workspace

SETTINGS = "kg.toml"
KEYS = ("workspace",)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def workspace_id(workspace: Workspace, *, create: bool = False) -> str | None:
    """The workspace's id from data/kg.toml; with `create`, one is made and saved when there is none
    (a data folder that cannot be written gets the same id, from its path, every time)."""
    path = workspace.data / SETTINGS
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        raise WorkspaceError(f"cannot read the settings: {getattr(error, 'strerror', None) or error}", path=str(path)) from None
    found = _parse(text, str(path))
    if found is not None or not create:
        return found
    made = new_id(workspace)
    header = "" if text else ("# aie-kg workspace settings, kept with the notes: commit this file.\n"
                              "# The id names this workspace's collection on a SPARQL server (kg push).\n")
    try:
        atomic_write(path, f'{text}{header}workspace = "{made}"\n')
    except ExportError:
        pass  # a read-only data folder: its path gives the same id next time
    return made


def new_id(workspace: Workspace) -> str:
    """ "my-notes-3fa9c1": the folder's name (that of the folder holding data/, for a folder named
    data) and a digest of its path, so two folders of one name differ, and a folder whose kg.toml
    was never committed (a fresh checkout in CI) gets the same id at the same place."""
    import hashlib

    folder = workspace.data.resolve()
    name = folder.parent.name if folder.name == "data" else folder.name
    return f"{slug(name)[:40].strip('-') or 'notes'}-{hashlib.sha1(str(folder).encode()).hexdigest()[:6]}"


def collection_base(base: str, workspace: str) -> str:
    """Where a workspace's collection lives: beside the concepts' base, named by the workspace.
    https://w3id.org/aie-kg/aie/ and "my-notes-3fa9c1" -> https://w3id.org/aie-kg/my-notes-3fa9c1/;
    a base with no folder to be beside (https://example.org/) holds it: https://example.org/my-notes-3fa9c1/."""
    from urllib.parse import urlsplit

    if base.endswith("/") and urlsplit(base).path.strip("/"):
        return base[: base.rstrip("/").rindex("/") + 1] + workspace + "/"
    return base + workspace + "/"


def _parse(text: str, shown: str) -> str | None:
    import tomllib

    try:
        settings = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise WorkspaceError(f"not TOML: {error}", path=shown) from None
    unknown = sorted(set(settings) - set(KEYS))
    if unknown:
        raise WorkspaceError(f"unknown setting '{unknown[0]}'; the settings are: {', '.join(KEYS)}", path=shown)
    found = settings.get("workspace")
    if found is None:
        return None
    if not isinstance(found, str) or not _ID.fullmatch(found):
        raise WorkspaceError(f"workspace must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                             f"or digit, not {found!r}", path=shown)
    return found
