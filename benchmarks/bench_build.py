"""How long `kg build` takes on the shipped notes, from a fresh process, as a person runs it.

Prints the median wall time of N runs of `kg build` (with and without the page), and of
`python -c "import click"` measured in the same run as a baseline for the machine's speed.

    .venv/bin/python benchmarks/bench_build.py --runs 7
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from timing import print_medians, wall  # run as a script: benchmarks/ is on the path

REPO = Path(__file__).resolve().parents[1]



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
    print_medians(times, "python -c 'import click' (baseline)", args.runs)


if __name__ == "__main__":
    main()
