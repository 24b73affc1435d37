"""Choosing and opening the graph's backend: in memory, an on-disk Oxigraph store, or a SPARQL endpoint.

- memory: aie.trig parsed into an in-memory pyoxigraph store (~190k quads/s): best for small graphs.
- oxigraph: a pyoxigraph (RocksDB) store in exports/.kg-store/, written once by `kg build` (or by the
  first read after aie.trig changed) and reopened read-only by every later command in milliseconds,
  whatever its size, with the label index resolve() needs beside it (names.sqlite). It does not need
  aie.trig once written.
- auto (the default): the on-disk store when the dataset is large (or aie.trig is gone), memory else.
- an endpoint URL: a SPARQL 1.1 server (kg.remote), whatever the workspace holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.files import running
from kg.errors import RDFSyntaxError, WorkspaceError
from kg.graph.knowledge import KnowledgeGraph
from kg.workspace import AUTO_ABOVE, Workspace

if TYPE_CHECKING:
    from pathlib import Path

BACKENDS = ("auto", "memory", "oxigraph")
STORE_DIR = ".kg-store"  # in exports/: db/ (the store), names.sqlite, stamp
STORE_VERSION = "2"
NAMES = "names.sqlite"


def open_graph(workspace: Workspace) -> KnowledgeGraph:
    """The workspace's graph, from the backend its settings choose."""
    if workspace.endpoint:
        from kg.stores.remote import Endpoint, RemoteNames, RemoteStore

        remote = RemoteStore(Endpoint.from_env(workspace.endpoint))
        return KnowledgeGraph(remote, names=RemoteNames(remote))
    return open_local(workspace)


def open_local(workspace: Workspace) -> KnowledgeGraph:
    """The graph `kg build` wrote in the workspace, in memory or from the on-disk store."""
    backend = workspace.store
    if backend not in BACKENDS:
        raise WorkspaceError(f"unknown store '{backend}'; choose one of {', '.join(BACKENDS)}")
    if workspace.backend() == "memory":
        return KnowledgeGraph.load(workspace.built_dataset())
    dataset = workspace.dataset
    directory = store_dir(workspace)
    if dataset.is_file() and _stamp(directory) != stamp_of(dataset):
        try:
            write_store(workspace)
        except OSError as error:
            if backend == "oxigraph":
                raise WorkspaceError(f"cannot write the on-disk store: {error.strerror or error}", path=str(directory)) from None
            return KnowledgeGraph.load(dataset)  # a read-only folder: parse, as for a small graph
    elif not dataset.is_file() and not (directory / "db").is_dir():
        raise WorkspaceError(f"no built graph here; run `kg build{' --store oxigraph' if backend == 'oxigraph' else ''}` first",
                             path=str(dataset))
    try:
        return _open(directory)
    except (OSError, ValueError) as error:
        raise WorkspaceError(f"the on-disk store cannot be opened ({error}); run `kg build --store oxigraph` again",
                             path=str(directory)) from None


def store_dir(workspace: Workspace) -> Path:
    return workspace.exports / STORE_DIR


def stamp_of(dataset: str | Path) -> str:
    """What the store was made from: the dataset's size and modification time."""
    info = os.stat(dataset)
    return f"{STORE_VERSION} {info.st_size} {info.st_mtime_ns}"


def _stamp(directory: Path) -> str | None:
    try:
        return (directory / "stamp").read_text(encoding="utf-8")
    except OSError:
        return None


def _open(directory: Path) -> KnowledgeGraph:
    if not (directory / NAMES).is_file():
        raise OSError(f"{NAMES} is missing")
    return KnowledgeGraph(ox.Store.read_only(str(directory / "db")), names=NameIndex(directory / NAMES))


class NameIndex(Mapping[str, list[tuple[int, ox.NamedNode]]]):
    """resolve()'s index of every label (lookup key -> ranked concepts), read one key at a time from
    SQLite: loading all of it (200k keys at 100k concepts) would take longer than the whole command."""

    def __init__(self, path: Path) -> None:
        import sqlite3  # only the on-disk backend needs it: off the start-up path of small graphs

        self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    def __getitem__(self, key: str) -> list[tuple[int, ox.NamedNode]]:
        rows = self.db.execute("SELECT rank, iri FROM names WHERE key = ? ORDER BY rowid", (key,)).fetchall()
        if not rows:
            raise KeyError(key)
        return [(rank, ox.NamedNode(iri)) for rank, iri in rows]

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self.db.execute("SELECT DISTINCT key FROM names"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT key) FROM names").fetchone()[0]


def _write_names(path: Path, names: Mapping[str, list[tuple[int, ox.NamedNode]]]) -> None:
    import sqlite3

    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE names (key TEXT NOT NULL, rank INTEGER NOT NULL, iri TEXT NOT NULL)")
        db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                       ((key, rank, concept.value) for key, entries in names.items() for rank, concept in entries))
        db.execute("CREATE INDEX names_key ON names (key)")
    db.close()


def write_store(workspace: Workspace) -> Path:
    """Copy aie.trig into the on-disk store: written in a temporary folder, then renamed into place,
    so that a reader never sees half of one and a failed write leaves the old store whole."""
    import shutil

    dataset = workspace.built_dataset()
    directory = store_dir(workspace)
    stamp = stamp_of(dataset)
    for left in directory.parent.glob(f"{STORE_DIR}-*-*"):  # a killed build's folders; a running one's stay
        kind, _, pid = left.name.removeprefix(f"{STORE_DIR}-").partition("-")
        if kind in {"tmp", "old"} and pid.isdigit() and not running(int(pid)):
            shutil.rmtree(left, ignore_errors=True)
    work = directory.with_name(f"{STORE_DIR}-tmp-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    try:
        work.mkdir(parents=True)
        store = ox.Store(str(work / "db"))
        try:
            store.bulk_load(path=str(dataset), format=ox.RdfFormat.TRIG)
        except SyntaxError as error:
            raise RDFSyntaxError(f"column {error.offset}: {error.msg}", path=str(dataset), line=error.lineno) from None
        _write_names(work / NAMES, KnowledgeGraph(store).name_index())
        store.flush()
        del store  # closes the database before the folder moves
        (work / "stamp").write_text(stamp, encoding="utf-8")
        if directory.exists():
            old = directory.with_name(f"{STORE_DIR}-old-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            directory.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        work.rename(directory)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return directory


def after_build(workspace: Workspace) -> list[Path]:
    """What `kg build` writes besides the files: the on-disk store when the workspace uses one."""
    wants = workspace.store == "oxigraph" or (
        workspace.store == "auto" and (store_dir(workspace).is_dir() or workspace.dataset.stat().st_size >= AUTO_ABOVE))
    if not wants:
        return []
    try:
        return [write_store(workspace)]
    except OSError as error:
        raise WorkspaceError(f"cannot write the on-disk store: {error.strerror or error}", path=str(store_dir(workspace))) from None


def local_store(workspace: Workspace) -> Any:
    """The local store `kg push` sends: the workspace's graph, whatever endpoint is configured."""
    return open_local(workspace._replace(endpoint=None)).store
