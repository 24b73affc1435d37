"""How the stores scale, on synthetic built workspaces of N concepts (12 quads each: 1.2M at 100k).

For each size, in one run: against rdflib's Graph().parse of aie.ttl, the rates of pyoxigraph's
parser alone, of its in-memory and on-disk stores, and of `kg import` of the same file (which
normalises it into data/imported/), then `kg build` of that workspace; the on-disk store
`kg build --store oxigraph` writes, `kg show` from a fresh process (on-disk store,
memory, and a local Oxigraph server), `kg export -f turtle`, `kg push` to a local Oxigraph server
against a plain Graph Store Protocol upload of the same data, then the pushes of the workspace
`kg import` made: the first, one after a chapter is added to its notes, and one with nothing
changed; and the peak memory of each step.
Every step is a fresh process; medians of --runs (--heavy-runs for the import, the build, the store
write and the push).

    .venv/bin/python benchmarks/bench_store.py --sizes 10000,100000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import random
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic_scale  # noqa: E402

PYTHON = sys.executable
KG = str(Path(sys.executable).with_name("kg"))
OXIGRAPH = str(Path(sys.executable).with_name("oxigraph"))

RDFLIB_PARSE = """import json, sys, time
import rdflib
started = time.perf_counter()
graph = rdflib.Graph()
graph.parse(sys.argv[1], format="turtle")
print(json.dumps({"seconds": time.perf_counter() - started, "triples": len(graph)}))"""
OXIGRAPH_LOAD = """import json, sys, time
import pyoxigraph as ox
started = time.perf_counter()
if sys.argv[2] == "-":  # as the memory backend loads aie.trig (kg.graph)
    store = ox.Store()
    store.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
else:  # as kg.store writes the on-disk store
    store = ox.Store(sys.argv[2])
    store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
print(json.dumps({"seconds": time.perf_counter() - started, "triples": len(store)}))"""
OXIGRAPH_PARSE = """import json, sys, time
import pyoxigraph as ox
started = time.perf_counter()
triples = sum(1 for _ in ox.parse(path=sys.argv[1], format=ox.RdfFormat.TURTLE))
print(json.dumps({"seconds": time.perf_counter() - started, "triples": triples}))"""
WRITE_STORE = """import json, sys, time
from kg.stores.backends import write_store
from kg.workspace import Workspace
started = time.perf_counter()
write_store(Workspace.at(sys.argv[1], sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - started}))"""

TURTLE_FROM_STORE = """import json, sys, time
import pyoxigraph as ox
started = time.perf_counter()
store = ox.Store.read_only(sys.argv[1])
store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").serialize(sys.argv[2], format=ox.RdfFormat.TURTLE)
print(json.dumps({"seconds": time.perf_counter() - started}))"""


class Step:
    """One measured process: wall seconds (or what it reported), peak resident memory, and the CPU
    seconds of the whole process (user and system; less swayed than wall time by a busy machine)."""

    def __init__(self, seconds: float, peak: int, report: dict, cpu: float = 0.0) -> None:
        self.seconds, self.peak, self.report, self.cpu = seconds, peak, report, cpu


def measure(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Step:
    """Run a process to its end; its wall time and its own peak memory (os.wait4's rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:4])}... failed: {err.read().decode()[-800:]}")
        text = out.read().decode().strip().splitlines()
        report = json.loads(text[-1]) if text and text[-1].startswith("{") else {}
        return Step(report.get("seconds", seconds), usage.ru_maxrss * 1024, report, usage.ru_utime + usage.ru_stime)


def repeat(runs: int, make: Callable[[], Step]) -> list[Step]:
    return [make() for _ in range(runs)]


def median(steps: list[Step]) -> float:
    return statistics.median(s.seconds for s in steps)


def peak(steps: list[Step]) -> int:
    return max(s.peak for s in steps)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=5).close()
            return process, url
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the Oxigraph server did not start")


def stop(process: subprocess.Popen) -> None:
    process.kill()
    process.wait()


def gsp_upload(url: str, dataset: Path) -> Step:
    """The baseline for a push: POST the TriG to the server's dataset (no atomic replacement)."""
    started = time.perf_counter()
    request = urllib.request.Request(f"{url}/store", data=dataset.read_bytes(), method="POST",
                                     headers={"Content-Type": "application/trig"})
    urllib.request.urlopen(request, timeout=3600).close()
    return Step(time.perf_counter() - started, 0, {})


