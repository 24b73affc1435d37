"""A definition that is no sentence but a noun phrase, read as one of a kind: "Ensemble methods
that combine predictions." and "Library made by Contoso for ..." say what "An ensemble method that
..." and "A library made by ..." do. Knows English wording only."""

from __future__ import annotations

from kg.ingest import tagger
from kg.ingest.singular import singular_phrase


def plural_fragment(sentence: str) -> str | None:
    """ "Ensemble methods that combine predictions.", "Advanced ensemble methods (...)": a plural noun
    phrase alone, or before "that", "which" or a parenthesis, as one of them ("a ensemble method that
    ..."); None for "Models are ...", "Trains models on ...", for an opening participle: "Introducing
    new open models", "Penalized large errors" say what something does, and for a plural before the
    last noun: "splits operators" is a verb and its object (no plural stands inside a noun phrase)."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(sentence)]
    words = 0
    while words < len(tagged) and tagged[words][1] in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN"):
        words += 1
    after = tagged[words][0].lower() if words < len(tagged) else "."
    written = sentence.split(maxsplit=words)
    if not (0 < words <= 5 and tagged[words - 1][1] == "NNS" and after in ("that", "which", "(", ".", ";")) \
            or tagged[0][1] in ("VBG", "VBN") or any(tag_ == "NNS" for _w, tag_ in tagged[: words - 1]) \
            or [w for w, _t in tagged[:words]] != [w.strip(".;") for w in written[:words]]:
        return None
    rest = written[words] if len(written) > words else ""
    if after == "(" and rest.partition(")")[2].lstrip().startswith(","):
        return None  # "format failures (like invalid JSON), factual consistency, ...": the first of a list
    phrase = " ".join(written[:words]).rstrip(".;")
    return f"a {singular_phrase(_opening_lowered(phrase))} {rest}".rstrip()


def bare_fragment(sentence: str) -> str | None:
    """ "Library made by Contoso for ...", "Free course that covers PCA": a common noun with no article,
    then a participle and its preposition or "that"/"which", is one of a kind ("a library made by ...");
    None otherwise ("Attention weights tokens", "Library of Congress")."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(sentence)[:6]]
    words = 0
    def common(word: str, tag_: str) -> bool:  # "Library" is a noun to the dictionary; "Contoso" is a name
        return tag_ == "JJ" or (tag_ in ("NN", "NNP") and "NOUN" in tagger.readings(word.lower()))

    while words < min(len(tagged), 4) and common(*tagged[words]):
        words += 1
    if not (0 < words < len(tagged) - 1 and tagged[words - 1][1] in ("NN", "NNP") and (tagged[words][0].lower() in ("that", "which")
            or tagged[words][1] == "VBN" and tagged[words + 1][0].lower() in ("by", "for", "on", "in", "to", "with", "from"))):
        return None
    return f"a {_opening_lowered(sentence)}"


def _opening_lowered(text: str) -> str:
    """ "Library made by ..." -> "library made by ...": a capital for the sentence's start only; "AI
    agent framework" keeps its acronym."""
    first, space, rest = text.partition(" ")
    return (first.lower() if first[1:].islower() or len(first) == 1 else first) + space + rest
