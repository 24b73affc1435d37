"""How fast the graph page becomes interactive in headless Chromium: the overview a large graph
opens as, against the same graph drawn whole (the page as it was before overviews) and, on request,
against pyvis's defaults.

    python benchmarks/bench_viz.py --sizes 5000,20000 --runs 3
    python benchmarks/bench_viz.py --sizes 500,1000,2000 --runs 3 --overview-from 0   # where to start
    python benchmarks/bench_viz.py --sizes 20000 --runs 1 --pyvis

For each size: a synthetic GraphView (N concepts in sections of 40, chapters of 10 sections and
parts of 5 chapters, as benchmarks/synthetic.py writes notes; about 3N relations, seeded), the
Python time to write each page, and the time from navigation to interactive (window.kgReady) in
Chromium with the network cut off, for the page as `kg build` writes it ("page": an overview above
OVERVIEW_FROM concepts, or --overview-from) and for the page drawn whole (`overview_from=inf`);
the peak memory (VmHWM) of the renderer that drew each; the share of the concepts the whole page
has room to label when it opens (the others wait for a zoom); and on the overview, how long a
cluster takes to open and a concept to be focused. With --pyvis, a plain pyvis page too
(cdn_resources="in_line", pyvis's default options, physics on: ready at vis's
'stabilizationIterationsDone' and the draw after it), capped at --cap seconds; a pyvis run past the
cap is not repeated (its browser then takes up to a minute to close, waiting on vis's physics).
Medians of --runs runs, interleaved, each in a fresh browser profile.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import offline_chromium, open_page  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from kg.graph.view import GraphView, ViewEdge, ViewNode, ViewTopic  # noqa: E402
from kg.outputs.overview import OVERVIEW_FROM  # noqa: E402
from kg.outputs.page import write_html  # noqa: E402

CLASSES = ["Concept", "Architecture", "Technique", "Practice", "ModelType", "Model", "Tool", "Metric"]
RELATIONS = ["isA", "partOf", "uses", "usedFor", "exampleOf", "evaluates", "produces", "relatedTo"]
WORDS = "model token layer attention training data prompt agent metric loss scaling expert".split()

# Ready hooks injected before any page script: our page sets window.kgReady; pyvis's page assigns
# the global `network`, whose setter here subscribes to vis's events before stabilisation starts.
HOOKS = """
(() => {
  let ready = false, net;
  const done = () => { if (window.benchReadyAt === undefined) window.benchReadyAt = performance.now(); };
  Object.defineProperty(window, "kgReady", {configurable: true, get: () => ready, set: (v) => { ready = v; if (v) done(); }});
  Object.defineProperty(window, "network", {configurable: true, get: () => net, set: (v) => {
    net = v;
    const drawn = () => v.once("afterDrawing", done);
    if (v.physics && v.physics.options.enabled) v.once("stabilizationIterationsDone", drawn); else drawn();
  }});
})();
"""


def synthetic_view(count: int, seed: int = 42) -> GraphView:
    """`count` concepts in sections of 40, chapters of 10 sections and parts of 5 chapters, as
    benchmarks/synthetic.py writes notes; each filed under its section; ~3 relations per concept,
    80% inside its section."""
    rng = random.Random(seed)
    section_size, chapter, part = 40, 10, 5
    topics: dict[str, ViewTopic] = {}

    def topic(kind: str, number: int, parent: str = "") -> str:
        iri = f"https://example.org/kg/topic/{kind}-{number}"
        topics.setdefault(iri, ViewTopic(iri, f"{kind.capitalize()} {number + 1} {rng.choice(WORDS)}", parent))
        return iri

    nodes = []
    for i in range(count):
        section = i // section_size
        home = topic("section", section, topic("chapter", section // chapter, topic("part", section // chapter // part)))
        words = " ".join(rng.choice(WORDS) for _ in range(30))
        nodes.append(ViewNode(
            id=f"https://example.org/kg/c{i}", label=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}",
            cls=rng.choice(CLASSES), aliases=[f"alias {i}"], definition=words.capitalize() + ".",
            sources=[f"notes/synthetic.md:{i + 1}"], topic=home,
        ))
    edges = []
    for i in range(count):
        for _ in range(3):
            section = i // section_size
            if rng.random() < 0.8:
                j = min(count - 1, section * section_size + rng.randrange(section_size))
            else:
                j = rng.randrange(count)
            if j != i:
                edges.append(ViewEdge(nodes[i].id, nodes[j].id, rng.choice(RELATIONS), [f"notes/synthetic.md:{i + 1}"]))
    return GraphView(nodes=nodes, edges=edges, topics=sorted(topics.values(), key=lambda t: t.id))


def write_baseline(view: GraphView, path: Path) -> None:
    """A plain pyvis page: default options (physics on), nodes and edges as add_node/add_edge make them."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    # add_node/add_edge are O(n²) (a list membership test each); their dicts, filled directly:
    net.nodes = [{"id": n.id, "label": n.label, "shape": "dot", "size": 10, "title": n.definition} for n in view.nodes]
    net.node_ids = [n.id for n in view.nodes]
    net.edges = [{"from": e.source, "to": e.target, "title": e.relation, "arrows": "to"} for e in view.edges]
    net.write_html(str(path))


# On an overview, once ready: open the largest cluster as a click does (its members drawn and
# labelled, before the camera's 0.3 s move to it), then focus one of its concepts as a search does;
# milliseconds each, drawn synchronously by vis's redraw().
INTERACTIONS = """
(() => {
  if (!window.kgOverview) return null;
  const clusters = kgNodes.get().sort((a, b) => b.size - a.size);
  let t = performance.now();
  kgOverview.open([clusters[0].key]);
  kgNetwork.redraw();
  const open = performance.now() - t;
  const member = kgOverview.concepts()[0].id;
  t = performance.now();
  kgFocus(member);
  kgNetwork.redraw();
  return {open, focus: performance.now() - t};
})()
"""


