"""Words that show a phrase to be part of a clause rather than a name: a participle and its preposition
after a noun ("tools mentioned for digging"), an adverb that says how a thing is done ("training directly in
low precision"), a doing and what it counts ("spanning 38 categories"). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest.tagger import corrected, past_participle, readings, reads_as_plural_noun, tagged
from kg.labels import as_term

_PLACING = frozenset({"in", "on", "at", "by", "for", "from", "with", "into", "under", "over", "through", "across", "during"})
_PLACING_WORD = re.compile(rf"\s(?:{'|'.join(sorted(_PLACING))})\s")
_PLURAL_THAT = re.compile(r"(?P<plural>(?:[\w-]+\s+){0,2}[\w-]*[a-z]s)\s+(?:that|which|who)\s+\S")  # "den tools that store moss"


def without_reduced_relative(text: str) -> str:
    """ "tools mentioned for digging" -> "tools", "loose dirt left in open tunnels" -> "loose dirt", "models trained
    to dig" -> "models": a participle and its preposition or infinitive after a noun say which ones (a relative clause
    without "that"), no part of the name; so does a clause with "that" after a plural ("dens that store moss")."""
    if (relative := _PLURAL_THAT.match(text)) is not None:
        return relative["plural"]  # "dens that store moss" -> "dens": the clause says which
    words = text.split()
    if (_PLACING_WORD.search(text) or " to " in text) and len(tags := [(w, corrected(w, t)) for w, t in tagged(text)]) == len(words):
        for index in range(1, len(words) - 1):
            after = words[index + 2] if words[index + 1].endswith("ly") and index + 2 < len(words) else words[index + 1]  # "trained specifically to"
            if tags[index][1] == "VBN" and words[index].isalpha() and tags[index - 1][1] in ("NN", "NNS", "NNPS") and (after in _PLACING or after == "to"):
                return " ".join(words[:index])
    for index in range(1, len(words) - 1):
        if _doing_to_an_object(words[index - 1], words[index], words[index + 1]):
            return " ".join(words[:index])  # "an intermediate layer giving one unified interface" -> "an intermediate layer"
        if words[index] in _QUANTIFIERS and tagged(words[index - 1])[0][1] in ("NN", "NNS"):
            return " ".join(words[:index])  # "the den architecture most badger families (are built on)": a clause of its own
    return text


_QUANTIFIERS = frozenset({"most", "many", "all", "some", "every", "each", "few"})  # in small letters: not "Most Valuable Player"


def _doing_to_an_object(before: str, word: str, after: str) -> bool:
    """ "layer giving one interface", "den holding the moss": a verb's -ing form after a noun, then its object after
    an article, a number or an owner; not "model building tool", "CoT prompting approach", a compound's words."""
    if not word.endswith("ing") or not word.isalpha() or not word.islower() or tagged(before)[0][1] not in ("NN", "NNS"):
        return False
    return tagged(after)[0][1] in ("DT", "CD", "PRP$")


def _past_of_another_verb(word: str) -> bool:
    """ "left" (leave), "given" (give): a past participle unlike its verb, whatever noun it also is."""
    return past_participle(word) == word and word not in readings(word).get("VERB", ()) and not reads_as_plural_noun(word)


def without_postmodifier(text: str) -> str:
    """ "external vector store accessible", "an encoder built": an adjective or participle after the noun
    began a phrase the cut left half ("accessible through ...", "built on top of ..."); "data set" stays."""
    text = without_reduced_relative(text)
    words = text.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower() \
            or ("NOUN" in readings(words[-1]) and not _past_of_another_verb(words[-1])):
        return text  # "data set", "test run" stay; "payload left", "the case given" end on a participle
    tags = [corrected(w, t) for w, t in tagged(" ".join(words[-2:]))]
    return " ".join(words[:-1]) if tags[-1] in ("JJ", "VBN", "VBD") and tags[-2] in ("NN", "NNS") else text


def says_how(text: str) -> bool:
    """ "training directly in low precision", "claws differently so mole demos": an adverb after a noun or a doing says
    how something is done, a clause's words; not one before an adjective or a participle ("models fully supervised")."""
    words = text.split()
    return any(word.endswith("ly") and set(readings(word.lower())) == {"ADV"} and tagged(f"{before} {word}")[0][1] in ("NN", "NNS", "VBG")
               and tagged(f"{word} {after}")[1][1] not in ("JJ", "VBN", "VBD", "VBG")  # "fully supervised": how much, of a thing
               for before, word, after in zip(words, words[1:-1], words[2:]))


def counts_by_a_doing(text: str) -> bool:
    """ "spanning 38 categories", "averaging 3.5 bits per weight": a verb's -ing form (one the dictionary knows as
    a verb only) before a number or an article, a doing and what it counts, no thing."""
    words = text.split()
    return len(words) > 1 and words[0].lower().endswith("ing") and (words[1][:1].isdecimal() or words[1].lower() in {"a", "an", "the"}) \
        and set(readings(words[0].lower())) == {"VERB"}


_DOING_THEN_HOW = re.compile(r"[a-z]+ing\s+(?:on|with|for|in|of|by|using|via|from|to|over)\s", re.IGNORECASE)  # "digging on ..."


def the_doing_it_ends_on(sentence: str, term: str) -> bool:
    """Whether a definition opens on the doing its term ends on, then says how ("sealing with clay" after "**Deep
    Sealing:**", "digging on soil pairs" after "**Root Digging (RD):**"): the term is a kind of that doing."""
    words = as_term(re.sub(r"\s*\([^()]*\)", "", term)).split()
    return len(words) > 1 and words[-1].lower().endswith("ing") and _DOING_THEN_HOW.match(sentence.strip()) is not None \
        and sentence.strip().split()[0].lower() == words[-1].lower()
