"""Lists that name the members of a kind: "Agents use three memory mechanisms: internal knowledge,
short-term memory and long-term memory", "Latency metrics are TTFT, TPOT and total latency" and "Hard
dens are the ones you cannot move: the clay den, stone den" make each item one of the kind. A count
must match the names listed, so a list that goes on past it, or a clause after it, is none. Knows
English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.categories import parts_of
from kg.ingest.cues import Cue
from kg.ingest.hearst import GROUP_WORDS, GROUPS
from kg.ingest.modifiers import PART_WORDS, ROLE_WORDS, compares, coordinated_adjectives, is_shell, without_judgement
from kg.ingest.name_lists import names_only
from kg.ingest.lists import split
from kg.ingest.nouns import OPEN_ENDS, POSSESSIVES, PRONOUNS, Phrase, as_kind, keep, noun_phrase
from kg.ingest.remarks import is_remark
from kg.ingest.subjects import without_opening
from kg.ingest.singular import singular_noun, singular_phrase

NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# a count, the plural it counts (up to four words, past a word that ranks them: "two main families of X"),
# then a colon, comma or dash before the names (past another name in parentheses: "three kinds of moat (edges): ...")
_RANKING = r"(?:(?:main|major|broad|basic|key|common|distinct)\s+)?"
_COUNTED = re.compile(r"(?<![\w-])(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+" + _RANKING +
                      r"(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)(?:\s+for\s+[a-z]+ing\s+(?:it|them|this|these))?"  # "for judging it"
                      r"(?:\s+in\s+the\s+(?:book|chapter|paper))?(?:\s+\([^()]{1,40}\))?\s*(?::|,|\s[—–]|\s-)\s+(?P<items>[^:;]+)$", re.IGNORECASE)
_COUNT = Cue(r"two|three|four|five|six|seven|eight|nine|ten|[2-9]")  # one _COUNTED needs
_GROUPS_OF = re.compile(rf"^{GROUPS}\s+of\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*)?)$", re.IGNORECASE)  # "buckets of criteria"

# a count and its plural opening the sentence, what they do, a colon and the names: "Two metrics tell
# you how safe a system is: the violation rate and the false refusal rate"
_COUNTED_SUBJECT = re.compile(r"^(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)\s+"
                              r"(?P<said>[a-z][^:;]{2,60}?):\s+(?P<items>[^:;]+)$", re.IGNORECASE)

# no count, but a verb of having or using right before the plural and its colon: "Judges also have
# biases: self-bias, position bias and verbosity bias" (a subject before the verb: "Use cases for X:" is a label)
_UNCOUNTED = re.compile(r"(?<=[\w)])\s+(?:also\s+)?(?:has|have|had|uses?|used|supports?|offers?|provides?)\s+(?P<count>)"
                        r"(?P<kind>(?:(?!(?:of|for|to|in|on|with|from)\s)[a-z][\w-]*\s){0,3}[a-z][\w-]*):\s+(?P<items>[^:;]+)$",
                        re.IGNORECASE)


def counted_members(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(item, kind, offset of the items) for "uses three memory mechanisms, A, B and C", "There
    are two batching modes: static and dynamic", "Two metrics tell you X: A and B" and "has biases: A, B and
    C" (two names or more); none for a shell word
    ("three approaches: ...", which says only how the entry is done), a part word alone ("Two components:
    A and B" says what they are in something, no kind of component), a remark ("two caveats: ..."), groups of something else ("falls into
    two categories: ..."), a role ("two main functions: ...") or a count the names do not meet."""
    if ":" not in text and not _COUNT.in_text(text):
        return []  # no colon: only _COUNTED can match, and it needs a count
    found = _COUNTED_SUBJECT.match(text.strip())
    if found is None or not clauses.has_finite_verb(found["said"]):
        found = _COUNTED.search(text) or _UNCOUNTED.search(text)
    if found is None:
        return []
    written = re.split(r"\s+(?:that|which|who|I|we|you|she|he|they)\s+", found["kind"])[0]  # "two dens that matter", "three metrics I track": which ones
    if (grouped := _GROUPS_OF.match(written)) is not None:
        written = grouped["kind"]  # "four buckets of criteria: A, B": each a criterion, "three types of advantage": an advantage
    singular = singular_phrase(written)
    if (singular == written and grouped is None) or is_shell(re.split(r"\s(?:in|from|by)\s", singular)[0]) or _ways_within_a_thing(found.group()) \
            or is_remark(re.split(r"\s(?:to|for|of|why)\s", written)[0]) \
            or singular.split()[-1].lower() in GROUP_WORDS or singular.split()[-1].lower() in PART_WORDS \
            or without_judgement(singular).lower() in ROLE_WORDS or parts_of(written) is not None:  # "has two main functions: indexing
        return []  # and querying"; "3 parts of den care: A, B": parts (kg.ingest.namings reads them)
    kind = as_kind(noun_phrase(without_judgement(singular)))  # "three DevOps metrics: ...": each a DevOps metric; "four closely related metrics": metrics
    listed = found["items"].strip().rstrip(".")
    if any(listed.lower().endswith(f" {end}") for end in OPEN_ENDS):
        return []  # "two tricks: A, B and more": no count holds
    if "said" in found.groupdict():  # "Two metrics tell you X: the flood rate and the collapse rate": each named with its article
        listed = re.sub(r"(?:^|(?<=,\s)|(?<=\sand\s)|(?<=\sor\s))(?:the|an?)\s+", "", listed)
    items = names_only(listed, protected) or []
    verb = text[: found.start("count")].split()[-1:] if found["count"] and found.start("count") >= 0 else []
    if verb and any(f" {verb[0].lower()} " in f" {item.label.lower()} " for item in items):
        return []  # "MossOpt stores 2 values, ClayOpt stores 1": the verb said again, clauses of other subjects, no members
    count = int(found["count"]) if found["count"].isdecimal() else NUMBERS.get(found["count"].lower(), max(len(items), 2))
    if not keep(kind) or len(items) != count:
        return []
    return [(item, kind, found.start("items")) for item in items if item.label.lower() != kind.label.lower()]


