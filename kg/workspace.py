"""Where a workspace keeps its inputs (data/) and outputs (exports/), and what each file is called."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NamedTuple

from kg.errors import WorkspaceError

if TYPE_CHECKING:
    from pathlib import Path

GRAPH_TURTLE = "aie.ttl"
GRAPH_DATASET = "aie.trig"  # the same graph with its provenance: one named graph per source line
GRAPH_PAGE = "graph.html"


# A NamedTuple, not a dataclass: every command makes one, and defining a dataclass costs start-up time.
# The folders are kept as the strings given, with Path views for the code that reads and writes
# files: a query needs one file name, and importing pathlib would cost every command ~3 ms.
class Workspace(NamedTuple):
    data_folder: str
    exports_folder: str
    store: str = "auto"  # the backend (kg.store): auto, memory or oxigraph (on disk, in exports/)
    endpoint: str | None = None  # a SPARQL endpoint's URL, read from (and pushed to) instead

    def __repr__(self) -> str:  # without the endpoint, should its URL hold a secret
        return f"Workspace(data={self.data_folder!r}, exports={self.exports_folder!r}, store={self.store!r})"

    @classmethod
    def at(cls, data: str | os.PathLike[str] = "data", exports: str | os.PathLike[str] = "exports", *,
           store: str = "auto", endpoint: str | None = None) -> Workspace:
        return cls(os.fspath(data), os.fspath(exports), store, endpoint)

    @property
    def data(self) -> Path:
        from pathlib import Path

        return Path(self.data_folder)

    @property
    def exports(self) -> Path:
        from pathlib import Path

        return Path(self.exports_folder)

    @property
    def dataset_file(self) -> str:
        """exports/aie.trig as a string: what the query path opens."""
        return os.path.join(self.exports_folder, GRAPH_DATASET)

    @property
    def notes(self) -> Path:
        return self.data / "notes"

    @property
    def turtle(self) -> Path:
        return self.exports / GRAPH_TURTLE

    @property
    def dataset(self) -> Path:
        return self.exports / GRAPH_DATASET

    @property
    def page(self) -> Path:
        return self.exports / GRAPH_PAGE

    def shown(self, path: Path) -> str:
        """A path as messages and provenance show it: relative to the data folder."""
        try:
            return path.relative_to(self.data).as_posix()
        except ValueError:
            return str(path)

    def notes_files(self) -> list[Path]:
        if not self.data.is_dir():
            raise WorkspaceError("data folder does not exist", path=str(self.data))
        files = sorted(p for p in self.notes.rglob("*.md") if p.is_file()) if self.notes.is_dir() else []
        if not files:
            raise WorkspaceError("no .md notes file in this folder", path=str(self.notes))
        return files

    def curated_files(self) -> list[Path]:
        return sorted(p for p in self.data.rglob("*.ttl") if p.is_file())

    def built_dataset(self) -> str:
        """The dataset `kg build` wrote; an error that says to build first when there is none."""
        if not os.path.isfile(self.dataset_file):
            raise WorkspaceError("no built graph here; run `kg build` first", path=self.dataset_file)
        return self.dataset_file
