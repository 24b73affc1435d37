"""Lists of noun phrases in a sentence: where an object's list ends, how it splits into items, and
the labels of known concepts that hold "and" ("modeling and training"), kept whole. Every pass over
a text is one pass: the searches ahead are remembered, not repeated from every word."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from kg.ingest import clauses
from kg.ingest.cues import Cue
from kg.ingest.marks import ARROW
from kg.ingest.makers_inside import SHORT_FORM, abbreviates
from kg.ingest.nouns import names_a_doing
from kg.ingest.shared_words import LEADING_ARTICLE, sharing_words
from kg.ingest.singular import singular_noun
from kg.ingest.tagger import corrected, readings, reads_as_plural_noun, tagged


_RELATIVE = re.compile(r"\s(?:that|which)\s", re.IGNORECASE)
_A_RELATIVE = Cue(_RELATIVE.pattern)
_AND_ANOTHER = re.compile(r"(?<=\s)and\s+(?:an?|the)(?=\s)", re.IGNORECASE)
_STOP = re.compile(r"[,;]")
_PAIRED = re.compile(r"\b(?:between|both)\s", re.IGNORECASE)  # "between A and B" holds its "and"

# Where an object's noun phrase ends: a preposition or conjunction that starts something else.
_OBJECT_END = re.compile(
    r"\s+then\s|"  # "signals like toxicity, then latency and cost": what comes next, no more of the list
    r"\s(?:to|as|by|across|over|per|during|from|when|because|due to|in order|with|within|without|w/o|w/|via|after|before|until|"
    r"through|between|beyond|at|for|in|on|into|onto|off|near|beside|against|upon|about the|than|whereas|while|where|so that|that|which|who|if|not|toward|towards|alongside|instead of|rather than|along with|together with|"
    r"can|could|will|would|is|are|was|were|has|have|had)\s|\s(?:[a-z]+ed|" + "|".join(clauses.IRREGULAR_PARTICIPLES) + r")\s"
    r"(?:(?:first|originally|mainly|mostly|only|often|usually)\s)?"  # "a tunnel dug first by a small wombat"
    r"(?:for|by|to|on|in|into|with|as|from|across|among|over|between|through|via|using|around|inside|behind|under|above|below|at)(?:\s|$)"
    r"|,\s+(?:[a-z]+ed|" + "|".join(clauses.IRREGULAR_PARTICIPLES) + r")\s+(?:by|for|to|in|with|from|on)\s"  # "a chart, set by the badger"
    r"|\s(?:made|composed|built|formed|comprised)\s+of\s"  # "a den lining made of moss": what it is made of, no part of the kind
    r"|\s?\(like\b|,(?!\s+then\s)\s|\s*" + ARROW +  # "generate problems → generate solutions": an arrow ends it
    r"|\s(?:—|–|--?)\s"  # "models like o1 — the book predates them": a dash set off by spaces breaks the sentence
    # a time after the object: "released Zeta last spring", "in 2021"
    r"|\s(?:last|next|this|that|every|each|early|late)\s(?:year|month|week|day|spring|summer|fall|autumn|winter|decade|time)\b"
    r"|\s(?:yesterday|today|recently|soon|later|earlier)\b|\s(?:around|circa|since)\s(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# the same in small letters, for ASCII text in small letters: where it ends the same, and re ignoring case would try each
# alternative at each character (twice as slow); what a match says is read in small letters only (cut, _within_an_item)
_OBJECT_END_SMALL = re.compile(_OBJECT_END.pattern)

_TRAILING_AND = re.compile(r"\s+(?:and|or)\s*$", re.IGNORECASE)
_SINGLED_OUT = re.compile(r"(?:especially|particularly|notably|in particular)\s", re.IGNORECASE)
# a comma in a number ("1,000 examples") separates no items
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and|or|plus)\s+|\s*,(?!(?<=\d,)\d{3}(?!\d))\s*|\s+(?:and|or|and/or|/|&)\s+", re.IGNORECASE)  # "A / B": either; "A & B": both


_SEMICOLON_ITEM_CLAUSE = re.compile(r",\s+(?:where|which|that|who|when|in which)\b[^;]*")


def semicolon_list(text: str) -> str:
    """ "A, where ...; B, where ...; and C, where ...": a list whose items carry clauses, which
    semicolons keep apart, read as "A, B, and C" (the same length, so offsets hold). Only a list of
    three items or more after a colon; a text without one is returned as it was."""
    colon = text.find(":")
    if colon < 0 or text.count(";", colon) < 2:
        return text
    head, tail = text[: colon + 1], text[colon + 1 :]
    tail = _SEMICOLON_ITEM_CLAUSE.sub(lambda m: " " * len(m.group()), tail)
    return head + tail.replace(";", ",")


def without_relatives_in_lists(text: str) -> str:
    """ "an encoder that processes inputs and a decoder": a relative clause inside a list hides the
    list, so it is blanked up to the next "and a/the" before any comma. Each search ahead starts
    where the last ended: one pass, whatever the text (a regex with a lazy run and a lookahead
    searched ahead from every "that" again). An "and" that "between" or "both" before it in the clause
    asks for is the clause's own: "a metric that counts n-grams between an output and a reference"."""
    if not _A_RELATIVE.in_text(text):
        return text  # no "that" or "which": nothing to blank (most sentences)
    ands = [(_space_before(text, m.start()), m.start()) for m in _AND_ANOTHER.finditer(text)]  # (its spaces, "and")
    stops = [m.start() for m in _STOP.finditer(text)]
    paired = [m.start() for m in _PAIRED.finditer(text)]
    out, position, kept, a, s = [], 0, 0, 0, 0
    for relative in _RELATIVE.finditer(text):
        if relative.start() < max(position, kept):
            continue
        while a < len(ands) and ands[a][1] <= relative.end():  # "and" needs a space of its own after "that "
            a += 1
        while s < len(stops) and stops[s] < relative.end():
            s += 1
        if a < len(ands) and (s == len(stops) or ands[a][0] < stops[s]) \
                and bisect_right(paired, ands[a][0]) == bisect_right(paired, relative.end()):
            end = max(ands[a][0], relative.end())
            if _pair_of_objects(text, relative.end(), ands[a][1], stops[s] if s < len(stops) else len(text)):
                kept = end  # the clause and its pair of objects stay whole, any "that" inside them too
                continue
            out += [text[position : relative.start()], " " * (end - relative.start())]
            position = end
    return "".join(out) + text[position:]


