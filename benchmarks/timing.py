"""What the command-line benchmarks share: the wall time of one command (and its CPU time and peak
memory), and the table of medians against the baseline measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import NamedTuple


def wall(command: list[str], cwd: Path) -> float:
    """Seconds from the start of `command` to its end, its output thrown away."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


class Measured(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds, user and system
    peak_mb: float  # the process's max RSS
    output: str  # stdout and stderr


def measured(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Measured:
    """Run `command` to its end and measure it from its own resource usage (os.wait4), so that no
    other process's peak counts; a failure ends the benchmark with its output."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    output = process.stdout.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    _pid, status, usage = os.wait4(process.pid, 0)
    took = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{output}")
    return Measured(took, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def print_medians(times: dict[str, list[float]], baseline: str, runs: int) -> None:
    """One row a case: median, minimum, and the median as a multiple of the baseline's."""
    base = statistics.median(times[baseline])
    print(f"{'case':40} {'median':>9} {'min':>9} {'x baseline':>11}   ({runs} runs each)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:40} {median * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {median / base:10.1f}x")
