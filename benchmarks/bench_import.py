"""How fast `kg import` reads a large vocabulary, against rdflib's parse of the same file.

    .venv/bin/python benchmarks/bench_import.py --concepts 100000 --runs 3     # 700,000 triples

The file is aie.ttl of benchmarks/synthetic_scale.py (7 triples per concept: a class, two labels, a
definition, three relations), or with --shape skos the same concepts as a SKOS scheme (skos:Concept,
prefLabel, altLabel, definition, broader, related), whose classes come from the labels' head words.
Each step runs as a process of its own, the steps interleaved, --runs times: rdflib's
Graph().parse (the baseline), pyoxigraph's parser alone and its in-memory store (what pyoxigraph
can do), and `kg import` of the file into an empty workspace (read, normalised and written as
data/imported/NAME.ttl). Printed: medians in triples per second, and their ratios to the baseline;
and the CPU time of each whole process (interpreter and imports too), which a busy machine sways less.
Goal: `kg import` at least 8 times rdflib. With --before, an earlier checkout of kg imports the file
too, each of its runs just before this one's:

    git archive REV | tar -x -C /tmp/kg-before
    .venv/bin/python benchmarks/bench_import.py --concepts 100000 --before /tmp/kg-before
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic_scale  # noqa: E402
from bench_store import KG, OXIGRAPH_LOAD, OXIGRAPH_PARSE, PYTHON, RDFLIB_PARSE, Step, measure  # noqa: E402

GOAL = 8.0


def skos_file(count: int, target: Path) -> Path:
    """The synthetic concepts as a SKOS scheme, in Turtle: 7 triples per concept."""
    if target.is_file():
        return target
    rng = random.Random(7)
    labels = synthetic_scale.labels(count, rng)
    slugs = [synthetic_scale.slug(label) for label in labels]
    with open(target, "w", encoding="utf-8") as out:
        out.write("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <https://example.org/vocab/> .\n\n"
                  'ex:scheme a skos:ConceptScheme ; skos:prefLabel "A large vocabulary"@en .\n')
        for i, (label, name) in enumerate(zip(labels, slugs)):
            words = " ".join(rng.choice(synthetic_scale.WORDS) for _ in range(20))
            out.write(f'ex:{name} a skos:Concept ; skos:prefLabel "{label}"@en ; skos:altLabel "{synthetic_scale.alias(label, i)}" ;\n'
                      f'  skos:definition "{words.capitalize()}."@en ; skos:inScheme ex:scheme ;\n'
                      f"  skos:broader ex:{slugs[rng.randrange(max(1, i))]} ; skos:related ex:{slugs[rng.randrange(count)]} .\n")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shape", choices=("aie", "skos"), default="aie")
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / ".work")
    parser.add_argument("--before", type=Path, help="a checkout of an earlier kg, to time its import too")
    args = parser.parse_args()
    for checkout in [ROOT, *([args.before] if args.before else [])]:  # compiled ahead, as an installed kg is
        compileall.compile_dir(checkout / "kg", quiet=1)
        compileall.compile_file(checkout / "cli.py", quiet=1)
    args.work.mkdir(parents=True, exist_ok=True)
    exports = synthetic_scale.workspace(args.work / f"scale-{args.concepts}", args.concepts)
    source = exports / "aie.ttl" if args.shape == "aie" else skos_file(args.concepts, args.work / f"skos-{args.concepts}.ttl")
    scratch = Path(tempfile.mkdtemp(dir=args.work))

    def kg_import(checkout: Path | None = None) -> Step:
        target = scratch / f"import-{time.monotonic_ns()}"
        (target / "data").mkdir(parents=True)
        options = ["--data", str(target / "data"), "--exports", str(target / "exports"), "import", str(source)]
        try:
            if checkout is None:
                return measure([KG, *options])
            # from the checkout's folder: `-m` puts the working folder first on the path, before PYTHONPATH
            return measure([PYTHON, "-m", "cli", *options], cwd=checkout, env={**os.environ, "PYTHONPATH": str(checkout)})
        finally:
            shutil.rmtree(target, ignore_errors=True)

    steps = {
        "rdflib Graph().parse": lambda: measure([PYTHON, "-c", RDFLIB_PARSE, str(source)]),
        "pyoxigraph parse alone (no store)": lambda: measure([PYTHON, "-c", OXIGRAPH_PARSE, str(source)]),
        "pyoxigraph in-memory Store.load": lambda: measure([PYTHON, "-c", OXIGRAPH_LOAD, str(source), "-"]),
        **({"kg import before": lambda: kg_import(args.before)} if args.before else {}),
        "kg import (fresh process, file written)": kg_import,
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    cpus: dict[str, list[float]] = {name: [] for name in steps}
    triples = 0
    try:
        for run in range(args.runs):
            print(f"-- run {run + 1} of {args.runs}", file=sys.stderr, flush=True)
            for name, step in steps.items():
                done = step()
                times[name].append(done.seconds)
                cpus[name].append(done.cpu)
                triples = done.report.get("triples", triples)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["rdflib Graph().parse"]
    print(f"\n{source.name}: {triples:,} triples ({args.shape}), medians of {args.runs} runs")
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    print(f"{'step':42} {'median':>9} {'triples/s':>11} {'x rdflib':>9} {'process cpu':>12} {'x rdflib':>9}")
    for name, seconds in medians.items():
        print(f"{name:42} {seconds:>8.2f}s {triples / seconds / 1000:>10.0f}k {base / seconds:>9.1f}"
              f" {cpu[name]:>11.2f}s {cpu['rdflib Graph().parse'] / cpu[name]:>9.1f}")
    ratio = base / medians["kg import (fresh process, file written)"]
    print(f"kg import / rdflib = {ratio:.1f}x ({'met' if ratio >= GOAL else 'NOT met'}: goal {GOAL:g}x)")


if __name__ == "__main__":
    main()