def _pair_of_objects(text: str, clause: int, conjunction: int, stop: int) -> bool:
    """ "a model that takes a prompt and a response": the verb's object is two things, each with the same
    article, and no relative clause follows the second (as in "an encoder that reads the input and a
    decoder that writes")."""
    verb_and_object = re.match(r"\s*[\w-]+\s+(an?|the)\s", text[clause:conjunction], re.IGNORECASE)
    second = re.match(r"and\s+(an?|the)\s", text[conjunction:], re.IGNORECASE)
    return verb_and_object is not None and second is not None \
        and verb_and_object.group(1).lower().rstrip("n") == second.group(1).lower().rstrip("n") \
        and _RELATIVE.search(text, conjunction, stop) is None


def gapped_pairs(segment: str, phrase: str) -> list[tuple[str, str]] | None:
    """ "trained on specialised data: AlphaFold on protein sequences, Med-PaLM on medical data": after
    a colon, items that repeat the phrase's last preposition leave its verb out. Each is a pair (what
    is trained, on what); None when the list after the colon holds no such item."""
    preposition = phrase.split()[-1].lower()
    if ":" not in segment or preposition not in _PREPOSITIONS:
        return None
    items = _LIST_SPLIT.split(segment.split(":", 1)[1].strip().rstrip("."))
    gapped = [re.split(rf"\s{preposition}\s", item, maxsplit=1, flags=re.IGNORECASE) for item in items]
    if not any(len(pair) == 2 for pair in gapped):
        return None
    return [(pair[0], pair[1]) for pair in gapped if len(pair) == 2]


_PREPOSITIONS = {"on", "for", "by", "to", "with", "from", "in", "into", "of"}
# ", GPU for massive parallelism": a short noun phrase and the preposition again, by preposition
_GAPPED = {preposition: re.compile(rf",\s+(?P<what>(?:[\w-]+\s){{0,2}}[\w-]+)\s+{preposition}\s+(?P<whom>[^,;.]+)", re.IGNORECASE)
           for preposition in _PREPOSITIONS}


