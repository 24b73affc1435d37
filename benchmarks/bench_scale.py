"""How `kg build` grows with the notes: synthetic workspaces of 1k, 5k, 20k (and 100k) concepts.

Each size is written by benchmarks/synthetic.py (notes in the owner's style, read by the real
ingester, tagger included) and built from a fresh process, from nothing, as a person runs
`kg build` (with the page) and `kg build --no-page`. For each: concepts, statements, wall time,
CPU time, peak memory (the build process's max RSS), milliseconds per concept, and that time
per concept as a multiple of the smallest size's: a build that grows linearly keeps it near 1
(fixed costs, the imports and the tagger's tables, make small builds dearer per concept).
`python -c "import click"`, measured in the same run, is the baseline for the machine's speed.
With --before, an earlier checkout of kg builds each workspace too, each of its builds just before
this one's (interleaved, so that both meet the same load on the machine), and each row says how
much faster this one is.

    .venv/bin/python benchmarks/bench_scale.py                           # 1k, 5k, 20k
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 100000 --no-page  # 100k: minutes
    git archive REV | tar -x -C /tmp/kg-before
    .venv/bin/python benchmarks/bench_scale.py --no-page --before /tmp/kg-before  # and what REV took
    .venv/bin/python benchmarks/bench_scale.py --no-page --jobs 1 --before /tmp/kg-before  # the notes read on one core
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

import synthetic  # run as a script: benchmarks/ is on the path
from timing import measured, wall


def counts(output: str) -> tuple[int, int]:
    """(concepts, statements) from the summary `kg build` prints."""
    for line in output.splitlines():
        words = line.split()
        if len(words) > 3 and words[1] == "concepts," and words[3] == "statements":
            return int(words[0]), int(words[2])
    raise SystemExit(f"no summary in the output of kg build:\n{output}")


class Row(NamedTuple):
    command: str
    concepts: int
    statements: int
    wall: float  # seconds, the median of the runs
    cpu: float
    peak_mb: float  # the largest of the runs


def builds(sizes: list[int], commands: dict[str, list[str]], runs: int, before: Path | None = None, jobs: list[str] | None = None) -> list[Row]:
    """Each size written, then built `runs` times by each command, from nothing every time; with
    `before`, by that checkout's kg too, each of its builds just before this one's; `jobs`, options
    for this checkout's builds only ("--jobs 1": the notes read in the build's own process)."""
    jobs = jobs or []
    rows = []
    kgs: dict[str, dict[str, str] | None] = {"": None}
    if before is not None:  # its kg run as a module, from its folder on the path
        kgs = {"before: ": {**os.environ, "PYTHONPATH": str(before)}, **kgs}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sorted(sizes):
            root = Path(scratch) / f"synthetic-{size}"
            synthetic.write(root, size)
            for name, command in commands.items():
                done: dict[str, list] = {which: [] for which in kgs}
                for _ in range(runs):
                    for which, env in kgs.items():
                        shutil.rmtree(root / "exports", ignore_errors=True)  # a first build every time
                        # --jobs is this checkout's: an earlier kg may not know it
                        argv = command + jobs if env is None else [sys.executable, "-m", "cli", *command[1:]]
                        done[which].append(measured(argv, root, env))
                for which, measures in done.items():
                    concepts, statements = counts(measures[-1].output)
                    row = Row(which + name, concepts, statements, statistics.median(r.wall for r in measures),
                              statistics.median(r.cpu for r in measures), max(r.peak_mb for r in measures))
                    rows.append(row)
                    print(f"{row.command} at {size}: {row.wall:.1f} s", file=sys.stderr, flush=True)
            shutil.rmtree(root)
    return rows


def print_rows(rows: list[Row], baseline: float) -> None:
    print(f"baseline: python -c 'import click' {baseline * 1000:.0f} ms (median of 5);"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end")
    print(f"{'command':28} {'concepts':>8} {'statements':>10} {'wall':>8} {'x base':>7} {'cpu':>8} {'peak':>8}"
          f" {'ms/concept':>10} {'x first':>7} {'cpu ms/c':>8} {'x first':>7}")
    first: dict[str, tuple[float, float]] = {}
    earlier: dict[tuple[str, int], Row] = {}
    for row in rows:
        per, cpu_per = row.wall * 1000 / row.concepts, row.cpu * 1000 / row.concepts
        first.setdefault(row.command, (per, cpu_per))
        print(f"{row.command:28} {row.concepts:8} {row.statements:10} {row.wall:7.1f}s {row.wall / baseline:6.0f}x"
              f" {row.cpu:7.1f}s {row.peak_mb:6.0f}MB {per:10.2f} {per / first[row.command][0]:6.2f}x"
              f" {cpu_per:8.2f} {cpu_per / first[row.command][1]:6.2f}x")
        if row.command.startswith("before: "):
            earlier[row.command.removeprefix("before: "), row.concepts] = row
        elif (then := earlier.get((row.command, row.concepts))) is not None:
            print(f"{'':28} {then.wall / row.wall:.2f} x as fast as before (cpu {then.cpu / row.cpu:.2f} x),"
                  f" peak {row.peak_mb - then.peak_mb:+.0f} MB")
    print("x first: time per concept against the smallest size's, for the same command")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000], help="concepts")
    parser.add_argument("--runs", type=int, default=1, help="builds per size and command (the median is shown)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--no-page", action="store_true", help="only `kg build --no-page`")
    only.add_argument("--page", action="store_true", help="only `kg build`")
    parser.add_argument("--before", type=Path, help="a checkout of an earlier kg, to time its builds too")
    parser.add_argument("--jobs", type=int, help="processes reading the notes in this checkout's builds (default: kg's, one per core)")
    args = parser.parse_args()
    # both compiled ahead, as an installed kg is: compiling a build's modules costs it half a second
    for checkout in [synthetic.ROOT, *([args.before] if args.before else [])]:
        compileall.compile_dir(checkout / "kg", quiet=1)
        compileall.compile_file(checkout / "cli.py", quiet=1)
    kg = str(Path(sys.executable).with_name("kg"))
    commands = {"kg build --no-page": [kg, "build", "--no-page"], "kg build": [kg, "build"]}
    if args.no_page:
        del commands["kg build"]
    if args.page:
        del commands["kg build --no-page"]
    baseline = statistics.median(wall([sys.executable, "-c", "import click"], Path.cwd()) for _ in range(5))
    rows = builds(args.sizes, commands, args.runs, args.before, ["--jobs", str(args.jobs)] if args.jobs else None)
    if args.jobs:
        print(f"this checkout's builds ran with --jobs {args.jobs}")
    print_rows(rows, baseline)


if __name__ == "__main__":
    main()
