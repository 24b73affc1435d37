"""A list that maps names to their makers with arrows: "- TPU -> Google", "- MTIA -> Meta", "- Trainium + Inferentia ->
AWS". Two items or more of one list in that shape, each a name (or names) and one organisation alone after the arrow,
are read as "TPU (Google)" is: made by it. One such item alone may say what a thing leads to ("BERT -> Claude"), and
is left as it is. Knows the shape of a list's items only."""

from __future__ import annotations

import itertools
import re

from kg.ingest.makers import an_organisation
from kg.ingest.markdown import Paragraph
from kg.ingest.marks import ARROW

_NAME = r"[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?"  # "TPU", "AWS Trainium", "MI300X"
# one organisation: a capitalised word, an acronym, or a word and what labs call themselves ("Zorp Labs", "Google Brain")
_ORGANISATION = r"[A-Z][a-z]+|[A-Z]{2,6}|[A-Z][a-z]+\s(?:Labs|AI|Research|Brain|Inc\.?|Systems)"
# after the maker, an aside on the names ("(Inferentia = the inference one)"), left out, or a clause of its own ("; Cerebras does ...")
_MAPPED = re.compile(rf"(?P<names>{_NAME}(?:\s*(?:\+|,|\sand\s)\s*{_NAME})*)\s*{ARROW}\s*(?P<maker>{_ORGANISATION})\s*(?:\([^()]*\)\s*)?(?:;\s+(?P<then>.+?))?\.?")


def as_parenthesised(paragraphs: list[Paragraph]) -> None:
    """Each item of such a list, rewritten as its names, each with its maker in parentheses ("Trainium (AWS), Inferentia
    (AWS)"), when two items or more of the list (same headings, same parents, same depth) are in that shape."""
    items = [p for p in paragraphs if p.item is not None and p.term is None and not p.links and not p.wikilinks and "\n" not in p.text]
    for _list, siblings in itertools.groupby(items, key=lambda p: (p.headings, p.parents, p.depth)):
        mapped = [(p, found) for p in siblings if (found := _MAPPED.fullmatch(p.text.strip())) is not None and (" " in found["maker"] or an_organisation(found["maker"]))]
        if len(mapped) < 2:
            continue
        for paragraph, found in mapped:
            names = re.split(r"\s*(?:\+|,|\sand\s)\s*", found["names"])
            paragraph.text = ", ".join(f"{name.strip()} ({found['maker']})" for name in names) + (f". {found['then']}" if found["then"] else "")
