"""Two things weighed against each other, "A vs B", each named whole: "Sparse vs Dense Models" is
sparse models and dense models; two things someone tells apart ("Kim distinguishes A from B"); and the subjects of
two clauses set against each other ("A does X, while B does Y"). Knows the words of a comparison only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.lists import without_asides
from kg.ingest.nouns import Phrase, keep, noun_phrase, opens_with_a_doing
from kg.labels import fold

VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)  # "Sparse vs Dense Models": two things compared
# "- vs moss lining: ...", "- contrast with hard walls": the other side of what the line is under
VS_FIRST = re.compile(r"(?:vs\.?|versus|(?:in\s+)?contrast(?:ed)?\s+(?:with|w/|to)|as\s+opposed\s+to)\s", re.IGNORECASE)

_WEIGHING = re.compile(r"\s+(?:trade-?offs?|comparisons?|debates?|dilemmas?|showdowns?)$", re.IGNORECASE)  # of both sides
_WEIGHED = re.compile(r"^(?:the\s+)?(?:trade-?offs?|comparisons?)(?:\s+of)?\s*:?\s+(?=\S)", re.IGNORECASE)  # "tradeoff A vs B"


def compared_sides(sides: list[str]) -> list[str]:
    """The things "A vs B" compares, each whole: "Sparse vs Dense Models" is sparse models and dense
    models, "Masked vs Autoregressive (Language Model)" two language models; "latency vs throughput
    tradeoff" weighs latency and throughput."""
    if len(sides) > 1:
        sides = [_WEIGHED.sub("", sides[0]), *sides[1:-1], _WEIGHING.sub("", sides[-1])]  # "tradeoff depth vs width": depth, width
        if all(len(words := side.split()) > 1 and "-" in words[-1] and tagger.tagged(words[-1])[0][1] == "JJ" for side in sides):
            sides = [side.rsplit(maxsplit=1)[0] for side in sides]  # "prefill compute-bound vs decode memory-bound": what each is, said after it
        shared = re.search(r"\s*\((?P<head>[^)]+)\)\s*$", sides[-1])
        if shared and " " not in sides[-1][: shared.start()].strip():  # "Masked vs Autogregressive (Language Model)"
            return [s.replace(shared.group(), "") + " " + shared["head"] for s in sides]
        sides[-1] = sides[-1][: shared.start()] if shared else sides[-1]  # "A vs B den care (DenComp)": an aside, no head
        last = sides[-1].split()[-1]
        if len(sides[-1].split()) > 1 and ("NOUN" in tagger.readings(last.lower()) or re.fullmatch(r"[A-Z]{2,}s", last)
                                           or _adjectives_before_a_doing(sides[:-1], last)):  # "Sparse vs Dense Models", "batch APIs"
            words = sides[-1].split()
            # "Adapter-based vs Soft Prompt-based Methods": the head after the word of the first side's form, "methods"
            like = next((at for at, w in enumerate(words[:-1]) if "-" in sides[0] and w.lower().endswith(f"-{sides[0].split('-')[-1].lower()}")), 0)
            tail = " ".join(words[like + 1:])
            # a one-word side shares the last side's head: not a name ("GRU vs. The Forgetful Detective"), nor a doing
            # that stands alone beside a thing ("jailbreaking vs prompt injection")
            return [s if len(s.split()) > 1 or s[1:] != s[1:].lower() or _a_doing_alone(s, last) or _a_noun_alone(s) else f"{s} {tail}"
                    for s in sides[:-1]] + [sides[-1]]
    return sides


def _adjectives_before_a_doing(sides: list[str], head: str) -> bool:
    """ "Full vs Partial Burrowing": a doing (the dictionary may know it as a verb only, or not at all), after sides of
    one adjective each, which name nothing alone."""
    return head.lower().endswith("ing") and all(len(side.split()) == 1 and tagger.tag(side.lower())[0][1] == "JJ" for side in sides)


def _a_noun_alone(side: str) -> bool:
    """ "jailbreak" beside "prompt injection": a word the dictionary knows as a noun and never as an adjective names a
    thing whole ("static" in "static vs dynamic batching", "zero-shot", share the head)."""
    if side.lower().startswith("self-"):  # "self-supervision" beside "unsupervised learning": what the self does is named whole
        return _a_noun_alone(side[5:])
    found = tagger.readings(side.lower())  # a word it lacks ("jailbreak") is a noun if the tagger takes it for one
    return ("NOUN" in found or not found and tagger.tag(side.lower())[0][1].startswith("NN")) and "ADJ" not in found and "-" not in side


