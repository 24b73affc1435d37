"""How long `kg diff` and a `kg watch` rebuild take on the shipped notes (the goal: under 0.5 s).

Prints medians of N runs, each against `python -c "import click"` measured in the same run:

- `kg diff`, a fresh process, when the notes are as the last build read them (the stamp says so:
  nothing is read but the built graph), and after a new entry was saved (a build in memory);
- `kg diff HEAD~1` in a git repository of the notes, the revision's build kept from the first run
  (and that first run, once);
- a `kg watch --serve` rebuild: from the save of a new entry to the line the watcher prints, and
  the rebuild alone as it reports it (the page and the cards included).

    .venv/bin/python benchmarks/bench_change.py --runs 7
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from timing import print_medians, wall  # run as a script: benchmarks/ is on the path

REPO = Path(__file__).resolve().parents[1]
NOTES = Path("data/notes/ai-engineering-notes.md")
CHAPTER = "\n## Retrieval\n\n- **Retrieval-Augmented Generation (RAG):** RAG uses a vector database to find context.\n"



def workspace(root: Path, kg: str) -> Path:
    """A copy of the shipped data folder, built."""
    root.mkdir()
    shutil.copytree(REPO / "data", root / "data")
    subprocess.run([kg, "build", "--no-page"], cwd=root, check=True, capture_output=True)
    return root


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org", *args], cwd=cwd, check=True,
                   capture_output=True)


def watch_rebuilds(root: Path, kg: str, runs: int) -> tuple[list[float], list[float]]:
    """Save a new entry `runs` times under a running `kg watch --serve`: (save -> line, rebuild alone)."""
    process = subprocess.Popen([kg, "watch", "--serve", "--port", "0"], cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()  # type: ignore[union-attr]

    def until(pattern: str) -> re.Match[str]:
        while True:
            found = re.search(pattern, lines.get(timeout=120))
            if found:
                return found

    until(r"^watching ")
    latencies, rebuilds = [], []
    try:
        for n in range(runs):
            start = time.perf_counter()
            with open(root / NOTES, "a", encoding="utf-8") as notes:
                notes.write(f"- **Bench term {n}:** Bench term {n} uses attention.\n")
            took = until(r"notes/ai-engineering-notes\.md: \+.* \((\d+\.\d+) s\)$")
            latencies.append(time.perf_counter() - start)
            rebuilds.append(float(took[1]))
    finally:
        process.terminate()
        process.wait()
    return latencies, rebuilds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    kg = str(Path(sys.executable).with_name("kg"))
    with tempfile.TemporaryDirectory() as scratch:
        same = workspace(Path(scratch) / "same", kg)
        edited = workspace(Path(scratch) / "edited", kg)
        with open(edited / NOTES, "a", encoding="utf-8") as notes:
            notes.write(CHAPTER)
        history = workspace(Path(scratch) / "history", kg)
        git(history, "init", "-q")
        git(history, "add", "data")
        git(history, "commit", "-qm", "the shipped notes")
        with open(history / NOTES, "a", encoding="utf-8") as notes:
            notes.write(CHAPTER)
        git(history, "commit", "-qam", "a chapter")
        subprocess.run([kg, "build", "--no-page"], cwd=history, check=True, capture_output=True)
        first_revision = wall([kg, "diff", "HEAD~1"], history)

        cases = {
            "python -c 'import click' (baseline)": ([sys.executable, "-c", "import click"], same),
            "kg diff, notes as last built": ([kg, "diff"], same),
            "kg diff, after a new entry": ([kg, "diff"], edited),
            "kg diff HEAD~1, revision kept": ([kg, "diff", "HEAD~1"], history),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so that a noisy moment hits every case alike
            for name, (command, cwd) in cases.items():
                times[name].append(wall(command, cwd))
        times["kg diff HEAD~1, first run (builds it)"] = [first_revision]
        latencies, rebuilds = watch_rebuilds(workspace(Path(scratch) / "watched", kg), kg, args.runs)
        times["kg watch: save -> line printed"] = latencies
        times["kg watch: the rebuild alone"] = rebuilds
    print_medians(times, "python -c 'import click' (baseline)", args.runs)


if __name__ == "__main__":
    main()
