"""What "are" says of a plural subject: "Outliers are data points that ...", "Task arithmetic, TIES
and DARE are model merging techniques"; and the words for kinds that make a list their members
("Key methods include ...", "Popular techniques for X include ..."); two things that "are different"
contrast with each other, and things "strongly correlated" relate (what a thing "can be" or "splits into",
its kinds, is kg.ingest.kinds_it_can_be's). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import classify, clauses, tagger
from kg.ingest.cues import Cue
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.hearst import GROUP_WORDS, KIND_HEADS
from kg.ingest.modifiers import EVALUATIVE, PART_WORDS, compares, coordinated_adjectives, gathers, is_shell, names_an_instance, without_judgement
from kg.ingest.lists import USING, cut, cut_around_asides, split, without_asides
from kg.ingest.objects import a_second_verb
from kg.ingest.nouns import POSSESSIVES, PRONOUNS, QUANTITY, Phrase, keep, noun_phrase, opens_with_a_doing
from kg.ingest.subjects import CURRENT, NOBODY, sentence_case, subject_of, without_opening
from kg.ingest.versus import compared_sides, told_apart

_ARE = re.compile(r"\sare\s")


def plural_copula(clause: str, matches: list[re.Match[str]], protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(subject, kind, offset): "Outliers are data points that ...", "Biases are systematic errors": a
    plural subject, its verb "are" and a plural noun phrase say what the subject is. Only as the
    clause's first verb, and where no relation phrase starts at "are" ("are used for" is read as itself)."""
    if not _ARE.search(clause):
        return []  # no "are" anywhere: the tagger need not find the subject
    opened = without_opening(clause.strip())
    subject_text = clauses.before_verb(opened)
    rest = opened[len(subject_text):]
    copula = re.match(r"\s+are\s+(?:(?:usually|typically|generally|always|also|all|both)\s+)?", rest)  # "are usually X"
    if not copula or not subject_text or any(m.start() <= clause.find(rest) + copula.end() for m in matches):
        return []
    written = re.split(rf"\s(?:{'|'.join(USING)})\s", cut(rest[copula.end():], protected))[0]  # "are systems using tools"
    written = described[0] if (described := coordinated_adjectives(written)) else written  # "are large and costly models": models
    if len(split(written, protected)) > 1:
        return []  # "Two types of burrows are simple burrows and complex burrows": members, read as such
    # "A and B are X": each is, when all are names, X a word for kinds ("model merging techniques") or a
    # plain plural ("attacks on prompts"); "inputs and outputs are sequences of tokens": neither is a kind of token
    joined = [noun_phrase(item) for item in split(subject_text, protected)] if re.search(r"\s(?:and|or)\s", subject_text) else []
    named = [noun_phrase(item) for item in split(subject_text, protected)] if not joined and "," in subject_text else []
    joined = joined or (named if all(n.is_name for n in named) else [])  # "MossCam, OakRadar are den tools": names as terse notes list them
    if joined and re.search(r"\s(?:in|of|from|for|on|at|by|with)\s", split(subject_text, protected)[0]):
        return []  # "'Warmth' in DenKit, MossLab and ClayOS are three prompts": the list is where, no subjects
    plain_plural = " of " not in rest[copula.end():].split(",")[0]
    if (joined and not (len(joined) > 1 and (all(j.is_name for j in joined) or names_kinds(written) or plain_plural))) or QUANTITY.match(written):
        return []
    if written.split()[:1] and written.split()[0].lower() in POSSESSIVES:
        return []  # "L2 and L1 are its usual forms": forms of what was said before
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(written)]
    if tags[:1] in (["VBN"], ["VBD"], ["JJ"]) and (len(tags) == 1 or not tags[1].startswith(("NN", "JJ", "VBG"))):
        return []  # "Values are sampled 3 times": a passive, no kind ("are pretrained models" is one); "are clear and give ..."
    written, _, of = written.partition(" of ")  # "Embeddings are dense vector representations of features"
    grouped = bool(of) and singular_noun(written.split()[-1].lower()) in GROUP_WORDS
    if grouped:
        written = of  # "A and B are the two families of PEFT methods", "the best-known kind of foundation model"
    written = without_judgement(written)  # "are the main prompt attacks": prompt attacks
    kind = noun_phrase(written)
    plural = grouped or singular_phrase(written.strip()) != written.strip()  # "data points", "cross-encoders"
    subjects = [s for s in joined or [noun_phrase(sentence_case(subject_text))] if keep(s) and s.label.lower() not in PRONOUNS]
    if not plural or not (keep(kind) or names_an_instance(kind.label)) or len(subjects) != len(joined or [subject_text]):
        return []
    return [(subject, kind, clause.find(rest)) for subject in subjects]


