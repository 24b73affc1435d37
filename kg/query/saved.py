"""Answers `kg build` saves beside aie.trig, so that a command can answer without loading the graph:
every concept's card (kg.query.cards, for `kg show`), the counts of `kg stats` (here), the search
index (kg.query.search_index, for `kg search`).

Each is stamped with what it was made from: the dataset's and the vocabulary's size and
modification time, kg's version, Python's, and the form of the file. A stamp that does not
match, or a file that cannot be read, means "not here", and the command asks the graph: a saved
answer is never older than aie.trig. Nothing is saved for a graph on a SPARQL endpoint, which
other people may change. Files are marshal data (built in: nothing to import), written atomically.
"""

from __future__ import annotations

import marshal
import os
import sys

from kg.schema import path as schema_path
from kg.version import __version__
from kg.workspace import Workspace

STATS = ".kg-stats"  # in exports/
STATS_FORM = 1


def stamp(workspace: Workspace, form: int) -> tuple[object, ...] | None:
    """What a saved answer of this form is made from; None when there is no built graph."""
    try:
        dataset, ontology = os.stat(workspace.dataset_file), os.stat(schema_path("vocab.ttl"))
    except OSError:
        return None
    return (form, __version__, tuple(sys.version_info[:2]), dataset.st_size, dataset.st_mtime_ns,
            ontology.st_size, ontology.st_mtime_ns)


def serves(workspace: Workspace) -> bool:
    """Whether answers saved in the workspace may stand for its graph: not when it is on an endpoint."""
    return not workspace.endpoint


def stats_file(workspace: Workspace) -> str:
    return os.path.join(workspace.exports_folder, STATS)


def saved_stats(workspace: Workspace) -> dict[str, object] | None:
    """What `kg stats` would count, as `kg build` saved it; None when it cannot say (see above)."""
    if not serves(workspace):
        return None
    try:
        with open(stats_file(workspace), "rb") as file:
            made_from, found = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # none saved, or saved by a kg that wrote it otherwise: the graph answers
    return found if made_from == stamp(workspace, STATS_FORM) and isinstance(found, dict) else None


def save_stats(workspace: Workspace, found: dict[str, object]) -> None:
    """Save what kg.query.stats.stats counted of the aie.trig now in place (`kg build` counts the
    graph it parsed back from the file it wrote, and saves the answer once that file is in place)."""
    from kg.files import atomic_write

    atomic_write(stats_file(workspace), marshal.dumps((stamp(workspace, STATS_FORM), found)))
