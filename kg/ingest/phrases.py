"""The grammar of one sentence of notes: noun phrases, lists, and the phrases that state relations.

Knows English wording and the vocabulary's `kg:phrase`s; knows nothing of files or RDF.
A sentence yields Claims: (subject, relation, object), where the subject may be left open
(a pronoun, or no subject at all) for the caller to fill from the entry being read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.schema import vocab
from kg.ingest.tagger import names_a_concept
from kg.labels import clean, looks_like_name, singular, singular_phrase

CURRENT = "<current>"  # the subject the caller is reading about: "It", "They", no subject at all
NOBODY = "<nobody>"  # "You can use ...": a sentence about the reader, not a concept

_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|does|do|did|"
    r"refers|refer|describes|describe|allows|allow|encodes|encode|calculates|tests|lists|varies|"
    r"processes|helps|help|provides|provide|takes|take|makes|make|becomes|became)\s",
    re.IGNORECASE,
)
_COPULAR = re.compile(r"(?:is|are|was|were|a measure|as a)\b", re.IGNORECASE)
# "an encoder that processes inputs and a decoder": a relative clause inside a list hides the list
_RELATIVE_IN_LIST = re.compile(r"\s(?:that|which)\s[^,;]*?(?=\s+and\s+(?:an?|the)\s)", re.IGNORECASE)

_PRONOUNS = {"it", "they", "this", "these", "those", "both", "he", "she", "them", "its", "their", "such models"}
_NOT_NAMES = {"and", "or", "etc", "more", "others", "so on", "other", "the rest", "many more"}
_GENERIC_SUBJECTS = {"you", "we", "one", "i", "people", "users", "developers", "researchers"}
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|your|this|these|those|each|every|all|some|many|multiple|several|"
    r"various|different|more|most|other|such|only|also|both|around|about|approximately|roughly|over|"
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|little|much|any|certain|specific)\s+)+",
    re.IGNORECASE,
)
_ADVERBS = re.compile(
    r"\b(?:commonly|typically|particularly|also|often|generally|usually|mainly|primarily|later|mostly|"
    r"especially|frequently|sometimes|still|just|actually|basically|normally|largely|widely|then|more|"
    r"originally|in \d{4}|as of [^,]*,?)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r",\s*(?P<c1>which|who|while|whereas|but|so|including|with|whose)\b"
    r"|\s(?P<c2>that|which|who|whereas|while)\s|;",
    re.IGNORECASE,
)
# Where an object's noun phrase ends: a preposition or conjunction that starts something else.
_OBJECT_END = re.compile(
    r"\s(?:to|as|by|across|during|from|when|because|due to|in order|with|within|without|via|"
    r"through|between|beyond|at|for|in|on|into|than|whereas|while|where|that|which|who|if|"
    r"can|could|will|would|is|are|was|were|has|have|had)\s|\s[a-z]+ed\s(?:for|by|to|on|in|with|as|from)\s"
    r"|\s?\(like\b|,\s",
    re.IGNORECASE,
)
_EXAMPLES = re.compile(r"^examples of (?P<kind>[\w\s-]+?)(?: in this [\w\s-]+?)? (?:are|include)\s+(?P<items>.+)$", re.IGNORECASE)
_NAMING = re.compile(
    r"^the (?P<what>process|set|collection|group|list|sequence|act|practice|study) of (?P<body>.+?) "
    r"is (?:called |known as |referred to as |the (?:[\w-]+'s )?)(?P<name>[\w\s-]+)$",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?<![\w.])(?:[A-Z][\w.-]*)(?:\s+(?:(?:of|de|the)\s+)*[A-Z][\w.-]*)*")
_PURPOSE = re.compile(r"\s(?:such as|like|including|e\.g\.,?)\s", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\((?P<inner>[^()]{1,60})\)")
_QUANTITY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:performance|quality|number|amount|set|range|subset|variety|type|kind|"
    r"form|part|sequences?|structures?|collection|lot|lots|group|series|class)(?:\s+and\s+[\w\s-]+?)?\s+of\s+",
    re.IGNORECASE,
)
_GERUND = re.compile(r"^[a-z]+ing\b", re.IGNORECASE)
# -ing words that name a thing ("vanishing gradients", "training data"), not an action with an object
_ADJECTIVAL = {"vanishing", "exploding", "scaling", "training", "learning", "embedding", "sampling", "reasoning",
               "streaming", "routing", "pooling", "encoding", "decoding", "finetuning", "fine-tuning", "matching",
               "ranking", "caching", "batching", "prompting", "computing", "existing", "missing", "remaining",
               "emerging", "underlying", "following", "leading", "modeling", "engineering", "thinking", "planning"}


_VERBS_ING = {"using", "building", "making", "managing", "constructing", "creating", "removing", "adding", "getting",
              "taking", "giving", "finding", "improving", "reducing", "increasing", "generating", "running", "writing",
              "designing", "optimizing", "optimising", "evaluating", "curating", "annotating", "collecting", "selecting",
              "choosing", "applying", "combining", "comparing", "handling", "allowing", "enabling", "providing",
              "coming", "doing", "having", "helping", "keeping", "letting", "putting", "setting", "turning", "breaking"}


def _is_action(text: str) -> bool:
    """ "building applications", "managing context": an -ing verb with an object, not a name
    ("gating network", "vanishing gradients")."""
    words = text.split()
    if len(words) < 2 or not _GERUND.match(words[0]) or words[0].lower() in _ADJECTIVAL:
        return False
    follower = words[1].lower()
    return words[0].lower() in _VERBS_ING or follower in {"the", "a", "an", "its", "their", "all"} or (
        follower.endswith("s") and not follower.endswith(("ss", "us", "is")) and len(words) == 2
    )
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or|and/or)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    """A noun phrase naming a concept: its label, aliases from parentheses, and an owner ("Google's")."""

    label: str
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    is_name: bool = False
    head: str | None = None  # a common noun after a name: "Ferranti Mark I computer" -> "computer"


@dataclass(frozen=True)
class Claim:
    """One relation stated by a sentence; `subject` is a Phrase, or CURRENT for the caller to fill."""

    subject: Phrase | str
    relation: str
    object: Phrase
    offset: int
    kind: str | None = None  # a category word the sentence gives the object ("tools", "techniques")


@dataclass
class Reading:
    claims: list[Claim] = field(default_factory=list)
    subject: Phrase | None = None  # the sentence's explicit subject, if it named one
    named: Phrase | None = None  # a concept the sentence defines ("... is called tokenization")
    named_kind: str | None = None


def sentences(text: str) -> list[tuple[int, str]]:
    """Split a paragraph into sentences, with their offsets; "e.g." and "3.5" do not end one."""
    found: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\bDr)(?<=[.!?])\s+(?=\S)|\n(?=\s*[-*]\s)", text):
        found.append((start, text[start : match.start()]))
        start = match.end()
    found.append((start, text[start:]))
    return [(offset, s.strip()) for offset, s in found if s.strip()]


@cache
def _relation_pattern() -> re.Pattern[str]:
    phrases = sorted(
        ((p, r.name) for r in vocab.relations().values() for p in r.phrases if p not in {"vs", "versus"}),
        key=lambda pair: -len(pair[0]),
    )
    alternatives = "|".join(f"(?P<r{i}>{_phrase_regex(p)})" for i, (p, _name) in enumerate(phrases))
    _relation_names.extend(name for _p, name in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_relation_names: list[str] = []


def relation_named(text: str) -> str | None:
    """The relation a short phrase states on its own (a diagram edge's text: "uses", "a type of"), or None."""
    for wording in (text, f"is {text}", f"is a {text}"):
        match = _relation_pattern().fullmatch(clean(wording).lower())
        if match:
            return _relation_at(match)
    return None


def _phrase_regex(phrase: str) -> str:
    """A kg:phrase as a regex: any white space between words, and "..." for a short gap."""
    parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.split("...")]
    return r"\s+.{1,60}?\s+".join(p for p in parts)