def names_kinds(before: str) -> bool:
    """ "Key methods", "Popular techniques": a word for kinds of something, the subject of "include"."""
    words = before.split()
    return bool(words) and singular_noun(words[-1].lower()) in KIND_HEADS


_PICKING = EVALUATIVE | {"other", "some", "several", "many"}


def picks_members(before: str) -> bool:
    """ "Popular techniques for task decomposition", "Other tools for tracing": a plural that a judging
    or counting word picks some of, the subject of "include"; what it includes are members of it."""
    words = without_opening(before.strip()).split()
    if len(words) < 2 or words[0].lower() not in _PICKING:
        return False
    head = re.split(r"\s(?:for|of|in|on|with|from|to|that|which)\s", " ".join(words[1:]))[0].split()[-1].lower()
    return singular_noun(head) != head


_DIFFERENT = re.compile(
    r"^(?P<both>[^,;:()]{3,120}?)\s+(?:are\s+(?:(?:very|quite|fundamentally|completely)\s+)?different|differ)\b", re.IGNORECASE)


# "WinoGrande, MMLU and ARC-C are strongly correlated (all test reasoning)": each related to each
_CORRELATED = re.compile(r"^(?P<all>[^;:()]{3,160}?)\s+are\s+(?:[a-z]+ly\s+)?(?:correlated|interrelated|linked)"
                         r"(?:\s+(?:with|to)\s+(?:each\s+other|one\s+another))?\s*(?:\(.*\))?$", re.IGNORECASE)


# a word that sets things side by side, one of which each pattern of side_by_side needs (told_apart's too)
_SET_SIDE_BY_SIDE = Cue(r"differ|than|vs|versus|correlated|interrelated|linked|distinguish|differentiat|tell|contrast|distinction"
                        r"|shift|transition|switch|trade")


def side_by_side(clause: str, protected: set[str]) -> list[tuple[Phrase, str, Phrase]]:
    """Two things or more a clause sets side by side: contrasting ("A and B are different", "A is more accurate than
    B") or related each to each ("A, B and C are strongly correlated")."""
    if "(" not in clause and not _SET_SIDE_BY_SIDE.in_text(clause):  # an aside left out could join the words around it
        return []  # none of the words the patterns below need: most clauses
    stated = [(a, "contrastsWith", b) for a, b in different(clause, protected) + compared(clause, protected)]
    if (alone := _COMPARED_ALONE.match(clause.strip().rstrip("."))) is not None and alone["comparative"].lower() not in ("other", "rather") \
            and tagger.tagged(alone["comparative"])[0][1] in ("JJR", "RBR") + (("JJ", "RB") if alone["degree"] else ()) \
            and keep(other := noun_phrase(alone["other"])) and _named_by_nouns(other.label) and other.label.lower() not in PRONOUNS \
            and (not alone["measure"] or tagger.tagged(alone["measure"])[0][1] in ("NN", "NNS")):  # "smaller range than X": in range
        stated.append((CURRENT, "contrastsWith", other))  # "- **Moss den:** ... simpler than clay den": what the sentence is on, weighed
    found = _CORRELATED.match(without_opening(clause.strip()).rstrip("."))
    items = [noun_phrase(item) for item in split(found["all"], protected)] if found else []
    if len(items) >= 2 and all(keep(item) for item in items):  # "(all test reasoning)": why, said aside
        stated.extend((a, "relatedTo", b) for index, a in enumerate(items) for b in items[index + 1:])
    return stated


