"""What a benchmark evaluates, said in the kind it is named as: "DenEval is a den-mapping benchmark" evaluates den mapping,
"an instruction-following leaderboard" instruction following, "a sett translation benchmark" sett translation. Only a
topic of nouns in small letters that ends on a doing or an abstract noun: "a popular benchmark", "a multiple-choice
benchmark", "a Chinese benchmark" say what it is like, "a den benchmark" what it is about, not what it tests. Knows
English wording only."""

from __future__ import annotations

import re

from kg.ingest import tagger

_A_DOING_OR_A_QUALITY = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|cy)$")  # "mapping", "translation", "factuality"
_TOPIC_THEN_BENCHMARK = re.compile(r"^(?P<topic>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (?:benchmark|eval|leaderboard)s?$")


def topic_evaluated(kind: str) -> str | None:
    """ "den-mapping benchmark" -> "den mapping" (a doing's hyphen is a space), "coding eval" -> "coding"; None where a
    word before the head is no noun or doing ("long-context", "multiple-choice", "popular") or the last no doing or
    quality ("den benchmark")."""
    found = _TOPIC_THEN_BENCHMARK.match(kind)
    if found is None:
        return None
    parts = re.split(r"[ -]", found["topic"])
    if not all(tag in ("NN", "NNS", "VBG") for _word, tag in tagger.tagged(" ".join(parts))) or not _A_DOING_OR_A_QUALITY.search(parts[-1]):
        return None
    return " ".join(parts) if parts[-1].endswith("ing") else found["topic"]  # "instruction following"; "sett-map" stays
