"""How soon `kg quiz` shows the next question after an answer, on 10,000 synthetic concepts, against
the shipped notes measured in the same run.

    python benchmarks/bench_quiz.py                       # 10,000 synthetic concepts, 3 runs of 30 questions
    python benchmarks/bench_quiz.py --concepts 2000 --runs 5 --questions 20

`kg quiz --answers -` runs as its own process (the `kg` script beside this Python), fed one answer
at a time through a pipe, as a person answers: the time from writing an answer to reading the
first line of the next question covers scoring it, FSRS, saving the progress file (a temporary
file, fsync, a rename) and making the next question. Each run starts from no progress. Printed:
the median of those times, their 90th percentile, the time to the first question (start-up:
opening the graph and reading what questions are made of), and each ratio to the shipped notes.
Goal: the next question under 0.2 s on 10,000 concepts. The synthetic workspace is built once
under benchmarks/.work/ (as bench_query.py builds it) and reused.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import synthetic  # noqa: E402

from kg import Workspace, build  # noqa: E402
from kg.study.schedule import PROGRESS_FILE  # noqa: E402

GOAL = 0.2  # seconds from an answer to the next question


class Quiz:
    """A `kg quiz` process answered through a pipe."""

    def __init__(self, workspace: Workspace, questions: int) -> None:
        script = Path(sys.executable).with_name("kg")
        kg = [str(script)] if script.exists() else [sys.executable, "-m", "cli"]
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            kg + ["--data", str(workspace.data), "--exports", str(workspace.exports), "quiz", "--answers", "-",
                  "--seed", "1", "--limit", str(questions)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
        self.seen = b""

    def wait_for(self, pattern: bytes, timeout: float = 600) -> float:
        """Read until `pattern` (a regular expression) is in the output; when it appeared."""
        deadline = time.perf_counter() + timeout
        out = self.process.stdout.fileno()  # type: ignore[union-attr]
        while not re.search(pattern, self.seen, re.M):
            if time.perf_counter() > deadline or self.process.poll() is not None and not select.select([out], [], [], 0)[0]:
                raise SystemExit(f"kg quiz stopped or stalled; it printed:\n{self.seen.decode(errors='replace')[-2000:]}")
            if select.select([out], [], [], 0.5)[0]:
                self.seen += os.read(out, 65536)
        return time.perf_counter()

    def answer(self, text: str) -> float:
        self.process.stdin.write(text.encode() + b"\n")  # type: ignore[union-attr]
        self.process.stdin.flush()  # type: ignore[union-attr]
        return time.perf_counter()

    def close(self) -> None:
        self.process.stdin.close()  # type: ignore[union-attr]
        self.process.wait(timeout=60)


def session(workspace: Workspace, questions: int) -> tuple[float, list[float]]:
    """Start-up (to the first question) and the wait after each answer, of one quiz from no progress."""
    (workspace.data / PROGRESS_FILE).unlink(missing_ok=True)
    quiz = Quiz(workspace, questions)
    first = quiz.wait_for(rb"^1\. ") - quiz.started
    waits = []
    for number in range(2, questions + 1):
        sent = quiz.answer("a" if number % 2 else "b")  # some right, some wrong
        waits.append(quiz.wait_for(rb"^%d\. " % number) - sent)
    quiz.answer("a")
    quiz.wait_for(rb"^answered \d+")
    quiz.close()
    return first, waits


def measure(name: str, workspace: Workspace, runs: int, questions: int) -> dict[str, float]:
    starts, waits = [], []
    for _ in range(runs):
        first, each = session(workspace, questions)
        starts.append(first)
        waits += each
    waits.sort()
    found = {"next question, median": statistics.median(waits), "next question, 90th percentile": waits[int(len(waits) * 0.9)],
             "first question (start-up)": statistics.median(starts)}
    print(f"\n{name}: {runs} runs of {questions} questions")
    for what, value in found.items():
        print(f"  {what:<34} {value * 1000:>8.0f} ms")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--questions", type=int, default=30)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "kg", quiet=1)  # as pip installs it (see bench_query.py)
    compileall.compile_file(ROOT / "cli.py", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "data", Path(tmp) / "data", ignore=shutil.ignore_patterns(PROGRESS_FILE))
        shipped = Workspace.at(Path(tmp) / "data", Path(tmp) / "exports")
        build(shipped, page=False)
        baseline = measure("shipped notes (baseline)", shipped, args.runs, args.questions)
    started = time.perf_counter()
    large = synthetic.workspace(ROOT / "benchmarks" / ".work" / f"synthetic-{args.concepts}", args.concepts)
    print(f"\nsynthetic workspace of {args.concepts} concepts ready in {time.perf_counter() - started:.1f} s")
    found = measure(f"{args.concepts} synthetic concepts", large, args.runs, args.questions)
    print("\nratios to the shipped notes:")
    for what, value in found.items():
        print(f"  {what:<34} {value / baseline[what]:>8.2f} x")
    median = found["next question, median"]
    print(f"next question on {args.concepts} concepts: median {median * 1000:.0f} ms "
          f"(goal < {GOAL * 1000:.0f} ms: {'met' if median < GOAL else 'NOT met'})")


if __name__ == "__main__":
    main()
