"""Choosing each concept's class from the hints reading left: head words, what it is a kind of,
the category it was listed under, and the domains and ranges of its relations."""

from __future__ import annotations

import re
from functools import cache

from kg.schema import vocab
from kg.labels import fold, singular
from kg.ingest.lexicon import Record, Statement

# Hint priorities: the lowest present wins.
EXPLICIT, HEADWORD, DEFINED_AS, CATEGORY, DOMAIN_RANGE, NAME_SHAPE = range(6)


@cache
def _headwords() -> dict[str, str]:
    return {word: cls.name for cls in vocab.classes().values() for word in cls.headwords}


def class_of_word(word: str) -> str | None:
    """The class a head word suggests: "libraries" -> Tool, "Books" -> Book."""
    table = _headwords()
    folded = fold(word)
    return table.get(folded) or table.get(singular(folded))


def headword(label: str) -> str:
    """The noun a label is about: "University of Oxford" -> "university", "JavaScript AI library" -> "library"."""
    words = fold(label).split()
    if not words:
        return ""
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1]


def class_of_label(label: str) -> str | None:
    return class_of_word(headword(label))


def class_as_kind_of(label: str, is_name: bool) -> str | None:
    """The class of a thing said to be a `label` ("GPT-4 is a model"): a named one of a model type is a Model."""
    parent = class_of_label(label)
    return "Model" if parent == "ModelType" and is_name else parent


_VERSIONED_NAME = re.compile(r"[A-Za-z][\w.]*-\d[\w.]*")
_PROCESS_DEFINITION = re.compile(r"\b(?:(?:refers to|is) the (?:process|practice) of|refers to [a-z]+ing)\b")


def choose_classes(records: list[Record], statements: list[Statement]) -> dict[Record, str]:
    """Every record's class; records with no hint are plain Concepts."""
    for record in records:
        for label in record.labels():
            record.hint(HEADWORD, class_of_label(label))
        if record.definition and _PROCESS_DEFINITION.search(" ".join(record.definition)):
            record.hint(DEFINED_AS, "Practice")
        if _VERSIONED_NAME.fullmatch(record.label):  # GPT-4, Llama-3
            record.hint(NAME_SHAPE, "Model")
    relations = vocab.relations()
    # each statement's records found once: the passes below would follow each merge chain four times
    related = [(statement.relation, statement.subject.final(), statement.object.final()) for statement in statements]
    for name, subject, obj in related:
        relation = relations[name]
        subject.hint(DOMAIN_RANGE, relation.domain)
        obj.hint(DOMAIN_RANGE, relation.range)
        if name == "isA":
            subject.hint(DEFINED_AS, class_as_kind_of(obj.label, subject.is_name))
    chosen = {record: _best(record) for record in records}
    kinds = [(name, subject, obj) for name, subject, obj in related if name in ("isA", "includes")]  # all the passes read
    for _ in range(3):  # a kind of an Architecture is an Architecture; a named kind of a ModelType is a Model
        for name, subject, obj in kinds:
            if name == "isA" and chosen.get(subject) == "Concept" and chosen.get(obj, "Concept") != "Concept":
                parent = chosen[obj]
                chosen[subject] = "Model" if parent == "ModelType" and subject.is_name else parent
            if name == "includes" and chosen.get(subject) == "Practice" and chosen.get(obj) == "Concept":
                chosen[obj] = "Technique"
    return chosen


def _best(record: Record) -> str:
    known = vocab.classes()
    hints = sorted((priority, cls) for priority, cls in record.hints if cls in known and cls != "Concept")
    return hints[0][1] if hints else "Concept"