def bench_size(count: int, runs: int, heavy_runs: int, work: Path) -> list[tuple[str, str, str, str]]:
    """Rows of (measure, median, peak memory, note) for one size."""
    print(f"-- {count} concepts: writing the workspace", file=sys.stderr, flush=True)
    root = work / f"scale-{count}"
    exports = synthetic_scale.workspace(root, count)
    data, ttl, trig = root / "data", exports / "aie.ttl", exports / "aie.trig"
    quads = 12 * count + 2
    rows = []
    name = synthetic_scale.labels(count, random.Random(7))[count // 2]

    print("   loading", file=sys.stderr, flush=True)
    rdflib = repeat(runs, lambda: measure([PYTHON, "-c", RDFLIB_PARSE, str(ttl)]))
    rdflib_rate = statistics.median(s.report["triples"] / s.seconds for s in rdflib)

    def rate(steps: list[Step]) -> float:
        return statistics.median(s.report["triples"] / s.seconds for s in steps)

    scratch = Path(tempfile.mkdtemp(dir=work))
    def on_disk() -> Step:
        target = scratch / f"db-{time.monotonic_ns()}"
        try:
            return measure([PYTHON, "-c", OXIGRAPH_LOAD, str(ttl), str(target)])
        finally:
            shutil.rmtree(target, ignore_errors=True)
    parse = repeat(runs, lambda: measure([PYTHON, "-c", OXIGRAPH_PARSE, str(ttl)]))
    memory = repeat(runs, lambda: measure([PYTHON, "-c", OXIGRAPH_LOAD, str(ttl), "-"]))
    disk = repeat(runs, on_disk)

    def kg_import() -> Step:
        target = scratch / f"import-{time.monotonic_ns()}"
        (target / "data" / "notes").mkdir(parents=True)
        (target / "data" / "notes" / "notes.md").write_text("# Notes\n\n- **Seed**: a concept of the notes.\n")
        step = measure([KG, "--data", str(target / "data"), "--exports", str(target / "exports"), "import", str(ttl)])
        step.report["workspace"] = target
        return step
    imports = repeat(heavy_runs, kg_import)
    workspace = imports[-1].report["workspace"]  # built here, pushed at the end
    mine = ["--data", str(workspace / "data"), "--exports", str(workspace / "exports")]
    builds = repeat(heavy_runs, lambda: measure([KG, *mine, "build", "--no-page"]))
    triples = 7 * count + 2
    rows += [
        ("rdflib Graph().parse, aie.ttl", f"{rdflib_rate / 1000:.1f}k triples/s ({median(rdflib):.1f} s)", _mb(peak(rdflib)),
         "baseline"),
        ("pyoxigraph parse alone (streamed, no store)", f"{rate(parse) / 1000:.0f}k triples/s", _mb(peak(parse)),
         f"{rate(parse) / rdflib_rate:.1f}x rdflib: the ceiling"),
        ("pyoxigraph in-memory Store.load", f"{rate(memory) / 1000:.0f}k triples/s", _mb(peak(memory)),
         f"{rate(memory) / rdflib_rate:.1f}x rdflib (memory backend)"),
        ("pyoxigraph on-disk Store.bulk_load", f"{rate(disk) / 1000:.0f}k triples/s ({median(disk):.1f} s)", _mb(peak(disk)),
         f"{rate(disk) / rdflib_rate:.1f}x rdflib (on-disk backend)"),
        ("kg import aie.ttl (normalised into data/imported/)", f"{triples / median(imports) / 1000:.0f}k triples/s "
         f"({median(imports):.1f} s)", _mb(peak(imports)), f"{triples / median(imports) / rdflib_rate:.1f}x rdflib"),
        ("kg build with it (TriG, Turtle, on-disk store)", f"{median(builds):.1f} s", _mb(peak(builds)), "goal: peak < 2 GB"),
    ]

    print("   writing the on-disk store", file=sys.stderr, flush=True)
    written = repeat(heavy_runs, lambda: measure([PYTHON, "-c", WRITE_STORE, str(data), str(exports)]))
    rows.append(("on-disk store from aie.trig (kg build --store oxigraph)", f"{median(written):.1f} s", _mb(peak(written)),
                 f"{quads / median(written) / 1000:.0f}k quads/s, with the label index"))

    print("   kg show", file=sys.stderr, flush=True)
    base = ["--data", str(data), "--exports", str(exports)]
    click = repeat(runs, lambda: measure([PYTHON, "-c", "import click"]))
    show_disk = repeat(runs, lambda: measure([KG, *base, "--store", "oxigraph", "show", name]))
    show_memory = repeat(runs, lambda: measure([KG, *base, "--store", "memory", "show", name]))
    rows += [
        ("python -c 'import click'", f"{median(click) * 1000:.0f} ms", _mb(peak(click)), "baseline"),
        ("kg show, on-disk store (fresh process)", f"{median(show_disk) * 1000:.0f} ms", _mb(peak(show_disk)),
         f"{median(show_disk) / median(click):.1f}x import click; goal < 1 s"),
        ("kg show, in memory (parses aie.trig)", f"{median(show_memory):.2f} s", _mb(peak(show_memory)),
         f"{median(show_memory) / median(show_disk):.0f}x the on-disk store"),
    ]

    print("   kg export", file=sys.stderr, flush=True)
    target = work / f"export-{count}.ttl"
    export = repeat(runs, lambda: measure([KG, *base, "--store", "oxigraph", "export", "-f", "turtle", "-o", str(target)]))
    rows.append(("kg export -f turtle, on-disk store", f"{median(export):.1f} s", _mb(peak(export)),
                 f"{7 * count / median(export) / 1000:.0f}k triples/s; goal < 15 s"))
    direct = repeat(runs, lambda: measure([PYTHON, "-c", TURTLE_FROM_STORE, str(exports / ".kg-store" / "db"), str(target)]))
    rows.append(("pyoxigraph alone: CONSTRUCT from the store -> Turtle", f"{median(direct):.1f} s", _mb(peak(direct)),
                 "unsorted, duplicates across graphs kept"))
    target.unlink(missing_ok=True)

    print("   kg push", file=sys.stderr, flush=True)
    location = Path(tempfile.mkdtemp(dir=work))
    server, url = start_server(location / "db")
    try:
        pushes = repeat(heavy_runs, lambda: measure([KG, *base, "--store", "oxigraph", "push", "--endpoint", url]))
        show_remote = repeat(runs, lambda: measure([KG, *base, "--endpoint", url, "show", name]))
    finally:
        stop(server)
    server, url = start_server(location / "gsp")
    try:
        gsp = repeat(heavy_runs, lambda: gsp_upload(url, trig))
    finally:
        stop(server)

    print("   kg push, then one more chapter", file=sys.stderr, flush=True)
    server, url = start_server(location / "changes")
    try:
        first = measure([KG, *mine, "push", "--endpoint", url])
        with open(workspace / "data" / "notes" / "notes.md", "a", encoding="utf-8") as notes:
            notes.write("\n## Chapter 2\n\n- **Quokka Layer:** A layer that a later chapter adds.\n")
        measure([KG, *mine, "build", "--no-page"])
        change = measure([KG, *mine, "push", "--endpoint", url])
        same = measure([KG, *mine, "push", "--endpoint", url])
    finally:
        stop(server)
        shutil.rmtree(location, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    rows += [
        ("GSP POST of aie.trig to Oxigraph /store", f"{median(gsp):.1f} s", "-", "baseline: not atomic"),
        ("kg push to Oxigraph (atomic)", f"{median(pushes):.1f} s", _mb(peak(pushes)),
         f"{median(pushes) / median(gsp):.1f}x the GSP upload; {quads / median(pushes) / 1000:.0f}k quads/s"),
        ("kg show --endpoint (fresh process)", f"{median(show_remote) * 1000:.0f} ms", _mb(peak(show_remote)),
         f"{median(show_remote) / median(show_disk):.1f}x the on-disk store"),
        ("kg push of the imported workspace: the first", f"{first.seconds:.1f} s", _mb(first.peak), "the whole collection"),
        ("  ... after one more chapter and kg build", f"{change.seconds:.1f} s", _mb(change.peak),
         f"{first.seconds / change.seconds:.0f}x faster: only the changed source locations"),
        ("  ... with nothing changed", f"{same.seconds:.1f} s", _mb(same.peak), "digests compared, nothing sent"),
    ]
    return rows


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="concepts per workspace, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--heavy-runs", type=int, default=1, help="runs of the store write and the push")
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / ".work")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for count in (int(size) for size in args.sizes.split(",")):
        rows = bench_size(count, args.runs, args.heavy_runs, args.work)
        print(f"\n{count} concepts ({12 * count + 2} quads; {7 * count + 2} triples in aie.ttl), "
              f"medians of {args.runs} runs ({args.heavy_runs} for the import, the build, the store write and the push)")
        print(f"{'measure':58} {'median':>28} {'peak RSS':>9}   note")
        for measure_name, value, memory, note in rows:
            print(f"{measure_name:58} {value:>28} {memory:>9}   {note}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
