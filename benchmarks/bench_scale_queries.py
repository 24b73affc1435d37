"""`kg stats`, `kg search` and `kg validate` on large synthetic graphs, each a fresh process, against
`python -c "import click"` and, with --before, the same commands run by an earlier checkout of kg.

    python benchmarks/bench_scale_queries.py                          # 10,000 and 20,000 concepts
    python benchmarks/bench_scale_queries.py --sizes 10000 --runs 5
    git archive REV | tar -x -C /tmp/kg-before
    python benchmarks/bench_scale_queries.py --before /tmp/kg-before  # and what REV took

Goals: `kg stats` at most 1 s and `kg validate` at most 10 s at 20,000 concepts; `kg search` answers
in at most 0.1 s at 10,000 concepts. Each command runs --runs times, interleaved with the baseline;
medians and their ratio to the baseline's are printed. `kg stats` and `kg search` read what `kg build`
saved beside aie.trig (exports/.kg-stats, exports/.kg-search); "from the graph" is the same command
with those files set aside for the run, as for a graph on an endpoint. Then, in this process, the
search alone: the index's answer to each of a few queries against the search over the loaded graph.
The synthetic workspaces are built once under benchmarks/.work/ (minutes at 20,000 concepts).
An earlier kg run with --before reads the same built workspace: what it does not know it leaves be.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import synthetic  # noqa: E402

from kg import Workspace, build  # noqa: E402

BASELINE = "python -c 'import click'"
SAVED = (".kg-stats", ".kg-search")


def kg_command(checkout: Path | None) -> tuple[list[str], Path]:
    """How to run kg (this checkout's, as installed, or an earlier one's), and the folder to run it in."""
    if checkout is not None:
        return [sys.executable, "-m", "cli"], checkout
    script = Path(sys.executable).with_name("kg")
    return ([str(script)] if script.exists() else [sys.executable, "-m", "cli"]), ROOT


def wall(argv: list[str], cwd: Path, ok: tuple[int, ...] = (0,)) -> float:
    env = {**os.environ, "PYTHONPATH": str(cwd)} if cwd != ROOT else None
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode().strip()[-500:]}")
    return elapsed


@contextmanager
def set_aside(workspace: Workspace) -> Iterator[None]:
    """What `kg build` saved for stats and search moved out of the way, then back."""
    moved = []
    for name in SAVED:
        path = workspace.exports / name
        if path.exists():
            path.rename(path.with_name(name + ".aside"))
            moved.append(path)
    try:
        yield
    finally:
        for path in moved:
            path.with_name(path.name + ".aside").rename(path)


def ready(count: int) -> Workspace:
    root = ROOT / "benchmarks" / ".work" / f"synthetic-{count}"
    started = time.perf_counter()
    workspace = synthetic.workspace(root, count)
    if not all((workspace.exports / name).is_file() for name in SAVED):  # built by a kg that saved neither
        build(workspace, page=False)
    print(f"\nsynthetic workspace of {count} concepts ready in {time.perf_counter() - started:.1f} s: {root}")
    return workspace


def measure(workspace: Workspace, runs: int, before: Path | None) -> dict[str, float]:
    """Median wall time of each command, the baseline among them, runs interleaved."""
    label = synthetic.concepts(int(workspace.data.parent.name.rsplit("-", 1)[1]), random.Random(7))[0].label
    typo = label[:2] + label[3] + label[2] + label[4:]  # two letters swapped
    where = ["--data", str(workspace.data), "--exports", str(workspace.exports)]
    now, here = kg_command(None)
    commands: dict[str, tuple[list[str], Path, tuple[int, ...]]] = {
        "kg stats": (now + where + ["stats"], here, (0,)),
        f"kg search '{typo}'": (now + where + ["search", typo], here, (0,)),
        "kg validate": (now + where + ["validate"], here, (0, 1)),
    }
    if before is not None:
        then, there = kg_command(before)
        commands |= {f"before: {name}": (then + argv[len(now):], there, ok) for name, (argv, _cwd, ok) in commands.items()}
    times: dict[str, list[float]] = {BASELINE: [], **{name: [] for name in commands}}
    aside = {name: [] for name in ("kg stats, from the graph", f"kg search '{typo}', from the graph")}
    for _ in range(runs):
        times[BASELINE].append(wall([sys.executable, "-c", "import click"], ROOT))
        for name, (argv, cwd, ok) in commands.items():
            times[name].append(wall(argv, cwd, ok))
        with set_aside(workspace):
            aside["kg stats, from the graph"].append(wall(now + where + ["stats"], here))
            aside[f"kg search '{typo}', from the graph"].append(wall(now + where + ["search", typo], here))
    return {name: statistics.median(values) for name, values in (times | aside).items()}


def report(title: str, medians: dict[str, float], goals: dict[str, str]) -> None:
    base = medians[BASELINE]
    print(f"\n{title}")
    print(f"  {'command':<52} {'median':>9} {'ratio':>7}  goal")
    for name, value in medians.items():
        goal = next((g for key, g in goals.items() if name.startswith(key)), "")
        print(f"  {name:<52} {value:>8.2f}s {value / base:>7.2f}  {goal}")
    for name in medians:
        if name.startswith("before: ") and name.removeprefix("before: ") in medians:
            print(f"  {name.removeprefix('before: ')}: {medians[name] / medians[name.removeprefix('before: ')]:.1f} x faster than before")


def search_alone(workspace: Workspace, count: int) -> None:
    """The index's answer to a few queries in this process, against the search over the loaded graph."""
    from kg import load
    from kg.query import search, search_index

    names = [c.label for c in synthetic.concepts(count, random.Random(7))[:: max(1, count // 7)]]
    rng = random.Random(1)
    queries = names[:3] + [n[:-1] for n in names[3:5]] + [n.split()[0] for n in names[5:7]] + ["modle", "techniqe"]
    queries += [n[:3] + n[4] + n[3] + n[5:] for n in rng.sample(names, 2)]
    index_times, graph_times = [], []
    graph = load(workspace)
    for query in queries:
        started = time.perf_counter()
        rows = search_index.search(workspace, query)
        index_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        hits = search.search(graph, query)
        graph_times.append(time.perf_counter() - started)
        assert rows == [search.hit_row(graph, h) for h in hits], query
    print(f"  in process, {len(queries)} queries (labels, prefixes, words, typos), the same rows both ways:")
    print(f"    from the index: median {statistics.median(index_times) * 1000:.0f} ms, slowest {max(index_times) * 1000:.0f} ms"
          f" (goal <= 100 ms at 10,000 concepts)")
    print(f"    over the graph: median {statistics.median(graph_times) * 1000:.0f} ms, slowest {max(graph_times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000", help="synthetic concepts, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier kg, to time its commands too")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "kg", quiet=1)
    if args.before:
        compileall.compile_dir(args.before / "kg", quiet=1)
    print(f"Python {sys.version.split()[0]}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    goals = {"kg stats": "<= 1 s at 20,000", "kg validate": "<= 10 s at 20,000", "kg search": "answer <= 0.1 s at 10,000"}
    for count in (int(size) for size in args.sizes.split(",")):
        workspace = ready(count)
        report(f"{count} synthetic concepts, {args.runs} runs each", measure(workspace, args.runs, args.before), goals)
        search_alone(workspace, count)


if __name__ == "__main__":
    main()