def gapped_after(segment: str, phrase: str, subject: str | None = None) -> tuple[str, list[tuple[str, str]]] | None:
    """ "designed for general purpose, GPU for massive parallelism": after the objects of a phrase that
    ends on a preposition, a comma and a short noun phrase with that preposition again is a clause of
    its own with the verb left out; so, after any phrase, is a comma and another thing named by the head of
    the `subject`, then its object ("Moss dens use clay, sand dens stone"). The objects' text before it, and
    each such (what, for what) pair."""
    preposition = phrase.split()[-1].lower()
    if ":" in segment or "," not in segment:
        return None  # no comma: no clause after one
    gapped = _GAPPED[preposition] if preposition in _PREPOSITIONS else _parallel(subject) if subject else None
    found = [m for m in gapped.finditer(segment) if not clauses.has_finite_verb(m["what"]) and m["what"].split()[0].lower() not in _OPENERS
             and not clauses.has_finite_verb(m["whom"])] if gapped is not None else []
    if not found:
        return None
    return segment[: found[0].start()], [(m["what"], m["whom"]) for m in found]


@lru_cache(maxsize=1 << 10)  # one pattern per subject, asked again of each of its sentences
def _parallel(subject: str) -> re.Pattern[str] | None:
    """ ", sand dens stone" after "Moss dens use clay": a comma, up to two words and the subject's head noun, then more."""
    head = subject.split()[-1] if subject.split() else ""
    return re.compile(rf",\s+(?P<what>(?:[\w-]+\s){{1,2}}{re.escape(head)}(?:s|es)?)\s+(?P<whom>[^,;.]+)", re.IGNORECASE) if len(head) > 2 else None


_OPENERS = {"and", "or", "but", "which", "that", "the", "a", "an", "its", "their", "e.g.", "i.e.", "especially", "including"}


def _space_before(text: str, at: int) -> int:
    """Where the run of white space that ends at `at` starts."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at

def preposition_once(listed: str) -> str:
    """ "a judge or with perplexity" -> "a judge or perplexity": a preposition said again before an item is no part of it."""
    return re.sub(r"\s+(or|and)\s+(?:by|with|w/|using|via|through)\s+", r" \1 ", listed)


def cut(text: str, protected: set[str] | None = None, examples: bool = False, one_item: bool = False) -> str:
    """Text up to where the noun phrase list ends; keeps "and"/"or" lists and known labels whole. A list
    of `examples` (after "like", "such as") whose last item holds its "and" ends at the next ", and"
    ("like TTFT, TPOT and total latency, and cost"); another list has items with an "and" of their own
    ("includes deduplication, cleaning and filtering, and formatting")."""
    masked = _abbreviated_names(mask(text, protected or set()))
    if ("," in masked or one_item) and (" per " in masked or " between " in masked or "ime to " in masked):
        # in a list, or a cell that names one thing: "time per query", "Time to first token (P90)" is one item
        masked = _MEASURE.sub(lambda m: m.group().replace(" ", "_"), masked)
    # commas separate list items; a comma not followed by another item ends the list
    match = None
    for candidate in _OBJECT_END_SMALL.finditer(masked.lower()) if masked.isascii() else _OBJECT_END.finditer(masked):
        if candidate.group().rstrip() == "," and _is_list_comma(masked, candidate.end(), examples):
            continue
        if _within_an_item(masked, candidate):
            continue
        match = candidate
        break
    # "like RAG (text retrieval, ...) and with tools": the "and" before what ended the list joins no item of it
    return _TRAILING_AND.sub("", text[: match.start()]) if match else text


# a place or measure said of one item, in a list that goes on after it: "toxicity, PII in inputs, refusal rate"
_ITEM_PREPOSITIONS = {"in", "of", "on", "per", "across", "within", "over", "during"}  # not "from": a maker ("Triton from Zorp")


def _within_an_item(text: str, end: re.Match[str]) -> bool:
    """Whether a preposition that would end the list only says more of one item of it: after a list
    comma, a word or two before the next comma, and the list goes on ("toxicity, PII in inputs, refusal
    rate"); not the first item's ("trained on A in 2021, B") nor one before "and" ends it."""
    if end.group().strip().lower() not in _ITEM_PREPOSITIONS or "," not in text[: end.start()]:
        return False
    comma = text.find(",", end.end())
    said = text[end.end() : comma]
    return comma > 0 and 0 < len(said.split()) <= 2 and not re.search(r"\b(?:and|or|the|an?|its|their)\b|[.;:()]", said) \
        and _is_list_comma(text, comma + 1) and not text[comma + 1 :].lstrip().lower().startswith(("and ", "or "))


# an item of one noun and what it is counted per or between: "time per query", "time between tokens" (not "time")
_MEASURE = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\sand\s)|(?<=\sor\s))(?:[A-Za-z][\w-]*\s(?:per|between)|[Tt]ime\sto)(?:\s[a-z][\w-]*){1,3}"
                      r"(?=$|\s*[,.;(]|\s(?:and|or)\s)")


