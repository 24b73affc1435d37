"""The page served on 127.0.0.1 while `kg watch --serve` runs, reloaded in the browser after each rebuild.

The server hands out exports/graph.html as the last build left it, with one script added on the
way (the file itself stays the offline page): the script knows the version of the page it came
with and asks /kg-version twice a second for the current one; when a rebuild has replaced the
page, it reloads. The page keeps its view (the selected concept, the filters) in the address's
#fragment, which a reload keeps. A failed rebuild leaves the page as it was, and the script shows
the error above it until a good one. Nothing but the page and its version is served.
"""

from __future__ import annotations

import json
import os
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import KGError

VERSION_PATH = "/kg-version"
POLL_MS = 500
# Added before </body>: compares its page's version with the server's, reloads on a new one, shows an error.
RELOAD_SCRIPT = """<script>
"use strict";
(() => {  // kg watch --serve: reload when a rebuild replaced this page; the view stays in the #fragment
  const shown = %(version)s;
  const banner = document.body.appendChild(document.createElement("div"));
  banner.id = "kg-live-error";
  banner.hidden = true;
  banner.style.cssText = "position:fixed;top:0;left:0;right:0;padding:8px 12px;background:#fde2e1;" +
    "color:#8a1c1c;font:13px/1.4 system-ui,sans-serif;border-bottom:1px solid #e0a3a0;z-index:10;white-space:pre-wrap";
  async function poll() {
    try {
      const now = await (await fetch("%(path)s", {cache: "no-store"})).json();
      if (now.version !== shown) { location.reload(); return; }
      banner.hidden = !now.error;
      banner.textContent = now.error ? "kg watch: " + now.error + " (the page shows the last good build)" : "";
    } catch (e) { /* the watcher has stopped, or is between builds: ask again */ }
    setTimeout(poll, %(every)d);
  }
  setTimeout(poll, %(every)d);
})();
</script>
"""
NO_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>kg watch</title></head>" \
          "<body><p>No page yet: the build has not succeeded.</p></body></html>"


class LivePage:
    """A small HTTP server for one page file, on 127.0.0.1 only, in a thread of its own."""

    def __init__(self, page: Path, port: int = 0) -> None:
        self.page = page
        self.error: str | None = None  # the last rebuild's, shown on the page; None once one succeeds
        try:
            self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        except OSError as error:
            hint = "; --port 0 picks a free one" if port else ""
            raise KGError(f"cannot serve on 127.0.0.1:{port}: {error.strerror or error}{hint}") from None
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="kg-live-page", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def start(self) -> LivePage:
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def version(self) -> str:
        """What changes whenever a build replaces the page: it is renamed into place, a new file."""
        try:
            made = os.stat(self.page)
        except OSError:
            return "none"
        return f"{made.st_ino}-{made.st_size}-{made.st_mtime_ns}"

    def html(self) -> tuple[bytes, bool]:
        """The page as served, with the reload script; and whether there is a page at all."""
        try:
            with open(self.page, "rb") as file:  # the version of the file opened, should a build replace it meanwhile
                made = os.fstat(file.fileno())
                text, found = file.read().decode("utf-8"), True
            version = f"{made.st_ino}-{made.st_size}-{made.st_mtime_ns}"
        except (OSError, UnicodeDecodeError):
            text, found, version = NO_PAGE, False, "none"
        script = RELOAD_SCRIPT % {"version": json.dumps(version), "path": VERSION_PATH, "every": POLL_MS}
        end = text.rfind("</body>")
        end = len(text) if end < 0 else end
        return (text[:end] + script + text[end:]).encode("utf-8"), found


def _handler(live: LivePage) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if path in ("/", "/" + live.page.name):
                body, found = live.html()
                self._send(HTTPStatus.OK if found else HTTPStatus.SERVICE_UNAVAILABLE, "text/html; charset=utf-8", body)
            elif path == VERSION_PATH:
                state = json.dumps({"version": live.version(), "error": live.error})
                self._send(HTTPStatus.OK, "application/json", state.encode("utf-8"))
            else:
                self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: HTTPStatus, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass  # the terminal is for what the builds say

    return Handler
