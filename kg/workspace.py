"""Where a workspace keeps its inputs (data/) and outputs (exports/), and what each file is called."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from .errors import WorkspaceError

GRAPH_TURTLE = "aie.ttl"
GRAPH_DATASET = "aie.trig"  # the same graph with its provenance: one named graph per source line
GRAPH_PAGE = "graph.html"


# A NamedTuple, not a dataclass: every command makes one, and defining a dataclass costs start-up time.
class Workspace(NamedTuple):
    data: Path
    exports: Path
    store: str = "auto"  # the backend (kg.store): auto, memory or oxigraph (on disk, in exports/)
    endpoint: str | None = None  # a SPARQL endpoint's URL, read from (and pushed to) instead

    def __repr__(self) -> str:  # without the endpoint, should its URL hold a secret
        return f"Workspace(data={str(self.data)!r}, exports={str(self.exports)!r}, store={self.store!r})"

    @classmethod
    def at(cls, data: str | Path = "data", exports: str | Path = "exports", *, store: str = "auto",
           endpoint: str | None = None) -> Workspace:
        return cls(Path(data), Path(exports), store, endpoint)

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

    def built_dataset(self) -> Path:
        """The dataset `kg build` wrote; an error that says to build first when there is none."""
        if not self.dataset.is_file():
            raise WorkspaceError("no built graph here; run `kg build` first", path=str(self.dataset))
        return self.dataset