def _abbreviated_names(text: str) -> str:
    """ "time to first token (TTFT)": the words an abbreviation stands for are one name, with their
    inner spaces hidden, so that "to" in them ends nothing (Schwartz and Hearst's test, the fewest
    words back whose initials hold the short form's first letter)."""
    for found in SHORT_FORM.finditer(text):
        words = list(re.finditer(r"[\w-]+", text[: found.start()]))
        letters = sum(c.isalpha() for c in found["short"])
        for back in range(2, min(len(words), letters + 2) + 1):
            start = words[-back].start()
            if words[-back].group()[:1].lower() == found["short"][0].lower() and abbreviates(found["short"], text[start : found.start()]):
                text = text[:start] + text[start : found.start()].replace(" ", "_") + text[found.start():]
                break
    return text


def _verb_and_object(item: str) -> bool:
    """ "context parallelism and sequence parallelism split the input": a noun, then a word that can be a
    verb, then an article: a clause of its own, whatever the tagger calls the verb ("split" as a noun)."""
    tags = tagged(item)
    return any(0 < i < len(tags) - 1 and tags[i - 1][1] in ("NN", "NNS", "NNP", "VBG") and tags[i + 1][1] in ("DT", "PRP$")
               and tags[i + 1][0].lower() in ("the", "a", "an", "its", "their")
               and (tag in ("VB", "VBP", "VBZ", "VBD") or clauses.is_base_verb(word) or clauses.can_be_verb(word))
               for i, (word, tag) in enumerate(tags))


_PLURAL_THEN_PARTICIPLE = re.compile(r"(?:[a-z][\w-]*\s+)?(?P<plural>[a-z][\w-]*s)\s+(?P<participle>[a-z]+ed)\b")


def _is_list_comma(text: str, after: int, examples: bool = False) -> bool:
    rest = text[after:]
    if re.match(r"(?:and|or)\s+(?:each|every|this|these|those|it|they|then|so|thus)\s", rest, re.IGNORECASE):
        return False  # "split into groups, and each group shares ...": a clause of its own follows
    if examples and re.match(r"(?:and|or)\s+[^,;()]{1,60},\s+(?:such as|like)\s", rest, re.IGNORECASE):
        return False  # "such as LoRA, and prompt-based methods, such as ...": a kind of its own with its examples
    if re.match(r"(?:and|or)\s", rest):
        # a clause is no item ("..., and the owner tracks cost"; not "..., and K-means clustering is
        # important", where the list is the sentence's subject)
        so_far = text[:after].rstrip().removesuffix(",")
        closed = examples and re.search(r"\s(?:and|or)\s", so_far[so_far.rfind(",") + 1 :]) is not None
        item = re.split(r",|\.", re.sub(r"^(?:and|or)\s+", "", rest), maxsplit=1)[0]
        return not closed and not (LEADING_ARTICLE.match(item) and clauses.has_finite_verb(item)) and not _verb_and_object(item)
    following = re.split(r",|\s(?:and|or)\s|\.", rest, maxsplit=1)[0]
    if following.strip() == rest.strip() and following.strip().islower() and re.search(r"(?:s|ed)$", following.strip()) \
            and set(readings(following.strip())) == {"VERB"}:
        return False  # "X, introduced by DeepMind, says": the sentence's verb, no item
    if (said := _PLURAL_THEN_PARTICIPLE.match(following.strip())) is not None and "VERB" in readings(said["participle"]) \
            and reads_as_plural_noun(said["plural"]):  # not "plus paged optimizers"
        return False  # "for latency, requests processed as they arrive": a plural and what is done to it, a clause of its own
    if re.match(r"(?:such as|like|including|e\.g\.|i\.e\.)\s", rest, re.IGNORECASE):
        return False  # "a cache, e.g. Redis": examples of it follow, not more items
    if re.match(r"(?:a|an)\s", rest, re.IGNORECASE) and not re.search(r"\s(?:and|or)\s", rest):
        return False  # "the tokenizer, a small program": an apposition says what it is, no list goes on
    return len(following.split()) <= 5 and not re.search(r"\b(?:is|are|was|were|can|which|that|who)\b", following)