# who names the things, after them: "models she mentions", "tools the book lists", "benchmarks Huyen covered"
_REDUCED_RELATIVE = re.compile(r"\s+(?:she|he|they|we|i|you|the\s+(?:book|author|chapter|paper)|[A-Z][a-z]+)\s+"
                               r"(?:mentions|mentioned|lists|listed|names|named|covers|covered|cites|cited|recommends|recommended)$")


def listed_members(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(item, kind, offset of the items) for "Latency metrics are TTFT, TPOT and total latency": a
    plural subject, "are" and two or more names and nothing else, or a few words and a colon before
    them; none for "A and B are ..." (read the
    other way round), a remark ("The benefits are ...") or a pronoun ("They are A and B")."""
    opened = without_opening(clause.strip())
    subject, copula, listed = opened.partition(" are ")  # the tagger may take an unknown plural for a verb ("Zorp metrics")
    subject = _REDUCED_RELATIVE.sub("", subject).rstrip()  # "Other multimodal models she mentions are A, B": the models
    if not copula or re.search(r"\s(?:and|or)\s|,", subject) or clauses.has_finite_verb(subject) \
            or subject.lower().split()[:1] in ([], ["they"], ["these"], ["those"]):
        return []
    # "The two most common metrics": metrics (a superlative that picks among them, no part of their name)
    written = without_judgement(common_first_word(re.sub(r"\b(?:most|least)\s+(?=\S+\s)", "", subject), modifier=True))
    written = written.split(maxsplit=1)[1] if compares(written) and " " in written else written  # "Better metrics are A and B": metrics
    singular = singular_phrase(written)
    if len(written.split()) > 5 or singular == written or is_shell(singular) or is_remark(written) or singular.lower() in PRONOUNS:
        return []
    if len(words := singular.split()) > 1 and words[-1].lower() in GROUP_WORDS:
        singular = singular_phrase(" ".join(words[:-1]))  # "The four criteria buckets are ...": each a criterion
    kind = as_kind(noun_phrase(singular))
    said, colon, after = listed.partition(": ")
    if colon and re.match(r"(?:used|useful|good|meant|designed|built)\s+(?:for|to)\b", said):
        return []  # "Diggers are used for: scraping and hauling": what they are for, no members
    if colon and [tagger.corrected(w, t) for w, t in tagger.tagged(said)][:1] == ["JJ"] and len(said.split()) <= 2:
        return []  # "Badgers are picky: wet dens, cold dens", "are bad at: A, B": what they are like, and about what
    if colon and len(said.split()) <= 8:
        listed = after  # "The rating algorithms are borrowed from games: Elo, Bradley-Terry and TrueSkill"
    if (tail := re.search(r",\s+(?:and|but|so|which)\s", listed)) is not None and clauses.has_finite_verb(listed[tail.end():]):
        listed = listed[: tail.start()]  # "... are A, B and C, and those ones do generate text": a clause of its own after the list
    if coordinated_adjectives(listed) is not None:
        return []  # "Transformers are large and expensive models": what they are like, no members
    items = names_only(listed.strip().rstrip("."), protected) or []
    if not keep(kind) or len(items) < 2 or not all(map(_a_noun_last, items)):
        return []  # "Good prompts are clear and give examples": what they are like and do
    at = clause.find(listed)
    return [(item, kind, at) for item in items if item.label.lower() != kind.label.lower()]


# "One popular burrow sensor is DenCam", "Another common metric is BLEU", "A good example of a sensor is X"
_ONE_OF_A_KIND = re.compile(r"^(?i:one|another|an?)\s+(?:(?:good|popular|common|well-known|famous|notable)\s+)?(?:example\s+of\s+(?:an?\s+)?)?"
                            r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+is\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})$")
# "Another kind of router is a next-action predictor, used in agents": the thing after "is" is of the kind
_KIND_OF_IT = re.compile(r"^(?i:one|another|an?|a\s+second|a\s+third|the\s+other)\s+(?i:main\s+|common\s+)?(?i:kind|type|form|variant|flavou?r|sort|class)\s+of\s+"
                         r"(?P<kind>[\w-]+(?:\s+[\w-]+){0,3})\s+is\s+(?:an?\s+)?(?P<name>[^,;:()]+?)(?:,|$)")


# "The most popular burrow sensor is DenCam", "The earliest den map was Tunnelgraph": a name picked out among its kind
_THE_RANKED_ONE = re.compile(r"^(?i:the)\s+(?i:(?:most|best)\s+[a-z-]+|classic|standard|default|go-to|dominant|usual|best-known|well-known"
                             r"|first|earliest|latest|newest|(?:strong|larg|bigg|small|old|great|cheap|simpl|fast|popular|common)est|easiest)\s+"
                             r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(?:is|was)\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})$")


# "Den model is the umbrella term for moss models and oak models (both)": the subject is the kind of each named after it
_UMBRELLA = re.compile(r"^(?P<kind>[\w-]+(?:\s+[\w-]+){0,3})\s+is\s+(?:the|an?)\s+umbrella\s+"
                       r"(?:term|name|word)\s+for\s+(?P<named>.+)$", re.IGNORECASE)


def one_of_a_kind(clause: str) -> list[tuple[Phrase, Phrase, int]]:
    """(name, kind, offset of the name) for "One popular burrow sensor is DenCam" and "The most popular
    burrow sensor is DenCam": a name said to be one of a kind the subject names; none for a shell word
    ("One example is X", "Another option is X") or a part ("The main component is X": of something).
    For "Den model is the umbrella term for moss models and oak models", each named after it, of the subject's kind."""
    if (umbrella := _UMBRELLA.match(clause.strip().rstrip("."))) is not None and keep(kind := noun_phrase(umbrella["kind"])):
        named = re.sub(r"\s+(?:both|alike|together)$", "", umbrella["named"])  # "... for A and B both"
        return [(thing, kind, umbrella.start("named")) for thing in map(noun_phrase, split(named, set())) if keep(thing)]
    if (said := _KIND_OF_IT.match(clause.strip().rstrip("."))) is not None and keep(kind := noun_phrase(said["kind"])) \
            and keep(thing := noun_phrase(said["name"])) and not is_shell(thing.label):
        return [(thing, kind, said.start("name"))]
    found = _ONE_OF_A_KIND.match(clause.strip().rstrip(".")) or _THE_RANKED_ONE.match(clause.strip().rstrip("."))
    if found is None or is_shell(without_judgement(found["kind"])) or singular_noun(found["kind"].split()[-1].lower()) in PART_WORDS \
            or is_remark(found["kind"]) or not keep(kind := noun_phrase(without_judgement(found["kind"]))):
        return []
    name = noun_phrase(found["name"])
    return [(name, kind, found.start("name"))] if name.is_name and keep(name) else []


def _a_noun_last(item: Phrase) -> bool:
    """ "total latency", "GPT-4", "pruning", "loop tiling": a noun, a name or an -ing noun last, and no verb in it
    ("clear", "give examples")."""
    if item.is_name:
        return True
    tags = [tagger.corrected(word, tag_) for word, tag_ in tagger.tagged(item.label)]
    last = tags[-1] if tags else ""
    gerund = last == "VBG" and (len(tags) == 1 or tags[-2] in ("NN", "NNS"))  # "pruning", "loop tiling", "model serving"
    return (last.startswith("NN") or gerund) and not any(t in ("VB", "VBD", "VBP", "VBZ", "MD") for t in tags)


def common_first_word(text: str, modifier: bool = False) -> str:
    """ "Quantization, distillation and pruning" -> "quantization, ...": a word the dictionary knows as
    a noun (or, opening a common noun phrase, as any word: "Burrowing animals") is capitalised for its
    place only; "GPUs", "Llama 3" stay."""
    first, space, rest = text.partition(" ")
    known = tagger.readings(first.lower().strip(","))
    named = not first.endswith(",") and rest[:1].isupper()  # "Moss Index, Clay Index": a name of capitalised words goes on
    return first.lower() + space + rest if first[1:].islower() and ("NOUN" in known or (modifier and known)) and not named else text


# "<plural> are the ones|those [that] <clause>: <list>" or ", like|such as|e.g. <list>"
_THE_ONES = re.compile(r"^(?P<kind>[^,;:()]{2,60}?)\s+(?:are|were)\s+(?:the\s+ones|those|the\s+kinds?)\s+(?:that\s+|which\s+|who\s+)?"
                       r"(?P<clause>[^:;,]{2,100}?)(?::\s+|,\s+(?:like|such\s+as|e\.g\.,?|including)\s+)(?P<listed>[^:;]+)$", re.IGNORECASE)
# an item that goes on with how or where, which ends the list: "through lining", "policies around privacy"
_PREPOSITION = re.compile(r"(?:^|\s)(?:through|by|via|with|around|for|in|on|at|from|to|using|because|since|if|when)\s", re.IGNORECASE)
# "the model's license": the license, whoever's it is
_COMMON_OWNER = re.compile(r"^(?:the\s+)?[a-z][\w-]*'s\s+")


def members_of_the_ones(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(member, kind, offset) for each thing listed after "<plural> are the ones <clause>"; the offset is the
    sentence's own, since a negation in the clause ("the ones you cannot move") denies no membership."""
    found = _THE_ONES.match(" ".join(text.split()).rstrip("."))
    if found is None:
        return []
    written = found["kind"].strip()
    written = written[0].lower() + written[1:] if written[1:2].islower() else written  # "Hard dens", opening the sentence
    kind = noun_phrase(written)
    if singular_phrase(written) == written or not keep(kind) or kind.is_name:
        return []  # "It is the one you need: ...": no plural, no kind the items are of
    members = []
    for item in split(found["listed"], protected):
        item = re.sub(r"^(?:or|and)\s+", "", item.strip())
        if _PREPOSITION.search(item) or item.lower().startswith("etc"):
            break  # "..., through prompting or finetuning": how, no more of the list
        if item.split()[:1] and item.split()[0].lower() in POSSESSIVES:
            item = " ".join(word for word in item.split()[1:] if word.lower() != "own")  # "your own root den"
        member = noun_phrase(_COMMON_OWNER.sub("", item))
        if keep(member) and member.label.lower() != kind.label.lower():
            members.append((member, kind, 0))
    return members if len(members) > 1 else []


# "two main approaches to den care: A and B", "Two dominant patterns for den care: A, B": ways within a doing
_WAYS_WITHIN = re.compile(r"(?:^|:\s|,\s)(?P<count>[2-9]|two|three|four|five|six|several)\s+(?:(?:main|dominant|common|key|popular|different)\s+)*"
                          r"(?:ways|approaches|methods|techniques|strategies|patterns|tactics)\s+(?:to|for)\s+(?P<thing>[^:,;()]{2,50}?):\s+(?P<items>.+)$",
                          re.IGNORECASE)


def ways_within(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(thing, way, offset) for "Two main approaches to den care: sweeping and airing": each way is one the thing (a whole
    or an area; the ways to a doing in -ing are its kinds) includes, as "Two approaches to den care:" over a list says;
    none when the count is not met."""
    found = _WAYS_WITHIN.search(text.strip())
    if found is None or _to_a_doing(found["thing"]) or not keep(thing := noun_phrase(found["thing"])):
        return []
    items = names_only(found["items"].rstrip(" ."), protected) or []
    count = found["count"].lower()
    wanted = int(count) if count.isdecimal() else NUMBERS.get(count, len(items))  # "several": as many as it lists
    return [(thing, item, found.start("items")) for item in items] if len(items) == wanted > 1 else []


def _ways_within_a_thing(text: str) -> bool:
    """Whether a count of ways is of ways to a thing, not to a doing ("approaches to digging" are kinds of digging)."""
    return (found := _WAYS_WITHIN.search(text.strip())) is not None and not _to_a_doing(found["thing"])


def _to_a_doing(thing: str) -> bool:
    """ "approaches to digging", "ways to rank dens": a doing, in -ing or a verb in its base form before its object."""
    words = thing.split()
    if words[-1].lower().endswith("ing"):
        return True
    first = tagger.readings(words[0]) if len(words) > 1 and words[0].islower() and clauses.is_base_verb(words[0]) else {}
    return "VERB" in first and ("NOUN" not in first or tagger.reads_as_plural_noun(words[-1]))  # not "den care", a noun's compound
