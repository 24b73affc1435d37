"""Two things weighed against each other, "A vs B", each named whole: "Sparse vs Dense Models" is
sparse models and dense models. Knows the words of a comparison only."""

from __future__ import annotations

import re

from kg.ingest import tagger

VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)  # "Sparse vs Dense Models": two things compared

_WEIGHING = re.compile(r"\s+(?:trade-?offs?|comparisons?|debates?|dilemmas?|showdowns?)$", re.IGNORECASE)  # of both sides


def compared_sides(sides: list[str]) -> list[str]:
    """The things "A vs B" compares, each whole: "Sparse vs Dense Models" is sparse models and dense
    models, "Masked vs Autoregressive (Language Model)" two language models; "latency vs throughput
    tradeoff" weighs latency and throughput."""
    if len(sides) > 1:
        sides = [*sides[:-1], _WEIGHING.sub("", sides[-1])]
        shared = re.search(r"\s*\((?P<head>[^)]+)\)\s*$", sides[-1])
        if shared:  # "Masked vs Autogregressive (Language Model)"
            return [s.replace(shared.group(), "") + " " + shared["head"] for s in sides]
        last = sides[-1].split()[-1]
        if len(sides[-1].split()) > 1 and ("NOUN" in tagger.readings(last.lower()) or re.fullmatch(r"[A-Z]{2,}s", last)):  # "Sparse vs Dense Models", "batch APIs"
            tail = " ".join(sides[-1].split()[1:])
            # a one-word side shares the last side's head: not a name ("GRU vs. The Forgetful Detective")
            return [s if len(s.split()) > 1 or s[1:] != s[1:].lower() else f"{s} {tail}" for s in sides[:-1]] + [sides[-1]]
    return sides
