"""Notes with no subject, said of the thing the note or entry is on: "Measured by IFEval and
INFOBench", "Usually done with RLHF or DPO", "Detected with n-gram overlap", "Part of dataset
engineering, together with data coverage", "A form of tunnel maintenance", "a judgment without
ambiguity (vs subjective evaluation)". Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.copulas import SPLIT_INTO
from kg.ingest.hearst import GROUPS
from kg.ingest.lists import cut, preposition_once, split, without_asides
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.problems import A_PROBLEM_OF_ALONE
from kg.ingest.versus import VS_FIRST
from kg.ingest.subjects import CURRENT, subject_of

# "Measured by IFEval and INFOBench.", "Usually detected with n-gram overlap": a note on a thing that
# says, with no subject, what measures it
# "Can be measured with X", "Can measure w/ X": a modal first says the same of the thing, and "w/" is "with"
_MEASURED_BY = re.compile(
    r"^(?:(?:can|could|should|may|is|are)\s+(?:be\s+)?(?=measured|measure\s|tracked|monitored|scored|evaluated|assessed|detected|checked))?"
    r"(?:(?:usually|often|typically|commonly|mostly|mainly|best)\s+)?"
    r"(?P<verb>measured|(?<=can )measure|(?<=could )measure|tracked|monitored|scored|evaluated|assessed|benchmarked|detected|checked|caught|done|performed|implemented)\s+"
    r"(?P<by>by|with|w/|using|via|through)\s+(?P<things>[^;:]{2,120})$", re.IGNORECASE)
_BY_WHAT_IT_DOES = {"evaluated": "evaluatedBy", "assessed": "evaluatedBy", "benchmarked": "evaluatedBy",
                    "detected": "detectedBy", "checked": "detectedBy", "caught": "detectedBy",
                    "done": "uses", "performed": "uses", "implemented": "uses"}  # "Usually done with RLHF or DPO"


def measured_or_done_with(text: str, protected: set[str]) -> list[tuple[str, Phrase]]:
    """(relation, thing) for a note with no subject that says what measures the thing it is about:
    "Measured by A and B" (measuredBy A), "Evaluated with X" (evaluatedBy), "Detected with Y"
    (detectedBy, which the caller turns: Y usedFor the thing, kg.ingest.claims.TURNED), or what it is
    done with: "Usually done with RLHF or DPO" (uses)."""
    found = _MEASURED_BY.match(text.strip().rstrip("."))
    if found is None:
        return []
    relation = _BY_WHAT_IT_DOES.get(found["verb"].lower(), "measuredBy")  # "measure" after "can": measuredBy
    relation = "usedBy" if relation == "uses" and found["by"].lower() == "by" else relation  # "Done by the retriever": the retriever does it
    # "w/ a judge or with perplexity": the preposition again before an item is no part of it, nor the list's end
    listed = preposition_once(found["things"])
    things = [noun_phrase(item) for item in split(cut(listed, protected), protected)]
    return [(relation, thing) for thing in things if keep(thing)]


# "Part of [[dataset engineering]], together with [[data coverage]] and [[data acquisition]].": a part of
# a whole, and the other parts named with it
_PART_OF = re.compile(r"^(?:(?:a|one)\s+)?part\s+of\s+(?P<whole>[^,;:]{2,60}?)(?:,?\s+(?:together\s+)?(?:with|along\s+with|alongside)\s+(?P<others>[^;:]+))?$",
                      re.IGNORECASE)


def part_of(text: str, protected: set[str]) -> list[tuple[Phrase | str, Phrase]]:
    """(part, whole) for "Part of X, together with A and B": the thing the note is on (CURRENT) and A
    and B are each part of X; nothing when X is no noun phrase."""
    found = _PART_OF.match(text.strip().rstrip("."))
    if found is None or not keep(whole := noun_phrase(cut(found["whole"], protected))):
        return []
    others = [noun_phrase(item) for item in split(cut(found["others"], protected), protected)] if found["others"] else []
    return [(CURRENT, whole), *((other, whole) for other in others if keep(other) and other.label != whole.label)]


# "A form of tunnel maintenance.", "A special case of beam search": a sentence that is only the kind
_A_KIND_OF = re.compile(r"^(?:a|an|one)\s+(?:(?:special|particular|simple|popular|common|lightweight|newer|cheaper)\s+)?"
                        r"(?:form|kind|type|variant|version|flavou?r|special\s+case|subtype|subset)\s+of\s+(?P<kind>[^,;:()]{2,60}?)"
                        r"(?:\s*\([^()]*\))?$", re.IGNORECASE)  # "(Kim & Lee, 1976)": an aside on it, no part of the kind


def a_kind_of(text: str, protected: set[str]) -> Phrase | None:
    """The kind a sentence with no subject says the thing the note or entry is on is one of: "A
    form of tunnel maintenance." -> tunnel maintenance; None for any other sentence."""
    found = _A_KIND_OF.match(text.strip().rstrip("."))
    kind = noun_phrase(cut(found["kind"], protected)) if found else None
    return kind if kind is not None and keep(kind) else None