def _relation_at(match: re.Match[str]) -> str:
    index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
    return _relation_names[index]


def read(sentence: str, protected: set[str]) -> Reading:
    """The claims of one sentence. `protected` are known labels that lists must not split ("modeling and training")."""
    reading = Reading()
    text = _ADVERBS.sub(lambda m: " " * len(m.group()), sentence.rstrip(" .;:"))
    text = _RELATIVE_IN_LIST.sub(lambda m: " " * len(m.group()), text)
    if _read_naming(text, reading, protected) or _read_examples(text, reading, protected):
        return reading
    main: Phrase | str = CURRENT
    last: Phrase | None = None
    previous: str | None = None  # the last relation phrase read, to tell what "that" refers to
    for start, kind, clause in _clauses(text):
        matches = list(_relation_pattern().finditer(clause))
        before = clause[: matches[0].start()] if matches else clause
        if kind in {"main", ",while", ",whereas", ",but", ",so", "while", "whereas", ";"}:
            subject = _subject(before)
            if kind == "main":
                main = subject
                if isinstance(subject, Phrase):
                    reading.subject = subject
            elif subject == CURRENT:
                subject = main
        elif kind in {"who", ",who", ",whose"}:
            subject = last or main
        elif kind in {"that", "which"} and previous is not None and not _COPULAR.match(previous):
            subject = last or main
        else:
            subject = main
        if subject == NOBODY:
            continue
        if kind in {"who", ",who", ",whose"} and not matches:
            reading.claims.extend(Claim(subject, "relatedTo", noun_phrase(n), start) for n in _NAMED.findall(clause))
            continue
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(clause)
            relation, segment = _relation_at(match), clause[match.end() : end]
            previous = match.group()
            objects, located, purpose = _objects(segment, protected)
            if relation == "isA" and re.match(r"\s*another\b", segment, re.IGNORECASE):
                objects = []  # "BioNeMo is another model": one more of the kind the notes list
            at = start + match.start()
            reading.claims.extend(Claim(subject, relation, obj, at) for obj in objects)
            reading.claims.extend(Claim(obj, "relatedTo", place, at) for obj in objects for place in located)
            reading.claims.extend(Claim(subject, "usedFor", goal, at) for goal in purpose)
            last = objects[-1] if objects else last
    return reading


