"""Work begun in a forked copy of this process, on another core, while this one goes on: the copy
starts with everything this process holds (nothing is sent to it) and sends back only its answer,
pickled through a pipe. Where no fork is possible (not Linux), or the copy fails, the work is done
here when its answer is asked for, so the answer is the same either way.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

from kg import progress

T = TypeVar("T")


class Forked(Generic[T]):
    """`work` under way in a forked copy. result() waits for its answer; discard() ends the copy
    when the answer is not wanted after all. One of the two must be called."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work: Callable[[], T] | None = work  # dropped once answered: what it holds may be freed here
        self.pid: int | None = None
        self.pipe: int | None = None
        if sys.platform != "linux":  # forking a process with threads is unsafe elsewhere (macOS)
            return
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:
            os.close(read)
            _answer(work, write)
        os.close(write)
        self.pid, self.pipe = pid, read

    def result(self) -> T:
        """The work's answer: the copy's, else the work done here (it failed, or none was forked)."""
        work, self.work = self.work, None
        if work is None:
            raise RuntimeError("the forked work's answer was asked for twice, or after discard()")
        if self.pid is None or self.pipe is None:
            return work()
        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()
        _pid, status = os.waitpid(self.pid, 0)
        self.pid = self.pipe = None
        return pickle.loads(data) if status == 0 and data else work()

    def discard(self) -> None:
        """The copy ended, its answer unread (nothing if result() was called)."""
        self.work = None
        if self.pid is None or self.pipe is None:
            return
        os.kill(self.pid, signal.SIGKILL)
        os.close(self.pipe)
        os.waitpid(self.pid, 0)
        self.pid = self.pipe = None


def _answer(work: Callable[[], T], pipe: int) -> None:
    """In the copy: the work's answer sent, then the copy ends, whatever happened (a failure shows
    as no answer: the parent does the work itself, and raises what it raises)."""
    code = 1
    try:
        progress.forget()  # the parent shows the progress; the copy's reporter thread is not there
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(work(), out, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)