# "Broken down into time to first token and time per output token.": the parts of what the note is on
_SPLIT_ALONE = re.compile(rf"^{SPLIT_INTO}(?P<listed>[^;:]{{2,160}})$", re.IGNORECASE)


def split_into(text: str, protected: set[str]) -> list[Phrase]:
    """The parts a sentence with no subject says the thing the note or entry is on is split into:
    "Broken down into TTFT and TPOT." -> TTFT, TPOT (two or more); none for any other sentence."""
    found = _SPLIT_ALONE.match(text.strip().rstrip("."))
    # the parts run to the sentence's end ("time to first token and ..."): no preposition ends one
    parts = [noun_phrase(item) for item in split(found["listed"], protected)] if found else []
    return parts if len(parts) > 1 and all(keep(part) and len(part.label.split()) <= 5 for part in parts) else []


# "Grouped into two camps: A and B.", "Falls into three categories: A, B, C", "Comes in two flavors: A and B"
_SORTED_ALONE = re.compile(r"^(?:usually\s+|often\s+|typically\s+)?(?:(?:split|divided|broken\s+down|grouped|classified|categori[sz]ed|sorted"
                           rf"|falls?)\s+into|comes?\s+in)\s+(?:two|three|four|five|six|several|\d+)\s+(?:main\s+|broad\s+)?{GROUPS}\s*:\s*"
                           r"(?P<listed>[^;:]{2,200})$", re.IGNORECASE)


def sorted_into(text: str, protected: set[str]) -> list[Phrase]:
    """The kinds a sentence with no subject sorts the thing the note or entry is on into: "Grouped into two
    camps: A and B." -> A, B (two or more); none for any other sentence."""
    found = _SORTED_ALONE.match(text.strip().rstrip("."))
    kinds = [noun_phrase(item) for item in split(found["listed"], protected)] if found else []
    return kinds if len(kinds) > 1 and all(keep(kind) and len(kind.label.split()) <= 5 for kind in kinds) else []


# "Needs an embedding model and a vector database.": what the thing the note or entry is on works with
_NEEDS_ALONE = re.compile(r"^(?:it\s+)?(?:needs|requires)\s+(?P<listed>(?:an?|the)\s[^;:]{2,120})$", re.IGNORECASE)


def what_it_needs(text: str, protected: set[str]) -> list[Phrase]:
    """The things a sentence with no subject says the thing the note or entry is on needs, each with its article: "Needs
    an embedding model and a vector database." -> both; none for a doing or an amount ("Needs lots of data")."""
    found = _NEEDS_ALONE.match(text.strip().rstrip("."))
    written = split(found["listed"], protected) if found else []
    things = [noun_phrase(re.sub(r"^(?:an?|the)\s+", "", item.strip(), flags=re.IGNORECASE)) for item in written]
    return things if things and all(re.match(r"(?:an?|the)\s", item.strip(), re.IGNORECASE) for item in written) \
        and all(keep(thing) and len(thing.label.split()) <= 4 for thing in things) else []


# "An alternative to RLHF.", "A cheaper alternative to full finetuning.": what the thing stands against;
# "Similar to beam search.": what it goes with
_ALTERNATIVE_TO = re.compile(r"^(?:(?:an?|one)\s+(?:[\w-]+,?\s+){0,2}?)?alternative\s+to\s+(?P<other>[^,;:()]{2,60})$", re.IGNORECASE)  # terse too
_RELATED_TO = re.compile(r"^(?:very\s+|quite\s+)?similar\s+to\s+(?P<other>[^,;:()]{2,60})$", re.IGNORECASE)  # "related to" is a phrase
_VERSUS = re.compile(VS_FIRST.pattern + r"\s*(?P<other>[^,;:()=]{2,60}?)(?:(?::|\s=)\s.*)?$", re.IGNORECASE | re.DOTALL)  # "- vs moss lining: moss rots"
# "40% smaller than SettNet, keeps ...", "much less popular than moss lining in practice": a comparative, set against what follows
_COMPARED = re.compile(r"^(?:(?:\d+(?:\.\d+)?\s?(?:%|x|×)|much|far|way|a\s+lot|slightly|a\s+bit|somewhat)\s+)?(?:(?:more|less)\s+[a-z]+|better|worse|"
                       r"(?!(?:other|rather)\b)[a-z]{3,}(?<!ev)er)\s+than\s+(?P<other>(?![\d.]|(?:ever|before|expected|usual|needed|necessary|that|it|they)\b)[^,;:()]{2,60}?)(?:[,;:].*)?$",
                       re.IGNORECASE)


def compared_with(text: str, protected: set[str]) -> tuple[str, Phrase] | None:
    """(relation, other) for a sentence with no subject that sets the thing the note or entry is on
    beside another: "An alternative to RLHF.", "40% smaller than BERT, ..." (contrastsWith), "Similar to beam search."
    (relatedTo); None for any other sentence."""
    written = text.strip().rstrip(".")
    for pattern, relation in ((_ALTERNATIVE_TO, "contrastsWith"), (_VERSUS, "contrastsWith"), (_COMPARED, "contrastsWith"), (_RELATED_TO, "relatedTo")):
        if (found := pattern.match(written)) is not None and keep(other := noun_phrase(cut(found["other"], protected))):
            return relation, other
    return None