def mask(text: str, protected: set[str]) -> str:
    """Known labels with their inner spaces hidden, so " and " inside "modeling and training" splits
    nothing. One pass over the text's words, trying only the labels that start with each word (the
    longest first), not every label over the whole text."""
    starting = _by_first_word(protected)
    if not starting:
        return text  # no known label of several words: nothing to hide
    lowered = text.lower()
    masked = list(text)
    after = 0
    for word in _WORD_START.finditer(lowered):
        if word.start() < after:
            continue
        for label in starting.get(word.group(), ()):
            end = word.start() + len(label)
            if lowered.startswith(label, word.start()) and (end == len(lowered) or not (lowered[end].isalnum() or lowered[end] == "_")):
                for at in range(word.start(), end):
                    if masked[at].isspace():
                        masked[at] = "_"
                after = end
                break
    return "".join(masked)


_WORD_START = re.compile(r"(?<!\w)\w+")


class _Index:
    """Labels of several words by their first word, longest first, for one growing set of labels."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.by_first: dict[str, tuple[str, ...]] = {}

    def add(self, labels: set[str]) -> None:
        for label in labels:
            if " " in label:
                first = label.split(" ", 1)[0]
                self.by_first[first] = tuple(sorted((*self.by_first.get(first, ()), label), key=len, reverse=True))
        self.seen |= labels


_INDEXED: dict[int, _Index] = {}


def _by_first_word(protected: set[str]) -> dict[str, tuple[str, ...]]:
    """Labels of several words by their first word, longest first. The lexicon's set only grows, so
    its index is kept and given only the labels added since (a set difference, not a rebuild)."""
    index = _INDEXED.get(id(protected))
    if index is None:
        _INDEXED.clear()
        index = _INDEXED[id(protected)] = _Index()
    if len(index.seen) != len(protected):
        index.add(protected - index.seen)
    return index.by_first


def inside_parentheses(text: str) -> list[bool]:
    """For each character, whether it stands inside parentheses; one pass."""
    return list(_inside_parentheses(text))


# A clause is looked at by several rules, each asking this of it: the answer is kept (it is a pure
# function of the text), as is outside_parentheses'.
@lru_cache(maxsize=1 << 12)
def _inside_parentheses(text: str) -> tuple[bool, ...]:
    if "(" not in text:
        return (False,) * len(text)
    depth, inside = 0, []
    for ch in text:
        depth += (ch == "(") - (ch == ")" and depth > 0)
        inside.append(depth > 0 and ch != "(")
    return tuple(inside)


@lru_cache(maxsize=1 << 12)
def outside_parentheses(text: str) -> str:
    """The text with every comma inside parentheses turned into a stand-in of the same length, so that
    splitting at commas keeps "(Kim et al., 2021)" and "(Thought, Act)" whole."""
    if "(" not in text or "," not in text:
        return text
    return "".join("\x00" if ch == "," and inside else ch for ch, inside in zip(text, inside_parentheses(text)))


_ASIDE = re.compile(r"\s*\([^()]*\)")


def cut_around_asides(text: str, protected: set[str] | None = None, examples: bool = False) -> str:
    """cut(), where nothing said in parentheses ends the list: "MTTD (mean time to detection), MTTR"."""
    if "(" not in text:  # nothing to mask, and no "(MTTD)" to put back
        return text[: len(cut(text, protected, examples))]
    inside = inside_parentheses(text)
    masked = "".join("x" if flag and ch not in "()" else ch for ch, flag in zip(text, inside))
    for short in SHORT_FORM.finditer(text):  # "needle in a haystack (NIAH) test": the short form still holds its words together
        masked = masked[: short.start()] + short.group() + masked[short.end() :]
    return text[: len(cut(masked, protected, examples))]


_SLASHED = re.compile(r"\b(?:(?P<verb>[a-z]+ing)\s+)?(?P<one>(?!w\s?/)[a-z][\w-]*)\s?/\s?(?P<other>[a-z][\w-]*)(?P<noun>\s+[a-z][\w-]*)(?=$|[,;.])")


def sharing_the_noun(text: str) -> str:
    """ "photo/video editing" -> "photo editing, video editing", "spotting abnormal / gibberish text" ->
    "spotting abnormal text, spotting gibberish text": two words set side by side share the noun after them."""
    def shared(found: re.Match[str]) -> str:
        if " / " in found.group() and re.search(r"[\w-]\s+$", text[: found.start()]):
            return found.group()  # "moss data / root discovery": a slash between spaces parts two phrases, the first of more words
        verb = f"{found['verb']} " if found["verb"] else ""
        return f"{verb}{found['one']}{found['noun']}, {verb}{found['other']}{found['noun']}"
    return _SLASHED.sub(shared, text)


def without_asides(text: str) -> str:
    """The text without what it says in parentheses: "low recall (failure to retrieve)" -> "low recall"."""
    return _ASIDE.sub("", text) if "(" in text else text  # an aside needs its "(": the text as re.sub gives it back


def split(text: str, protected: set[str]) -> list[str]:
    masked = outside_parentheses(mask(text, protected))
    inside = inside_parentheses(text) if "(" in text else None  # "(A, B and C)" is one item's aside
    items: list[str] = []
    position = 0
    for match in _LIST_SPLIT.finditer(masked):
        if inside is not None and inside[match.start()]:
            continue
        items.append(text[position : match.start()])
        position = match.end()
    items.append(_OPEN_END.sub("", text[position:]))  # "names, addresses, phone numbers etc": the list goes on, no word of its last item
    # "batching, especially continuous batching, and caching": an example of the item before, no item
    return sharing_words([item.strip() for item in items if item.strip() and not _SINGLED_OUT.match(item.strip())], text)


_OPEN_END = re.compile(r"(?<=\w)\s+(?:etc\.?|and so on|and more)\s*$", re.IGNORECASE)


# participles of using that follow a noun they narrow: "systems using tools", "wombats using one den"
USING = ("using", "leveraging", "employing", "utilizing")


def each_cut(items: str, protected: set[str]) -> list[str]:
    """The items of a list set off by commas, each up to where its noun phrase ends ("proxy for X": proxy); a light
    verb's doing cut from what it goes to ("going from A to B") is none ("sealing for winter" is sealing), nor a clause."""
    kept = []
    for item in split(sharing_the_noun(joined_by_plus(without_asides(items))), protected):  # "cost + latency": both
        short = cut(item, protected).strip()
        if (short == item.strip() or not short.endswith("ing") or readings(short.lower()).get("VERB", ("",))[0] not in _LIGHT_VERBS) and not (CLAUSE_OPENER.match(item.strip()) and clauses.has_finite_verb(item)):
            kept.append(short)
    return kept


