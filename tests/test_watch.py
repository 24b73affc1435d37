"""`kg watch`: a real `kg watch` process over a temporary workspace, edited as a person would; with
--serve, the page open in headless Chromium with the network cut off but for that server, reloading
itself after each rebuild and keeping its view. A missing Chromium fails the browser test."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser import offline_chromium, open_page

from kg.changes.live import LivePage
from kg.changes.watch import input_name
from kg.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
NOTES = "# Parsing\n\n## Tools\n\n- **Alpha:** Alpha uses Beta.\n- **Beta:** A parser.\n- **Gamma:** A lexer.\n"
PATIENCE = 90  # seconds: a build on a busy machine


class Watching:
    """`kg watch` running in its own process, its output read line by line as it comes."""

    def __init__(self, workspace: Workspace, *args: str, started_ignoring_ctrl_c: bool = False) -> None:
        command = [sys.executable, str(REPO / "cli.py"), "--data", str(workspace.data), "--exports", str(workspace.exports),
                   "watch", *args]
        # a shell's `cmd &` in a script starts it with Ctrl-C ignored, which a child inherits
        ignoring = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if started_ignoring_ctrl_c else None
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ignoring,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1", "KG_ENDPOINT": ""})
        self.lines: queue.Queue[tuple[str, str]] = queue.Queue()
        self.seen: list[tuple[str, str]] = []
        for name, stream in (("out", self.process.stdout), ("err", self.process.stderr)):
            threading.Thread(target=self._read, args=(name, stream), daemon=True).start()

    def _read(self, name: str, stream) -> None:  # noqa: ANN001 - a text stream
        for line in stream:
            self.lines.put((name, line.rstrip("\n")))

    def expect(self, pattern: str, stream: str = "out") -> re.Match[str]:
        """The next line of `stream` that matches `pattern` (lines before it are kept in `seen`)."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            try:
                name, line = self.lines.get(timeout=1)
            except queue.Empty:
                assert self.process.poll() is None, f"kg watch ended: {self.seen}"
                continue
            self.seen.append((name, line))
            if name == stream and (found := re.search(pattern, line)):
                return found
        raise AssertionError(f"no line matching {pattern!r} on std{stream} within {PATIENCE} s: {self.seen}")

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a person stops it: its exit code and the rest of what it wrote."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=PATIENCE)
        time.sleep(0.2)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get()[1])
        return code, "\n".join(rest)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text(NOTES, encoding="utf-8")
    return Workspace.at(tmp_path / "data", tmp_path / "exports")


def save(path: Path, text: str) -> None:
    """As an editor saves: written aside, then renamed over the file, so that no rebuild sees it half-written."""
    aside = path.with_name(f".{path.name}.saving")
    aside.write_text(text, encoding="utf-8")
    os.replace(aside, path)


def append(workspace: Workspace, text: str) -> None:
    with open(workspace.notes / "n.md", "a", encoding="utf-8") as notes:
        notes.write(text)


def test_watch_rebuilds_on_save_survives_a_bad_edit_and_stops_with_ctrl_c(workspace: Workspace) -> None:
    watching = Watching(workspace, "--no-page")
    try:
        watching.expect(r"^\d+ concepts, \d+ statements from 1 source")
        watching.expect(r"^first build$")
        watching.expect(r"^watching .* Ctrl-C stops$")
        append(workspace, "- **Delta:** Delta uses Gamma.\n")
        watching.expect(r"^\d\d:\d\d:\d\d notes/n\.md: \+1 concept, \+1 statement since the last build \(\d+\.\d\d s\)$")
        good = workspace.dataset.read_bytes()
        save(workspace.data / "curated.ttl", "@prefix broken")
        watching.expect(r"^\d\d:\d\d:\d\d curated\.ttl: Error: curated\.ttl:1: .*\(exports/ keeps the last good build\)$", "err")
        assert workspace.dataset.read_bytes() == good, "the last good build stays"
        (workspace.data / "curated.ttl").unlink()
        watching.expect(r"^\d\d:\d\d:\d\d curated\.ttl: no change since the last build")
        (workspace.notes / ".n.md.swp").write_text("an editor's", encoding="utf-8")  # not an input: no rebuild
        append(workspace, "- **Epsilon:** Epsilon uses Delta.\n")
        watching.expect(r"notes/n\.md: \+1 concept, \+1 statement")
        code, rest = watching.stop()
    finally:
        watching.kill()
    assert code == 0, rest
    assert rest.splitlines()[-1] == "stopped" and "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert not any(".swp" in line for _stream, line in watching.seen)
    assert not list(workspace.exports.glob(".*.tmp")), "no file left half-written"


