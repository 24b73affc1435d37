"""What "is" says before a noun phrase with no article: "Feedback is proprietary data", "Finetuning is transfer
learning" (a mass noun, which takes none, names what the subject is). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.modifiers import is_shell, without_judgement
from kg.ingest.nouns import PRONOUNS, Phrase, keep, noun_phrase
from kg.ingest.subjects import sentence_case, without_opening

_IS = re.compile(r"\sis\s")


_IS_AND_ADVERB = re.compile(r"\s+is\s+(?:(?:usually|typically|generally|basically|essentially|also)\s+)?")


def mass_copula(clause: str, matches: list[re.Match[str]], qualified: bool = False) -> list[tuple[Phrase, Phrase, int]]:
    """(subject, kind, offset): "Feedback is proprietary data", "Finetuning is transfer learning": "is" and a noun phrase
    of two words or more (or one, `qualified` by a clause after it: "Goodput is throughput that meets ...") with no article
    and a mass noun for its head say what the subject is; not an adjective ("is model-specific"), a judgement ("is good
    practice": one word left) nor a phrase with a determiner ("is half the size")."""
    if not _IS.search(clause) or any(m.start() <= 4 for m in matches):
        return []  # a relation phrase that opens the clause ("It is a type of") comes before any copula's end below: no subject's
    opened = without_opening(clause.strip())
    subject_text = clauses.before_verb(opened)
    rest = opened[len(subject_text):]
    copula = _IS_AND_ADVERB.match(rest)
    if not copula or not subject_text or any(m.start() <= clause.find(rest) + copula.end() for m in matches):
        return []
    written = re.split(r"[,;:(]|\s(?:and|or|but|that|which|who|so|because|since|for|in|on|with|by)\s", rest[copula.end():])[0].strip(" .")
    if re.match(r"(?:the|an?|this|that|its|their|some|any|no|each|one|two|half)\s", written, re.IGNORECASE):
        return []  # "is the real bottleneck", "is half the size": an article, read elsewhere if at all
    written = without_judgement(written)
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(written)]
    tags, last = [t for _w, t in tagged], tagged[-1][0].lower() if tagged else ""
    doing = tags[-1:] == ["VBG"] and ("NOUN" in tagger.readings(last) or not tagger.readings(last))  # "in-context learning", "finetuning"
    head = tags[-1:] == ["NN"] or (tags[-1:] == ["NNS"] and not last.endswith("s")) or doing
    alone = qualified and tags == ["NN"] and written == rest[copula.end():].strip()  # "is throughput" and its clause after
    if (len(tags) < 2 and not alone) or not head or not all(t in ("JJ", "NN", "NNS", "VBG", "VBN") for t in tags[:-1]) or tags[0] in ("VBN", "VBG") \
            or not ({"NN", "NNS"} & set(tags) or doing and tags[0] == "JJ" and "-" in tagged[0][0]):  # "parameter-efficient finetuning"
        return []  # the head a mass noun: "data", "learning"; not "worth doing"
    if re.match(r"(?:the|this|that|these|those|each|every|its|their)\s", subject_text.strip(), re.IGNORECASE):
        return []  # "The third component is memory management": a place that a thing fills, no kind of it
    kind, subject = noun_phrase(written), noun_phrase(sentence_case(subject_text))
    if not keep(kind) or not keep(subject) or subject.label.lower() in PRONOUNS or is_shell(kind.label.split()[-1]):
        return []  # not "hard work"
    if is_shell(subject.label.split()[-1]):
        return []  # "A more careful approach is ground radar": the radar is one such approach, not the other way round
    return [(subject, kind, clause.find(rest))]
