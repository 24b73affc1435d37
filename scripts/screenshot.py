"""Render the graph page to a PNG in headless Chromium with the network cut off.

    python scripts/screenshot.py exports/graph.html docs/graph.png

Waits until the page says it is drawn (window.kgReady), then writes a 1400x900 screenshot.
Exits 1, writing nothing, if the page does not get ready or asked for anything over the network.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import ChromiumMissing, offline_chromium, open_page  # noqa: E402
from playwright.sync_api import Error as PlaywrightError  # noqa: E402

from kg.files import atomic_write  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="the HTML page, e.g. exports/graph.html")
    parser.add_argument("png", type=Path, help="where to write the PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the page")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"screenshot: no such page: {args.page}", file=sys.stderr)
        return 1
    try:
        with offline_chromium() as context:
            page, log = open_page(context)
            page.set_viewport_size({"width": args.width, "height": args.height})
            page.goto(args.page.resolve().as_uri())
            page.wait_for_function("window.kgReady === true", timeout=args.timeout * 1000)
            image = page.screenshot(type="png")
    except (ChromiumMissing, PlaywrightError) as error:
        print(f"screenshot: {error}", file=sys.stderr)
        return 1
    if not log.clean:
        for problem in log.failed_requests + log.console_errors:
            print(f"screenshot: {args.page}: {problem}", file=sys.stderr)
        return 1
    atomic_write(args.png, image)
    return 0


if __name__ == "__main__":
    sys.exit(main())