def _clauses(text: str) -> list[tuple[int, str, str]]:
    """The sentence cut where a relative or contrasting clause starts: (offset, kind, text)."""
    found: list[tuple[int, str, str]] = []
    start, kind = 0, "main"
    for match in _CLAUSE.finditer(text):
        found.append((start, kind, text[start : match.start()]))
        kind = ("," + match["c1"] if match["c1"] else match["c2"] or ";").lower()
        start = match.end() if kind != ",including" else match.start() + match.group().lower().index("including")
    found.append((start, kind, text[start:]))
    return [(offset, k, clause) for offset, k, clause in found if clause.strip()]


def _subject(text: str) -> Phrase | str:
    """The subject before the verb; CURRENT for a pronoun or none, NOBODY for "you" or "we"."""
    text = re.sub(r"^(?:in|for|at|on|during|with|after|before|unlike)\s[^,]*,\s*", "", text.strip(" ,"), flags=re.IGNORECASE)
    text = _VERB.split(" " + text + " ", maxsplit=1)[0].strip()
    parts = text.split(",")
    while len(parts) > 1 and not names_a_concept(parts[0].strip()):  # "However, BERT", "To help, RoBERTa"
        parts.pop(0)
    text = parts[0].strip()
    lowered = text.lower()
    if not text or lowered in _PRONOUNS or (lowered.split()[0] in _PRONOUNS and len(text.split()) <= 2):
        return CURRENT
    if lowered.split()[0] in _GENERIC_SUBJECTS:
        return NOBODY
    phrase = noun_phrase(text)
    return phrase if _keep(phrase) else CURRENT


