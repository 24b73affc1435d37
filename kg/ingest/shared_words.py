"""Items of a list that share words written once: a head noun after single words ("query, key and value vectors": query
vectors), and the object of "of" ("joint embeddings of text and images": one item, the embeddings of both). Knows
English wording only."""

from __future__ import annotations

import re

from kg.ingest.nouns import names_a_doing
from kg.ingest.singular import singular_noun
from kg.ingest.tagger import corrected, readings, tagged

_MODIFIER = re.compile(r"[a-z][a-z0-9-]*")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)


def _sharing_a_head(items: list[str]) -> list[str]:
    """ "query, key and value vectors", "text and image inputs": single words before a last item of two
    that ends on a plural share its head noun ("query vectors"), as the last one's first word does.
    Not a plural ("models and data pipelines": models are things of their own) nor a name, nor before a
    singular head, which a noun of its own is as likely to precede ("dropout and weight decay")."""
    last = items[-1].partition(" of ")[0].split() if len(items) > 1 else []  # "value vectors of past tokens"
    if len(last) != 2 or not _MODIFIER.fullmatch(last[0]) or not _MODIFIER.fullmatch(last[1]) or corrected(*tagged(last[0])[0]) in ("DT", "PRP$"):
        return items  # "the door and the walls": an article of its own opens a whole phrase, which shares nothing
    if re.fullmatch(r"[a-z]+[^s]s", last[0]) and "VERB" in readings(last[0]):
        return items  # "moss and takes hours": a verb of the subject's and its object, no head to share
    first = LEADING_ARTICLE.sub("", items[0])  # "the key and value vectors": the article is the whole list's
    words = [first, *items[1:-1]]
    # "rising and falling water", "vanishing and exploding gradients": participles alike, each of the one noun
    participles = all(word.endswith("ing") and corrected(*tagged(word)[0]) == "VBG" for word in [*words, last[0]])
    if not all(_MODIFIER.fullmatch(item) and not _plural(item) and (participles or not names_a_doing(item)) for item in words):
        return items  # "quantization and eviction policies": a doing is a thing of its own
    if not _plural(last[1]) and not participles and not all(_only_describes(item) for item in [*words, last[0]]):
        return items  # "dropout and weight decay"; but "term-based and embedding-based retrieval" share it
    return [f"{item} {last[1]}" for item in words] + items[-1:]


def _only_describes(word: str) -> bool:
    """An adjective or participle that is no noun too ("term-based", "unsupervised"; not "short", "key")."""
    return corrected(*tagged(word)[0]) in ("JJ", "VBN", "VBD") and "NOUN" not in readings(word)


def _plural(word: str) -> bool:
    return singular_noun(word) != word


def sharing_words(items: list[str], text: str) -> list[str]:
    """The items of a list as split from `text`, with the words they share written into each (or two joined as one)."""
    return _sharing_an_of(items, text) if len(items) == 2 else _sharing_a_head(items)


# "embeddings of text", then "images": a phrase that ends on "of" and one word, then one word alone
_ENDS_ON_OF_ONE_WORD = re.compile(r"[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\sof\s[a-z][\w-]*")


def _sharing_an_of(items: list[str], text: str) -> list[str]:
    """ "joint embeddings of text and images", "quantization of weights and activations": one word after "of", then
    "and" and one bare word of the same sort (a noun), is the object of "of" with it; not "maps of tunnels and a spade"
    (an article of its own), "layers of attention and MLP blocks" (a phrase of its own) or a doing ("... and sorting")."""
    first, second = items
    joined = f"{first} and {second}"
    if not _ENDS_ON_OF_ONE_WORD.fullmatch(first) or not _MODIFIER.fullmatch(second) or joined not in text \
            or names_a_doing(second) or corrected(*tagged(second)[0]) not in ("NN", "NNS") \
            or corrected(*tagged(first.split()[-1])[0]) not in ("NN", "NNS"):
        return _sharing_a_head(items)
    return [joined]
