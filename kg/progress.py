"""Progress of long work on stderr: on a terminal a bar with its total (drawn by rich), off one a
plain line every few seconds ("build: 12,000/20,000 paragraphs read"), so that a CI log shows the
work is alive; nothing at all for work that ends within the first interval.

The library says what it is doing and how far it got, and never draws:

    with progress.stage("build", "paragraphs read", total=len(paragraphs)) as step:
        for paragraph in paragraphs:
            ...
            step.advance()

Nothing is shown unless a command turned reporting on (cli.py does, for every command), so a
notebook calling kg.build() sees nothing. advance() only adds to a counter: a thread, started with
the first stage, shows what the counters say, so the work pays nothing for being watched, and a
stage that waits on one long call (a server's answer, pySHACL) still shows that it is alive.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

ENV_INTERVAL = "KG_PROGRESS_INTERVAL"
INTERVAL = 5.0  # seconds between plain lines; the first comes one interval after the work began
BAR_AFTER = 1.0  # seconds of work before a terminal gets a bar (and rich is imported)
FRAME = 0.1  # seconds between a bar's redraws


class Step:
    """How far one stage got: `done` of `total` (None: not known beforehand)."""

    __slots__ = ("label", "what", "total", "done", "started")

    def __init__(self, label: str, what: str, total: int | None) -> None:
        self.label, self.what, self.total, self.done = label, what, total, 0
        self.started = time.monotonic()

    def advance(self, amount: int = 1) -> None:
        self.done += amount

    def line(self) -> str:
        """ "build: 12,000/20,000 paragraphs read"; without a total, how long it has taken."""
        if self.total is not None:
            return f"{self.label}: {self.done:,}/{self.total:,} {self.what}"
        count = f" ({self.done:,})" if self.done else ""
        return f"{self.label}: {self.what}{count}, {time.monotonic() - self.started:.0f} s"


class _Reporter:
    """Shows the innermost stage under way: a line per interval, or a bar on a terminal."""

    def __init__(self, stream: TextIO, interval: float | None) -> None:
        self.stream = stream
        self.interval = interval
        self.terminal = _is_terminal(stream)
        self.steps: list[Step] = []
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None
        self.started = 0.0
        self.bar: Any = None  # a rich Progress, while one is drawn
        self.task: tuple[Step, Any] | None = None  # the step the bar shows, and its rich task

    def push(self, step: Step) -> None:
        if self.thread is None:
            if self.interval is None:
                from kg import checks

                given = os.environ.get(ENV_INTERVAL)
                self.interval = checks.seconds(given, ENV_INTERVAL) if given else INTERVAL
            self.started = time.monotonic()
            self.thread = threading.Thread(target=self._run, name="kg-progress", daemon=True)
            self.thread.start()
        with self.lock:
            self.steps.append(step)

    def pop(self, step: Step) -> None:
        with self.lock:
            self.steps.remove(step)
            if not self.steps:
                self._hide()  # before the command prints what it found

    def close(self) -> None:
        self.stopped.set()
        if self.thread is not None:
            self.thread.join(timeout=5)
        with self.lock:
            self._hide()

    def _run(self) -> None:
        wait = FRAME if self.terminal else self.interval
        try:
            while not self.stopped.wait(wait):
                with self.lock:
                    if not self.steps:
                        continue
                    if not self.terminal:
                        self.stream.write(self.steps[-1].line() + "\n")
                        self.stream.flush()
                    elif time.monotonic() - self.started >= BAR_AFTER:
                        self._draw(self.steps[-1])
        except (OSError, ValueError):  # stderr closed (`kg ... 2>&-`, a broken pipe): stop showing
            return

    def _draw(self, step: Step) -> None:
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=Console(file=self.stream), transient=True, auto_refresh=False,
                                redirect_stdout=False, redirect_stderr=False)
            self.bar.start()
        if self.task is None or self.task[0] is not step:
            if self.task is not None:
                self.bar.remove_task(self.task[1])
            self.task = (step, self.bar.add_task(f"{step.label}: {step.what}", total=step.total))
        self.bar.update(self.task[1], completed=step.done)
        self.bar.refresh()

    def _hide(self) -> None:
        if self.bar is not None:
            self.bar.stop()  # transient: the bar is erased
        self.bar = self.task = None


_reporter: _Reporter | None = None


def report_to(stream: TextIO, interval: float | None = None) -> None:
    """Show the progress of what follows on `stream` (stderr); `interval` seconds between plain
    lines (default KG_PROGRESS_INTERVAL, else 5). Cheap: nothing starts before a stage does."""
    global _reporter
    finish()
    _reporter = _Reporter(stream, interval)


def finish() -> None:
    """Stop showing progress (and erase a bar)."""
    global _reporter
    reporter, _reporter = _reporter, None
    if reporter is not None:
        reporter.close()


def forget() -> None:
    """Show nothing from here on, nothing stopped or erased: for a forked copy of the process,
    whose parent shows the progress (its reporter's thread is not in the copy)."""
    global _reporter
    _reporter = None


@contextmanager
def stage(label: str, what: str, total: int | None = None) -> Iterator[Step]:
    """A stage of work: `label` the command ("build"), `what` is counted ("paragraphs read"), out of
    `total` when known beforehand; the step's advance() counts."""
    step = Step(label, what, total)
    reporter = _reporter
    if reporter is None:
        yield step
        return
    reporter.push(step)
    try:
        yield step
    finally:
        reporter.pop(step)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False
