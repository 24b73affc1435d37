"""Citations in parentheses: who wrote what a name stands for ("(Kim et al., 2021)", "(Li & Liang, 2021)")."""

from __future__ import annotations

import re

# "(Kim et al., 2021)", "(Li & Liang, 2021)": the authors, and "et al." or, for two, a year after them
TWO_AUTHORS = r"(?:[A-Z][a-z][\w'-]*,\s+)?[A-Z][a-z][\w'-]*\s+(?:and|&)\s+[A-Z][a-z][\w'-]*"  # "Lee & Park", "Lee, Park & Kim"
_CITATION = re.compile(r"^(?P<authors>[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s+et\s+al\.?)(?:,?\s*\(?\d{4}\)?)?$"
                       rf"|^(?P<two>{TWO_AUTHORS}),?\s+\(?(?:19|20)\d\d\)?$")


_LINK_WORD_LAST = re.compile(r",\s*(?:paper|arxiv|pdf|link|code|blog|github|repo|slides|video)\s*$", re.IGNORECASE)


def cited_authors(inner: str) -> str | None:
    """The authors a parenthesis cites: "Kim et al., 2021", "Li & Liang, 2021"; after a title ("QLoRA: Efficient
    Finetuning of Quantized LLMs, Dettmers et al., 2023") or beside an organisation ("Schick et al., 2023, Meta")."""
    cited = cited_makers(inner)
    return cited[0] if cited else None


def cited_makers(inner: str) -> tuple[str, str | None] | None:
    """The authors a parenthesis cites and the organisation written beside them, after the year ("Schick et al., 2023,
    Meta") or before the authors ("Microsoft, Ma et al. 2024"); the organisation None where there is none."""
    inner = _LINK_WORD_LAST.sub("", inner)  # "(Shinn et al. 2023, [paper](url))": where to read it, no author
    parts = [re.sub(r"^(?:from|at)\s+(?=[A-Z])", "", part.strip()) for part in inner.split(",")]  # "Kim et al., 2021, from Meta": Meta
    if cited := _CITATION.match(inner) or (_CITATION.match(", ".join(parts[-2:])) if len(parts) > 2 else None):
        return _authors(cited), None  # "Kim et al., 2021", "QLoRA: Efficient Finetuning ..., Dettmers et al., 2023"
    dated = 2 + bool(re.fullmatch(r"\(?(?:19|20)\d\d\)?", parts[1])) if len(parts) > 1 else 0  # "Kim et al., 2021, Meta", "Kim et al. 2021, Meta"
    if len(parts) == dated and _ORGANISATION_ALONE.fullmatch(parts[-1]) and (cited := _CITATION.match(", ".join(parts[:-1]))):
        return _authors(cited), parts[-1]  # not "(Kim et al., 2021, on GPT-2)": a finding
    if len(parts) == dated and _A_WORK.fullmatch(parts[-1]) and (cited := _CITATION.match(", ".join(parts[:-1]))):
        return _authors(cited), None  # "(Kim et al. 2021, DenQA-8K)": the authors, then the work they wrote on
    if len(parts) == 2 and _ORGANISATION_ALONE.fullmatch(parts[0]) and (cited := _CITATION.match(parts[1])):
        return _authors(cited), parts[0]
    if len(parts) == 2 and (cited := _CITATION.match(parts[0])) and (dated := _DATED_ORGANISATION.fullmatch(parts[1])):
        return _authors(cited), dated["org"]  # "Kim et al., Zorpco 2021": the organisation, the year its work came out
    if len(parts) > 2 and dated == 3 and parts[2][:1].islower() and (cited := _CITATION.match(", ".join(parts[:2]))):
        return _authors(cited), None  # "Bahdanau et al., 2014, originally used with RNNs": a remark after the year
    if len(parts) > 1 and " et al" in parts[-1] and (cited := _CITATION.match(parts[-1])):
        return _authors(cited), None  # "deep sett sealing, Kim et al. 2021": what a name stands for, then its authors
    return None


def _authors(cited: re.Match[str]) -> str:
    """The authors a citation names, "et al." with its point."""
    return cited["two"] or cited["authors"].rstrip(".") + "."


def without_the_year(text: str) -> str:
    """ "Kim et al. 2021", "Lee & Park (2020)": the authors a citation names, without the year their work came out; any
    other text as it is ("DenNet 2020")."""
    cited = _CITED_YEAR.match(text)
    return cited["authors"] if cited is not None and re.search(r" et al|\s(?:and|&)\s", text) else text


_CITED_YEAR = re.compile(r"^(?P<authors>[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?(?:\s+et\s+al\.?)?)\s*,?\s+\(?(?:19|20)\d\d\)?$")


def written_makers(owner: str) -> list[tuple[str, bool]]:
    """Each maker an owner written after a name holds, and whether it is cited authors: "Ma et al.; Microsoft" (a
    citation and an organisation, kg.ingest.nouns), "Facebook/Meta" (one maker by two names), "Meta"."""
    names = owner.split("; ") if "; " in owner else owner.split("/") if re.fullmatch(r"[A-Z][\w.&-]*/[A-Z][\w.&-]*", owner) else [owner]
    return [(name, name.endswith(" et al.") or re.fullmatch(TWO_AUTHORS, name) is not None) for name in names]