def different(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """ "Meta prompting and few-shot prompting are different in that ...", "A and B differ": the two
    contrast with each other; only two things, each a concept."""
    found = _DIFFERENT.match(without_opening(clause.strip()))
    items = [noun_phrase(item) for item in split(found["both"], protected)] if found else []
    if len(items) != 2 or not all(keep(item) for item in items):
        return []
    return [(items[0], items[1])]


# "A cross-encoder is more accurate than a bi-encoder", "Cross-encoders are slower than bi-encoders"
# "Clay dens vs moss dens is the classic debate", "- **cost**: API cost vs engineering cost of hosting": two sides opening a clause
# (after a card's "Compare:" too)
_VERSUS = re.compile(r"^(?:(?:compare|contrast|comparison)\s*:\s*)?(?P<one>[\w-]+(?:\s[\w-]+){0,3}?)\s+(?:vs\.?|versus)\s+(?P<other>[\w-]+(?:\s[\w-]+){0,3}?)"
                     r"(?=\s+(?:of|for|in|on|is|are|was|were|matters?|:)\b|\s*[,;:]|\s+\(|\s+[-—–]+\s|$)", re.IGNORECASE)  # "A vs B — ...", "A vs B (X)"
_COMPARED = re.compile(
    r"^(?P<subject>[^,;:()]{2,60}?)\s+(?:is|are)\s+(?:(?:much|far|a\s+lot|slightly|significantly|considerably|generally|usually|often|typically)\s+)?"
    r"(?:(?:more|less)\s+)?(?P<comparative>[a-z][\w-]+)(?:\s+to\s+[a-z]+)?\s+than\s+(?P<other>[^,;:()]{2,60}?)"  # "harder to dig than"
    r"(?:\s+(?:at|for|on|in|during|across|under|over|with|when|because|but|and|while|since|if|so)\b.*)?$", re.IGNORECASE)


# a name weighed in a fragment, with no verb: "DenPO (direct den optimization) simpler than RLDF"
_NAME_COMPARED = re.compile(r"^(?P<subject>[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*){0,2})(?:\s+\([^()]*\))?\s+(?:(?:much|far|way|slightly)\s+)?"
                            r"(?P<comparative>[a-z][\w-]+)\s+than\s+(?P<other>[^,;:()]{2,60}?)(?:,?\s+(?:at|for|on|in|when|because|but|and|while|if)\b.*)?$")


# a comparison with no subject: "simpler than prefix tuning", "Much cheaper than a stone den, but slower to dig"
_COMPARED_ALONE = re.compile(
    r"^(?:(?:much|far|a\s+lot|slightly|way|even|generally|usually|often|typically)\s+)?(?P<degree>(?:more|less)\s+)?(?P<comparative>[a-z][\w-]+)"
    r"(?:\s+to\s+[a-z]+|\s+(?P<measure>[a-z]+))?\s+than\s+(?P<other>[^,;:()]{2,60}?)(?:,?\s+(?:at|for|on|in|when|because|but|and|while|since|if|so)\b.*)?$", re.IGNORECASE)


def compared(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """ "A cross-encoder is more accurate than a bi-encoder": two things weighed, each a concept named
    by nouns and their modifiers alone (not "the bi-encoder we use", "evaluating models", "it"); or told apart,
    "Kim distinguishes A from B"."""
    if apart := told_apart(clause):
        return apart
    if (versus := _VERSUS.match(without_opening(clause.strip()).rstrip("."))) is not None:  # "API cost vs engineering cost of hosting"
        one, other = compared_sides([versus["one"], versus["other"]])  # "single-turn vs multi-turn data": both data
        sides = [noun_phrase(sentence_case(one)), noun_phrase(other)]
        return [(sides[0], sides[1])] if all(keep(side) and _named_by_nouns(side.label) for side in sides) else []
    found = _COMPARED.match(without_opening(clause.strip()).rstrip(".")) or _NAME_COMPARED.match(clause.strip().rstrip("."))
    # "faster than", "accurate than" (its "more" is blanked by kg.ingest.wording): a degree; not "other than"
    if found is None or found["comparative"].lower() in ("other", "rather") \
            or tagger.tagged(found["comparative"])[0][1] not in ("JJR", "RBR", "JJ", "RB"):
        return []
    sides = [noun_phrase(sentence_case(found["subject"])), noun_phrase(found["other"])]
    if found.re is _NAME_COMPARED and not sides[0].is_name:
        return []  # "Dens deeper than moss ...": a name alone weighs without a verb, not a noun that a clause may go on from
    if not all(keep(side) and _named_by_nouns(side.label) and side.label.lower() not in PRONOUNS for side in sides):
        return []
    return [(sides[0], sides[1])]


def _named_by_nouns(label: str) -> bool:
    """ "dense retrieval", "bi-encoder": nouns and modifiers only; not "bi-encoder we use" nor a doing."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(label)]
    last, tag_ = tagged[-1] if tagged else ("", "")
    # "cross-encoder": the tagger calls an unknown compound an adjective; its last part says what it is
    noun = tag_.startswith("NN") or (tag_ == "JJ" and "-" in last and "ADJ" not in tagger.readings(last.rsplit("-", 1)[1].lower())) \
        or (tag_ == "VBG" and len(tagged) > 1)  # "den sweeping": a doing named by what it is done to
    return noun and all(t.startswith(("NN", "JJ", "VBN", "VBG", "CD")) for _w, t in tagged) and not opens_with_a_doing(label)


# "Then she splits evaluation into exact evaluation and subjective evaluation": what a writer divides
_WRITER_SPLITS = re.compile(
    r"\b(?:she|he|they|the\s+(?:author|authors|book|chapter|paper|course|lecture)|(?P<writer>(?-i:[A-Z][a-z]+)))\s+"
    r"(?:then\s+|also\s+|further\s+|first\s+)?"
    r"(?:splits|divides|breaks\s+down|separates|subdivides)\s+(?P<whole>[a-z][\w -]{1,40}?)\s+into\s+"
    r"(?:(?:two|three|four|five|six|several)\s+(?:main\s+|broad\s+)?(?P<groups>[a-z-]+s)\s*:?\s*)?(?P<items>.+)$", re.IGNORECASE)  # "three layers:"


_SAID_OF_AN_ITEM = re.compile(r",\s+(?:which|who)\s+[^,;]*(?=,|\.?$)")  # a clause said of one item, set off by commas


def split_by_writer(clause: str, protected: set[str]) -> list[tuple[Phrase | str, str, Phrase]]:
    """(whole, includes, part) for "Then she splits evaluation into exact evaluation and subjective evaluation"
    (or "Huyen splits ..."): what the writer of the notes' source divides a topic into, each a part it
    includes; (kind, isA, whole) when the writer sorts into "two camps:", "three groups:"."""
    found = _WRITER_SPLITS.search(clause)
    if found is None or (found["writer"] and tagger.readings(found["writer"].lower())):
        return []  # "Huyen splits ...", a name the dictionary does not hold; not "Chunking splits ...", a doing
    whole = CURRENT if found["whole"].lower() in ("it", "this") else noun_phrase(found["whole"])  # "splits it into": what was spoken of
    if whole != CURRENT and not keep(whole):
        return []
    listed = _SAID_OF_AN_ITEM.sub("", found["items"])  # "into A, which needs moss, and B, which ...": A and B
    items = [noun_phrase(item) for item in split(without_asides(cut_around_asides(listed, protected)), protected)]
    items = [item for item in items if keep(item) and item.label.lower() != getattr(whole, "label", "").lower()] if len(items) > 1 else []
    if found["groups"] and singular_noun(found["groups"].lower()) in GROUP_WORDS:
        return [(item, "isA", whole) for item in items]  # "splits PEFT methods into two camps: adapters and soft prompts"
    parts = found["groups"] is not None and singular_noun(found["groups"].lower()) in ("part", "component", "piece")  # as "Three parts:" says
    return [(whole, "contains" if parts else "includes", item) for item in items]


# "its main methods are RLHF and DPO", "Their two kinds include A and B": kinds of what "its" names
_ITS_KINDS = re.compile(
    r"^(?:its|their)\s+(?:(?:main|key|common|most\s+common|best-known|well-known|popular|major|two|three|four|several)\s+)*"
    r"(?P<word>methods|techniques|approaches|kinds|types|forms|variants|flavou?rs|families|examples"
    r"|limitations|drawbacks|weaknesses|challenges|problems|risks|downsides)\s+(?:are|include)\s+(?P<items>.+)$",
    re.IGNORECASE)
_TROUBLES = frozenset({"limitations", "drawbacks", "weaknesses", "challenges", "problems", "risks", "downsides"})
# "Variants are A and B", "Two common types are A and B": kinds of what is at hand, as "its variants are" says
_KINDS_ALONE = re.compile(r"^(?:the\s+)?(?:(?:main|key|common|most\s+common|well-known|popular|major|two|three|four|several|known)\s+)*"
                          r"(?P<word>kinds|types|subtypes|forms|variants|flavou?rs|families)\s+(?:are|include)\s+(?P<items>.+)$", re.IGNORECASE)
# "its metrics are A and B", "their benchmarks include A": things of a class, and what each does to what "its" names
_ITS_CLASS = re.compile(r"(?:^|,\s+)(?:its|their)\s+(?:(?:main|key|common|usual|standard|typical|popular)\s+)*"
                        r"(?P<word>metrics|benchmarks|tools|libraries|frameworks)\s+(?:are|include)\s+(?P<items>.+)$", re.IGNORECASE)
_DOES_TO_IT = {"metrics": "measuredBy", "benchmarks": "evaluatedBy", "tools": "uses", "libraries": "uses", "frameworks": "uses"}

# "Benchmarks for it: A and B", "Metrics here include A": a class of things said of what the sentence before spoke of
_CLASS_HERE = re.compile(r"^(?P<word>metrics|benchmarks|tools|libraries|frameworks)\s+(?:for\s+(?:it|this|them|that)|here)(?P<colon>\s*:)?(?=\s)",
                         re.IGNORECASE)


# "another close-ended format, metrics are A and B": the class of things said of what the sentence opened on
_CLASS_AFTER_A_COMMA = re.compile(r",\s+(?P<word>metrics|benchmarks)\s+(?P<verb>are|include)\s", re.IGNORECASE)


def as_its_class(sentence: str) -> str:
    """ "Benchmarks for it: A and B" as "Its benchmarks include A and B", "Benchmarks here include A" as "Its benchmarks
    include A", "..., metrics are A" as "..., its metrics are A"; any other sentence as it is."""
    sentence = _CLASS_AFTER_A_COMMA.sub(r", its \g<word> \g<verb> ", sentence, count=1)  # "another format, metrics are A, B"
    return _CLASS_HERE.sub(lambda m: f"Its {m['word'].lower()}" + (" include" if m["colon"] else ""), sentence, count=1)


def its_kinds(clause: str, protected: set[str]) -> list[tuple[Phrase | str, str, Phrase | str]]:
    """(subject, relation, object) for "its main methods are RLHF and DPO": each a kind of what "its" speaks
    of (hasType, which the caller turns to isA), an example of it after "its examples are", what it
    suffers from after "its limitations are"; and for "its metrics are A and B", A and B metrics that measure
    it (benchmarks evaluate it, tools are used by it)."""
    if (classed := _ITS_CLASS.search(clause.strip().rstrip("."))) is not None:  # "older field, its metrics include A"
        word, items = classed["word"].lower(), _listed_items(classed["items"], protected)
        kind = noun_phrase(singular_noun(word))
        return [claim for item in items for claim in ((item, "isA", kind), (CURRENT, _DOES_TO_IT[word], item))]
    found = _ITS_KINDS.match(clause.strip().rstrip(".")) or _KINDS_ALONE.match(clause.strip().rstrip("."))
    if found is None:
        return []
    word = found["word"].lower()
    relation = "hasExample" if word == "examples" else "suffersFrom" if word in _TROUBLES else "hasType"
    return [(CURRENT, relation, item) for item in _listed_items(found["items"], protected)]


def _listed_items(text: str, protected: set[str]) -> list[Phrase]:
    listed = cut_around_asides(text, protected)
    written = split(without_asides(listed), protected)
    if written and text[len(listed):].startswith(" ") and written[-1].strip().endswith("ing") and " " not in written[-1].strip():
        written.pop()  # "..., and moving from A to B": a doing the list was cut inside, no name
    return [item for item in map(noun_phrase, written) if keep(item)]


# "Latency is usually broken into TTFT and TPOT": one thing and the parts it is made of
SPLIT_INTO = r"(?:usually\s+|often\s+|typically\s+|commonly\s+)?(?:split|divided|broken(?:\s+down)?|decomposed|separated)\s+into\s+"
_ONE_SPLIT = re.compile(rf"^(?P<subject>[^,;:()]{{2,60}}?)\s+(?:(?:is|can\s+be)\s+{SPLIT_INTO}|(?:splits|divides|breaks\s+down)\s+into\s+)"
                        r"(?:(?:two|three|four|five|six|[2-9])\s+(?:main\s+)?(?:parts|components|pieces|stages|phases|steps):\s+)?(?P<listed>.+)$", re.IGNORECASE)
_INTO = Cue(r"into")
AFTER_HEAD = re.compile(r"\s+(?:for|of|in|on|at)\s+.*$", re.IGNORECASE)  # "Latency for a language model": latency


def parts_it_is_split_into(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """(whole, part) for "Latency is usually broken into TTFT and TPOT", "Den care splits into three parts: A, B and C": a
    singular thing split into two or more named parts contains each; a plural split into things is left to kinds_it_can_be."""
    if not _INTO.in_text(clause):
        return []  # "split into", "broken into": no parts without it
    found = _ONE_SPLIT.match(without_opening(clause.strip()).rstrip("."))
    if found is None:
        return []
    written = AFTER_HEAD.sub("", found["subject"].strip())
    last = written.split()[-1].lower()
    whole = noun_phrase(sentence_case(written))
    if singular_noun(last) != last or not keep(whole):
        return []
    listed = found["listed"]
    for joined in re.finditer(r",\s+and\s+", listed):  # "..., and throughput is measured in ...": a clause of its own
        if clauses.has_finite_verb(listed[joined.end():]):
            listed = listed[: joined.start()]
            break
    items = [noun_phrase(item) for item in split(cut(listed, protected), protected)]  # "time to first token (TTFT)" whole
    named = [noun_phrase(item) for item in split(listed, protected)]  # "time to first token and time per output token": names, whole
    if len(named) >= 2 and all(keep(item) and len(item.label.split()) <= 5 for item in named) and not clauses.has_finite_verb(listed):
        items = named
    if len(items) < 2 or not all(keep(item) for item in items):
        return []
    return [(whole, item) for item in items]


# "Many APIs split the prompt into a system prompt and a user prompt": a thing, named with its article, split in two or more
_LETS_YOU = re.compile(r"\b(?:lets?|allows?|helps?)\s+you\s+(?:to\s+)?(?=(?:split|divide|break|separate)\s)", re.IGNORECASE)
_SPLITS_A_THING = re.compile(r"(?<!\byou )(?<!\bwe )(?<!\bI )\b(?:splits?|divides?|breaks?|separates?)\s+"
                             r"(?P<whole>(?P<article>(?:the|an?|each|every)\s+)?[a-z][\w -]{1,40}?)\s+into\s+(?P<listed>.+)$", re.IGNORECASE)


# "Latency for LLMs splits into:", "A burrow is divided into three parts:": a singular whole, its parts to come
_SPLIT_TO_COME = re.compile(r"^(?P<whole>[^,;:()]{2,60}?)\s+(?:(?:is|can\s+be)\s+(?:usually\s+|often\s+|typically\s+)?"
                            r"(?:split|divided|broken(?:\s+down)?|decomposed|separated)|(?:usually\s+|often\s+|typically\s+)?"
                            r"(?:splits|divides|breaks\s+down|decomposes|separates))\s+into\b(?P<rest>[^:]*):$", re.IGNORECASE)


# "Moreno splits digging into:", "Split the dataset into:": the thing split, whoever splits it, its parts to come
_SPLITS_IT_TO_COME = re.compile(r"\b(?:splits?|divides?|breaks?|separates?)\s+(?P<whole>(?!(?:it|them|into)\b)[\w\s-]{2,40}?)"
                                r"\s+(?:down\s+)?into\b(?P<rest>[^:]*):$", re.IGNORECASE)


def whole_split_into(sentence: str) -> tuple[Phrase, str] | None:
    """(whole, what stands between "into" and the colon) for "Latency for LLMs splits into:" or "Moreno splits
    digging into:": a singular thing split into the parts listed below (what it is split for is no part of its
    name); a plural ("Documents are split into:", "We split the burrows into:") may name what is made of them,
    into groups, a pronoun or a person no whole."""
    found = _SPLIT_TO_COME.match(sentence.rstrip()) or _SPLITS_IT_TO_COME.search(sentence.rstrip())
    if found is None:
        return None
    written = AFTER_HEAD.sub("", found["whole"].strip())
    last = written.split()[-1].lower() if written.split() else ""
    if singular_noun(last) != last or subject_of(written) in (NOBODY, CURRENT) or not keep(whole := noun_phrase(written)):
        return None
    return whole, found["rest"].strip()


def parts_a_thing_is_split_into(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """(whole, part) for "Many model APIs split the prompt into a system prompt and a user prompt": the
    thing split (with an article, or a singular: "splits reflection into A and B") holds each of two or
    more named parts, whoever splits it ("Chunking splits documents into chunks" says what chunking produces)."""
    if not _INTO.in_text(clause):
        return []  # _SPLITS_A_THING needs it (_LETS_YOU's cut, before a verb of splitting, joins no "into")
    found = _SPLITS_A_THING.search(_LETS_YOU.sub("", clause.rstrip(".")))  # "APIs let you split the prompt into ...": what the APIs do
    if found is None or not keep(whole := noun_phrase(found["whole"])) \
            or (not found["article"] and singular_phrase(found["whole"]) != found["whole"]):
        return []  # a bare plural ("splits documents into chunks") is what it makes; "splits reflection into A and B" a whole
    written = split(cut(found["listed"], protected), protected)
    items = [noun_phrase(item) for item in written[: next((i for i, item in enumerate(written) if i and a_second_verb(item)), len(written))]]
    if len(items) < 2 or not all(keep(item) and not _adverb_in(item.label) for item in items):
        return []  # "If you split the data into training and testing sets once": the reader's doing, not the data's parts
    return [(whole, item) for item in items if item.label.lower() != whole.label.lower()]


def _adverb_in(label: str) -> bool:
    return any(tag.startswith("RB") for _word, tag in tagger.tagged(label))


# "is the classic benchmark", "are the most popular optimizers", "is the other common method": one of a kind that a rank,
# a habit or the rest of a pair picks out
_RANKED = re.compile(r"\s(?:is|are)\s+the\s+(?:(?:most|best|least)\s+[a-z-]+|classic|standard|default|go-to|de facto|dominant|usual"
                     r"|typical|canonical|original|leading|best-known|well-known|simplest|cheapest|easiest|fastest|first|earliest"
                     r"|latest|newest|main|primary|other|(?:strong|larg|bigg|small|old|great|high|low|short|long)est)\s+(?P<kind>[^,;:()]+)$",
                     re.IGNORECASE)


def ranked_kind(clause: str, named: bool = False) -> Phrase | str | None:
    """ "MMLU is the classic benchmark", "BM25 and TF-IDF are the classic algorithms for it": the kind the
    subject is one of, picked out by a rank or a habit, when its head word has a class ("the usual
    starting point" has none); None for a part ("the main component": of something), what belongs to
    another ("the best-known example of X") or more than a kind; CURRENT for a kind word alone ("the
    best-known kind"), which speaks of the thing the sentence before spoke of. A subject that is a `named` thing needs no
    rank: "MossQA is the benchmark for dens", "TruthfulQA is the benchmark she mentions" (one of that kind all the same)."""
    first = re.split(r",\s+(?:and|but|while|whereas)\s", clause)[0].strip().rstrip(".")  # "..., and B extends it"
    if _A_KIND_ALONE.search(first):
        return CURRENT  # "Medusa and EAGLE are variants (that ...)": of what was just spoken of
    found = _RANKED.search(first) or (_THE_KIND.search(first) if named else None)
    if found is None:
        return None
    written = re.split(r"\s(?:for|in|on|at|among|today|here|now|by far|she|he|they|we|I|you)\b", found["kind"])[0]  # "for retrieval", "in NLP"
    if re.search(r"\s(?:of|that|which|who|than|to|and|or)\s", f" {written} ") or clauses.has_finite_verb(written):
        return None
    head = singular_noun(written.split()[-1].lower()) if written.split() else ""
    if written.strip().lower() in _KIND_WORDS and not re.search(r"\sthe\s+other\s", found.group(), re.IGNORECASE):
        return CURRENT  # "LLMs are the best-known kind", "Mixtral is the standard example": of what was just spoken of (not "the other one")
    if head in PART_WORDS or classify.class_of_word(head) is None:
        return None
    kind = noun_phrase(singular_phrase(without_judgement(written)))
    return kind if keep(kind) and not is_shell(kind.label) else None


def an_example_alone(clause: str) -> bool:
    """ "SealCheck is the example", "BERT is the classic example": an example of what was spoken of, as "is an example"
    says (kg.ingest.named_instances makes a name one of a kind of thing), not a kind of it."""
    return _EXAMPLE_ALONE.search(clause.strip()) is not None


_EXAMPLE_ALONE = re.compile(r"\s(?:is|are)\s+the\s+(?:[\w-]+\s+){0,2}?(?:examples?|instances?)\s*\.?$", re.IGNORECASE)
_THE_KIND = re.compile(r"\s(?:is|are)\s+the\s+(?P<kind>[^,;:()]+)$", re.IGNORECASE)
_A_KIND_ALONE = re.compile(r"\s(?:is\s+(?:an?|one)|are)\s+(?:(?:other|more|newer|later|popular|common)\s+)?"
                           r"(?:variants?|kinds?|types?|forms?|flavou?rs?|examples?)$", re.IGNORECASE)
_KIND_WORDS = {"kind", "kinds", "type", "types", "form", "forms", "variant", "variants", "example", "examples", "instance",
               "one", "ones"}  # "GPUs are the dominant one"


_DEFINITE = re.compile(r"\s(?:is|are)\s+the\s+", re.IGNORECASE)


def definite_kind(clause: str) -> tuple[Phrase, int] | None:
    """(kind, offset) for "Backpropagation is the learning algorithm" before "that trains ...": the one of a
    kind the relative clause picks out, so of that kind; "the process that ..." gives a class (a shell noun)."""
    match = _DEFINITE.search(clause)
    written = clause[match.end():].strip() if match else ""
    if match is None or not written or any(c in written for c in ",;()"):
        return None
    kind = noun_phrase(without_judgement(written))
    if not (keep(kind) or is_shell(kind.label)) or compares(written) or singular_noun(kind.label.split()[-1].lower()) in _WORDS_FOR_WORDS \
            or gathers(kind.label):
        return None  # "Foundation model is the umbrella term that covers ...": what X is called, no kind of thing; "the share of dens that": how many
    return kind, match.end()


_WORDS_FOR_WORDS = frozenset({"term", "name", "word", "buzzword", "nickname", "acronym", "abbreviation", "moniker"})
