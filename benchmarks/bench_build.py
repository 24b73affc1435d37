"""How long `kg build` takes on the shipped notes, from a fresh process, as a person runs it.

Prints the median wall time of N runs of `kg build` (with and without the page), and of
`python -c "import click"` measured in the same run as a baseline for the machine's speed.

    .venv/bin/python benchmarks/bench_build.py --runs 7
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def wall(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    kg = str(Path(sys.executable).with_name("kg"))
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        shutil.copytree(REPO / "data", root / "data")
        cases = {
            "python -c 'import click' (baseline)": [sys.executable, "-c", "import click"],
            "kg build --no-page": [kg, "build", "--no-page"],
            "kg build": [kg, "build"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so that a noisy moment hits every case alike
            for name, command in cases.items():
                times[name].append(wall(command, root))
    baseline = statistics.median(times["python -c 'import click' (baseline)"])
    print(f"{'case':40} {'median':>9} {'min':>9} {'x baseline':>11}   ({args.runs} runs each)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:40} {median * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {median / baseline:10.1f}x")


if __name__ == "__main__":
    main()
