"""Amounts written where a noun phrase stands: "40 MB", "24–80 GB", "the number of tunnels". They are how much or how
many of something, and name no concept: not the unit ("MB") nor the things counted ("tunnel")."""

from __future__ import annotations

import re

# a number in its unit of measure, or a range of them: "40 MB", "24–80 GB", "2 secs", "3 GHz"
_MEASURE = re.compile(r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\+?\s*(?:[KMGTP]i?B|bytes?|bits?|ms|µs|ns|secs?|seconds?|mins?|minutes?|hours?|hrs?|"
                      r"[KMG]Hz|k?W)")
# how many of a thing there are, with "the": "the number of X" is a count; "a number of X" is some X, read elsewhere
_COUNT_OF = re.compile(r"(?P<the>the\s+(?:total\s+)?)(?:number|amount|count)\s+of\s", re.IGNORECASE)


def an_amount(text: str) -> str | None:
    """The words of an amount, as a label no concept takes ("40 MB"; "number of tunnels" without its "the"), or None."""
    if _MEASURE.fullmatch(text):
        return text
    counted = _COUNT_OF.match(text)
    return text[counted.end("the"):] if counted else None
