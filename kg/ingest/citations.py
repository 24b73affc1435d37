"""Citations in parentheses: who wrote what a name stands for ("(Kim et al., 2021)", "(Li & Liang, 2021)")."""

from __future__ import annotations

import re

# "(Kim et al., 2021)", "(Li & Liang, 2021)": the authors, and "et al." or, for two, a year after them
TWO_AUTHORS = r"[A-Z][a-z][\w'-]*\s+(?:and|&)\s+[A-Z][a-z][\w'-]*"
_CITATION = re.compile(r"^(?P<authors>[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s+et\s+al\.?)(?:,?\s*\(?\d{4}\)?)?$"
                       rf"|^(?P<two>{TWO_AUTHORS}),?\s+\(?(?:19|20)\d\d\)?$")


def cited_authors(inner: str) -> str | None:
    """The authors a parenthesis cites: "Kim et al., 2021", "Li & Liang, 2021"; after a title ("QLoRA: Efficient
    Finetuning of Quantized LLMs, Dettmers et al., 2023") or before an organisation ("Schick et al., 2023, Meta")."""
    parts = inner.split(",")
    organisation = len(parts) == 3 and re.fullmatch(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}", parts[2].strip()) is not None
    cited = _CITATION.match(inner) or (_CITATION.match(",".join(parts[-2:]).strip()) if len(parts) > 2 else None) \
        or (_CITATION.match(",".join(parts[:2]).strip()) if organisation else None)  # not "(Kim et al., 2021, on GPT-2)": a finding
    return (cited["two"] or cited["authors"].rstrip(".") + ".") if cited else None
