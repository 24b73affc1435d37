"""A concept card written from a template: a heading that names one concept ("## LoRA", "## Concept:
KV cache") over items that each open with a label of the template ("- **Definition**: ...", "- **Used
for**: ...", "- **Related**: [[QLoRA]]"). Each item is said of the heading's concept: the definition
is what it is, a label that names a relation ("Used for", "Measures", "Made by", "Examples") says that
relation, "Related" or "See also" points to what it relates to, and a label that names none ("Why it
matters", "Source", "Trade-off") is read as nothing, where it would have made its label a concept.
Knows Markdown's shape and English labels only."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.heading_classes import heading_named
from kg.ingest.markdown import Link, Paragraph
from kg.ingest.relations import column_relation
from kg.ingest.terms import POINTER
from kg.labels import as_term

_DEFINING = frozenset({"definition", "def", "defined as", "what", "what it is", "meaning", "description", "in short", "tl;dr"})
# the relation a label names, said of the heading's concept as a sentence the phrases read
_SAID = {"usedFor": "is used for", "uses": "uses", "measures": "measures", "evaluates": "evaluates", "measuredBy": "is measured by",
         "evaluatedBy": "is evaluated on", "developedBy": "is developed by", "createdBy": "is created by", "suffersFrom": "suffers from",
         "contains": "consists of", "includes": "includes", "produces": "produces", "trainedOn": "is trained on"}


def read_templates(paragraphs: list[Paragraph]) -> None:
    """Items right under a heading that names a concept, each a label and a colon, one of them its
    definition: each rewritten as what it says of the concept, the concept its term."""
    for under in _blocks(paragraphs):
        named = heading_named(under[0].headings[-1])
        labels = [as_term(item.term or "").lower() for item in under]
        if named is None or len(under) < 2 or not any(label in _DEFINING for label in labels):
            continue
        for item, label in zip(under, labels):
            said = _said(label, text := item.text.strip())
            shift = said.find(text) - (len(item.text) - len(item.text.lstrip())) if said and text else 0
            item.term, item.text = (named, said) if said else (None, "")
            item.links, item.wikilinks = (_shifted(item.links, shift), _shifted(item.wikilinks, shift)) if said else ((), ())


def _shifted(links: tuple[Link, ...], by: int) -> tuple[Link, ...]:
    """Links where their words now stand, after `by` characters were put before the text they were in."""
    return tuple(replace(link, start=link.start + by, end=link.end + by) for link in links)


def _blocks(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """Runs of top-level items that open with a term and a colon, each run under one heading."""
    blocks: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        labelled = paragraph.item is not None and not paragraph.parents and paragraph.term and paragraph.has_colon and paragraph.headings
        if not labelled:
            if paragraph.item is None or not paragraph.parents:
                blocks.append([])  # prose or an item of another kind ends the run; what is nested under an item does not
            continue
        if blocks and blocks[-1] and blocks[-1][-1].headings == paragraph.headings:
            blocks[-1].append(paragraph)
        else:
            blocks.append([paragraph])
    return [block for block in blocks if block]


def _said(label: str, text: str) -> str:
    """What an item of the template says of the concept, as a sentence of its entry; "" for nothing."""
    if label in _DEFINING:
        return text
    if POINTER.fullmatch(f"{label}:"):
        return f"{label}: {text}"  # "Related: [[QLoRA]], [[PEFT]]"
    relation = column_relation(label)
    if relation == "hasExample":
        return f"e.g. {text}"
    if relation in _SAID and text:
        first = text.split()[0]
        lowered = first.lower() if first[1:].islower() else first  # "Detecting data contamination" inside a sentence
        return f"It {_SAID[relation]} {lowered}{text[len(first):]}"
    return ""
