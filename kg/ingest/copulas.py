"""What "are" says of a plural subject: "Outliers are data points that ...", "Task arithmetic, TIES
and DARE are model merging techniques"; and the words for kinds that make a list their members
("Key methods include ..."). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.hearst import KIND_HEADS
from kg.ingest.lists import cut, split
from kg.ingest.nouns import POSSESSIVES, PRONOUNS, QUANTITY, Phrase, keep, noun_phrase
from kg.ingest.subjects import without_opening

_ARE = re.compile(r"\sare\s")


def plural_copula(clause: str, matches: list[re.Match[str]], protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(subject, kind, offset): "Outliers are data points that ...", "Biases are systematic errors": a
    plural subject, its verb "are" and a plural noun phrase say what the subject is. Only as the
    clause's first verb, and where no relation phrase starts at "are" ("are used for" is read as itself)."""
    if not _ARE.search(clause):
        return []  # no "are" anywhere: the tagger need not find the subject
    opened = without_opening(clause.strip())
    subject_text = clauses.before_verb(opened)
    rest = opened[len(subject_text):]
    copula = re.match(r"\s+are\s+", rest)
    if not copula or not subject_text or any(m.start() <= clause.find(rest) + copula.end() for m in matches):
        return []
    written = cut(rest[copula.end():], protected)
    # "A and B are X": each is, when all are names or X a word for kinds ("model merging techniques");
    # "inputs and outputs are sequences of tokens": neither is a kind of token
    joined = [noun_phrase(item) for item in split(subject_text, protected)] if re.search(r"\s(?:and|or)\s", subject_text) else []
    if (joined and not (len(joined) > 1 and (all(j.is_name for j in joined) or names_kinds(written)))) or QUANTITY.match(written):
        return []
    if written.split()[:1] and written.split()[0].lower() in POSSESSIVES:
        return []  # "L2 and L1 are its usual forms": forms of what was said before
    written = written.split(" of ", 1)[0]  # "Embeddings are dense vector representations of features"
    kind = noun_phrase(written)
    plural = tagger.singular_phrase(written.strip()) != written.strip()  # "data points", "cross-encoders"
    subjects = [s for s in joined or [noun_phrase(subject_text)] if keep(s) and s.label.lower() not in PRONOUNS]
    if not plural or not keep(kind) or len(subjects) != len(joined or [subject_text]):
        return []
    return [(subject, kind, clause.find(rest)) for subject in subjects]


def names_kinds(before: str) -> bool:
    """ "Key methods", "Popular techniques": a word for kinds of something, the subject of "include"."""
    words = before.split()
    return bool(words) and tagger.singular_noun(words[-1].lower()) in KIND_HEADS
