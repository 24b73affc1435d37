"""Amounts written where a noun phrase stands: "40 MB", "24–80 GB", "the amount of moss", "the number of tunnels". An
amount in its unit names no concept (not the unit, "MB"); a number of things is a count of them, the "tunnel count",
and no tunnel."""

from __future__ import annotations

import re

from kg.ingest.singular import singular_phrase

# a number in its unit of measure, or a range of them: "40 MB", "24–80 GB", "2 secs", "3 GHz"
_MEASURE = re.compile(r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\+?\s*(?:[KMGTP]i?B|bytes?|bits?|ms|µs|ns|secs?|seconds?|mins?|minutes?|hours?|hrs?|"
                      r"[KMG]Hz|k?W)")
# how much or how many of a thing there are, with "the": "a number of X" is some X, read elsewhere
_AMOUNT_OF = re.compile(r"(?P<the>the\s+(?:total\s+)?)(?P<measure>number|amount|count)\s+of\s+(?P<things>\S.*)", re.IGNORECASE)
# what is counted ends where a preposition opens what it is of: "parameters in a model"
_PLACED = re.compile(r"\s+(?:in|of|per|for|on|at|across|within)\s")


def an_amount(text: str) -> str | None:
    """The words of an amount that names no concept, as a label no concept takes ("40 MB"; "amount of moss" without its
    "the"), or None."""
    if _MEASURE.fullmatch(text):
        return text
    found = _AMOUNT_OF.fullmatch(text)
    return text[found.end("the"):] if found is not None and found["measure"].lower() == "amount" else None


def a_count(text: str) -> str | None:
    """ "the number of parameters in a model" -> "parameter count": how many of a thing, the count of them; or None."""
    found = _AMOUNT_OF.fullmatch(text)
    if found is None or found["measure"].lower() == "amount":
        return None
    things = _PLACED.split(found["things"], maxsplit=1)[0].strip()
    return f"{singular_phrase(things)} count" if re.fullmatch(r"[\w'’-]+(?: [\w'’-]+){0,4}", things) else None