def _objects(text: str, protected: set[str]) -> tuple[list[Phrase], list[Phrase], list[Phrase]]:
    """The objects after a relation phrase, the places named after them ("at the University of X")
    and the purposes ("for drug discovery")."""
    text = text.strip()
    located: list[Phrase] = []
    purpose: list[Phrase] = []
    if ":" in text:  # "four weight matrices: query, key, value, and output projection"
        text = text.split(":", 1)[1]
    elif (examples := _PURPOSE.search(text)) is not None and len(text[: examples.start()].split()) <= 10:
        # "tasks such as A and B": the examples are the objects
        text = text[examples.end() :]
    elif _is_action(text) and not _starts_with_protected(text, protected):
        # "building applications on top of foundation models": the thing is after the last preposition
        tail = re.split(r"\s(?:of|on|with|into|from)\s", text.split(",")[0])
        if len(tail) < 2:
            return [], [], []
        text = tail[-1]
    head = _cut(text, protected=protected)
    remainder = text[len(head) :]
    place = re.match(r"\s+at\s+(?:the\s+)?(?P<place>[A-Z][^,;]*)", remainder)
    if place:
        located.extend(noun_phrase(n) for n in _NAMED.findall(place["place"])[:1])
    goal = re.match(r"\s+for\s+(?!(?:an?|the|every|each|all|any|some|its|their)\s)(?P<goal>[^,;]+)", remainder)
    if goal and not _is_action(goal["goal"]):
        purpose.extend(p for p in (noun_phrase(_cut(g)) for g in _split(goal["goal"], protected)) if _keep(p))
    items = [noun_phrase(item) for item in _split(head, protected)]
    if items and _describes(items[0]):  # "a representation of the current token or context": no names here
        return [], located, purpose
    objects = [p for p in items if _keep(p)]
    return objects, located, purpose


def _starts_with_protected(text: str, protected: set[str]) -> bool:
    lowered = text.lower()
    return any(lowered.startswith(label) for label in protected)


def _cut(text: str, protected: set[str] | None = None) -> str:
    """Text up to where the noun phrase list ends; keeps "and"/"or" lists and known labels whole."""
    masked = _mask(text, protected or set())
    # commas separate list items; a comma not followed by another item ends the list
    match = None
    for candidate in _OBJECT_END.finditer(masked):
        if candidate.group().startswith(",") and _is_list_comma(masked, candidate.end()):
            continue
        match = candidate
        break
    return text[: match.start()] if match else text


def _is_list_comma(text: str, after: int) -> bool:
    rest = text[after:]
    if re.match(r"(?:and|or)\s", rest):
        return True
    following = re.split(r",|\s(?:and|or)\s|\.", rest, maxsplit=1)[0]
    return len(following.split()) <= 5 and not re.search(r"\b(?:is|are|was|were|can|which|that|who)\b", following)


def _mask(text: str, protected: set[str]) -> str:
    """Known labels with their inner words hidden, so " and " inside "modeling and training" splits nothing."""
    lowered = text.lower()
    for label in sorted(protected, key=len, reverse=True):
        if " " not in label:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", lowered):
            text = text[: match.start()] + re.sub(r"\s", "_", text[match.start() : match.end()]) + text[match.end() :]
    return text


def _split(text: str, protected: set[str]) -> list[str]:
    masked = _mask(text, protected)
    items: list[str] = []
    position = 0
    for match in _LIST_SPLIT.finditer(masked):
        items.append(text[position : match.start()])
        position = match.end()
    items.append(text[position:])
    return [item.strip() for item in items if item.strip()]


