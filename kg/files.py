"""Writing files so that a failure never leaves a half-written or truncated file behind."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import ExportError


def names_a_folder(output: str) -> bool:
    """`-o out/` or an existing folder: the output goes inside it, under the usual file name."""
    return Path(output).is_dir() or output.endswith((os.sep, "/"))


def atomic_write(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    atomic_write_with(path, lambda out: out.write(payload))


def atomic_write_with(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Call `write` with a binary file that replaces `path` only if `write` returns normally."""
    target = Path(path)
    temporary = _written_aside(target, write)
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"cannot write: {error.strerror or error}", path=str(target)) from None


class Staged:
    """Files written beside their targets and put in place together at `publish()`, so that a failure
    on any of them (a full disk on the last) leaves every target as it was: never some from this
    build and some from the one before. Renames need no space."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def write_with(self, path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
        self._pending.append((_written_aside(Path(path), write), Path(path)))

    def size(self, path: str | os.PathLike[str]) -> int:
        """The size of what was written for `path`, before it is in place."""
        return self.written(path).stat().st_size

    def written(self, path: str | os.PathLike[str]) -> Path:
        """The file written for `path`, before it is in place: to read back what was written."""
        return next(temporary for temporary, target in self._pending if target == Path(path))

    def publish(self) -> None:
        try:
            for temporary, target in self._pending:
                os.replace(temporary, target)
        except OSError as error:
            raise ExportError(f"cannot write: {error.strerror or error}", path=str(target)) from None
        finally:
            self.discard()

    def discard(self) -> None:
        for temporary, _target in self._pending:
            temporary.unlink(missing_ok=True)
        self._pending.clear()

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *failure: object) -> None:
        self.discard()  # after publish(), nothing is left to discard


def _written_aside(target: Path, write: Callable[[BinaryIO], object]) -> Path:
    """`write` into a new hidden file beside `target` (its name holds this process's id, so that a
    later build can tell a killed build's leftovers from a running one's), flushed to disk."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ExportError(f"cannot write: {error.strerror or error}", path=str(target)) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"cannot write: {error.strerror or error}", path=str(target)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


_LEFTOVER = re.compile(r"\..+\.(?P<pid>\d+)\.[^.]+\.tmp")


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files a killed process left in `folder` (its id is in their names and it
    runs no more); those of a running process stay. Returns what was removed."""
    removed = []
    for path in folder.glob(".*.tmp") if folder.is_dir() else []:
        match = _LEFTOVER.fullmatch(path.name)
        if match and not running(int(match["pid"])):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def running(pid: int) -> bool:
    """Whether a process of this id runs (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's: alive
    return True