def _a_doing_alone(side: str, head: str) -> bool:
    """ "jailbreaking" beside "prompt injection": a doing named whole, sharing no head that is no doing of the same
    kind; "static vs dynamic batching" shares "batching"."""
    return side.lower().endswith("ing") and not head.lower().endswith("ing") and tagger.tag(side.lower())[0][1] in ("VBG", "NN")


# "Kim distinguishes open dens from closed dens", "differentiates between A and B", "contrasts A with B", "tells A apart from B",
# "draws a distinction between A and B", "a shift from A to B"
_SIDE = r"(?P<{}>[^,;:()]{{2,50}}?)"
_END = r"(?=\s*[,;:.]|$|\s+(?:by|in|because|since|when|where|which|who|after|before|until|once|if|during)\b)"  # "... after step 3": when
_TOLD_APART = [re.compile(rf"\b(?:distinguish|differentiat|tell)[a-z]*\s+{_SIDE.format('one')}\s+(?:apart\s+)?from\s+{_SIDE.format('other')}{_END}", re.I),
               re.compile(rf"\b(?:distinguish|differentiat)[a-z]*\s+between\s+{_SIDE.format('one')}\s+and\s+{_SIDE.format('other')}{_END}", re.I),
               re.compile(rf"\bcontrast(?:s|ed|ing)?\s+{_SIDE.format('one')}\s+with\s+{_SIDE.format('other')}{_END}", re.I),
               re.compile(rf"\bdistinctions?\s+between\s+{_SIDE.format('one')}\s+and\s+{_SIDE.format('other')}{_END}", re.I),
               # "a shift from clay dens to moss dens", "shifted from A → B": what came before, set against what replaced it
               re.compile(rf"(?<!\bto )\b(?:shift|transition|switch)(?:s|ed|ing)?\s+from\s+{_SIDE.format('one')}\s+(?:to|→|->)\s+{_SIDE.format('other')}{_END}", re.I),
               # "den depth and den width trade off", "a trade-off between A and B": each gained at the other's cost
               re.compile(rf"(?:\b(?:but|and|so|yet)\s+|^)(?:the\s+)?{_SIDE.format('one')}\s+and\s+{_SIDE.format('other')}\s+trade[- ]?off\b", re.I),
               re.compile(rf"\btrade-?offs?\s+between\s+{_SIDE.format('one')}\s+and\s+{_SIDE.format('other')}{_END}", re.I)]


_NOT = re.compile(r"(?:\bnot|n't|n’t|\bcannot|\bnever|\bhardly)\s+(?:\w+\s+)?$", re.IGNORECASE)


def told_apart(clause: str) -> list[tuple[Phrase, Phrase]]:
    """The two things a clause tells apart ("Huyen distinguishes open weight models (...) from open models"),
    each a concept named by its nouns."""
    bare = without_asides(clause)
    found = next((m for pattern in _TOLD_APART if (m := pattern.search(bare)) is not None), None)
    if found is None or _NOT.search(bare, 0, found.start()):
        return []  # "the model can't tell given data from generated data": the two are confused, not set apart
    one, other = noun_phrase(found["one"]), noun_phrase(found["other"])
    return [(one, other)] if keep(one) and keep(other) and one.label.lower() != other.label.lower() else []


def set_apart(first: Phrase | str, second: Phrase, first_clause: str, second_clause: str) -> bool:
    """Whether the subjects of "A does X, while B does Y" are two things set against each other ("Exact evaluation
    produces ..., while subjective evaluation depends on ..."): two short noun phrases, neither a doing ("while
    attending to ..."), a clause, two things ("hn and cn") or a phrase with a preposition ("books about X"); not when
    the first clause says what someone shows ("the book shows that A ..., whereas B") or opens a list after a colon, nor a
    subject whose last word is the verb ("while training needs both": the tagger's noun "needs")."""
    verb_read = re.search(rf"\b{re.escape(second.label.split()[-1])}e?s\s+(?:both|all|more|less|the|an?|it|them|its|their)\b", second_clause)
    return isinstance(first, Phrase) and fold(first.label) != fold(second.label) and not re.search(r":|\bthat\b", first_clause) \
        and verb_read is None \
        and all(len(p.label.split()) <= 4 and not opens_with_a_doing(p.label) and not clauses.has_finite_verb(p.label)
                and not re.search(r"\s(?:about|of|for|in|with|on|to|and)\s", p.label) for p in (first, second))