def noun_phrase(text: str) -> Phrase:
    """The concept a noun phrase names: "Google's TensorFlow" -> TensorFlow, owned by Google."""
    text = re.sub(r"(?:\s+[a-z]+ly)+$", "", clean(text).strip(" ,.;:'\""))  # "output tokens sequentially"
    text = _DETERMINERS.sub("", text)
    text = _DETERMINERS.sub("", _QUANTITY.sub("", text))
    aliases: list[str] = []
    abbreviation = _ABBREVIATION.search(text)
    if abbreviation:  # "Mixture of Experts (MoE)", "MLP (multi-layer perceptron) module"
        inner = abbreviation["inner"].strip()
        outside = (text[: abbreviation.start()] + text[abbreviation.end() :]).strip()
        before, after = text[: abbreviation.start()].split(), text[abbreviation.end() :].split()
        if inner.lower().startswith(("like ", "e.g", "i.e", "see ")) or re.fullmatch(r"[\d\s,.-]+", inner):
            text = outside
        elif after and len(before) == 1:  # "MLP (multi-layer perceptron) module": the parenthesis expands one word
            text = outside
            aliases.append(" ".join([inner, *after]))
        else:
            text = outside
            aliases.append(inner)
    owner = None
    possessive = re.match(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)'s?\s+(?P<rest>.+)$", text)
    if possessive:
        owner, text = possessive["owner"], possessive["rest"]
    else:
        text = re.sub(r"^([a-z][\w-]*)'s?\s+", r"\1 ", text)  # "a model's size" -> "model size"
    is_name = looks_like_name(text)
    head = None
    named_then_common = re.match(r"^(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)+)\s+(?P<head>[a-z][\w-]*)$", text)
    if named_then_common and not possessive:  # "Ferranti Mark I computer"
        text, head, is_name = named_then_common["name"], named_then_common["head"], True
    if owner and not is_name:  # "OpenAI's Node library": the owner stays in the label
        aliases.append(f"{owner}'s {text}")
        text, is_name = f"{owner} {text}", True
    elif owner:
        aliases.append(f"{owner} {text}")
    label = singular(text) if re.fullmatch(r"[A-Z][A-Z0-9-]+s", text) else text if is_name else singular_phrase(text)
    if label != text:
        aliases.append(text)
    aliases = [a if is_name else singular_phrase(a) for a in aliases]
    return Phrase(label.strip(), tuple(dict.fromkeys(a for a in aliases if a and a != label)), owner, is_name, head)


def _keep(phrase: Phrase) -> bool:
    """Whether a noun phrase names a concept, rather than an activity, a number or half a clause."""
    words = phrase.label.split()
    if not words or len(words) > 6 or len(phrase.label) < 2:
        return False
    first = words[0].lower()
    if first in _PRONOUNS or first in _GENERIC_SUBJECTS or re.match(r"^\d", first) or phrase.label.lower() in _NOT_NAMES:
        return False
    if _describes(phrase):
        return False
    if _is_action(phrase.label) and not phrase.is_name:
        return False
    if re.search(r"\b(?:is|are|was|were|be|been|can|will|would|should|do|does|did)\b", phrase.label, re.IGNORECASE):
        return False
    return names_a_concept(phrase.label)


def _describes(phrase: Phrase) -> bool:
    """ "representation of the current token" describes something; it does not name a concept."""
    return re.search(r"\sof (?:the|each|a|an|every|all|its|their)\s", phrase.label.lower()) is not None


def _read_naming(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "The process of breaking text into tokens is called tokenization." defines tokenization."""
    match = _NAMING.match(text.strip())
    if not match:
        return False
    name = noun_phrase(match["name"])
    reading.named, reading.subject = name, name
    what = match["what"].lower()
    reading.named_kind = "Technique" if what in {"process", "act", "practice"} else None
    body = match["body"]
    into = re.search(r"\binto\s+(?P<what>.+)$", body)
    if what in {"process", "act"} and into:
        for item in _split(_cut(into["what"]), protected):
            if _keep(phrase := noun_phrase(item)):
                reading.claims.append(Claim(name, "produces", phrase, 0))
    elif what in {"set", "collection", "group", "list", "sequence"}:
        members = re.split(r"\s(?:a|an|the|that|which|we|you|it|they)\s", " " + re.sub(r"^all\s+", "", body) + " ")[0]
        if _keep(phrase := noun_phrase(members)):
            reading.claims.append(Claim(name, "contains", phrase, 0))
    return True


def _read_examples(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "Examples of tools in this category are A, B, and C." makes A, B and C examples of the topic."""
    match = _EXAMPLES.match(text.strip())
    if not match:
        return False
    for item in _split(match["items"], protected):
        if _keep(phrase := noun_phrase(item)):
            reading.claims.append(Claim(CURRENT, "hasExample", phrase, match.start("items"), kind=match["kind"]))
    return True
