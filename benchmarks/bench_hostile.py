"""How the ingester copes with notes built to make it slow: each hostile input at two sizes, timed
against ordinary notes of the same size read in the same process, so that the growth shows (a
linear reader takes about twice as long for twice the text; a backtracking one four times or more).

Inputs (the smallest reproductions of what an attacker tried): "[[" repeated (wiki links), "AAAA "
repeated (possessive names), "[a](x)" repeated (links), "It uses x" and " that" repeated (relative
clauses in lists), "A" and "a" repeated (model names), "ly" repeated (adverbs after a noun phrase),
"Examples of a a a ..." (example sentences), entries whose terms hold "and" (known labels in lists),
a long line of words above a card's line (cards a line), spaces before "and" ending an object.

    .venv/bin/python benchmarks/bench_hostile.py               # 25 KB and 100 KB
    .venv/bin/python benchmarks/bench_hostile.py --kb 50 200
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the checkout's kg, whatever is installed
    sys.path.insert(0, str(ROOT))

import kg  # noqa: E402


def repeated(unit: str, head: str = "", tail: str = "") -> Callable[[int], str]:
    def make(size: int) -> str:
        return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail
    return make


def entries_with_and(size: int) -> str:
    lines, n = [], 0
    while sum(map(len, lines)) < size:
        lines.append(f"- **mabe{n} and vabibe{n}:** It uses tokens and attention.\n")
        n += 1
    return "".join(lines)


def ordinary(size: int) -> str:
    """The shipped notes, repeated with their terms renamed so that every copy adds concepts."""
    text = (ROOT / "data" / "notes" / "ai-engineering-notes.md").read_text(encoding="utf-8")
    copies, n = [], 0
    while sum(map(len, copies)) < size:
        copies.append(text.replace("**", f"**v{n} ", 1))
        n += 1
    return "".join(copies)[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "ordinary notes (baseline)": ordinary,
    "[[ repeated": repeated("[["),
    "AAAA repeated": repeated("AAAA "),
    "[a](x) repeated": repeated("[a](x)"),
    "It uses x that that ...": repeated(" that", head="It uses x"),
    "A then a repeated": repeated("a", head="A"),
    "ly repeated after a noun": repeated("ly", head="- **Zeta:** Zeta uses an ", tail="!\n"),
    "Examples of a a a ...": repeated("a ", head="Examples of ", tail="b\n"),
    "entries holding 'and'": entries_with_and,
    "a line of words above a card line": repeated("a ", tail="\nWhat is x?::y\n"),
    "spaces before 'and' in an object": repeated(" ", head="It uses x", tail="and\n"),
}


def build_seconds(text: str) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        workspace = kg.Workspace.at(Path(scratch) / "data", Path(scratch) / "exports")
        notes = workspace.data / "notes"
        notes.mkdir(parents=True)
        (notes / "hostile.md").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        kg.build(workspace, page=False)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, nargs=2, default=[25, 100], metavar=("SMALL", "LARGE"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    small, large = (kb * 1000 for kb in args.kb)
    build_seconds("# Warm-up\n\nThe tagger's lexicon loads once per process.\n")
    print(f"{'input':30} {args.kb[0]:>6} KB {args.kb[1]:>6} KB  growth  per 100 KB  x baseline")
    baseline = None
    for name, make in INPUTS.items():
        times = [statistics.median(build_seconds(make(size)) for _ in range(args.runs)) for size in (small, large)]
        per_100kb = times[1] / (large / 100_000)
        baseline = baseline or per_100kb
        print(f"{name:30} {times[0]:8.2f}s {times[1]:8.2f}s {times[1] / times[0]:6.1f}x {per_100kb:9.2f}s {per_100kb / baseline:10.1f}x",
              flush=True)


if __name__ == "__main__":
    main()
