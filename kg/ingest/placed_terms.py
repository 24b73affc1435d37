"""Terms a paragraph opens with that its place gives it, not bold or a list item's colon: the name
a heading gives ("## Burrow radar" / "- a.k.a. GPR: ..."; "### Dropout" / "A regularization
technique that ..."), an example under an entry ("  - e.g. Wombat Lodge: ..."), and a glossary
line of its own ("LoRA: a parameter-efficient method."). Each sets the paragraph's term and text."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.definitions import indefinite_fragment
from kg.ingest.entries import INDEFINITE, Entry
from kg.ingest.fragments import bare_fragment, doing_fragment
from kg.ingest.lexicon import Record
from kg.ingest.heading_classes import heading_named
from kg.ingest.markdown import Paragraph
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.categories import kinds_named
from kg.ingest.remarks import is_remark
from kg.ingest.sentences import sentences
from kg.ingest.tagger import names_a_concept
from kg.ingest.terms import set_off_term
from kg.ingest.vault import names_the_notes
from kg.labels import clean, looks_like_name

_KNOWN_AS = re.compile(r"^(?:a\.?k\.?a\.?|also (?:called|known as))\s+(?P<names>[^:;.()]{2,80}?)\s*(?:(?::|\s[-–—]+)\s+(?P<rest>.*))?$", re.IGNORECASE | re.DOTALL)


def _known_as_opening(text: str) -> tuple[list[str], str] | None:
    """ "a.k.a. AI judge / LLM-as-a-judge: use a model to ..." right under a heading: other names of
    what the heading names, and what follows the colon, said of it; None for any other text."""
    found = _KNOWN_AS.match(clean(text).strip())
    if found is None:
        return None
    names = [n.strip(" *_") for n in re.split(r"\s*/\s*|,\s*|\s+or\s+", found["names"])]
    if not names or not all(n and keep(noun_phrase(n)) and len(n.split()) <= 5 for n in names):
        return None
    return names, found["rest"] or ""


def known_as(paragraph: Paragraph, in_entry: bool) -> list[str] | None:
    """ "## Burrow radar" / "- a.k.a. **ground radar** / **GPR**: uses radio waves": the other names of
    what the heading names, which the paragraph then speaks of as its term; None elsewhere."""
    if in_entry or paragraph.parents or not paragraph.headings or (known := _known_as_opening(paragraph.text)) is None \
            or (named := heading_named(paragraph.headings[-1])) is None:
        return None
    paragraph.term, paragraph.text, paragraph.has_colon = named, known[1], True
    return known[0]


def also_known(paragraph: Paragraph) -> list[str] | None:
    """ "**Model distillation** — aka knowledge distillation: a small student model ...": the term's other
    names, and what follows them its definition; None elsewhere."""
    if (known := _known_as_opening(paragraph.text)) is None:
        return None
    paragraph.text = known[1]
    paragraph.has_colon = paragraph.has_colon or bool(known[1])  # "**Moss sealing** aka mossing: seal with moss": what the term is, set off
    return known[0]


def glossary_line(paragraph: Paragraph) -> re.Match[str] | None:
    """ "LoRA: a parameter-efficient finetuning method." as a paragraph of its own: a term, as in a list
    item, when what follows is no sentence of its own but what a glossary says a term is: a noun phrase
    with an article, a doing ("Data augmentation: creating new data from ...") or what a question word
    opens ("Data coverage: how well the data covers ..."); not "Note: a model can ...", "Update: the
    model now uses X"."""
    found = set_off_term(paragraph.text) if paragraph.item is None else None
    first = sentences(paragraph.text[found.end():])[:1] if found else []
    said = first[0][1].split(";")[0].strip() if first else ""  # "a risk of X; the student copies ...": its first part
    if not said or "://" in said or is_remark(found["term"]) or not (  # "github: https://...": an address
            (INDEFINITE.match(said) and indefinite_fragment(said, set())) or (_GLOSSED.match(said) and len(said.split()) > 2)
            or bare_fragment(said) or doing_fragment(said) is not None
            or _described(said.split(",")[0])  # "similarity in meaning, computed ..."
            or (clauses.opens_on_what_it_does(said) and not clauses.is_base_verb(found["term"]))):  # "masked LM - predicts tokens" (not "Update: adds moss")
        return None
    return found