def test_watch_started_with_ctrl_c_ignored_still_stops_with_it(workspace: Workspace) -> None:
    """`kg watch &` in a script starts it with SIGINT ignored; Ctrl-C (or `kill -INT`) is still the way out."""
    watching = Watching(workspace, "--no-page", started_ignoring_ctrl_c=True)
    try:
        watching.expect(r"^watching .* Ctrl-C stops$")
        code, rest = watching.stop()
        assert code == 0 and "stopped" in rest, rest
    finally:
        watching.kill()


def test_served_page_reloads_itself_after_a_rebuild_and_keeps_its_view(workspace: Workspace) -> None:
    watching = Watching(workspace, "--serve", "--port", "0")
    try:
        url = watching.expect(r"^serving (http://127\.0\.0\.1:\d+/) ")[1]
        with offline_chromium(allow=(url,)) as context:
            page, log = open_page(context)
            page.goto(url)
            page.wait_for_function("window.kgReady === true", timeout=PATIENCE * 1000)
            # a person picks a concept and hides a relation
            page.fill("#kg-search", "beta")
            page.press("#kg-search", "Enter")
            page.uncheck('#kg-relations input[data-name="uses"]')
            assert "#concept=" in page.url and "filters=" in page.url
            page.evaluate("window.kgBeforeTheEdit = true")

            with page.expect_event("load", timeout=PATIENCE * 1000):  # the page reloads itself: the test does not
                append(workspace, "- **Delta:** Delta uses Gamma.\n")
            page.wait_for_function("window.kgReady === true", timeout=PATIENCE * 1000)
            assert page.evaluate("window.kgBeforeTheEdit") is None, "a new page, loaded by the page itself"
            assert page.evaluate("kgNodes.get().some(n => n.label === 'delta')"), "the new concept is drawn"
            assert page.text_content("#kg-details h2") == "beta", "the selected concept stays selected"
            assert not page.is_checked('#kg-relations input[data-name="uses"]'), "the hidden relation stays hidden"
            assert page.evaluate("kgEdges.get().filter(e => e.relation === 'uses').every(e => e.hidden)")
            assert page.evaluate("kgNetwork.getSelectedNodes()") == [page.evaluate("kgNodes.get().find(n => n.label === 'beta').id")]

            # a bad edit: no reload, the error shown above the page until a good build
            page.evaluate("window.kgAfterTheEdit = true")
            save(workspace.data / "curated.ttl", "@prefix broken")
            page.wait_for_function("!document.getElementById('kg-live-error').hidden", timeout=PATIENCE * 1000)
            assert "curated.ttl:1" in page.text_content("#kg-live-error")
            assert page.evaluate("window.kgAfterTheEdit") is True
            with page.expect_event("load", timeout=PATIENCE * 1000):
                (workspace.data / "curated.ttl").unlink()
            page.wait_for_function("window.kgReady === true", timeout=PATIENCE * 1000)
            assert page.is_hidden("#kg-live-error")
            assert log.clean, log
        code, rest = watching.stop()
    finally:
        watching.kill()
    assert code == 0, rest
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)  # the server stopped with it


def test_the_server_serves_the_page_and_its_version_only(tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    live = LivePage(page).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(live.url, timeout=5)
        assert missing.value.code == 503 and b"/kg-version" in missing.value.read(), "it waits for a first good build"
        page.write_text("<html><body><p>graph</p></body></html>", encoding="utf-8")
        served = urllib.request.urlopen(live.url + "graph.html", timeout=5).read().decode("utf-8")
        assert served.startswith("<html><body><p>graph</p><script>") and served.endswith("</script>\n</body></html>")
        assert live.version() in served
        for path in ("exports/aie.trig", "../graph.html", "kg-version/x"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(live.url + path, timeout=5)
            assert refused.value.code == 404
    finally:
        live.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(live.url, timeout=5)


def test_a_port_in_use_is_an_error_that_names_it(tmp_path: Path) -> None:
    from kg.errors import KGError

    first = LivePage(tmp_path / "graph.html")
    port = int(first.url.rsplit(":", 1)[1].strip("/"))
    try:
        with pytest.raises(KGError, match=rf"cannot serve on 127\.0\.0\.1:{port}: .*--port 0 picks a free one"):
            LivePage(tmp_path / "graph.html", port)
    finally:
        first.close()


@pytest.mark.parametrize("path, name", [
    ("notes/n.md", "notes/n.md"), ("notes/deep/er.md", "notes/deep/er.md"), ("curated.ttl", "curated.ttl"),
    ("imported/aio.ttl", "imported/aio.ttl"), ("rejected.tsv", "rejected.tsv"),
    ("README.md", None), ("notes/.n.md.swp", None), ("notes/n.md~", None), (".hidden/x.ttl", None),
    ("out/aie.ttl", None), ("links-rejected.txt", None),
])
def test_what_a_save_rebuilds(tmp_path: Path, path: str, name: str | None) -> None:
    data = tmp_path / "data"
    assert input_name(data, data / "out", data / path) == name
    assert input_name(data, data / "out", tmp_path / "elsewhere" / path) is None