CLAUSE_OPENER = re.compile(r"(?:and\s+|but\s+)?(?:some|many|most|all|this|these|those|the|they|it|we|you)\s", re.IGNORECASE)  # "some words are everywhere"
_LIGHT_VERBS = frozenset({"go", "get", "come", "make", "take", "do", "put", "turn", "move", "have", "keep", "bring", "run"})  # little without a complement


_PLUS_BETWEEN = re.compile(r"\s\+\s(?=\D)")


def joined_by_plus(text: str) -> str:
    """ "scent maps + den search" as "scent maps, den search": a plus between things lists them, as a comma does (not a
    sum of numbers, "2 + 3")."""
    return _PLUS_BETWEEN.sub(", ", text)


def last_of_a_list(before: str) -> bool:
    """Whether the words before a phrase make it the last of a list of short items set off by commas ("places to look:
    Kaggle, Google Dataset Search, government portals"), so that its own examples end at the next comma ("like Data.gov,
    the UCI repository, ...": the rest are the outer list's; "like MinHash and Bloom filters, and ..." holds two)."""
    pieces = re.split(r"[:;(]\s*", before)[-1].split(", ")
    return len(pieces) >= 3 and all(0 < len(piece.split()) <= 4 for piece in pieces[:-1])


def names_before_a_verb(listed: str, items: list[str]) -> list[str]:
    """Names listed in an aside, without a last "item" after a comma, in small letters, that opens on a verb: "Moss contests,
    e.g. MossComp, DenComp, reward moss" -> MossComp, DenComp (the aside ended at its comma, the sentence's verb follows);
    "L2 regularization or weight decay" keeps both."""
    last = items[-1].split() if items else []
    if len(items) > 1 and last and last[0].islower() and all(item[:1].isupper() for item in items[:-1]) and clauses.is_base_verb(last[0]) \
            and re.search(rf",\s*{re.escape(items[-1])}\W*$", listed):
        return items[:-1]
    return items
