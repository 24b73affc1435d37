"""Progress on stderr (kg.progress): off a terminal one plain line per interval with its total, and
nothing for work that ends within one; on a real terminal (a pseudo-terminal) a bar drawn by rich,
which quick work never imports. Results on stdout are the same either way."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import cli
from kg import progress
from kg.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
TOTAL = re.compile(r"^(?P<label>[\w.-]+): (?P<done>[\d,]+)/(?P<total>[\d,]+) (?P<what>[a-zA-Z ]+)$")
ELAPSED = re.compile(r"^(?P<label>[\w.-]+): (?P<what>[^,]+)(?: \([\d,]+\))?, \d+ s$")


def run(workspace: Workspace, *args: str, interval: str | None = None) -> Result:
    env = {"KG_PROGRESS_INTERVAL": interval, "KG_ENDPOINT": None}
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args], env=env)


def progress_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if not line.startswith(("warning: ", "next: "))]


@pytest.fixture
def synthetic(tmp_path: Path) -> Workspace:
    """Notes in the owner's style, large enough that a build takes a while (kg's own generator)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.pop(0)
    return synthetic.write(tmp_path / "synthetic", 400)


def test_a_long_build_off_a_terminal_prints_lines_with_totals(synthetic: Workspace) -> None:
    result = run(synthetic, "build", "--no-page", interval="0.05")
    assert result.exit_code == 0, result.output
    # nothing else on stdout: the summary and what changed since the last build
    assert re.fullmatch(r"\d+ concepts, \d+ statements from \d+ sources? .*\nfirst build\n", result.stdout)
    lines = progress_lines(result)
    assert lines and all(TOTAL.match(line) or ELAPSED.match(line) for line in lines), lines
    counted = [TOTAL.match(line) for line in lines if TOTAL.match(line)]
    paragraphs = [m for m in counted if m["what"] == "paragraphs read"]
    assert paragraphs, lines
    totals = {int(m["total"].replace(",", "")) for m in paragraphs}
    done = [int(m["done"].replace(",", "")) for m in paragraphs]
    assert len(totals) == 1 and totals.pop() >= 400 and done == sorted(done)
    assert all(m["label"] == "build" for m in counted)


def test_quick_work_prints_no_progress(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    result = run(workspace, "build", "--no-page")  # the shipped notes: well within the first 5 s
    assert result.exit_code == 0, result.output
    assert all(line.startswith("warning: ") for line in result.stderr.splitlines()), result.stderr


@pytest.mark.parametrize(("args", "label"), [(["validate"], "validate"), (["stats"], "stats"),
                                             (["import", str(REPO / "tests" / "vocab" / "aio.owl")], "import")])
def test_every_long_command_reports_and_keeps_stdout(built: Workspace, tmp_path: Path, args: list[str], label: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = built
    if label == "import":  # it writes into the data folder: a copy of its own
        shutil.copytree(built.data, tmp_path / "data")
        workspace = Workspace.at(tmp_path / "data", built.exports)
    if label == "stats":  # the answer the build saved is read in a millisecond: the graph is counted without it
        shutil.copytree(built.exports, tmp_path / "exports")
        (tmp_path / "exports" / ".kg-stats").unlink()
        workspace = Workspace.at(built.data, tmp_path / "exports")
    quiet = run(workspace, *args, interval="600")
    # what the reporter was shown, whether or not a line fell due while it lasted: on the shipped
    # notes a fast machine finishes a stage within any interval, so printed lines alone would be luck
    shown: list[str] = []
    push = progress._Reporter.push
    monkeypatch.setattr(progress._Reporter, "push", lambda self, step: (shown.append(step.line()), push(self, step))[1])
    watched = run(workspace, *args, interval="0.01")
    assert watched.exit_code == quiet.exit_code == 0, watched.output
    if label != "import":  # import's summary says how long it took
        assert watched.stdout == quiet.stdout
    assert shown and not progress_lines(quiet)
    lines = shown + progress_lines(watched)
    assert all(TOTAL.match(line) or ELAPSED.match(line) for line in lines), lines
    assert {(TOTAL.match(line) or ELAPSED.match(line))["label"] for line in lines} <= {label, "aie.trig", "aio.owl"}


def test_plain_lines_come_once_per_interval_and_name_the_innermost_stage() -> None:
    out = io.StringIO()
    progress.report_to(out, interval=0.05)
    started = time.monotonic()
    try:
        with progress.stage("build", "notes files read", 3) as outer:
            outer.advance()
            with progress.stage("build", "paragraphs read", 2_000) as inner:
                for _ in range(10):
                    inner.advance(100)
                    time.sleep(0.03)
            time.sleep(0.12)
    finally:
        progress.finish()
    took = time.monotonic() - started
    lines = out.getvalue().splitlines()
    assert any(re.fullmatch(r"build: [\d,]+/2,000 paragraphs read", line) for line in lines), lines
    assert lines[-1] == "build: 1/3 notes files read"  # back to the outer stage once the inner one ended
    assert 3 <= len(lines) <= took / 0.05 + 1  # one per interval, not one per advance()


def test_nothing_is_shown_unless_a_command_asked() -> None:
    with progress.stage("build", "paragraphs read", 10) as step:  # a notebook's kg.build(): no reporter
        step.advance(10)
    assert step.line() == "build: 10/10 paragraphs read"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_on_a_terminal_a_bar_with_its_total_and_rich_only_for_long_work() -> None:
    script = textwrap.dedent("""
        import os, sys, time
        from kg import progress
        master, slave = os.openpty()
        terminal = os.fdopen(slave, "w")
        progress.BAR_AFTER = float(sys.argv[1])
        progress.report_to(terminal)
        with progress.stage("build", "paragraphs read", 400) as step:
            for _ in range(4):
                step.advance(100)
                time.sleep(float(sys.argv[2]))
        progress.finish()
        terminal.flush()
        os.set_blocking(master, False)
        try:
            drawn = os.read(master, 1 << 16).decode("utf-8", "replace")
        except BlockingIOError:
            drawn = ""
        print("rich" in sys.modules, repr(drawn))
    """)

    def draw(bar_after: str, pause: str) -> tuple[str, str]:
        done = subprocess.run([sys.executable, "-c", script, bar_after, pause], capture_output=True, text=True, cwd=REPO,
                              env={"PATH": "", "PYTHONPATH": str(REPO), "TERM": "xterm"}, timeout=60)
        assert done.returncode == 0, done.stderr
        imported, drawn = done.stdout.strip().split(" ", 1)
        return imported, drawn

    imported, drawn = draw("0", "0.3")
    assert imported == "True" and "build: paragraphs read" in drawn and "/400" in drawn
    imported, drawn = draw("5", "0")  # over before a bar is due: rich is not even imported
    assert imported == "False" and drawn == "''"