# a sentence, or a definition's last comma-part, that only cites: "Hinton et al. 2015", "Tri Dao et al.",
# "Bozinovski & Fulgosi 1976" (two names need the year: "Johnson & Johnson" is a firm), "Hu et al 2021 (Microsoft)",
# "Hu et al. 2021, Microsoft" (an organisation after the year and a comma)
_ORGANISATION = r"(?![\w&.]*-\d)[A-Z][\w&.-]*(?:\s+(?![\w&.]*-\d)[A-Z][\w&.-]*){0,2}"  # not "DenQA-8K", a version's number: a work
_ORGANISATION_ALONE = re.compile(_ORGANISATION)
_A_WORK = re.compile(r"[A-Z][\w.]*-\d[\w.]*")  # "DenQA-8K", "GPT-2": a name with a version's number
_DATED_ORGANISATION = re.compile(rf"(?P<org>{_ORGANISATION}),?\s+(?:19|20)\d\d")
_YEAR = r"\(?(?:19|20)\d\d\)?"
# "From Kim et al. 2021", "By Kim et al.": the word that says so is no author's name
_CITED_ALONE = re.compile(rf"(?:(?i:from|by|per|via|see)\s+)?(?P<authors>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+et\s+al\.?)(?:,?\s+{_YEAR}(?:,\s+(?P<org3>{_ORGANISATION})\)?)?)?"
                          rf"(?:\s*\((?P<org>{_ORGANISATION})\))?|(?P<two>{TWO_AUTHORS}),?\s+{_YEAR}(?:,\s+(?P<org4>{_ORGANISATION})\)?)?(?:\s*\((?P<org2>{_ORGANISATION})\))?")
_CITED_LAST = re.compile(rf"[,;]\s+(?P<cited>{_CITED_ALONE.pattern})\s*\.?$")  # after a comma or a semicolon


# a sentence that credits what it is about, with no subject: "Term coined in Lewis et al. 2020 (FAIR), but ...",
# "Introduced by Kim et al. 2019", "First proposed in Lee et al. (2018) at Burrowlabs.", "The term comes from Lewis et al. (2020)"
_CREDITED = re.compile(r"(?:(?:the\s+)?(?:term|name|idea)\s+(?:was\s+)?|(?:it\s+)?was\s+)?(?:first\s+|originally\s+)?"
                       r"(?:(?:coined|introduced|proposed|described)\s+(?:in|by)|(?<=(?:term|name)\s)(?:comes|came)\s+from)\s+(?:the\s+)?"
                       rf"(?P<cited>{_CITED_ALONE.pattern})(?:\s+at\s+(?P<at>{_ORGANISATION}))?(?=\s*$|\s*[.,;(]|\s+(?:paper|and|but|as)\b)",
                       re.IGNORECASE)


def credited(sentence: str) -> list[str]:
    """Who a sentence that only cites, or credits what it speaks of with no subject of its own, names: the
    authors, and an organisation after them."""
    if (found := _CREDITED.match(sentence.strip())) is not None and found["two"] is None:  # "by Kim and Lee": each (kg.ingest.phrases)
        cited = re.sub(r",\s+from\s+(?=[A-Z])", ", ", found["cited"])  # "Lewis et al. (2020), from FAIR": their organisation
        return [*citation_alone(cited), *([found["at"].rstrip(".")] if found["at"] else [])]
    if (closing := _CITED_LAST.search(sentence)) is not None and closing.group().startswith(";"):  # "... warm; Kim et al. 2015.": its source
        return citation_alone(closing["cited"])
    return citation_alone(sentence)


def citation_alone(sentence: str) -> list[str]:
    """Who a sentence that is only a citation names: the authors, and an organisation after them."""
    found = _CITED_ALONE.fullmatch(sentence.strip().rstrip(".").strip())
    if found is None:
        return []
    return [_authors(found), *filter(None, (found["org"], found["org2"], found["org3"], found["org4"]))]


# a definition that opens on its source, then says more after a comma: 'Lee et al. (2022), "root upcycling". ...'
_CITED_FIRST = re.compile(rf"(?P<cited>{_CITED_ALONE.pattern}),\s+(?P<rest>\S.*)")
_QUOTED_ALONE = re.compile(r"[\"“'‘][^\"”'’]+[\"”'’]\s*\.?")


def opening_citation(sentence: str) -> tuple[list[str], str] | None:
    """A definition that opens on its source before a comma: who it names, and what follows ("" for a name in quotes
    alone, which the authors gave the term and says nothing of it)."""
    found = _CITED_FIRST.fullmatch(sentence.strip())
    if found is None or not (cited := citation_alone(found["cited"])):
        return None
    return cited, "" if _QUOTED_ALONE.fullmatch(found["rest"].strip()) else found["rest"]


def closing_citation(sentence: str) -> tuple[str, list[str]] | None:
    """A definition that ends on its source after a comma ("low-rank adaptation, Hu et al 2021 (Microsoft)"):
    the definition before it, and who it names."""
    found = _CITED_LAST.search(sentence)
    if found is not None and sentence.count("(", 0, found.start()) > sentence.count(")", 0, found.start()):
        return None  # "... by 2030 (Patel, Nishball & Lee, 2024).": the last authors of a parenthesis that cites three, no definition's
    return (sentence[: found.start()], citation_alone(found["cited"])) if found is not None else None
