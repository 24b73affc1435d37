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
# `kg review`'s decisions, in data/: accepted statements are curated Turtle `kg build` merges like any
# other; rejected ones a list of labels (not Turtle: a rejection states nothing) the builder leaves out
ACCEPTED = "accepted.ttl"
REJECTED = "rejected.tsv"
BUILD_STAMP = ".kg-inputs"  # in exports/: what the last build read (see Workspace.stamp_build)
AUTO_ABOVE = 2_000_000  # bytes of TriG (~40k quads): below it, parsing beats opening an on-disk store


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

    def backend(self, size: int | None = None) -> str:
        """The local backend that serves the graph (kg.stores.backends): memory, or oxigraph (the
        on-disk store), which `--store auto` chooses for a large aie.trig or none; with `size`, for
        an aie.trig of that many bytes (one being written) rather than the one in place."""
        if self.store == "memory":
            return "memory"
        try:
            small = (os.stat(self.dataset_file).st_size if size is None else size) < AUTO_ABOVE
        except OSError:
            small = False
        return "memory" if self.store == "auto" and small else "oxigraph"

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

    @property
    def accepted(self) -> Path:
        return self.data / ACCEPTED

    @property
    def rejected(self) -> Path:
        return self.data / REJECTED

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

    def inputs(self) -> list[Path]:
        """Every file a build reads: the notes, the curated Turtle and the rejected statements."""
        return self.notes_files() + self.curated_files() + ([self.rejected] if self.rejected.is_file() else [])

    def inputs_digest(self, salt: str) -> str:
        """A digest of every file a build reads, as they are now, and of `salt` (kg.schema.build_salt)."""
        import hashlib

        digest = hashlib.sha1(salt.encode())
        for path in self.inputs():
            content = path.read_bytes()
            digest.update(f"\n{self.shown(path)}\n{len(content)}\n".encode())
            digest.update(content)
        return digest.hexdigest()

    @property
    def build_stamp_file(self) -> str:
        return os.path.join(self.exports_folder, BUILD_STAMP)

    def new_build_stamp(self, inputs: str, base: str) -> str:
        """The note that the aie.trig just written was built from inputs of digest `inputs` (taken
        before they were read) with `base`: JSON text, for the builder to write to build_stamp_file."""
        import json

        made = os.stat(self.dataset_file)
        return json.dumps({"inputs": inputs, "base": base, "dataset": [made.st_size, made.st_mtime_ns]})

    def build_stamp(self) -> dict[str, str]:
        """What the last build noted of its inputs ({"inputs", "base"}); {} when there is no note, or
        it belongs to another aie.trig (rebuilt by an older kg, or put back by git)."""
        import json

        try:
            with open(self.build_stamp_file, encoding="utf-8") as file:
                saved = json.load(file)
            made = os.stat(self.dataset_file)
        except (OSError, ValueError):
            return {}
        if not isinstance(saved, dict) or saved.get("dataset") != [made.st_size, made.st_mtime_ns]:
            return {}
        return {k: v for k, v in saved.items() if k in ("inputs", "base") and isinstance(v, str)}

    def built_dataset(self) -> str:
        """The dataset `kg build` wrote; an error that says to build first when there is none."""
        if not os.path.isfile(self.dataset_file):
            raise WorkspaceError("no built graph here; run `kg build` first", path=self.dataset_file)
        return self.dataset_file
