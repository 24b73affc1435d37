"""Normalising labels, so that "RNNs", "recurrent neural networks" and "OpenAI's Node library"
meet the concept they name: case, plurals, possessives, abbreviations, and slugs for IRIs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

Named = TypeVar("Named")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "–": "-", "—": " - "})  # an em dash sets words apart, never joins them
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w+#.]+")
# _NON_WORD's characters made spaces, for ASCII text: a translation is a third of the substitution's time
_ASCII_NON_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if _NON_WORD.fullmatch(c)})
# Words whose plural form is also their singular, or that look plural and are not.
_INVARIANT = {"data", "series", "species", "news", "physics", "mathematics", "analysis", "basis",
              "thesis", "bias", "gas", "lens", "class", "process", "access", "loss", "mass", "less",
              "chess", "checkers", "is", "was", "has", "does", "goes", "its", "this", "always", "news", "ops", "us"}
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9-]+s")
_IRREGULAR = {"matrices": "matrix", "indices": "index", "vertices": "vertex", "criteria": "criterion",
              "phenomena": "phenomenon", "people": "person", "children": "child", "analyses": "analysis"}


def plain(text: str) -> str:
    """Typographic quotes and dashes made plain, odd spaces made ordinary; line breaks kept."""
    if text.isascii():
        return text  # NFKC leaves ASCII as it is, and every quote or dash above is beyond it
    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


def without_symbols(text: str) -> str:
    """Emoji, pictographs and other symbols taken out (category So, and the joiners emoji use), and an arrow up ("↑ latency":
    more of it, no word of its name); an arrow down says "less" ("↓ warmth", no warmth to have too much of)."""
    if text.isascii():
        return text  # no ASCII character is of those categories
    return "".join(ch for ch in text.replace("↓", "less ") if unicodedata.category(ch) not in {"So", "Cs", "Co"} and ch not in "\u200d\ufe0f↑")


def clean(text: str) -> str:
    """plain(), with runs of white space folded into one space."""
    return " ".join(plain(text).split())


# The label functions are pure and called on the same few labels again and again (a build folds each
# label dozens of times: at every lookup, merge and comparison), so their answers are kept; bounded,
# as the labels of a large collection are many.
MEMO = 1 << 16


@lru_cache(maxsize=MEMO)
def singular(word: str) -> str:
    """The singular of an English noun, as far as a rule can tell ("RNNs" -> "RNN", "laws" -> "law")."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if _ACRONYM_PLURAL.fullmatch(word):  # an acronym's plural: RNNs, LLMs, GPUs
        return word[:-1]
    if lower in _INVARIANT or len(word) < 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return word
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def singular_phrase(phrase: str) -> str:
    """The phrase with its head noun made singular: "recurrent neural networks" -> "... network".

    In "mixture of experts" the head is "mixture", already singular, so the phrase stays as it is.
    """
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w.lower() in {"of", "for", "in", "on"} and i > 0), len(words) - 1)
    words[head] = singular(words[head])
    return " ".join(words)


def words(text: str) -> list[str]:
    """The words of a text, folded and each made singular: for finding labels inside running text."""
    return list(_words(text))


@lru_cache(maxsize=MEMO)
def _words(text: str) -> tuple[str, ...]:
    return tuple(singular(w.strip(".")) for w in fold(text).split() if w.strip("."))


@lru_cache(maxsize=MEMO)
def fold(label: str) -> str:
    """The label as a lookup key that ignores case, quotes, possessives and punctuation."""
    text = clean(label).lower()
    if "'" in text:  # a possessive's mark: most texts have none
        text = _POSSESSIVE.sub("", text)
    text = _ARTICLE.sub("", text)
    if text.isascii():  # a hyphen is among _NON_WORD's characters
        return " ".join(text.translate(_ASCII_NON_WORD).split()).strip(".")
    return " ".join(_NON_WORD.sub(" ", text.replace("-", " ")).split()).strip(".")