def _described(said: str) -> bool:
    """ "similarity in meaning": a noun and what narrows it, in lower case, no verb or instruction ("use
    clay") and more than a caption's words ("Table: tuning techniques")."""
    return said[:1].islower() and len(said.split()) > 2 and not clauses.has_finite_verb(said) and not clauses.imperative(said)


# "creating new data from ...", "how well the data covers ...": a glossary's definition, no sentence
_GLOSSED = re.compile(r"(?:[a-z]+ing\s+(?!(?:is|are|was|were|can|will|has|have)\b)[a-z]|(?:how|when|whether|what)\s)")


def heading_defined(paragraph: Paragraph) -> str | None:
    """ "### Dropout" / "A regularization technique that ...": a heading's first paragraph that opens
    with a noun phrase and no subject of its own (as a term's definition does) says what the heading
    names; it becomes the paragraph's term. So does a first item or line that opens with "= " ("- = judgment
    w/o ambiguity"). Not under "## Types of X", nor a heading that names nothing or the notes
    themselves ("# Notes on burrows")."""
    first = sentences(paragraph.text)[:1]
    named = heading_named(paragraph.headings[-1])
    equated = paragraph.text.startswith("= ")  # "## Exact evaluation" / "- = judgment w/o ambiguity", or a line "= A + B"
    if (paragraph.item is not None and not equated) or paragraph.parents or not first or named is None \
            or kinds_named(paragraph.headings[-1].title) or names_the_notes(paragraph.headings[-1].title) \
            or not (equated or INDEFINITE.match(first[0][1]) and indefinite_fragment(first[0][1], set()) or bare_fragment(first[0][1])
                    or doing_fragment(first[0][1]) is not None):
        return None
    paragraph.term, paragraph.has_colon = named, True
    paragraph.text = paragraph.text[2:] if equated else paragraph.text
    return named


# "e.g. Wombat Lodge: dug by Kim", "e.g. SelfDig (Kim et al., 2023)": one name, then what it is or who made it, or nothing
_EXAMPLE_OPENING = re.compile(r"^(?:e\.g\.|eg\.?|for example|ex\.)[,:]?\s+(?P<name>[^\s:,;()](?:[^:,;()]{0,58}?[^\s:,;()])?)(?:\s*(?P<aside>\([^()]{1,60}\)))?"
                              r"(?:\s*:\s+(?P<rest>\S.*)|\.?)$",
                              re.IGNORECASE | re.DOTALL)


def example_of(paragraph: Paragraph, stack: list[Entry]) -> Record | None:
    """ "- **deep burrow**: ..." / "  - e.g. Wombat Lodge: dug by Kim, uses clay": an example of the entry
    above, which the item is about (or of a note's concept, not nested: an Obsidian "> [!example] Title" callout is
    read so); None for any other item."""
    found = _EXAMPLE_OPENING.match(paragraph.text.strip())
    above = [entry for entry in stack if entry.depth < paragraph.depth]
    nested = bool(paragraph.parents) and bool(above) and above[-1].depth == paragraph.depth - 1
    of_the_note = not paragraph.parents and bool(stack) and stack[0].note  # "Agent.md" / "> [!example] SWE-agent" / "> ..."
    if found is None or not (nested or of_the_note) or not names_a_concept(found["name"]) \
            or (found["rest"] is None and not looks_like_name(found["name"])):  # "  - e.g. digging twice": a doing, no name
        return None
    said = f": {found['rest']}" if found["rest"] is not None else ""  # "e.g. Mixtral (Mistral): ...": the maker beside the term, then what it is
    paragraph.term, paragraph.text, paragraph.has_colon = found["name"].strip(" *_"), f"{found['aside'] or ''}{said}".lstrip(": "), \
        found["rest"] is not None and not found["aside"]  # the aside's reader finds the colon after it (kg.ingest.makers)
    return (above[-1] if nested else stack[0]).records[0]
