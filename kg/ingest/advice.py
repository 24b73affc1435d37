"""Advice in the imperative that says what a thing is for: "Use dropout to prevent overfitting"
(dropout usedFor preventing overfitting), "Apply SMOTE to balance the classes", "You can use
boxplots to spot outliers". The verb is one of putting a thing to use; the thing is its object, the
purpose the infinitive after it. Advice on measuring names what measures what: "Measure retrieval
with recall@k and MRR" (recall@k measures retrieval). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.lists import cut, split
from kg.ingest.nouns import Phrase, doing, keep, noun_phrase

_ADVICE = re.compile(
    r"^(?:(?:you|we)\s+(?:can|could|should|may|might)\s+(?:also\s+)?)?"
    r"(?P<verb>use|apply|employ|leverage|adopt|implement|try|add|consider using)\s+"
    r"(?P<thing>[^,;:]{2,80}?)\s+(?:in\s+order\s+)?to\s+(?P<what>[a-z][^;:]*)$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:if|when|whenever|unless|because|while|so|that|which|who|you|we)\b", re.IGNORECASE)
_EXAMPLES = re.compile(r"\s*\((?:e\.g\.|i\.e\.|like|such as)[^()]*\)|\s+(?:such as|like)\s.*$", re.IGNORECASE)


def advice(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """(thing, purpose) for each thing the advice puts to use: "Use A and B to reduce variance" ->
    (A, reducing variance), (B, reducing variance). Nothing where the purpose is no activity with an
    object ("Use it to your advantage"). Where the advice names examples of a kind ("Use tools like
    SHAP to ..."), the examples are what it puts to use."""
    found = _ADVICE.match(text.strip())
    if found is None:
        return []
    goal = clauses.purpose(re.split(r"[,(]", found["what"])[0], after_to=True)  # "prevent overfitting" -> "preventing overfitting"
    if goal is None:
        return []
    purpose = doing(goal)

    written = found["thing"]
    if (examples := _EXAMPLES.search(written)) is not None:  # "tools like SHAP and LIME": the tools named
        written = re.sub(r"^\s*\(?(?:e\.g\.,?|i\.e\.,?|like|such as)\s+|\)\s*$", "", examples.group(), flags=re.IGNORECASE)
    head = cut(written, protected)
    if _CLAUSE.match(written[len(head):]):
        return []  # "Use Leaky ReLU if you want to avoid ...": the infinitive is another clause's
    things = [noun_phrase(item) for item in split(head, protected)]  # "Use Softmax in the output layer to ..."
    return [(thing, purpose) for thing in things if keep(thing) and thing.label.lower() != purpose.label.lower()]


_MEASURE_WITH = re.compile(
    r"^(?:(?:you|we|one|researchers|people|teams|practitioners|engineers)\s+(?:(?:can|could|should|may|might|need\s+to|have\s+to|often|usually|"
    r"typically|commonly)\s+)?(?:also\s+)?)?(?P<verb>measure|track|monitor|evaluate|assess|benchmark)\s+"
    r"(?P<what>[^,;:]{2,60}?)\s+(?:with|using|via|by)\s+(?P<things>[^;:]{2,120})$", re.IGNORECASE)


def measured_with(text: str, protected: set[str]) -> list[tuple[Phrase, str, Phrase]]:
    """(thing, relation, what) for "Measure X with A and B" or "Researchers measure X with A": A and B
    measure X ("evaluate models with MMLU": MMLU evaluates models); nothing where X or the things are
    no noun phrases."""
    found = _MEASURE_WITH.match(text.strip().rstrip("."))
    if found is None or not keep(what := noun_phrase(cut(found["what"], protected))):
        return []
    relation = "evaluates" if found["verb"].lower() in ("evaluate", "assess", "benchmark") else "measures"
    things = [noun_phrase(item) for item in split(cut(found["things"], protected), protected)]
    return [(thing, relation, what) for thing in things if keep(thing)]