# words people clip in notes, each for one word only: "eval pipeline" is the evaluation pipeline
CLIPPED = {"eval": "evaluation", "param": "parameter", "hyperparam": "hyperparameter", "info": "information",
           "config": "configuration", "repo": "repository", "app": "application", "algo": "algorithm",
           "env": "environment", "impl": "implementation", "perf": "performance", "lib": "library", "ctx": "context",
           "req": "request", "lang": "language", "arch": "architecture", "mem": "memory", "optim": "optimization", "doc": "document",
           "msg": "message", "spec": "specification", "dedup": "deduplication", "fn": "function", "func": "function",
           "vocab": "vocabulary", "attn": "attention", "convo": "conversation", "img": "image", "seq": "sequence",
           "db": "database"}
_CLIPPED_WORD = re.compile(rf"(?<![\w-])({'|'.join(CLIPPED)})(s?)(?![\w-])")  # in small letters: "Evals" is a name
# "DB" in capitals after words in small letters: "vector DB" is the vector database ("DB den" is not)
_CLIPPED_DB = re.compile(r"^(?P<words>(?:[a-z][\w-]*\s+)+)DB(?P<plural>s?)$")


def database_written_out(label: str) -> str:
    """ "vector DBs" -> "vector databases"; any other label as it is. As with other clipped words, the written-out
    form is the preferred label of a concept no label of which opens on a capital ("Wombat DB" may be a name)."""
    return _CLIPPED_DB.sub(r"\g<words>database\g<plural>", label)


def unclipped(label: str) -> str:
    """The label with its clipped words written out: "ANN algos" -> "ANN algorithms"."""
    return _CLIPPED_WORD.sub(lambda m: re.sub(r"ys$", "ies", CLIPPED[m[1]] + m[2]), label)  # "libs": libraries


def clipped(label: str) -> bool:
    """Whether a label holds a clipped word ("eval pipeline")."""
    return _CLIPPED_WORD.search(label) is not None


@lru_cache(maxsize=MEMO)
def key(label: str) -> str:
    """fold(), singular and unclipped too ("evals" -> "evaluation", not the name "Evals"): the key under
    which labels of one concept meet; "vector DBs" meets "vector database"."""
    return singular_phrase(fold(unclipped(database_written_out(label))))


def shortens(short: str, whole: str) -> bool:
    """Whether `short` is `whole` cut to its last words, as a link's shown text often is: "Memory" of
    "Agent memory", "Metrics" of "Inference performance metrics" (not "RAG" of "Retrieval-Augmented Generation")."""
    return (folded := key(whole)).endswith(" " + key(short)) and folded != key(short)


def named(index: Mapping[str, Sequence[tuple[int, Named]]], name: str) -> list[Named]:
    """What a name means in a label index (lookup key -> (rank, concept)): the best-ranked concepts
    under the first key that has any, the name folded, then made singular; [] when none has."""
    folded = fold(name)
    for lookup in (folded, singular_phrase(folded)):
        matches = index.get(lookup)
        if matches:
            best = min(rank for rank, _ in matches)
            return list(dict.fromkeys(c for rank, c in matches if rank == best))
    return []


_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


def slug(label: str) -> str:
    """A readable, IRI-safe local name: "LangChain.js" -> "langchain-js"."""
    ascii_text = unicodedata.normalize("NFKD", clean(label)).encode("ascii", "ignore").decode()
    ascii_text = _POSSESSIVE.sub("", ascii_text)
    return _NOT_IN_SLUG.sub("-", ascii_text.lower()).strip("-") or "concept"


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")


@lru_cache(maxsize=MEMO)
def opening_lowered(text: str) -> str:
    """ "Library made by ..." -> "library made by ...": a capital for the sentence's start only; "AI agent framework",
    "UIs" keep their acronym."""
    first, space, rest = text.partition(" ")
    return (first.lower() if first[1:].islower() or len(first) == 1 else first) + space + rest


def as_term(written: str) -> str:
    """A heading or bold term in running-text case: "Transformer Architecture" -> "transformer architecture".

    Only plain capitalised words are lowered; acronyms and names in mixed case (MoE, JavaScript,
    GPT-4, LangChain) keep theirs, and so does a word a version follows ("Llama 2", "Mixtral 8x7B").
    """
    words = clean(written).split()
    named: set[int] = set()  # "Den Survey v2", "Open LLM Leaderboard v2": the capitalised words a version follows name one thing
    for before in (at for at in range(len(words) - 1) if _VERSION.fullmatch(words[at + 1]) or VERSION_MARK.fullmatch(words[at + 1].strip("()"))):
        while before >= 0 and words[before][:1].isupper() and words[before].lower() not in TITLE_SMALL_WORDS and not words[before].endswith("ing"):
            named.add(before)  # not "Getting Started With", "Understanding": words of a title before the name
            before -= 1
    return " ".join(w.lower() if _CAPITALISED_WORD.fullmatch(w) and at not in named else w for at, w in enumerate(words))


