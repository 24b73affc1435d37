"""What the command-line benchmarks share: the wall time of one command, and the table of medians
against the baseline measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path


def wall(command: list[str], cwd: Path) -> float:
    """Seconds from the start of `command` to its end, its output thrown away."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def print_medians(times: dict[str, list[float]], baseline: str, runs: int) -> None:
    """One row a case: median, minimum, and the median as a multiple of the baseline's."""
    base = statistics.median(times[baseline])
    print(f"{'case':40} {'median':>9} {'min':>9} {'x baseline':>11}   ({runs} runs each)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:40} {median * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {median / base:10.1f}x")
