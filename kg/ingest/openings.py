"""An opening that states a relation of the clause's subject before the clause names it: "Unlike
full finetuning, LoRA keeps ..." (LoRA contrastsWith full finetuning), "Introduced in Wei et al.
(2022), chain-of-thought prompting enables ..." (developedBy). The rest of the sentence is read as
ever; a condition that opens it ("If you are a beginner, ...") says nothing of its subject. And an
entry's first sentence that calls its subject "this video" says what the entry is.
Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.lists import split, without_asides
from kg.ingest.modifiers import is_shell
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.subjects import NOBODY, subject_of, without_opening

_INTRODUCED = re.compile(
    r"^\s*(?:first\s+)?(?:introduced|proposed|developed|released|presented)\s+(?:by|in)\s+(?P<other>[^,]{2,80}),\s*(?P<rest>.+)$",
    re.IGNORECASE)
# (an aside may hold commas: "Unlike the dens we dug (one per wombat, etc.), ...")
_CONTRAST = re.compile(r"^\s*(?:unlike|in contrast to|as opposed to|compared (?:to|with))\s+(?P<other>(?:[^,()]|\([^()]{0,80}\)){2,120}?),\s*(?P<rest>.+)$",
                       re.IGNORECASE)


# a clause after a noun, opened by its subject or a relative word: "the dens [we used to dig]", "foxholes [that hold one fox]"
_CONTACT_CLAUSE = re.compile(r"\s+(?:we|you|I|they|people|he|she|that|which|who)\s+(?=[a-z])")


# "If you are a beginner, start with ...", "When it is small, ...": a condition, whose subject is its
# own (often the reader, or anything at all); what it says is no claim of the sentence's subject
_CONDITION = re.compile(r"^(?:if|when|whenever|unless|although|though|because|since|once|even if)\s+[^,]{1,120},\s*(?=\S)",
                        re.IGNORECASE)


def opening(text: str) -> tuple[list[tuple[Phrase | str, str, Phrase]], int]:
    """What an opening states, as (subject, relation, object), the subject left open (CURRENT) for a
    pronoun; and where the rest of the sentence starts (0: it has no such opening)."""
    opened = without_opening(text)
    if (condition := _CONDITION.match(opened)) is not None:  # "If ..., use X": advice to the reader, all of it
        return [], len(text) if _advice(opened[condition.end():]) else len(text) - len(opened) + condition.end()
    for pattern, relation, names_only in ((_INTRODUCED, "developedBy", True), (_CONTRAST, "contrastsWith", False)):
        found = pattern.match(text)
        if found is None:
            continue
        # "clay dens stay dry": the words before the verb; "Unlike X, who ...": a clause of X's, no subject
        subject = NOBODY if re.match(r"(?:who|which|whose|that)\b", found["rest"], re.IGNORECASE) else subject_of(clauses.before_verb(found["rest"]))
        other = _CONTACT_CLAUSE.split(without_asides(found["other"]), maxsplit=1)[0]  # "the dens we used to dig": the dens
        others = [noun_phrase(item) for item in split(other, set())]  # "Unlike weights and biases"
        if subject == NOBODY or (isinstance(subject, Phrase) and is_shell(subject.label)):
            return [], found.start("rest")
        return [(subject, relation, other) for other in others
                if keep(other) and not is_shell(other.label) and (other.is_name or not names_only)], found.start("rest")
    return [], 0


def demonstrative_kind(sentence: str) -> Phrase | None:
    """ "This video gives an intuitive explanation ...", first after a term: the entry is a video.
    Not "This approach ..." (a shell noun says nothing of its kind) nor "This is ..."."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(sentence)[:6]]
    if not tagged or tagged[0][0].lower() != "this":
        return None
    words = 1
    while words < len(tagged) and tagged[words][1] in ("NN", "JJ"):
        words += 1
    if not (1 < words < len(tagged) and tagged[words - 1][1] == "NN" and tagged[words][1] in ("VBZ", "VBD", "MD")):
        return None
    kind = noun_phrase(" ".join(w for w, _t in tagged[1:words]))
    return kind if keep(kind) and not is_shell(kind.label) and not kind.is_name else None


def _advice(clause: str) -> bool:
    """ "use cross-validation", "start with linear models": a clause that opens with a verb in its
    base form, after a condition, tells the reader what to do."""
    return clauses.imperative(clause) or (bool(clause.split()) and clauses.is_base_verb(clause.split()[0]))
