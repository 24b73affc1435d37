"""How `kg build` grows with the notes: synthetic workspaces of 1k, 5k, 20k (and 100k) concepts.

Each size is written by benchmarks/synthetic.py (notes in the owner's style, read by the real
ingester, tagger included) and built from a fresh process, from nothing, as a person runs
`kg build` (with the page) and `kg build --no-page`. For each: concepts, statements, wall time,
CPU time, peak memory (the build process's max RSS), milliseconds per concept, and that time
per concept as a multiple of the smallest size's: a build that grows linearly keeps it near 1
(fixed costs, the imports and the tagger's tables, make small builds dearer per concept).
`python -c "import click"`, measured in the same run, is the baseline for the machine's speed.

    .venv/bin/python benchmarks/bench_scale.py                           # 1k, 5k, 20k
    .venv/bin/python benchmarks/bench_scale.py --sizes 100000 --no-page  # once: minutes
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds, user and system, of the process and its children
    peak_mb: float  # max RSS
    output: str


def measured(command: list[str], cwd: Path) -> Run:
    """Run a command to its end and measure it, from its own resource usage (os.wait4), so that
    no other process's peak counts."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{output}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def counts(output: str) -> tuple[int, int]:
    """(concepts, statements) from the summary `kg build` prints."""
    for line in output.splitlines():
        words = line.split()
        if len(words) > 3 and words[1] == "concepts," and words[3] == "statements":
            return int(words[0]), int(words[2])
    raise SystemExit(f"no summary in the output of kg build:\n{output}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000], help="concepts")
    parser.add_argument("--runs", type=int, default=1, help="builds per size and mode (the median is shown)")
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--no-page", action="store_true", help="only `kg build --no-page`")
    modes.add_argument("--page", action="store_true", help="only `kg build`")
    args = parser.parse_args()
    kg = str(Path(sys.executable).with_name("kg"))
    commands = {"kg build --no-page": [kg, "build", "--no-page"], "kg build": [kg, "build"]}
    if args.no_page:
        del commands["kg build"]
    if args.page:
        del commands["kg build --no-page"]
    baseline = statistics.median(measured([sys.executable, "-c", "import click"], ROOT).wall for _ in range(5))
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in sorted(args.sizes):
            root = Path(scratch) / f"synthetic-{size}"
            synthetic.write(root, size)
            for name, command in commands.items():
                runs = []
                for _ in range(args.runs):
                    shutil.rmtree(root / "exports", ignore_errors=True)  # a first build every time
                    runs.append(measured(command, root))
                concepts, statements = counts(runs[-1].output)
                wall = statistics.median(r.wall for r in runs)
                cpu = statistics.median(r.cpu for r in runs)
                peak = max(r.peak_mb for r in runs)
                rows.append((name, size, concepts, statements, wall, cpu, peak))
                print(f"{name} at {size}: {wall:.1f} s", file=sys.stderr, flush=True)
            shutil.rmtree(root)
    print(f"baseline: python -c 'import click' {baseline * 1000:.0f} ms (median of 5)")
    print(f"{'command':20} {'concepts':>8} {'statements':>10} {'wall':>8} {'x base':>7} {'cpu':>8} {'peak':>8}"
          f" {'ms/concept':>10} {'x first':>7} {'cpu ms/c':>8} {'x first':>7}")
    first: dict[str, tuple[float, float]] = {}
    for name, _size, concepts, statements, wall, cpu, peak in rows:
        per, cpu_per = wall * 1000 / concepts, cpu * 1000 / concepts
        first.setdefault(name, (per, cpu_per))
        print(f"{name:20} {concepts:8} {statements:10} {wall:7.1f}s {wall / baseline:6.0f}x {cpu:7.1f}s {peak:6.0f}MB"
              f" {per:10.2f} {per / first[name][0]:6.2f}x {cpu_per:8.2f} {cpu_per / first[name][1]:6.2f}x")
    print("x first: time per concept against the smallest size's, for the same command")


if __name__ == "__main__":
    main()