# two things alone, set apart ("Zorbo 2 ≠ Zorbo 3", "den depth vs den width tradeoff"); a weighing word after them; a side
# that links to more ("val loss for overfitting") is no thing alone
_TWO_SET_APART = re.compile(r"(?P<one>[^,;:()]{1,50}?)\s+(?:vs\.?|versus)\s+(?P<other>[^,;:()]{1,50})", re.IGNORECASE)
_WEIGHED = re.compile(r"\s+(?:trade-?\s?offs?|comparison|debate|question|choice|dilemma)$", re.IGNORECASE)
_LINKED = re.compile(r"\s(?:for|to|with|in|on|by|of|from|at)\s", re.IGNORECASE)
# "(vs subjective evaluation, e.g. essay grading)", "(as opposed to X)", "(unlike X)": what the thing is set against
_VS_ASIDE = re.compile(r"\((?:vs\.?|versus|as\s+opposed\s+to|unlike)\s+(?P<other>[^(),;]{2,60}?)(?:[,;][^()]*)?\)", re.IGNORECASE)


def contrasted_aside(text: str, protected: set[str]) -> tuple[Phrase | str, Phrase] | None:
    """(thing, other) for "a judgment without ambiguity (vs subjective evaluation)", a definition with no
    subject (the thing is CURRENT), or "Dense retrieval (vs sparse retrieval) uses ...", a subject
    before its verb; with no such aside, two kinds of one head set side by side ("A checks ..., while B
    ..."); or two things alone, set apart by "vs" ("≠" is read so); None elsewhere ("uses X (vs Y)": which of the two is
    set against Y is unsaid)."""
    if (pair := _TWO_SET_APART.fullmatch(without_asides(text).strip(" .!?"))) is not None:  # "Zorbo 2 ≠ Zorbo 3!!", "A vs B." alone
        one, other = noun_phrase(pair["one"]), noun_phrase(_WEIGHED.sub("", pair["other"]))  # "A vs B tradeoff": A and B
        bare = not any(clauses.has_finite_verb(side) or _LINKED.search(side) or clauses.is_base_verb(side.split()[0]) for side in (pair["one"], pair["other"]))
        return (one, other) if bare and keep(one) and keep(other) else None  # not "watch train vs val loss for overfitting"
    found = _VS_ASIDE.search(text)
    if found is None and (sides := _WHILE.split(text, maxsplit=1)) and len(sides) == 2:
        return _kinds_set_side_by_side(*sides)
    if found is None or clauses.has_finite_verb(before := text[: found.start()].strip()) or not keep(other := noun_phrase(found["other"])):
        return None
    if not clauses.has_finite_verb(text[found.end():]):
        return CURRENT, other
    subject = noun_phrase(before)
    return (subject, other) if before and keep(subject) and len(before.split()) <= 5 else None


_WHILE = re.compile(r",?\s+(?:while|whereas)\s+", re.IGNORECASE)


def _kinds_set_side_by_side(one: str, other: str) -> tuple[Phrase, Phrase] | None:
    """ "Turn-based evaluation looks at each output, while task-based evaluation checks ...", "Hard prompts are
    tokens, whereas soft prompts are vectors": two kinds of one head, each the subject of its clause, set side by side."""
    first, second = subject_of(one.strip(), at_start=True), subject_of(other.strip())
    if not (isinstance(first, Phrase) and isinstance(second, Phrase) and keep(first) and keep(second)):
        return None
    heads = [phrase.label.lower().split()[-1] for phrase in (first, second)]
    return (first, second) if heads[0] == heads[1] and first.label.lower() != second.label.lower() else None


def of_its_thing(text: str) -> bool:
    """Whether a fragment with no subject says what the thing a note is on is a kind, a part or a problem of: "a kind of
    den damage", "part of den care", "main risk of den digging" (kg.ingest.problems)."""
    fragment = text.strip().rstrip(".")
    return any(pattern.match(fragment) is not None for pattern in (_A_KIND_OF, _PART_OF, A_PROBLEM_OF_ALONE))


# after the participle's phrase and a comma, a clause with a subject of its own: "Trained on moss, the cubs sleep"
_ITS_OWN_SUBJECT = re.compile(r"[^,]*,\s*(?!(?:which|where|when|so|and|but|while|though|as|especially|mostly|e\.g\.)\b)"
                              r"(?:[A-Z]|(?:the|an?|this|these|its|their|it|they)\s)")


def opens_on_a_participle(sentence: str) -> bool:
    """ "Used mostly for breeding.", "Trained with self-supervision, which let them scale.": a sentence that opens on a
    participle with its subject left out (said of the thing the note is on); not "Trained on moss, the cubs sleep"."""
    return clauses.PARTICIPLE.match(sentence) is not None and _ITS_OWN_SUBJECT.match(sentence) is None
