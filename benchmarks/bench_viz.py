"""How fast the graph page becomes interactive, against pyvis's defaults, in headless Chromium.

    python benchmarks/bench_viz.py --sizes 5000,20000 --runs 3

For each size: a synthetic GraphView (N concepts in topics of ~40, about 3N relations, seeded),
the Python time to write our page, and the time from navigation to interactive in Chromium with
the network cut off, for our page (window.kgReady) and for a plain pyvis page (cdn_resources="in_line",
pyvis's default options, physics on: ready at vis's 'stabilizationIterationsDone' and the draw after
it). Medians of --runs runs; the baseline is capped at --cap seconds, and a baseline run past the cap
is not repeated (its browser then takes up to a minute to close, waiting on vis's physics).
Each run gets a fresh browser profile.
"""

from __future__ import annotations

import argparse
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
from kg.graph.view import GraphView, ViewEdge, ViewNode  # noqa: E402
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
    """`count` concepts in topics of about 40; ~3 relations per concept, 80% inside a topic."""
    rng = random.Random(seed)
    topic_size = 40
    nodes = []
    for i in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(30))
        nodes.append(ViewNode(
            id=f"https://example.org/kg/c{i}", label=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}",
            cls=rng.choice(CLASSES), aliases=[f"alias {i}"], definition=words.capitalize() + ".",
            sources=[f"notes/synthetic.md:{i + 1}"],
        ))
    edges = []
    for i in range(count):
        for _ in range(3):
            topic = i // topic_size
            if rng.random() < 0.8:
                j = min(count - 1, topic * topic_size + rng.randrange(topic_size))
            else:
                j = rng.randrange(count)
            if j != i:
                edges.append(ViewEdge(nodes[i].id, nodes[j].id, rng.choice(RELATIONS), [f"notes/synthetic.md:{i + 1}"]))
    return GraphView(nodes=nodes, edges=edges)


def write_baseline(view: GraphView, path: Path) -> None:
    """A plain pyvis page: default options (physics on), nodes and edges as add_node/add_edge make them."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    # add_node/add_edge are O(n²) (a list membership test each); their dicts, filled directly:
    net.nodes = [{"id": n.id, "label": n.label, "shape": "dot", "size": 10, "title": n.definition} for n in view.nodes]
    net.node_ids = [n.id for n in view.nodes]
    net.edges = [{"from": e.source, "to": e.target, "title": e.relation, "arrows": "to"} for e in view.edges]
    net.write_html(str(path))


def time_to_ready(url: str, cap: float) -> float | None:
    """Seconds from navigation start to ready, or None past `cap` seconds. Each run gets a fresh
    browser: a page stuck in a long script keeps its renderer busy, and closing the browser ends it."""
    with offline_chromium() as context:
        context.add_init_script(HOOKS)
        page, _ = open_page(context)
        page.goto(url, wait_until="commit")
        try:
            page.wait_for_function("window.benchReadyAt !== undefined", timeout=cap * 1000, polling=100)
        except PlaywrightTimeout:
            return None  # closing the browser then waits for vis's current physics batch: up to a minute
        return page.evaluate("window.benchReadyAt") / 1000


def show(seconds: float | None, cap: float) -> str:
    return f"> {cap:.0f} s" if seconds is None else f"{seconds:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,20000", help="comma-separated concept counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds to wait for a page before giving up")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
        print(f"{'concepts':>8} {'relations':>9} {'MB':>5} {'write':>7} {'ours':>9} {'pyvis':>9} {'ratio':>7}")
        for size in sizes:
            view = synthetic_view(size)
            ours, base = Path(work, f"ours-{size}.html"), Path(work, f"pyvis-{size}.html")
            writes = []
            for _ in range(args.runs):
                start = time.perf_counter()
                write_html(view, ours, title=f"Synthetic {size}")
                writes.append(time.perf_counter() - start)
            write_baseline(view, base)
            ours_times = [time_to_ready(ours.as_uri(), args.cap) for _ in range(args.runs)]
            base_times: list[float | None] = []
            while len(base_times) < args.runs and None not in base_times:  # a run past the cap is not repeated
                base_times.append(time_to_ready(base.as_uri(), args.cap))
            ours_median = _median(ours_times, args.cap)
            base_median = _median(base_times, args.cap)
            ratio = f"{base_median / ours_median:.1f}x" if base_median and ours_median else "n/a"
            if base_median is None and ours_median:
                ratio = f"> {args.cap / ours_median:.0f}x"
            print(f"{size:>8} {len(view.edges):>9} {ours.stat().st_size / 1e6:>5.1f} "
                  f"{statistics.median(writes):>6.2f}s {show(ours_median, args.cap):>9} "
                  f"{show(base_median, args.cap):>9} {ratio:>7}", flush=True)
            print(f"{'':>8} runs: ours {[show(t, args.cap) for t in ours_times]}, "
                  f"pyvis {[show(t, args.cap) for t in base_times]}", flush=True)


def _median(times: list[float | None], cap: float) -> float | None:
    """The median, counting a run that never got ready as slower than any other."""
    ordered = sorted(times, key=lambda t: float("inf") if t is None else t)
    return ordered[len(ordered) // 2]


if __name__ == "__main__":
    main()
