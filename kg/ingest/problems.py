"""What a thing suffers from, said with the problem first: "Catastrophic forgetting is a problem of
full finetuning", "A major drawback of beam search is its cost", "Naive RAG has limitations such as
low recall" (full finetuning suffersFrom catastrophic forgetting, ...). Knows English wording only."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest import clauses, tagger
from kg.ingest.claims import used_thing
from kg.ingest.cues import Cue
from kg.ingest.lists import cut, split, without_asides
from kg.ingest.modifiers import compares, is_shell
from kg.ingest.nouns import POSSESSIVES, PRONOUNS, Phrase, keep, noun_phrase
from kg.ingest.subjects import CURRENT, opens_with_a_subject, subject_of

_PROBLEMS = r"(?:problem|issue|weakness|limitation|drawback|downside|disadvantage|pitfall|shortcoming|failure mode|risk|con|challenge|pain point|bottleneck)(?:es|s)?"
_JUDGED = (r"(?:(?:a|an|the|one of the|one|two|several|some|many|main|key|major|common|known|well-known|serious|notable|"
           r"big|biggest|frequent|typical) ){0,4}")
# Read on the clause with its spaces made single, each part bounded. "X is a (common) problem of|with|for
# Y": not "in Y", a field where it happens ("a problem in deep learning")
_IS_A_PROBLEM_OF = re.compile(rf"^(?P<problem>[^ ].{{0,80}}?) (?:is|are|was|remains) {_JUDGED}{_PROBLEMS} (?:of|with|for) (?P<thing>[^ ].{{0,120}})$",
                              re.IGNORECASE)
_A_PROBLEM_OF_IS = re.compile(rf"^{_JUDGED}{_PROBLEMS} (?:of|with) (?P<thing>[^ ].{{0,80}}?) (?:is|are|was) (?P<problem>[^ ].{{0,120}})$",
                              re.IGNORECASE)
# "main risk of deep den digging", "a known drawback of LoRA": the thing being spoken of is a problem of another, said alone
# (a judging word first: "Risk of data leakage" in a list of cons is one the thing has; "risk of overfitting" names the problem)
A_PROBLEM_OF_ALONE = re.compile(rf"^(?:(?:the|a|an|one)\s+)?(?:main|biggest|big|key|known|major|common|well-known|serious)\s+{_PROBLEMS}\s+(?:of|with|for)\s+"
                                 r"(?P<thing>[^ ].{0,120}?)(?:,\s+(?:esp\.?|especially|mostly|mainly)\s.*)?$", re.IGNORECASE)
# "Its downside is X", "The main drawback is X": the problem of what is being spoken of
_ITS_PROBLEM_IS = re.compile(rf"^(?P<thing>its|their|the) (?:(?:main|biggest|big|key|one|only|obvious) )?{_PROBLEMS} (?:is|are|was) "
                             rf"(?!(?:that|how|what|when|whether|to)\b)(?P<problem>[^ ].{{0,120}})$", re.IGNORECASE)
# "Naive RAG has limitations such as ...", "Feedback has its own biases, like ...", "Judges have biases: A and B"
_HAS_PROBLEMS = re.compile(rf"^(?P<thing>[^ ].{{0,80}}?) (?:also )?(?:has|have|had) (?:its own |their own )?{_JUDGED}(?:{_PROBLEMS}|bias(?:es)?)"
                           rf"(?:,? (?:such as|like|including|e\.g\.,?) |: )(?P<problem>[^ ].{{0,120}})$", re.IGNORECASE)


# "Synthetic data is useful but has real limits (A, B)": its problems in parentheses, after what else is said of it
_HAS_PROBLEMS_ASIDE = re.compile(rf"^(?P<thing>[^ ][^()]{{0,80}}?)(?:\s+(?:is|are)\s+[^(),]{{1,40}}?\s+but)?\s+(?:also\s+)?(?:has|have|had)\s+"
                                 rf"(?:its own |their own )?{_JUDGED}(?:(?:real|serious|clear|hard)\s+)?(?:{_PROBLEMS}|limits|bias(?:es)?)\s*"
                                 rf"\((?P<problem>[^()]{{3,120}})\)", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[:;]|\s[-–—]\s")
# a word each pattern of problems() needs, as written (an aside's parenthesis or a space after a problem word):
# "adds", "bias", "limits", "a drawback of"
_CUES = Cue(r"add|increase|raise|incur|bias|limits|risk|" + _PROBLEMS.replace(" ", r"\s+") + r"[\s(,:]")


def problems(clause: str, protected: set[str]) -> list[tuple[Phrase | str, str, Phrase]]:
    """(thing, "suffersFrom", problem) for each problem a clause says a thing has; the thing is CURRENT
    for a pronoun ("It has drawbacks such as ..."). A problem that is a pronoun ("It is a known risk of
    full finetuning") gives (CURRENT, "problemOf", thing), for the caller to turn round."""
    if "(" not in clause and not _CUES.in_text(clause):  # an aside left out could join the words around it
        return []  # no word any pattern below needs: most clauses (one search, not a dozen matches)
    whole = " ".join(without_asides(clause).split())  # "Judges have biases: A and B": the list after the colon
    if "(" in clause and (aside := _HAS_PROBLEMS_ASIDE.match(" ".join(clause.split()))) is not None:  # the pattern needs one
        clause = f"{aside['thing']} has problems such as {aside['problem']}"  # "... but has real limits (A, B)", as said outright
        whole = clause
    clause = _CLAUSE_BREAK.split(without_asides(clause), maxsplit=1)[0]  # "..., low recall (failure to ...)"
    clause = _ANOTHER_COST_ADDED.sub(r"\g<cost> and ", " ".join(clause.split()))  # "adds overhead and increases cost": both its costs
    if (added := _ADDS_A_COST.match(clause.rstrip("."))) is not None:  # "CoT adds latency and cost", "- also adds latency": the costs it brings
        written = re.split(r"\b(?:that|which|because|so|when|if)\s", added["thing"] or "")[-1]  # "The downside is that retries add ..."
        thing = CURRENT if not written or written.lower() in PRONOUNS else noun_phrase(cut(written, protected))
        if thing != CURRENT and not keep(thing):
            return []  # "Digs fast and adds latency": no thing named before the verb, half a clause
        return [(thing, "suffersFrom", noun_phrase(cost)) for cost in _costs(added["costs"])]
    for pattern in (_LAST_ADDS_A_COST, _LAST_RISKS):  # "splits tunnels, but adds latency", "fast, but risk of mold"
        if (last := pattern.match(whole.rstrip("."))) is not None and (payer := _who_pays(last["before"], bool(last["but"]), protected)):
            return [(payer, "suffersFrom", risk) for cost in _costs(last["costs"]) if keep(risk := noun_phrase(cut(cost, protected)))]
    for pattern in (_IS_A_PROBLEM_OF, _A_PROBLEM_OF_IS, _HAS_PROBLEMS, _ITS_PROBLEM_IS):
        found = pattern.match(clause) or (pattern.match(whole) if pattern is _HAS_PROBLEMS else None)
        if found is None:
            continue
        written = cut(_before_a_clause(found["thing"]), protected)
        if written.lower() in ("they", "these", "those"):
            return []  # "They also have biases: ...": the things before, which the entry being read may not be
        thing: Phrase | str = CURRENT if written.lower() in PRONOUNS or pattern is _ITS_PROBLEM_IS else noun_phrase(written)
        listed = split(cut(found["problem"], protected), protected)
        named = [noun_phrase(item) for item in listed if item.split()[0].lower() not in POSSESSIVES]
        if thing != CURRENT and not _names_a_thing(thing):
            return []
        if len(listed) == 1 and listed[0].strip().lower() in PRONOUNS:
            return [(CURRENT, "problemOf", thing)] if thing != CURRENT else []
        if pattern is _ITS_PROBLEM_IS:  # "The problem was clear": what the problem is like, no problem named
            named = [problem for problem in named if tagger.tagged(problem.label.split()[-1])[0][1] in ("NN", "NNS")]
        return [(thing, "suffersFrom", problem) for problem in named if _names_a_thing(problem)]
    if (alone := A_PROBLEM_OF_ALONE.match(clause.rstrip("."))) is not None and not names_a_problem(alone["thing"]) \
            and _names_a_thing(thing := noun_phrase(cut(alone["thing"], protected))):
        return [(CURRENT, "problemOf", thing)]  # a fragment, no sentence: what the note or entry is on is a problem of it
    return []


_COSTS = r"(?:latency|cost|overhead|complexity)"
_ADDING = (r"(?:also |often )?(?:adds|add|increases|increase|raises|raise|incurs|incur)"
           rf" (?:(?:some|extra|more|significant|a lot of|lots of) )?(?P<costs>{_COSTS}(?:(?:,| and| \+| &) {_COSTS})*)$")
_ADDS_A_COST = re.compile(rf"^(?:(?P<thing>[^ ,;]+(?: [^ ,;]+){{0,5}}?) )?{_ADDING}", re.IGNORECASE)
# the last of a run of predicates: "need a map per den, adds latency", "splits tunnels; adds overhead", "Pipe sealing splits the den, but adds latency"
_LAST_ADDS_A_COST = re.compile(rf"^(?P<before>[^ ].*?)\s*[,;]\s+(?P<but>(?:but|yet|though)\s+)?(?:and\s+)?{_ADDING}", re.IGNORECASE)
# "fast, but risk of mold", "very powerful but a risk of code injection": what the thing being read risks, last of what it is like
_LAST_RISKS = re.compile(r"^(?P<before>[^ ].*?)(?:\s*[,;]\s+|\s+(?=but\s))(?P<but>(?:but|yet|though)\s+)?(?:(?:there\s+is|with)\s+)?(?:an?\s+|the\s+)?"
                         r"(?:(?:high|big|real|serious|some)\s+)?risks?\s+of\s+(?P<costs>[a-z][\w\s-]{2,60})$", re.IGNORECASE)


# a cost, then another added by a verb of its own: "adds overhead and increases cost", "adds latency, raises cost"
_ANOTHER_COST_ADDED = re.compile(rf"\b(?P<cost>{_COSTS})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:adds|increases|raises|incurs)\s+"
                                 rf"(?:(?:some|extra|more|significant)\s+)?(?={_COSTS}\b)", re.IGNORECASE)


def _costs(written: str) -> list[str]:
    return [cost for cost in re.split(r"\s*(?:,|\band\b|\+|&)\s*", written) if cost]


def _who_pays(before: str, contrasted: bool, protected: set[str]) -> Phrase | str | None:
    """What a run of predicates that ends on a cost is said of: the subject of the clause it opens on ("Pipe sealing splits the
    den, but ..."), a thing named alone before a comma ("Beam search, like sampling, adds ..."), else the thing being read
    ("need a map per den, ...", "Better throughput, but ...": no subject of their own)."""
    first = re.split(r"\s*[,;]\s+", before)[0]
    if clauses.has_finite_verb(first) and opens_with_a_subject(first):
        said_of = subject_of(first, at_start=True)
        return said_of if said_of == CURRENT or _names_a_thing(said_of) else None
    if not contrasted and tagger.names_a_concept(first) and not first[:1].islower():
        named = noun_phrase(cut(first, protected))
        return named if _names_a_thing(named) else None
    return CURRENT


def _before_a_clause(text: str) -> str:
    """ "full finetuning, and parameter-efficient methods reduce it": the thing ends where a clause of
    its own, with a verb, joins on."""
    joined = re.search(r",\s+(?:and|but|while|whereas|so)\s+(?P<rest>.+)$", text)
    return text[: joined.start()] if joined and clauses.has_finite_verb(joined["rest"]) else text


def names_a_problem(label: str) -> bool:
    """ "failure mode of LLMs", "major drawback": a label headed by a word for a problem."""
    return re.search(rf"\b{_PROBLEMS}(?: (?:of|with|for) .*)?$", label, re.IGNORECASE) is not None




_JUDGING = r"(?:main|key|major|common|known|some|the|typical)"  # before problems, no thing they are of
# "Limitations of X:", and a study guide's question for them: "What are the main drawbacks of X?"
_PROBLEMS_OF = re.compile(rf"^(?:what\s+(?:are|is)\s+)?(?:{_JUDGING}\s+)*(?:{_PROBLEMS}|limits|biases|errors|failures|vulnerabilities)\s+(?:of|with)\s+(?P<thing>[^:?]{{1,60}}?)(?:\s*\?)?:?$",
                          re.IGNORECASE)


_PROBLEMS_ALONE = re.compile(rf"^(?:{_JUDGING}\s+)*{_PROBLEMS}$", re.IGNORECASE)


def lists_problems(label: str) -> bool:
    """ "Known problems: A, B" in a note or an entry: what the note or entry suffers from."""
    return _PROBLEMS_ALONE.match(" ".join(label.split())) is not None


# words that say whose the problems are when they follow a name ("seq2seq cons", "LoRA drawbacks");
# "risks", "issues" and "problems" after a noun name kinds of problem ("security risks") instead
_OWNED_PROBLEMS = re.compile(r"^(?P<thing>[\w-]+(?: [\w-]+){0,3}) (?:cons|limitations|drawbacks|weaknesses|shortcomings|downsides|"
                             r"disadvantages|pitfalls|failure modes|challenges)$", re.IGNORECASE)


# kinds of trouble whose kinds a thing suffers from: "Biases: self-bias, position bias" in an entry
_TROUBLES = frozenset({"bias", "error", "failure", "vulnerability"})


def names_troubles(label: str, kind: str) -> bool:
    """Whether a label ("Biases", "Errors") lists kinds of a trouble (`kind`, its singular), which the
    entry suffers from as well as each being one of them."""
    return kind.lower() in _TROUBLES and label.lower() != kind.lower()


# "Why agents are hard", "What makes dens tricky", "Why is moss hard?": the list says what makes the thing so
_WHY_HARD = re.compile(r"^(?:why\s+(?:(?P<thing>[\w-]+(?: [\w-]+){0,3}?)\s+(?:is|are)|(?:is|are)\s+(?P<thing2>[\w-]+(?: [\w-]+){0,3}?))"
                       r"|what\s+makes\s+(?P<thing3>[\w-]+(?: [\w-]+){0,3}?))\s+(?:so\s+)?(?:hard|difficult|tricky|challenging|risky)\s*\??:?$",
                       re.IGNORECASE)


# "Reasons not to finetune", "Why not use moss dens", "When not to seal": what makes the thing worse, each a trouble of it
_REASONS_AGAINST = re.compile(r"^(?:(?:the\s+)?(?:main|key|top|\d+|two|three|four)\s+)?(?:reasons\s+not\s+to|why\s+not(?:\s+to)?|when\s+not\s+to)\s+"
                              r"(?:use\s+|using\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+){0,3}?)\s*\??:?$", re.IGNORECASE)


def troubled_by_list(label: str) -> str | None:
    """ "Limitations of AI-generated data:", "Biases of den judges:", "seq2seq cons:", "Why dens are hard", "Reasons not to seal"
    above a list: what the listed problems are problems of, which suffers from each; None for any other label."""
    label = " ".join(label.split())
    if (hard := _WHY_HARD.match(label)) is not None:
        return hard["thing"] or hard["thing2"] or hard["thing3"]
    if (against := _REASONS_AGAINST.match(label)) is not None:  # "Reasons not to seal": what sealing suffers from
        thing = against["thing"]
        a_verb = " " not in thing and thing.islower() and ("VERB" in tagger.readings(thing) or not tagger.readings(thing))
        return (tagger.gerund(thing) or thing) if a_verb else thing
    found = _PROBLEMS_OF.match(label) or _OWNED_PROBLEMS.match(label)
    return found["thing"] if found and not re.fullmatch(rf"(?:{_JUDGING}\s*)+", found["thing"], re.IGNORECASE) else None


_FAILURE_MODES = re.compile(r"\bfailure modes$", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)  # asked again of a section's heading for each item under it
def troubled_by_section(title: str) -> str | None:
    """ "## Drawbacks of moss dens", "## LoRA cons" over items: what suffers from each; not "## Agent failure
    modes", a heading that sorts its items into a kind of failure (each is an agent failure mode)."""
    return None if _FAILURE_MODES.search(title.strip()) else troubled_by_list(title)


def _names_a_thing(phrase: Phrase | str) -> bool:
    if not isinstance(phrase, Phrase):
        return False
    return keep(phrase) and not is_shell(phrase.label) and phrase.label.lower() not in PRONOUNS


def as_a_trouble(item: str) -> str:
    """ "higher inference latency" -> "inference latency", "slower training" -> "slow training": a problem told as more
    of a thing, or as a degree, is the thing, or the thing at that degree; anything else as written."""
    words = item.split()
    if len(words) < 2 or not compares(words[0]):
        return item
    first = words[0].lower()
    if first in _MORE_OF:
        return " ".join(words[1:])  # "more API calls", "higher latency": the calls, the latency
    plain = tagger.readings(first).get("ADJ", ())
    return " ".join([plain[0], *words[1:]]) if plain and plain[0] != first else item


# comparatives that say there is more or less of what follows, no kind of it
# (not "less", "lower", "fewer": "lower recall" is a problem that "recall" alone turns around)
_MORE_OF = frozenset({"more", "higher", "greater", "larger", "bigger", "extra", "increased", "longer"})


def troubles_or_uses(label: str) -> tuple[str, str] | None:
    """What a label over a list says of a thing, and how its items stand to it: "Limitations of X" (X suffersFrom each),
    "X use cases" (X usedFor each); None for any other label."""
    if (troubled := troubled_by_list(label)) is not None:
        return troubled, "suffersFrom"
    return (used, "usedFor") if (used := used_thing(label)) is not None else None
