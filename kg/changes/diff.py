"""`kg diff`: what changed between two builds of the workspace, each read as a Snapshot
(kg.graph.compare): the last build and the notes now, a git revision and the notes now, or two
revisions.

The notes now cost a build in memory (some 2 s in a fresh process, mostly loading the tagger and
lemma tables), unless the last build's stamp shows that it read the files as they are now: then
aie.trig stands for them, and nothing of the ingester is even imported.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.graph.compare import Change, Snapshot, compare, summary
from kg.schema import build_salt
from kg.workspace import Workspace


class Diff(NamedTuple):
    changes: list[Change]
    since: str  # "since the last build", "since HEAD~1", "from v1 to v2"

    def summary(self) -> str:
        return f"{summary(self.changes)} {self.since}"


def diff(workspace: Workspace, revisions: tuple[str, ...] = ()) -> Diff:
    """The changes from the last build (or the first revision) to the notes now (or the second revision)."""
    base = workspace.build_stamp().get("base") or _default_base()
    if not revisions:
        before = Snapshot.of_file(workspace.built_dataset())
        return Diff(compare(before, notes_now(workspace, base, before)), "since the last build")
    from kg.changes.revisions import snapshot_at

    old = snapshot_at(workspace, revisions[0], base)
    if len(revisions) == 1:
        return Diff(compare(old, notes_now(workspace, base)), f"since {revisions[0]}")
    return Diff(compare(old, snapshot_at(workspace, revisions[1], base)), f"from {revisions[0]} to {revisions[1]}")


def notes_now(workspace: Workspace, base: str, last_build: Snapshot | None = None) -> Snapshot:
    """The workspace's files as they are: the last build when its stamp says it read them so, else a
    build in memory (nothing is written)."""
    stamp = workspace.build_stamp()
    if stamp and stamp.get("inputs") == workspace.inputs_digest(build_salt(stamp.get("base", base))):
        return last_build or Snapshot.of_file(workspace.dataset)
    from kg.builder import read

    return Snapshot.of_quads(read(workspace, base=base).dataset())


def _default_base() -> str:
    from kg.graph.namespaces import DEFAULT_BASE

    return DEFAULT_BASE
