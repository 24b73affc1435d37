"""Singular forms: of one word used as a noun ("biases" -> "bias", "LLMs" -> "LLM") and of a noun
phrase's head ("mixtures of experts" -> "mixture of experts"), by lemminflect's lemmas and the tagger's
prepositions. Knows English only."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.ingest.tagger import readings, word_tag

_ACRONYM_PLURAL = re.compile(r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z]s")  # LLMs, RNNs, ReLUs, LoRAs, IDs


def _with_case(word: str, lemma: str) -> str:
    """The lemma (lowercase) written in the word's case: "Transformers" -> "Transformer", "Indices" -> "Index"."""
    if word.lower().startswith(lemma):
        return word[: len(lemma)]
    return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma


_PLURAL_IN_FORM = {"means", "news", "series", "species", "data", "headquarters", "lens"}
_TECHNICAL_SENSE = {"axes": "axis"}  # the dictionary's first lemma is another word's ("axe"); "vertices", "matrices" it reads right
_PLURAL_ENDING = re.compile(r"(?:s|i|a|en|ice|eet|eeth|eese|ople)$")  # "models", "alumni", "criteria", "children", "mice", ...


@cache
def singular_noun(word: str) -> str:
    """The singular of one word used as a noun, keeping its case: "biases" -> "bias", "analyses" -> "analysis",
    "LLMs" -> "LLM", "RNNs" -> "RNN", "embeddings" -> "embedding", "data" -> "data", "series" -> "series",
    "Thoughtworks" -> "Thoughtworks" (a capitalised name not known as a plural stays), "gas" -> "gas",
    "losses" -> "loss", "indices" -> "index", "criteria" -> "criterion", "ReLUs" -> "ReLU", "dive" stays.

    A hyphenated word changes its last part ("Q-values" -> "Q-value", "k-means" stays). A word lemminflect
    knows takes its noun lemma, itself when that is one ("data", "means", "statistics"), and stays when it
    is no noun ("thus", "is"). A lowercase word it does not know, ending in "s" (not "ss", "us", "is"),
    takes lemminflect's rules for unknown nouns ("logits" -> "logit"); a capitalised one is a name and
    stays, as do words with capitals inside, digits or punctuation (BERT, LangChain.js, GPT-4).
    """
    if "-" in word.strip("-"):
        start, _, end = word.rpartition("-")
        return f"{start}-{singular_noun(end)}"
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1]
    if not word.isalpha() or any(c.isupper() for c in word[1:]):
        return word
    lower = word.lower()
    if lower in _TECHNICAL_SENSE:
        return _with_case(word, _TECHNICAL_SENSE[lower])
    known = readings(lower)
    nouns = known.get("NOUN", ())
    if nouns and not _PLURAL_ENDING.search(lower):
        return word  # "dive" is no plural of "diva": a plural ends as one
    if nouns:
        # "representations" is a lemma too ("make representations"), as "statistics" and "means" are:
        # the plural-form lemma is kept only for fields in -ics and a few nouns plural in form
        plural_form = lower in nouns and (len(nouns) == 1 or lower.endswith("ics") or lower in _PLURAL_IN_FORM
                                          or lower.endswith("a") and nouns[0] == lower)  # "stamina" first as itself, "media" as "medium"
        # "leaves" is the plural of "leaf" before it is a verb's noun ("leave"), as "calves" of "calf"
        in_f = [n for n in nouns if lower.endswith("ves") and n in (lower[:-3] + "f", lower[:-3] + "fe")]
        return _with_case(word, lower if plural_form else (in_f or [n for n in nouns if n != lower])[0])
    if any(lemma + "s" == lower for lemma in known.get("VERB", ())):  # "logs", "runs": the verb's form is the noun's plural
        return word[:-1]
    if any(lemma.endswith("y") and lemma[:-1] + "ies" == lower for lemma in known.get("VERB", ())):
        return word[:-3] + "y"  # "retries": the noun's plural as the verb's form ("retry"), no other noun known
    if known or word[0].isupper() or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return word
    from lemminflect import getAllLemmasOOV

    return _with_case(word, getAllLemmasOOV(lower, "NOUN").get("NOUN", (lower,))[0])

def _is_preposition(word: str) -> bool:
    return bool(word) and word_tag(word.lower()) in ("IN", "TO")


def _capitalised_name(words: list[str]) -> bool:
    """"Hugging Face Transformers", "Mixture of Experts": each word capitalised, but for prepositions,
    conjunctions and articles in lowercase."""
    return len(words) > 1 and all(
        w[:1].isupper() or w[:1].isdigit() or (w.islower() and word_tag(w) in ("IN", "TO", "CC", "DT")) for w in words
    )


@lru_cache(maxsize=1 << 16)
def singular_phrase(label: str) -> str:
    """A noun phrase with its head made singular: the last word, or the word before "of"/"for"/"in"...:
    "recurrent neural networks" -> "recurrent neural network", "mixtures of experts" -> "mixture of experts",
    "vanishing gradients" -> "vanishing gradient", "large language models (LLMs)" is not given (callers strip
    parentheses); names stay as they are ("Hugging Face Transformers" stays: a capitalised multiword name).

    The head is the word before the first preposition (a word the tagger tags IN or TO: of, for, in, on,
    with, as, that...), else the last word. A phrase capitalised throughout, headings included ("Large
    Language Models"), counts as a name and stays: fold case first for a lookup key.
    """
    words = label.split(" ")
    if len(words) == 1:
        return singular_noun(label) if label else label
    if _capitalised_name(words):
        return label
    head = next((i - 1 for i, w in enumerate(words) if i > 0 and _is_preposition(w)), len(words) - 1)
    if head == len(words) - 2 and _is_preposition(words[-1]):
        return label  # "thumbs up": a particle that ends it, no preposition with its object after a head
    words[head] = singular_noun(words[head])
    return " ".join(words)
