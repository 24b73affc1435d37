"""Headless Chromium with the network cut off, for the page tests, the screenshot script and the
benchmark. Only file:, data: and about: URLs load (and a server on 127.0.0.1 a test names); every
other request is aborted and recorded.

The browser is the system's Chromium (Debian's `chromium` package), never one playwright downloads:
set CHROMIUM to its path if it is not on PATH as `chromium` or `chromium-browser`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import BrowserContext, Page, Route, sync_playwright

LOCAL = ("file:", "data:", "about:")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class ChromiumMissing(RuntimeError):
    """No Chromium executable was found."""


def chromium_path() -> str:
    """The Chromium executable: $CHROMIUM, else `chromium` or `chromium-browser` on PATH."""
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise ChromiumMissing(
        "Chromium not found: install Debian's `chromium` package (apt-get install chromium) "
        "or set CHROMIUM to the path of a Chromium executable"
    )


@dataclass
class PageLog:
    """What went wrong while a page ran: requests that failed or were blocked, console errors."""

    failed_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.failed_requests and not self.console_errors


@contextmanager
def offline_chromium(*, allow: tuple[str, ...] = ()) -> Iterator[BrowserContext]:
    """A fresh headless Chromium profile whose context aborts every non-local request; `allow` names
    the local servers it may reach as well ("http://127.0.0.1:8000/")."""
    executable = chromium_path()
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=ARGS,
            viewport={"width": 1400, "height": 900},
        )
        context.route("**/*", lambda route: _local_only(route, LOCAL + allow))
        try:
            yield context
        finally:
            context.close()


def _local_only(route: Route, local: tuple[str, ...] = LOCAL) -> None:
    if route.request.url.startswith(local):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def open_page(context: BrowserContext) -> tuple[Page, PageLog]:
    """A new page that records failed requests, console errors and uncaught exceptions."""
    page = context.new_page()
    log = PageLog()
    page.on("requestfailed", lambda request: log.failed_requests.append(f"{request.url} ({request.failure})"))
    page.on("console", lambda message: message.type == "error" and log.console_errors.append(message.text))
    page.on("pageerror", lambda error: log.console_errors.append(f"uncaught: {error}"))
    return page, log
