"""Advice in the imperative that says what a thing is for: "Use dropout to prevent overfitting"
(dropout usedFor preventing overfitting), "Apply SMOTE to balance the classes", "You can use
boxplots to spot outliers". The verb is one of putting a thing to use; the thing is its object, the
purpose the infinitive after it. Advice on measuring names what measures what: "Measure retrieval
with recall@k and MRR" (recall@k measures retrieval); a thing that prevents, reduces or fixes a
problem is for doing so ("Dropout prevents overfitting"). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.cues import Cue
from kg.ingest.lists import cut, split
from kg.ingest.doings import doing
from kg.ingest.nouns import PRONOUNS, Phrase, keep, noun_phrase, opens_with_a_doing
from kg.ingest.singular import singular_noun
from kg.ingest.subjects import CURRENT, NOBODY, sentence_case, subject_of

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
    if found is None or not clauses.is_base_verb(found["what"].split()[0].lower()):
        return []  # "add noise to existing data": where it goes, no purpose
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


# "Dropout prevents overfitting", "It mitigates flooding", "Batching improves throughput", "RAG helps reduce
# hallucinations": a thing and the problem it is for, or the good it does ("increases" may say a cost); "cuts",
# "lowers" in the third person only ("lower latency" is a noun phrase), read as "reduces"
_GOOD_VERBS = r"(?:prevent|reduce|mitigate|fix|solve|address|avoid|eliminate|minimi[sz]e|tackle|alleviate|improve|boost)"
_SOLVES = re.compile(
    r"^(?:(?P<thing>[^,;:()]{2,60}?)\s+)?(?:(?:also|often|[a-z]+ly)\s+)?"
    rf"(?P<verb>{_GOOD_VERBS}(?:e?s)?|cuts|lowers|(?:helps?|can)\s+(?:to\s+)?{_GOOD_VERBS}|(?:speed|protect|guard|defend)s?\s+(?:up|against))"
    r"\s+(?P<problem>[^,;:()]{2,60}?)(?:\s+(?:somewhat|a\s+lot|a\s+bit|too|as\s+well))*$", re.IGNORECASE)
_READ_AS = {"cuts": "reduce", "lowers": "reduce"}
# what "cuts" and "lowers" reduce, not what they cut or lower ("cuts roots"): an amount, or an abstract noun by its suffix
_AN_AMOUNT = re.compile(r"(?:latency|costs?|memory|time|overhead|price|bills?|usage|size|load|footprint|bandwidth|traffic|waste|noise"
                        r"|errors?|risks?|bias(?:es)?|\w+(?:tions?|ness|ity|ities|ncy|nce|ment)s?)$", re.IGNORECASE)


# the stem of a verb _SOLVES needs, one search before its match and the rewrite of "a technique that"
_GOOD_CUE = Cue(r"prevent|reduc|mitigat|fix|solv|address|avoid|eliminat|minimi[sz]|tackl|alleviat|improv|boost|speed|protect|guard|defend|cuts|lowers")


# "X is a technique that speeds up Y", "(It is) a method that prevents Y": what the kind does, the thing does
_A_KIND_THAT = re.compile(r"^(?:(?P<thing>[^,;:()]{2,60}?)\s+(?:is|are)\s+|it\s+is\s+)?(?:an?|one)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+(?=\S)",
                          re.IGNORECASE)


# "Reduces latency and cuts cost", "prevents overfitting, and improves accuracy": a predicate joined on, the same thing's
_JOINED_GOOD = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:also\s+)?(?:{_GOOD_VERBS}(?:e?s)|cuts|lowers)\s)", re.IGNORECASE)
# "cuts cost by 90%", "reduces latency up to 3x": how much, no part of what it is for
_BY_A_FIGURE = re.compile(r"\s+(?:by\s+)?(?:up\s+to\s+|about\s+|around\s+|roughly\s+|~\s*)?\d[\d.,]*\s*(?:%|x|×|percent|times)$", re.IGNORECASE)


def what_it_solves(text: str, protected: set[str]) -> list[tuple[Phrase | str, Phrase]]:
    """(thing, purpose) for "Dropout prevents overfitting" (dropout usedFor preventing overfitting), "X is
    a technique that speeds up Y": what a thing is for, said as the problem it prevents, reduces or
    fixes; nothing where the problem is no noun phrase ("reduces how often it fails") or what it is
    turned into follows ("to their root form"). Predicates joined by "and" are each read of the same
    thing ("Reduces latency and cuts cost"), when the first is one of these."""
    if not _GOOD_CUE.in_text(text):
        return []  # no verb _SOLVES reads: most sentences
    text = text.strip().rstrip(".")
    if (kind_that := _A_KIND_THAT.match(text)) is not None:
        text = f"{kind_that['thing'] or 'it'} {text[kind_that.end():]}"
    first, *joined = _JOINED_GOOD.split(text)
    if joined and (opened := _SOLVES.match(_BY_A_FIGURE.sub("", first))) is not None:
        said_of = first[: opened.start("verb")]  # the thing written before the first verb, or nothing
        return [pair for predicate in (first, *(said_of + more for more in joined)) for pair in _solved(predicate, protected)]
    return [] if joined else _solved(text, protected)


def _solved(text: str, protected: set[str]) -> list[tuple[Phrase | str, Phrase]]:
    text = _BY_A_FIGURE.sub("", text)
    found = _SOLVES.match(text)
    if found is not None and (re.search(r"\s(?:in)?to\s", found["problem"]) or clauses.has_finite_verb(found["problem"])):
        return []  # "It reduces words to their root form": what it makes of them, no problem; "... latency is low": a clause
    if found is not None and (found["thing"] is None or found["verb"].lower() in _READ_AS) \
            and cut(found["problem"], protected) != found["problem"].strip():
        return []  # "fixes the den in place", "It cuts roots at night": another sense of the verb, where nothing else says it
    if found is not None and found["verb"].lower() in _READ_AS and not _AN_AMOUNT.search(found["problem"].strip()):
        return []  # "cuts roots": what it cuts, no amount it makes smaller
    if found is not None and found["thing"] is None:  # "- **Moss text:** reduces den rot somewhat too": what the thing being read is for
        if not found["verb"].lower().endswith("s"):
            return []  # in the third person only: "Reduce latency by ..." is advice to the reader
        found = _SOLVES.match(f"it {text[found.start('verb'):]}")
    if found is not None and re.fullmatch(_GOOD_VERBS, found["verb"], re.IGNORECASE) \
            and singular_noun(last := found["thing"].split()[-1].lower()) == last:
        return []  # "Rerankers improve precision", the plural's verb; not "To improve precision", "Models that improve ..."
    if found is None or not keep(noun_phrase(problem := cut(found["problem"], protected))) or len(found["thing"].split()) > 4 \
            or clauses.has_finite_verb(found["thing"]) or re.search(r"\s(?:with|of|in|on|for|to|by)\s", found["thing"]):
        return []  # "Mixing real data with synthetic data reduces the risk", "Marcus said routing reduces cost": no one thing
    # "helps reduce": the verb; "speeds up": the verb, and the particle put back after its -ing below
    word, _, particle = re.sub(r"^(?:helps?|can)\s+(?:to\s+)?", "", found["verb"].lower()).partition(" ")
    thing, verb = subject_of(sentence_case(found["thing"])), _READ_AS.get(word) or next(iter(tagger.readings(word).get("VERB", ())), None)
    if (thing == CURRENT and found["thing"].strip().lower() not in PRONOUNS) or opens_with_a_doing(found["thing"].strip()):
        return []  # "Picking task-specific models improves ...": a doing, no thing named, no pronoun for one
    if word.startswith(("improv", "boost")) and isinstance(thing, Phrase) and thing.is_name:
        return []  # "GPT-4 improves performance across languages": a model better than others, no purpose of it
    if verb is None or thing == NOBODY or (isinstance(thing, Phrase) and not keep(thing)):
        return []
    goals = [clauses.purpose(f"{verb} {item}", after_to=True) for item in split(problem, protected)]  # "reduces latency and cost"
    goals = [goal.replace(" ", f" {particle.strip()} ", 1) if particle and goal else goal for goal in goals]  # "speeding up inference"
    return [(thing, doing(goal)) for goal in goals if goal and tagger.names_a_concept(goal)]  # not "protecting against two main risks"


# "Reciprocal rank fusion is another way to merge two rankings", "X is a simple technique for merging Y"
_A_WAY = re.compile(r"^(?P<thing>[^,;:()]{2,60}?)\s+(?:is|are)\s+(?:(?:an?|one|another)\s+)?(?:[a-z-]+\s+){0,2}?"
                    r"(?:ways?|techniques?|methods?|approach(?:es)?|strateg(?:y|ies)|tricks?)\s+"
                    r"(?:to\s+(?P<verb>[a-z]+\s[^,;:()]+)|(?:for|of)\s+(?P<doing>[a-z]+ing\s[^,;:()]+))$", re.IGNORECASE)


def a_way_to(text: str, protected: set[str]) -> list[tuple[Phrase | str, str, Phrase]]:
    """(thing, usedFor, purpose) for "Reciprocal rank fusion is a way to merge two rankings" (usedFor merging
    two rankings) and "X is a method for merging Y": a way of doing a thing is for doing it; (thing, isA, kind) for
    "Finetuning is a way of doing transfer learning": a way to do a thing named by a noun is one of it."""
    found = _A_WAY.match(text.strip().rstrip("."))
    if found is None or clauses.has_finite_verb(found["thing"]) or len(found["thing"].split()) > 5:
        return []
    thing = subject_of(found["thing"])
    goal = clauses.purpose(cut(found["verb"], protected), after_to=True) if found["verb"] else cut(found["doing"], protected)
    if thing == NOBODY or not goal or (isinstance(thing, Phrase) and not keep(thing)) or re.search(r"\b(?:above|following)$", goal):
        return []  # "a way of doing any of the above": of what was listed, which no name holds
    if (done := re.match(r"(?:do|doing|perform|performing)\s+(?P<what>.+)$", goal)) is not None:
        kind = noun_phrase(done["what"])
        return [(thing, "isA", kind)] if keep(kind) and not kind.is_name else []
    return [(thing, "usedFor", doing(goal))]
