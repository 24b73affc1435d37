"""The workspace's data folder at a git revision, built in memory, for `kg diff REV`.

The folder's files at the revision come out of `git archive` into a temporary folder (the working
tree, the index and HEAD are left alone) and are built there as the notes now would be. The
comparison's view of that build is kept in exports/.kg-revisions/ under the id git gives the
folder's tree: the id names the content, so a kept build serves until kg, the vocabulary or the
base IRI change, and a second `kg diff HEAD~1` reads nothing but that file.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

from kg.errors import KGError
from kg.files import atomic_write
from kg.graph.compare import Concept, Snapshot
from kg.schema import build_salt
from kg.workspace import Workspace

KEPT = ".kg-revisions"  # in exports/
KEEP_AT_MOST = 16


class UnknownRevision(KGError):
    """A revision git does not know, or one that cannot be one: a usage error."""

    exit_code = 2


def snapshot_at(workspace: Workspace, revision: str, base: str) -> Snapshot:
    """The build of the data folder as it was at `revision` (a commit, a tag, HEAD~1, ...)."""
    if not revision or revision.startswith("-"):  # never an option to git
        raise UnknownRevision(f"'{revision}' is not a git revision")
    tree = _tree(workspace, revision)
    kept = workspace.exports / KEPT / f"{tree}-{build_salt(base)[:12]}.json"
    try:
        return _load(kept)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    with tempfile.TemporaryDirectory(prefix="kg-revision-") as scratch:
        archive = _archive(workspace, tree)
        try:
            with tarfile.open(fileobj=io.BytesIO(archive)) as files:
                if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later: no links out, no odd modes
                    files.extractall(scratch, filter="data")
                else:
                    files.extractall(scratch)  # noqa: S202 - git writes no absolute or parent paths
        except (tarfile.TarError, OSError) as error:  # a link out of the folder, a name this system refuses
            raise KGError(f"at {revision}: the data folder cannot be unpacked: {error}") from None
        from kg.builder import read

        try:
            reading = read(Workspace.at(scratch, os.path.join(scratch, ".exports")), base=base)
        except KGError as error:
            raise _at(error, revision) from None
        found = Snapshot.of_quads(reading.dataset())
    _keep(kept, found)
    return found


def _at(error: KGError, revision: str) -> KGError:
    """The same error, saying which revision it was met in."""
    again = KGError(f"at {revision}: {error}")
    again.exit_code = error.exit_code
    return again


def _tree(workspace: Workspace, revision: str) -> str:
    """The id of the data folder's tree at `revision`."""
    _git(workspace, "rev-parse", "--git-dir")  # not a repository at all: say so, not "unknown revision"
    found = _git(workspace, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", check=False)
    if found.returncode != 0:
        raise UnknownRevision(f"git knows no revision '{revision}'")
    commit = found.stdout.decode().strip()
    tree = _git(workspace, "rev-parse", "--verify", "--quiet", f"{commit}:./", check=False)
    if tree.returncode != 0:
        raise KGError(f"{revision} holds no {workspace.data_folder} folder (it came into git later)")
    return tree.stdout.decode().strip()


def _archive(workspace: Workspace, tree: str) -> bytes:
    """The files of a tree as a tar archive; from the top of the repository, as git archive in a
    folder below it would keep only what lies in that folder's path within the tree."""
    top = _git(workspace, "rev-parse", "--show-toplevel").stdout.decode().strip()
    return _git(workspace, "archive", "--format=tar", tree, cwd=top).stdout


def _git(workspace: Workspace, *args: str, check: bool = True, cwd: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """A git command run in the data folder (or `cwd`); with `check`, a failure is a KGError."""
    if not workspace.data.is_dir():
        raise KGError("data folder does not exist", path=str(workspace.data))
    try:
        done = subprocess.run(["git", *args], cwd=cwd or workspace.data, capture_output=True, check=False)
    except FileNotFoundError:
        raise KGError("git is not installed; comparing revisions needs it") from None
    if check and done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        if message and "not a git repository" in message[0]:
            raise KGError("the data folder is not in a git repository", path=str(workspace.data))
        raise KGError(f"git {args[0]}: {message[0] if message else f'exit status {done.returncode}'}")
    return done


def _keep(path: Path, snapshot: Snapshot) -> None:
    """Save a revision's snapshot, and forget all but the latest few."""
    data = {"concepts": snapshot.concepts, "statements": [[*triple, graphs] for triple, graphs in snapshot.statements.items()],
            "places": snapshot.places}
    try:
        atomic_write(path, json.dumps(data, ensure_ascii=False))
        kept = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[KEEP_AT_MOST:]:
            old.unlink(missing_ok=True)
    except (KGError, OSError):
        pass  # a read-only exports folder: the next diff builds the revision again


def _load(path: Path) -> Snapshot:
    data = json.loads(path.read_text(encoding="utf-8"))
    os.utime(path)  # recently used: kept longer
    concepts = {iri: Concept(label, cls, tuple(graphs)) for iri, (label, cls, graphs) in data["concepts"].items()}
    statements = {(s, r, o): tuple(graphs) for s, r, o, graphs in data["statements"]}
    places = {graph: (file, int(line)) for graph, (file, line) in data["places"].items()}
    return Snapshot(concepts, statements, places)
