"""`kg watch`: build the graph again whenever a notes or curated file of the workspace is saved.

The files are watched with watchfiles (inotify and the like, through its Rust core; polling where
the system has nothing better). Each save gives one line: what the rebuild changed, as `kg build`
says it, or the error of a bad edit, in which case exports/ keeps the last good build (a build reads
and checks everything before it writes, and puts its files in place together). Warnings are shown
when they are new, not again at every save. In one process, a rebuild of the shipped notes takes a
few tenths of a second: the tagger and lemma tables stay loaded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KGError
from kg.workspace import REJECTED, Workspace

if TYPE_CHECKING:
    from threading import Event

    from kg.builder import BuildResult


@dataclass
class Outcome:
    """One build: its result, or the error that stopped it."""

    changed: list[str]  # the saved files, as the data folder shows them; [] for the first build
    result: BuildResult | None = None
    error: KGError | None = None
    new_warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        saved = ", ".join(self.changed) or "the workspace"
        if self.result is None:
            return f"{saved}: Error: {self.error} (exports/ keeps the last good build)"
        return f"{saved}: {self.result.change_summary()} ({self.seconds:.2f} s)"


class Rebuilder:
    """Builds the workspace, remembering which warnings it has already shown."""

    def __init__(self, workspace: Workspace, *, base: str, page: bool) -> None:
        self.workspace, self.base, self.page = workspace, base, page
        self._warned: set[str] = set()

    def __call__(self, changed: list[str]) -> Outcome:
        from kg.builder import build

        started = time.perf_counter()
        try:
            result = build(self.workspace, base=self.base, page=self.page)
        except KGError as error:
            return Outcome(changed, error=error, seconds=time.perf_counter() - started)
        warnings = [str(w) for w in result.warnings]
        new = [w for w in warnings if w not in self._warned]
        self._warned = set(warnings)
        return Outcome(changed, result, new_warnings=new, seconds=time.perf_counter() - started)

    def behind(self) -> bool:
        """Whether the inputs differ from what the last good build read (a save it did not see)."""
        from kg.schema import build_salt

        try:
            return self.workspace.build_stamp().get("inputs") != self.workspace.inputs_digest(build_salt(self.base))
        except KGError:  # no notes at all: a build says so
            return True


def watch(workspace: Workspace, rebuild: Rebuilder, report: Callable[[Outcome], None], *,
          ready: Callable[[], None] = lambda: None, stop: Event | None = None) -> None:
    """Rebuild after every save of an input of the workspace, until Ctrl-C (or `stop` is set).
    `ready` is called once the watch is on: a save before it is caught up with then."""
    import logging

    import watchfiles

    logging.getLogger("watchfiles").setLevel(logging.ERROR)  # not "KeyboardInterrupt caught": Ctrl-C is the way out
    data = workspace.data.resolve()
    exports = workspace.exports.resolve()

    def is_input(_change: object, path: str) -> bool:
        return input_name(data, exports, Path(path)) is not None

    watching = False
    # a timeout yields nothing every so often: the first one says the watch is on
    for changes in watchfiles.watch(data, watch_filter=is_input, raise_interrupt=False, stop_event=stop, step=50,
                                    rust_timeout=300, yield_on_timeout=True):
        names = sorted({name for _change, path in changes if (name := input_name(data, exports, Path(path)))})
        if not watching:
            watching = True
            if not names and rebuild.behind():  # saved before the watch was on
                report(rebuild(["a file saved meanwhile"]))
            ready()
        if names:
            report(rebuild(names))


def input_name(data: Path, exports: Path, path: Path) -> str | None:
    """The name under the data folder of a file a build reads (a notes .md under notes/, a .ttl, the
    rejected statements); None for anything else: hidden and temporary files, an exports folder
    inside the data folder, an editor's backups."""
    try:
        relative = path.resolve().relative_to(data)
    except (ValueError, OSError):
        return None
    if path.resolve().is_relative_to(exports) or any(part.startswith(".") for part in relative.parts):
        return None
    name = relative.as_posix()
    if name == REJECTED or relative.suffix == ".ttl" or (relative.suffix == ".md" and relative.parts[0] == "notes"):
        return name
    return None
