"""A glossary's pointers from the entry being read: "See also: LoRA, QLoRA.", "Related: QLoRA", "Not to be
confused with ROUGE." Knows the words of a pointer only; the names come from kg.ingest.name_lists."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.claims import Claim, Reading
from kg.ingest.name_lists import names_only
from kg.ingest.subjects import CURRENT

# "See also: LoRA", "Related: QLoRA", "Not to be confused with ROUGE", "contrast with hard prompts": a glossary's pointers from the
# entry (read as written: "also" stays)
_POINTER = re.compile(r"^(?P<kind>see(?:\s+also|\s*(?=:))|related(?=\s*:)|cf\.|(?:compare|contrast)(?:\s+(?:with|w/|to)|\s*(?=:))|as\s+opposed\s+to"
                      r"|not\s+to\s+be\s+confused\s+with)\s*:?\s+"
                      r"(?P<items>[^:;]{1,120})$", re.IGNORECASE)


def read_pointer(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "See also: LoRA, QLoRA." relates the entry to each name; "Not to be confused with ROUGE."
    contrasts it with the name. Only a sentence that is the pointer and its names."""
    found = _POINTER.match(text.strip().rstrip("."))
    items = names_only(found["items"], protected) if found is not None else None
    items = [item for item in items or () if not clauses.names_a_claim(item.label)]  # "Links: [[Benchmarks saturate]]": a claim's note
    if not items:
        return False
    relation = "relatedTo" if found["kind"].lower().startswith(("see", "cf", "related")) else "contrastsWith"  # type: ignore[index]
    reading.claims.extend(Claim(CURRENT, relation, item, found.start("items")) for item in items)  # type: ignore[union-attr]
    return True