# "Llama 2", "Mixtral 8x7B", "Mistral 7B": a name and its version keep their capital, as a maker's word before a model's code does ("Zorpco Z1")
_VERSION = re.compile(r"v?\d[\w.]*|[A-Z]+\d[A-Z0-9-]*")
VERSION_MARK = re.compile(r"v\d[\w.]*")  # "v2", "v1.5": which one of a name


def acronym(label: str) -> str:
    """The capitals of a label's words: "AI Engineering" -> "AIE", "Mixture of Experts" -> "ME"."""
    return "".join(ch for word in clean(label).split() for ch in word if ch.isupper())


def initials(short: str, long: str) -> bool:
    """ "MDD" and "mean den depth", "TPOT" and "time per output token": an acronym whose letters open the words of a phrase."""
    return re.fullmatch(r"[A-Z]{2,6}", short) is not None and "".join(w[0] for w in re.split(r"[\s-]+", long.lower()) if w) == short.lower()


_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d|\.\w")


def looks_like_name(text: str) -> bool:
    """True for a proper name (TensorFlow, Hugging Face, GPT-4), not a common noun phrase."""
    words = clean(text).split()
    if not words:
        return False
    if all(w[0].isupper() or w[0].isdigit() or w in {"of", "the", "and", "&", "for", "de"} for w in words):
        return True
    return _NAME_SHAPE.search(words[-1]) is not None


TITLE_SMALL_WORDS = frozenset({"for", "of", "and", "the", "in", "on", "to", "with", "a", "an", "from", "via"})  # small words a title keeps


def capitalised_as_a_title(text: str) -> bool:
    """ "Lost in the Middle", "AI Engineering": each word capitalised but a title's small words, the first too."""
    found = text.split()
    return bool(found) and found[0][:1].isupper() and all(word[:1].isupper() or word in TITLE_SMALL_WORDS for word in found)


def title_cased(text: str) -> bool:
    """ "Language Models are Few-Shot Learners", "Kestrel Is All You Need": most words capitalised, as a title's are."""
    found = re.findall(r"[A-Za-z][\w'’]*", text)
    return bool(found) and sum(word[0].isupper() for word in found) * 5 >= len(found) * 3


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), capped at `limit` + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def close(a: str, b: str) -> bool:
    """Two folded labels close enough to be one concept with a typo ("autogregressive")."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    allowed = 0 if shortest < 5 else 1 if shortest < 12 else 2
    # lengths further apart than the typos allowed: no typo (within() says so first; the words need no look)
    return allowed > 0 and abs(len(a) - len(b)) <= allowed and _same_short_words(a, b) and within(a, b, allowed)


_NUMBER = re.compile(r"\d+")


def _same_short_words(a: str, b: str) -> bool:
    """ "gpt 3" and "gpt 4", "ai engineering" and "ml engineering": two names, not a typo; a typo
    changes no number and no word of three letters or fewer (an abbreviation's)."""
    first, second = a.split(), b.split()
    return len(first) != len(second) or all((x == y or min(len(x), len(y)) > 3) and _NUMBER.findall(x) == _NUMBER.findall(y)
                                            for x, y in zip(first, second))


def within(a: str, b: str, limit: int) -> bool:
    """edit_distance(a, b, limit) <= limit, with only the cells within `limit` of the diagonal worked
    out: a path that costs at most `limit` never leaves them (a step off the diagonal costs one), and a
    cell beyond stands for any cost above the limit. Comparing a label with every sentence's opening
    words, most of the table is beyond."""
    if abs(len(a) - len(b)) > limit:
        return False
    above = limit + 1
    previous2: list[int] = []
    previous = [j if j <= limit else above for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [above] * (len(b) + 1)
        current[0] = i if i <= limit else above
        low, high = max(1, i - limit), min(len(b), i + limit)
        for j in range(low, high + 1):
            cb = b[j - 1]
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current[j] = min(cost, above)
        if min(current[low - 1:high + 1]) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit
