"""A text that lists names and nothing else: "Portkey, MLflow AI Gateway, OpenRouter", "FAISS from Meta,
ScaNN from Google", "Kaggle, Papers with Code, Google Dataset Search"; not a sentence, a doing, a flow or
words that say what a thing is like ("cold, damp"). Knows English wording."""

from __future__ import annotations

import re
from itertools import takewhile

from kg.ingest import classify, clauses, tagger
from kg.ingest.lists import cut_around_asides, sharing_the_noun, split, without_asides
from kg.ingest.marks import ARROW
from kg.ingest.modifiers import CLASSIFYING
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import ONE_NAME, OPEN_ENDS, Phrase, keep, noun_phrase, opens_with_a_doing
from kg.labels import looks_like_name, singular

# where a list of names ends: at an item joined on ("plus", "and also") that opens a kind of its own, whose names follow it
# ("A, B, plus startups like C, D"); a kind with examples among the items holds one ("A, portals like B, C": C is the list's)
A_KIND_OF_THEIR_OWN = re.compile(r",\s+(?:plus|and\s+also|as\s+well\s+as|and\s+then)\s+[^,]*?\s(?:like|such\s+as|including)\s")


def an_adjective_alone(item: str) -> bool:
    """ "heavy": a word alone the tagger reads as an adjective, which says what a thing is like; "self-hosted": a
    compound that ends on a participle, likewise."""
    word = item.strip()  # "top-k", "self-bias", "model-level": names the tagger may call adjectives
    if re.fullmatch(r"[a-z]+-[a-z]+", word):
        return tagger.tagged(word.rsplit("-", 1)[1])[0][1] == "VBN"
    return word.isalpha() and word.islower() and tagger.tagged(word)[0][1] in ("JJ", "JJR", "JJS")


def adjectives_only(written: list[str]) -> bool:
    """ "cold", "damp": words alone that may be adjectives, which say what a thing is like; "model-level",
    "hardware-level": compounds that say which kind, of a noun left unsaid."""
    bare = [without_asides(item).strip() for item in written]  # "model-level (smaller models)"
    return all(len(item.split()) == 1 and item[:1].islower() and ("ADJ" in tagger.readings(item.lower()) or CLASSIFYING.fullmatch(item))
               for item in bare)


# a name in a list and who made it: "FAISS from Meta, ScaNN from Google and Annoy from Spotify"
_FROM_MAKER = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\sand\s))(?P<name>[A-Z][\w.-]*)\s+from\s+(?P<maker>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?=\s*(?:,|\.|$|\s+and\s))")


# a count before a word, or a size after one: "12 layers", "dim 4096", "vocab 32K" (not a version: "Llama 2", "Claude 3.5")
_MEASURED = re.compile(r"^\d[\d.,]*[KMBkmb]?\s+[a-z]|[a-z]\s+(?:\d[\d.,]*[KMBkmb]|\d{3,}[\d.,]*)$")


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z-]+")


def a_name(item: Phrase) -> bool:
    """ "Medusa", "ClayPack", "k-quants" by its capitals: a name; not "Pruning", a word of the dictionary capitalised
    to open a line."""
    return item.is_name and not (_CAPITALISED_WORD.fullmatch(item.label) and tagger.readings(item.label.lower()))


def names_only(text: str, protected: frozenset[str] | set[str] = frozenset()) -> list[Phrase] | None:
    """The names a text lists and nothing else ("Portkey, MLflow AI Gateway, OpenRouter"), each of up
    to four words, a lone -ing noun among them ("pruning"); None for a sentence, a doing or a
    description ("Relationship between Amount and Time", "predicting prices")."""
    text = re.sub(r"\s*(?:\.{3}|…)$", "", text)  # "A, B, C...": an open list, as "etc." says
    text = _FROM_MAKER.sub(r"\g<name> (\g<maker>)", text)  # "FAISS from Meta, ScaNN from Google": as "FAISS (Meta)" says
    text = sharing_the_noun(text)  # "claw/snout rakes, root cutter": claw rakes and snout rakes
    text = re.sub(r"\s+(?:\+|/)\s+", ", ", text) if "," in text else text  # "GPU, Trainium + Inferentia (AWS)", "web browsing / search API": one more
    bare = without_asides(text)  # "BERT (Devlin et al. 2018)": a name and its maker
    titled = {m.group().replace(" ", "_"): m.group() for m in _TITLED_ITEM.finditer(text)} if text.count(",") >= 2 else {}
    if titled:  # "Kaggle, Papers with Code, Google Dataset Search": a title's small words joined, one item among names
        text = _TITLED_ITEM.sub(lambda m: m.group().replace(" ", "_"), text)
        bare = without_asides(text)
    # "time to first dig (TTFD), time per tunnel (TPT), time between tunnels": two names spelled out before their initials
    # make a list of names, whose words with a preposition are names whole
    spelled = spelled_out_names(text)
    if clauses.has_finite_verb(bare) or (clauses.imperative(bare) and not re.match(r"[a-z]+ing\b", bare, re.IGNORECASE)
                                          and not clauses.noun_before_noun(bare)) or (len(spelled) < 2 and re.search(r"\b(?:between|of|for|in|on|to|with)\b|(?<!\S)w/o?(?!\S)", bare)) \
            or re.search(r"(?:^|,\s*)(?:an?|the|incl\.?|including|e\.g\.|esp\.|especially)\s", bare, re.IGNORECASE) or re.search(ARROW, bare):
        return None  # "Address imbalanced datasets, a common challenge": an instruction, and what the thing is; "A, B -> C": a flow;
        # "rough language, incl. rudeness": what follows the cue are examples of the first, no names beside it
    written = split(cut_around_asides(text, set(protected)), set(protected))
    if any(_MEASURED.search(item.strip()) for item in written):
        return None  # "32 blocks, dim 4096, vocab 32K": what a thing is set to, no names (not "Llama 2", "Claude 3.5")
    if len(written) > 2 and written[-1].strip().lower() in OPEN_ENDS:
        written = written[:-1]  # "GPUs, TPUs and others": the list is open, its named items hold
    if adjectives_only(written) or any(an_adjective_alone(word) and len(after.split()) > 1 and an_adjective_alone(after.split()[0])
                                        for word, after in zip(written, written[1:])):
        return None  # "cold, damp": what a thing is like, no names; "short and long instructions": which ones
    if said_by_what_it_is_like(written):
        return None  # "drop repetitive, too short, refusals": what to drop, said by what it is like; no names
    written = [titled.get(item, item) for item in written]
    items = [noun_phrase(item) for item in written]
    if any(item.label != written[index] for index, item in enumerate(items) if written[index] in titled.values()):
        return None  # "Quality of Service" read as a quantity's noun: no title kept whole
    if not items or any(len(item.split()) > 4 for item in re.split(r",|\s(?:and|or)\s", bare)) \
            or any(opens_with_a_doing(item) and len(without_asides(item).split()) > 1 and not looks_like_name(item) for item in written) \
            or not all(keep(item) or (index and _capitalised_among_names(item, items)) for index, item in enumerate(items)):
        return None
    return items


def spelled_out_names(text: str) -> list[str]:
    """The items of a list written out before their initials: "time to first dig (TTFD), time per tunnel (TPT)" -> "time to
    first dig", "time per tunnel": names whole, whatever small words are inside (not instructions: "time" is no verb here)."""
    return [m["words"] for m in _SPELLED_OUT_ITEM.finditer(text) if abbreviates(m["abbr"], m["words"])]


def said_by_what_it_is_like(written: list[str]) -> bool:
    """ "drop repetitive", "too short": an item that ends on a word that is only an adjective, or opens on a
    word of degree, says what a thing is like, in a list of what to do; it names nothing. So do an adjective and
    what it is said of ("good at sequential tasks") and what a thing lacks ("no examples"): the list describes."""
    return any(_DEGREE.match(item.strip()) or set(tagger.readings(item.split()[-1].lower())) == {"ADJ"} or _LACKED.match(item.strip())
               or [t for _w, t in tagger.tagged(" ".join(item.split()[:2]))] in (["JJ", "IN"], ["JJ", "TO"]) for item in written if item.split())


def says_what_it_is_like(text: str) -> bool:
    """Whether words say what a thing is like or what may be done to it, with no noun of their own: "hard to change",
    "impossible or impractical to change", "can be improved" (before its examples: "..., e.g. license, den size")."""
    tags = [t for _w, t in tagger.tagged(text.strip(" ,"))]
    lead = len(list(takewhile(lambda t: t in ("JJ", "CC", "RB"), tags)))
    return tags[:1] == ["MD"] or (lead > 0 and tags[lead : lead + 1] == ["TO"] and len(tags) <= lead + 3)


_DEGREE = re.compile(r"(?:too|very|overly|quite|highly|extremely)\s", re.IGNORECASE)  # "too short": how much
_LACKED = re.compile(r"(?:no|not|without|never)\s", re.IGNORECASE)  # "no examples, instructions only": what it is like
_SPELLED_OUT_ITEM = re.compile(r"(?:(?<=^)|(?<=,\s))(?P<words>[a-z][\w-]*(?:\s[\w-]+){1,5})\s\((?P<abbr>[A-Z][A-Za-z0-9]{1,7})\)(?=\s*(?:,|\.|$|\s(?:and|or)\s))")
# a list's item in title case with a small word inside: "Papers with Code", "Bank of America" (not "and": it joins items)
_TITLED_ITEM = re.compile(r"(?:(?<=^)|(?<=,\s))[A-Z][\w-]*(?:\s+(?:of|for|with|in|on|to|the)\s+[A-Z][\w-]*)+(?=\s*(?:,|$))")


def _capitalised_among_names(item: Phrase, items: list[Phrase]) -> bool:
    """ "FAISS, ScaNN, Annoy, Hnswlib": a capitalised word past a list's first item, beside names by their
    capitals, is a name too, whatever the dictionary makes of it ("annoy")."""
    return re.fullmatch(r"[A-Z][\w.-]*", item.label) is not None and sum(looks_like_name(other.label) for other in items) >= 2


def names_of_a_kind(term: str, text: str) -> list[Phrase]:
    """ "benchmark: TruthfulQA (817 questions)", "tools: Kite, Wren": the names after a word for a class of
    things, which are what the item lists; none after a name or a doing ("scent probing: Kite")."""
    if not text or " " in term.strip() or not term[:1].islower() or classify.class_of_word(singular(term.strip())) is None:
        return []
    names = names_only(re.sub(rf"\s+are\s+{re.escape(term.strip())}\.$", "", text, flags=re.IGNORECASE))  # as members_named put them
    return names if names and all(name.is_name for name in names) else []


def names_by_capitals(items: list[str], by_words: bool = False) -> bool:
    """ "vLLM, TGI, SGLang": two or more names, each one word made a name by its capitals or digits; `by_words`, in
    parentheses right after a plural, also capitalised words of which one is no noun nor adjective of the dictionary
    ("Siri, Alexa, Google Assistant"), and among three or more such names one that is a word too ("Minecraft, Go, Dota").
    Members of a plural before them, not its parts ("trajectories (Thought, Act)")."""
    named = [a_name_by_its_words(without_asides(item).strip(), by_words) for item in items]
    odd = [item.strip() for item, name in zip(items, named) if not name]
    return len(items) >= 2 and (not odd or by_words and len(items) >= 3 and len(odd) == 1 and re.fullmatch(r"[A-Z][a-z]+", odd[0]) is not None)


_A_CODE = re.compile(r"(?!v\d)[a-z]{1,3}\d+")  # "p50", "p99", "x86": a code of letters and digits names one thing; not a version, "v2"


def a_name_by_its_words(item: str, by_words: bool) -> bool:
    """ "vLLM", "TGI": one word a name by its capitals or a code; `by_words`, also capitalised words one of which is no noun
    nor adjective of the dictionary ("Stanford CoreNLP", not "Gradient Descent")."""
    words = item.split()
    return (len(words) == 1 and (ONE_NAME.fullmatch(item) is not None or _A_CODE.fullmatch(item) is not None)) or by_words and (
        0 < len(words) <= 3 and all(word[:1].isupper() or word[:1].isdigit() for word in words)
        and any(ONE_NAME.fullmatch(word) or not {"NOUN", "ADJ"} & set(tagger.readings(word.lower())) for word in words))


_FOR_A_USE = re.compile(r"\s+for\s+")


def names_for_a_use(text: str) -> tuple[list[Phrase], str] | None:
    """ "DenSQL, RootSQL and ClaySQL for text-to-den": the names, and what they are for; None unless all before "for" are names."""
    before_and_use = _FOR_A_USE.split(text, maxsplit=1)
    named = names_only(before_and_use[0]) if len(before_and_use) == 2 else None
    return (named, before_and_use[1].strip(" .")) if named and all(phrase.is_name for phrase in named) else None
