"""How fast the query commands answer from a fresh process, against `python -c "import click"`.

    python benchmarks/bench_query.py                      # shipped notes and 10,000 synthetic concepts
    python benchmarks/bench_query.py --runs 15 --concepts 10000
    python benchmarks/bench_query.py --concepts 0         # the shipped notes only

Each command runs as its own process (the `kg` script beside this Python, as a user runs it),
interleaved with the baseline, --runs times; the medians and their ratio to the baseline's median
are printed. Goals: on the shipped graph, `kg show transformer`, `kg query` with one end given
(`S P ?`, `? P O`) and `kg path` at most 1.2x the baseline; on the synthetic graph, show, a one-hop
query and path each under 1 s. The synthetic workspace is built
once under benchmarks/.work/ (about half a minute for 10,000 concepts) and reused; the first
command after the on-disk store is removed writes it again (timed apart, as "first run").
`kg show`, `kg query` with one end given and `kg path` read the cards `kg build` saves
(kg.query.cards); the same commands on a copy of the graph without them show what answering from
the graph costs.
"""

from __future__ import annotations

import argparse
import compileall
import random
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

from kg import KGError, Workspace, build  # noqa: E402

BASELINE = "python -c 'import click'"
GOAL = 1.2  # the most a query from the cards may take, in times the baseline


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def wall(argv: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode().strip()}")
    return elapsed


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, the baseline among them, runs interleaved."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(wall(argv))
    return {name: statistics.median(values) for name, values in times.items()}


def report(title: str, medians: dict[str, float], goals: dict[str, str]) -> None:
    base = medians[BASELINE]
    print(f"\n{title}")
    print(f"  {'command':<58} {'median':>8} {'ratio':>6}  goal")
    for name, value in medians.items():
        print(f"  {name:<58} {value * 1000:>6.0f}ms {value / base:>6.2f}  {goals.get(name, '')}")


def shipped(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "data", Path(tmp) / "data")
        workspace = Workspace.at(Path(tmp) / "data", Path(tmp) / "exports")
        build(workspace, page=False)
        kg = kg_command() + ["--data", str(workspace.data), "--exports", str(workspace.exports)]
        bare = Path(tmp) / "bare"  # the built graph without the cards: what answering from the graph costs
        bare.mkdir()
        shutil.copy(workspace.dataset, bare)
        graph = kg[:-1] + [str(bare)]
        asked = {  # each from the cards, and from the graph
            "kg show transformer": ["show", "transformer"],
            "kg query transformer contains ?": ["query", "transformer", "contains", "?"],
            "kg query ? isA 'sparse model'": ["query", "?", "isA", "sparse model"],
            "kg path MoE 'dense model'": ["path", "MoE", "dense model"],
        }
        commands = {BASELINE: [sys.executable, "-c", "import click"], "kg --help": kg + ["--help"]}
        for name, args in asked.items():
            commands[name] = kg + args
            commands[f"{name}, no cards (from the graph)"] = graph + args
        commands["kg search autogregresive"] = kg + ["search", "autogregresive"]
        medians = measure(commands, runs)
    report(f"shipped notes, {runs} runs each", medians, {name: f"<= {GOAL:.2f}" for name in asked})
    for name in asked:
        ratio = medians[name] / medians[BASELINE]
        print(f"  {name} / import click = {ratio:.2f} ({'met' if ratio <= GOAL else 'NOT met'})")


def pick(workspace: Workspace, count: int) -> tuple[str, str, str]:
    """A concept with a one-hop (non-transitive) relation, the relation, and a concept in another
    part of the notes that a path reaches."""
    from kg import load
    from kg.graph.infer import is_transitive
    from kg.query.paths import paths

    graph = load(workspace)
    names = [c.label for c in synthetic.concepts(count, random.Random(7))]
    for name in names:
        edges = [e for e in graph.edges(subject=graph.resolve(name)) if not is_transitive(e.relation)]
        if edges:
            break
    for far in names[count // 2:]:
        try:
            paths(graph, name, far)
            return name, edges[0].relation, far
        except KGError:
            continue
    raise SystemExit("no pair of synthetic concepts with a path")


def large(count: int, runs: int) -> None:
    root = ROOT / "benchmarks" / ".work" / f"synthetic-{count}"
    started = time.perf_counter()
    workspace = synthetic.workspace(root, count)
    print(f"\nsynthetic workspace of {count} concepts ready in {time.perf_counter() - started:.1f} s: {root}")
    kg = kg_command() + ["--data", str(workspace.data), "--exports", str(workspace.exports)]
    shutil.rmtree(workspace.exports / ".kg-store", ignore_errors=True)
    label = synthetic.concepts(count, random.Random(7))[0].label
    print(f"  first run, which writes exports/.kg-store: {wall(kg + ['show', label]):.2f} s (kg show '{label}')")
    first, relation, far = pick(workspace, count)
    commands = {
        BASELINE: [sys.executable, "-c", "import click"],
        f"kg show '{first}'": kg + ["show", first],
        f"kg query '{first}' {relation} ?": kg + ["query", first, relation, "?"],
        f"kg query '{first}' contains ? (transitive)": kg + ["query", first, "contains", "?"],
        f"kg path '{first}' '{far}'": kg + ["path", first, far],
        f"kg search '{first}'": kg + ["search", first],
    }
    medians = measure(commands, runs)
    goals = {name: "< 1 s" for name in list(commands)[1:5]}
    report(f"{count} synthetic concepts, {runs} runs each", medians, goals)
    slow = [n for n in goals if medians[n] >= 1.0]
    print(f"  show, query and path under 1 s: {'yes' if not slow else 'NO: ' + ', '.join(slow)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--concepts", type=int, default=10_000, help="synthetic concepts; 0 to skip")
    args = parser.parse_args()
    # As installed: pip compiles the bytecode, which a checkout run with PYTHONDONTWRITEBYTECODE lacks
    # (then every command would compile kg's modules again, some 10 ms).
    compileall.compile_dir(ROOT / "kg", quiet=1)
    compileall.compile_file(ROOT / "cli.py", quiet=1)
    print(f"Python {sys.version.split()[0]}; kg as {' '.join(kg_command())}")
    shipped(args.runs)
    if args.concepts:
        large(args.concepts, max(3, args.runs // 3))


if __name__ == "__main__":
    main()