def time_to_ready(url: str, cap: float) -> tuple[float | None, float | None, int | None, dict | None]:
    """Seconds from navigation start to ready, or None past `cap` seconds; the peak memory of the
    renderer in MB (None where /proc cannot say); how many concepts' labels the page drew when it
    opened (None for pyvis); and on an overview, how long opening a cluster and focusing a concept
    take. Each run gets a fresh browser: a page stuck in a long script keeps its renderer busy, and
    closing the browser ends it."""
    with offline_chromium() as context:
        context.add_init_script(HOOKS)
        page, _ = open_page(context)
        page.goto(url, wait_until="commit")
        try:
            page.wait_for_function("window.benchReadyAt !== undefined", timeout=cap * 1000, polling=100)
        except PlaywrightTimeout:
            return None, None, None, None  # closing the browser then waits for vis's current physics batch: up to a minute
        labelled = page.evaluate("window.kgLabels ? kgLabels.boxes.filter(b => typeof b.id === 'string').length : null")
        ready, peak = page.evaluate("window.benchReadyAt") / 1000, _renderer_peak_mb()
        return ready, peak, labelled, page.evaluate(INTERACTIONS)


def _renderer_peak_mb() -> float | None:
    """The largest peak resident size (VmHWM) among the Chromium renderers this process started:
    the one that drew the page, as the others hold nothing. Linux only."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    mine, grew = {os.getpid()}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in mine} - mine
        mine |= found
        grew = bool(found)
    peaks = []
    for pid in mine:
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
    return max(peaks, default=None)


def show(seconds: float | None, cap: float) -> str:
    return f"> {cap:.0f} s" if seconds is None else f"{seconds:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,20000", help="comma-separated concept counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds to wait for a page before giving up")
    parser.add_argument("--pyvis", action="store_true", help="time a plain pyvis page as well")
    parser.add_argument("--overview-from", type=int, default=OVERVIEW_FROM,
                        help=f"draw an overview above this many concepts (the page's own: {OVERVIEW_FROM})")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
        print(f"{'concepts':>8} {'relations':>9} {'MB':>5} {'write whole':>11} {'page':>6} {'whole':>8} {'page':>8} {'ratio':>6} "
              f"{'peak MB whole':>13} {'page':>5} {'labelled whole':>14}" + (f" {'pyvis':>8}" if args.pyvis else ""), flush=True)
        for size in sizes:
            view = synthetic_view(size)
            ours, whole, base = (Path(work, f"{name}-{size}.html") for name in ("ours", "whole", "pyvis"))
            writes: dict[Path, list[float]] = {ours: [], whole: []}
            for _ in range(args.runs):
                for path, overview_from in ((ours, args.overview_from), (whole, math.inf)):
                    start = time.perf_counter()
                    write_html(view, path, title=f"Synthetic {size}", overview_from=overview_from)
                    writes[path].append(time.perf_counter() - start)
            ours_runs, whole_runs = [], []
            for _ in range(args.runs):  # interleaved, so that a busy spell on the machine hits both alike
                ours_runs.append(time_to_ready(ours.as_uri(), args.cap))
                whole_runs.append(time_to_ready(whole.as_uri(), args.cap))
            ours_median = _median([t for t, *_ in ours_runs], args.cap)
            whole_median = _median([t for t, *_ in whole_runs], args.cap)
            labelled = [n for _, _, n, _ in whole_runs if n is not None]
            share = f"{statistics.median(labelled) / size:.1%}" if labelled else "n/a"
            ratio = f"{whole_median / ours_median:.1f}x" if whole_median and ours_median else "n/a"
            line = (f"{size:>8} {len(view.edges):>9} {ours.stat().st_size / 1e6:>5.1f} "
                    f"{statistics.median(writes[whole]):>10.2f}s {statistics.median(writes[ours]):>5.2f}s "
                    f"{show(whole_median, args.cap):>8} {show(ours_median, args.cap):>8} {ratio:>6} "
                    f"{_peak(whole_runs):>13} {_peak(ours_runs):>5} {share:>14}")
            base_times: list[float | None] = []
            if args.pyvis:
                write_baseline(view, base)
                while len(base_times) < args.runs and None not in base_times:  # a run past the cap is not repeated
                    base_times.append(time_to_ready(base.as_uri(), args.cap)[0])
                line += f" {show(_median(base_times, args.cap), args.cap):>8}"
            print(line, flush=True)
            acts = [a for *_, a in ours_runs if a]
            if acts:
                print(f"{'':>8} on the overview: a cluster opens in {statistics.median(a['open'] for a in acts):.0f} ms, "
                      f"a concept is focused in {statistics.median(a['focus'] for a in acts):.0f} ms (medians)", flush=True)
            print(f"{'':>8} runs: page {[show(t, args.cap) for t, *_ in ours_runs]}, "
                  f"whole {[show(t, args.cap) for t, *_ in whole_runs]}"
                  + (f", pyvis {[show(t, args.cap) for t in base_times]}" if args.pyvis else ""), flush=True)


def _peak(runs: list[tuple[float | None, float | None, int | None, dict | None]]) -> str:
    peaks = [m for _, m, *_ in runs if m is not None]
    return f"{statistics.median(peaks):.0f}" if peaks else "n/a"


def _median(times: list[float | None], cap: float) -> float | None:
    """The median, counting a run that never got ready as slower than any other."""
    ordered = sorted(times, key=lambda t: float("inf") if t is None else t)
    return ordered[len(ordered) // 2]


if __name__ == "__main__":
    main()
