"""A doing done with named tools, said as a gerund or a doing's noun: "Digging dens with SpadeKit",
"Quantization with DenQ and llama.cpp", "Fine-tuning with Axolotl". Each name is used for the doing; the
doing is no concept that uses them. An instruction ("Dig setts using SpadeKit") says what the thing being
read does, and is left to it. Knows English word classes only."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.name_lists import a_name, a_name_by_its_words, names_only
from kg.ingest.nouns import Phrase, is_action, keep, names_a_doing, noun_phrase

_DONE_WITH = frozenset({"with", "using"})
_THEN_WHERE = frozenset({"in", "on", "at", "for", "to", "from", "via"})  # "in one click", "on a free GPU": where or how, after the names


def tools_for_a_doing(text: str) -> tuple[list[Phrase], str] | None:
    """The names a doing is done with, and the doing as a purpose is said ("for digging dens", "for quantization"); None
    where what comes before "with" is no doing ("Wombats dig setts with X": someone's act; "RAG with tabular data": no
    name after it). Read word by word: a pattern with a lazy run on each side of "with" would backtrack on long text."""
    text = text.strip().rstrip(".")
    if re.search(r"[,;:()]", text):
        return None
    words = text.split()
    at = next((i for i, word in enumerate(words) if word.lower() in _DONE_WITH), None)
    if not at:
        return None
    end = next((i for i in range(at + 1, len(words)) if words[i].lower() in _THEN_WHERE), len(words))
    named = names_only(" ".join(words[at + 1:end])) if end > at + 1 else None
    if not named or not all(a_name(name) and (a_name_by_its_words(name.label, True) or "." in name.label) for name in named):
        return None  # "llama.cpp", "Stanford CoreNLP"; not "Gradient Descent", words of the dictionary capitalised
    done = _the_doing(" ".join(words[:at]))
    return (named, done) if done is not None else None


def _the_doing(text: str) -> str | None:
    """ "Digging dens" -> "for digging dens"; "Quantization", "model merging": a doing's noun, "for quantization"."""
    verb = text.split()[0]
    if len(text.split()) > 4 or clauses.has_finite_verb(text):
        return None  # "Combining X and tools has shown to be ...": a sentence of its own, not a doing named
    if clauses.imperative(text) and not verb.lower().endswith("ing") and not clauses.noun_before_noun(text):
        return None  # "Dig setts using X": what the thing being read does; not "Fine-tuning", "Model merging": doings named
    text = text[0].lower() + text[1:] if re.fullmatch(r"[A-Z][a-z-]+", verb) else text  # "Digging", "Quantization": a capital for the place
    phrase = noun_phrase(text)
    # "quantization", "model merging"; not "Experiment with X", an instruction to use it
    named = len(text.split()) <= 3 and names_a_doing(text) and not (" " not in text and not text.endswith("ing") and clauses.is_base_verb(text)) \
        and keep(phrase) and not phrase.is_name
    return f"for {text}" if is_action(text) or named else None
