"""How long the first `kg push` of a large graph takes, against a plain Graph Store upload of the same data.

    .venv/bin/python benchmarks/bench_push.py --concepts 100000 --runs 3     # 1.4 million quads

The graph is a workspace `kg build` made with a large vocabulary `kg import`ed into it: aie.ttl of
benchmarks/synthetic_scale.py (7 triples per concept), built once under benchmarks/.work/ and
reused. Each run starts two fresh Oxigraph servers on 127.0.0.1: to one, exports/aie.trig is POSTed
to /store in one request (the baseline: what the server can load, with no collection to replace and
no care for what readers see), to the other `kg push` sends the workspace (a fresh process). Printed:
the medians and their ratio. Goal: the push at most 2 times the upload.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic_scale  # noqa: E402
from bench_store import KG, gsp_upload, measure, start_server, stop  # noqa: E402

GOAL = 2.0


def built_workspace(count: int, work: Path) -> Path:
    """A workspace with the synthetic vocabulary imported and built, reused when there."""
    root = work / f"push-{count}"
    if (root / ".built").is_file():
        return root
    shutil.rmtree(root, ignore_errors=True)
    source = synthetic_scale.workspace(work / f"scale-{count}", count) / "aie.ttl"
    (root / "data" / "notes").mkdir(parents=True)
    (root / "data" / "notes" / "notes.md").write_text("# Notes\n\n- **Seed**: a concept of the notes.\n", encoding="utf-8")
    mine = [KG, "--data", str(root / "data"), "--exports", str(root / "exports")]
    print(f"-- building the workspace of {count} imported concepts (once)", file=sys.stderr, flush=True)
    measure([*mine, "import", str(source)])
    measure([*mine, "build", "--no-page"])
    (root / ".built").write_text(str(count))
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / ".work")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    root = built_workspace(args.concepts, args.work)
    trig = root / "exports" / "aie.trig"
    mine = [KG, "--data", str(root / "data"), "--exports", str(root / "exports")]
    times: dict[str, list[float]] = {"GSP POST of aie.trig to /store": [], "kg push (first, fresh process)": []}
    scratch = Path(tempfile.mkdtemp(dir=args.work))
    try:
        for run in range(args.runs):
            print(f"-- run {run + 1} of {args.runs}", file=sys.stderr, flush=True)
            server, url = start_server(scratch / f"gsp-{run}")
            try:
                times["GSP POST of aie.trig to /store"].append(gsp_upload(url, trig).seconds)
            finally:
                stop(server)
            server, url = start_server(scratch / f"push-{run}")
            try:
                started = time.perf_counter()
                measure([*mine, "push", "--endpoint", url])
                times["kg push (first, fresh process)"].append(time.perf_counter() - started)
            finally:
                stop(server)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["GSP POST of aie.trig to /store"]
    quads = sum(1 for _ in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    print(f"\n{trig.name}: {quads:,} quads, {trig.stat().st_size / 2**20:.0f} MB; medians of {args.runs} runs, a fresh server each")
    print(f"{'step':36} {'median':>9} {'x upload':>9}")
    for name, seconds in medians.items():
        print(f"{name:36} {seconds:>8.1f}s {seconds / base:>9.2f}")
    ratio = medians["kg push (first, fresh process)"] / base
    print(f"kg push / upload = {ratio:.2f} ({'met' if ratio <= GOAL else 'NOT met'}: goal at most {GOAL:g})")


if __name__ == "__main__":
    main()
