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
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg import progress
from kg.files import running
from kg.stores import bulk
from kg.errors import RDFSyntaxError, WorkspaceError
from kg.graph.knowledge import KnowledgeGraph
from kg.workspace import AUTO_ABOVE, GRAPH_DATASET, Workspace

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

        from kg.settings import workspace_id

        remote = RemoteStore(Endpoint.from_env(workspace.endpoint), workspace=workspace_id(workspace))
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


def current_store(workspace: Workspace) -> ox.Store | None:
    """The on-disk store, opened read-only, when the workspace's backend is one and the store holds
    aie.trig as it is now (or aie.trig is gone); None when aie.trig is to be read instead. Unlike
    open_local, it never writes the store (at 20,000 concepts that takes longer than a parse)."""
    if workspace.backend() != "oxigraph":
        return None
    directory = store_dir(workspace)
    if workspace.dataset.is_file() and _stamp(directory) != stamp_of(workspace.dataset):
        return None
    try:
        return ox.Store.read_only(str(directory / "db"))
    except (OSError, ValueError):  # none there, or one that cannot be opened
        return None


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
    dataset = workspace.built_dataset()
    with open(dataset, "rb") as data, progress.stage("on-disk store", f"loading {GRAPH_DATASET}"):
        work = _prepared(workspace, data, stamp_of(dataset))
    return _installed(workspace, work)


def _prepared(workspace: Workspace, data: BinaryIO, stamp: str, cancelled: threading.Event | None = None,
              classes: Callable[[], Mapping[ox.NamedNode, str] | None] = lambda: None) -> Path:
    """The store of a dataset and its label index, written and stamped in a temporary folder beside
    the store's place; `classes`: each concept's, when the caller knows them once the store is
    loaded (the index reads no type from the store then)."""
    import shutil

    directory = store_dir(workspace)
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
            bulk.load(store, data, cancelled)
        except SyntaxError as error:
            raise RDFSyntaxError(f"column {error.offset}: {error.msg}", path=str(workspace.dataset), line=error.lineno) from None
        _write_names(work / NAMES, KnowledgeGraph(store, classes=classes()).name_index())
        store.flush()
        del store  # closes the database before the folder moves
        (work / "stamp").write_text(stamp, encoding="utf-8")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return work


def _installed(workspace: Workspace, work: Path) -> Path:
    """A prepared store put in place of the old one."""
    import shutil

    directory = store_dir(workspace)
    try:
        if directory.exists():
            old = directory.with_name(f"{STORE_DIR}-old-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            directory.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        work.rename(directory)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return directory


class StoreWriter:
    """The on-disk store of a build, written in a thread from the dataset file the build has just
    written (not yet in place) while the build goes on: pyoxigraph loads with the GIL released
    (kg.stores.bulk), so the counts, aie.ttl and the page are made meanwhile. install() puts it in
    place once the build's files are; discard() drops it when the build fails. `classes`, each
    concept's class, may be given while it is written: the name index then reads none from the
    store."""

    def __init__(self, workspace: Workspace, dataset: Path) -> None:
        self.workspace = workspace
        self.classes: Mapping[ox.NamedNode, str] | None = None
        self._data = open(dataset, "rb")  # opened here: the file is renamed into place meanwhile
        self._stamp = stamp_of(dataset)  # a rename keeps the file's size and modification time
        self._cancelled = threading.Event()
        self._work: Path | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="kg-store", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        try:
            self._work = _prepared(self.workspace, self._data, self._stamp, self._cancelled, lambda: self.classes)
        except BaseException as error:  # raised again in the build's thread, by install()
            self._error = error
        finally:
            self._data.close()

    def install(self) -> list[Path]:
        with progress.stage("on-disk store", f"loading {GRAPH_DATASET}"):
            self._thread.join()
        if self._error is not None:
            if isinstance(self._error, OSError):
                raise WorkspaceError(f"cannot write the on-disk store: {self._error.strerror or self._error}",
                                     path=str(store_dir(self.workspace))) from None
            raise self._error
        work, self._work = self._work, None
        try:
            return [_installed(self.workspace, work)] if work is not None else []
        except OSError as error:
            raise WorkspaceError(f"cannot write the on-disk store: {error.strerror or error}", path=str(store_dir(self.workspace))) from None

    def discard(self) -> None:
        import shutil

        self._cancelled.set()
        self._thread.join()
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None


def store_writer(workspace: Workspace, dataset: Path) -> StoreWriter | None:
    """The on-disk store's writer when the workspace keeps one (oxigraph; auto, for a large dataset
    or once it has one), started on `dataset`; None otherwise."""
    wants = workspace.store == "oxigraph" or (
        workspace.store == "auto" and (store_dir(workspace).is_dir() or dataset.stat().st_size >= AUTO_ABOVE))
    return StoreWriter(workspace, dataset) if wants else None


def local_store(workspace: Workspace) -> Any:
    """The local store `kg push` sends: the workspace's graph, whatever endpoint is configured."""
    return open_local(workspace._replace(endpoint=None)).store
