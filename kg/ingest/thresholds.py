"""A quality's bar, the way a spec sheet of requirements writes it: "- latency: TTFD P90 < 200ms", "- den mapping:
pass@1 on DenEval > 90%", "- overall quality: Elo score from Den Arena > 1200". The words before the comparison name
what measures the quality (a percentile after it only says which point of it), and a name after "on" or "from" the
benchmark that evaluates it. Knows English wording and the signs of comparison only."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.claims import Claim, Reading
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.subjects import CURRENT

_BAR = re.compile(r"^(?P<metric>[^<>≤≥=:;()]{2,60}?(?:\([^()]{1,20}\))?)[\s,]*(?:<=?|>=?|≤|≥)\s*[$~€£]?\d[\d.,]*\s*[%\w/$]*(?:\s+(?:per|a|an|each)\s+[\w. ]{1,20})?\s*\.?$")
_PERCENTILE = re.compile(r"\s+[pP]\d{2}(?:\.\d+)?\b")
_MEASURED_ON = re.compile(r"^(?P<metric>.+?)\s+(?:on|from)\s+(?P<bench>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})$")


def measured_against_a_bar(sentence: str) -> Reading | None:
    """What measures the quality a term names, and what evaluates it, when its definition is only a bar to clear; None
    for any other sentence."""
    bar = _BAR.match(sentence.strip())
    if bar is None:
        return None
    metric = _PERCENTILE.sub("", bar["metric"].strip(" ,"))
    on = _MEASURED_ON.match(metric)
    measure = noun_phrase(on["metric"] if on else metric)
    if not keep(measure) or clauses.has_finite_verb(on["metric"] if on else metric):
        return None  # "most dens < 2m deep": a finding, no measure
    reading = Reading([Claim(CURRENT, "measuredBy", measure, 0)])
    if on is not None and (bench := noun_phrase(on["bench"])).is_name and keep(bench):
        reading.claims.append(Claim(CURRENT, "evaluatedBy", bench, on.start("bench")))
    return reading
